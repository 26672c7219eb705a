package se.samverka.chat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much inbound work Samverka takes on before it refuses more (see
 * {@link InboundLoad}).
 *
 * @param slackQueue Slack turns acknowledged and waiting for a worker; a request beyond
 * them is refused before it is acknowledged
 * @param slackJournal typed Slack requests (commands, direct messages, mentions) written
 * to the inbound journal and not yet worked off, at most, in one process; beyond them a
 * request is refused before it is acknowledged
 * @param teamsTurns Teams turns running at once on request threads; a request that finds
 * no room within a second is refused (503), so Teams alone never takes every request
 * thread
 */
@ConfigurationProperties("samverka.inbound")
public record InboundSettings(@DefaultValue("1000") int slackQueue, @DefaultValue("64") int teamsTurns,
		@DefaultValue("500000") long slackJournal) {

	public InboundSettings {
		if (slackQueue < 1 || teamsTurns < 1 || slackJournal < 1) {
			throw new IllegalArgumentException(
					"samverka.inbound.slack-queue, teams-turns and slack-journal must be positive");
		}
	}

}
