package se.samverka.architecturefixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.slack.api.model.block.LayoutBlock;
import org.quartz.JobKey;

import se.samverka.web.architecturefixture.FixtureChannel;

/**
 * Test fixture, never run: a feature class that does everything the architecture rules
 * forbid, so {@code ArchitectureRulesUnitTests} can show that each rule fails on it.
 */
public class LeakyFeature {

	Activity teamsActivity;

	LayoutBlock slackBlock;

	JobKey quartzJob;

	JsonNode jackson2Node;

	jakarta.mail.internet.MimeMessage mailMessage;

	io.micrometer.core.instrument.Counter ownCounter;

	FixtureChannel channel;

	void postAroundTheLedger(se.samverka.delivery.ChannelSender sender,
			se.samverka.conversation.KnownConversation target) {
		sender.send(target, se.samverka.chat.Message.text("around"));
	}

}
