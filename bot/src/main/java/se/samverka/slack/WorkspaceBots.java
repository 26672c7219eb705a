package se.samverka.slack;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;

import se.samverka.delivery.DeliveryFailed;

/**
 * Which bot acts in a workspace: the one the workspace installed through OAuth, else the
 * configured {@code SLACK_BOT_TOKEN} when that token belongs to this workspace (asked of
 * auth.test once). A workspace with neither has no bot, so no token of another workspace
 * is ever sent for its conversations.
 */
class WorkspaceBots implements SlackWebApi.Bots {

	private static final Logger log = LoggerFactory.getLogger(WorkspaceBots.class);

	/** What auth.test answers for a token that will never work again. */
	private static final Set<String> GONE = Set.of("token_revoked", "account_inactive");

	private final Slack slack;

	private final String botToken;

	private final SlackInstallations installations;

	private volatile SlackBot configured;

	/**
	 * @param installations null when workspaces cannot install Samverka (no client id)
	 */
	WorkspaceBots(Slack slack, String botToken, SlackInstallations installations) {
		this.slack = slack;
		this.botToken = botToken == null ? "" : botToken;
		this.installations = installations;
	}

	/**
	 * The bot in {@code team}, or empty. Throws a retryable {@link DeliveryFailed} when
	 * Slack could not say whom the configured token belongs to.
	 */
	@Override
	public Optional<SlackBot> in(String team) {
		if (team == null || team.isBlank()) {
			return Optional.empty();
		}
		if (installations != null) {
			Optional<SlackBot> installed = installations.bot(team);
			if (installed.isPresent()) {
				return installed;
			}
		}
		if (botToken.isBlank()) {
			return Optional.empty();
		}
		SlackBot bot = configured();
		return team.equals(bot.team()) ? Optional.of(bot) : Optional.empty();
	}

	private SlackBot configured() {
		SlackBot bot = configured;
		if (bot != null) {
			return bot;
		}
		synchronized (this) {
			if (configured == null) {
				configured = whoAmI();
			}
			return configured;
		}
	}

	private SlackBot whoAmI() {
		AuthTestResponse response;
		try {
			response = slack.methods(botToken).authTest(r -> r);
		}
		catch (IOException | SlackApiException ex) {
			throw new DeliveryFailed("auth.test for SLACK_BOT_TOKEN failed: " + ex.getClass().getSimpleName(), false,
					ex);
		}
		if (response.getError() != null && GONE.contains(response.getError())) {
			// the app was removed from that workspace: no bot there until a new token is
			// set
			log.error("SLACK_BOT_TOKEN no longer works (auth.test: {}); it serves no workspace", response.getError());
			return new SlackBot(null, botToken, null, null);
		}
		if (!response.isOk() || response.getTeamId() == null) {
			log.error("SLACK_BOT_TOKEN is not accepted by Slack (auth.test: {})", response.getError());
			throw new DeliveryFailed("auth.test for SLACK_BOT_TOKEN failed: " + response.getError(), false, null);
		}
		log.info("SLACK_BOT_TOKEN serves Slack workspace {}", response.getTeamId());
		return new SlackBot(response.getTeamId(), botToken, response.getUserId(), response.getBotId());
	}

}
