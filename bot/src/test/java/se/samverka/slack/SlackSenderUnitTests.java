package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.conversation.KnownConversation;
import se.samverka.delivery.DeliveryFailed;

/** Proactive posts against a fake Slack Web API, and how Slack's refusals are reported. */
class SlackSenderUnitTests {

	final FakeSlack fake = new FakeSlack();

	final SlackSender sender = new SlackSender(new SlackWebApi(slack(), "xoxb-test"),
			new BlockKitRenderer(BlockKitRendererUnitTests.bundles()));

	@AfterEach
	void stop() {
		fake.close();
	}

	private Slack slack() {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(fake.apiUrl());
		config.setStatsEnabled(false);
		return Slack.getInstance(config);
	}

	private static KnownConversation conversation(String channel) {
		return new KnownConversation("slack:T1:" + channel, Channel.SLACK, "T1", channel, ConversationKind.GROUP,
				"T1:" + channel, Instant.EPOCH);
	}

	@Test
	void postsTheRenderedMessageToTheStoredChannel() {
		sender.send(conversation("C42"), Message.text("Hej <!channel>"));
		FakeSlack.Call call = fake.await(c -> c.path().equals("chat.postMessage"));
		assertThat(call.param("channel")).isEqualTo("C42");
		assertThat(call.param("text")).isEqualTo("Hej &lt;!channel&gt;");
		assertThat(call.param("blocks")).contains("section");
	}

	@ParameterizedTest
	@CsvSource({ "channel_not_found,true", "not_in_channel,true", "is_archived,true", "account_inactive,true",
			"invalid_auth,false", "ratelimited,false" })
	void reportsSlacksRefusals(String error, boolean unreachable) {
		fake.failWith.put("C-bad", error);
		assertThatThrownBy(() -> sender.send(conversation("C-bad"), Message.text("Hej")))
			.isInstanceOfSatisfying(DeliveryFailed.class, ex -> {
				assertThat(ex.unreachable()).isEqualTo(unreachable);
				assertThat(ex.getMessage()).contains(error);
			});
	}

}
