package se.samverka.slack;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.TokensRevokedEvent;

/**
 * {@code app_uninstalled} and {@code tokens_revoked}: the workspace's installation is
 * removed, so nothing is sent there any more (the ledger reports its members as
 * unreachable). Quick enough to do before the acknowledgement; a redelivered event finds
 * nothing left, and one that arrives after a new install leaves that install alone
 * ({@link SlackInstallations} removes only what was installed before the event).
 */
final class UninstallListener {

	private static final Logger log = LoggerFactory.getLogger(UninstallListener.class);

	private final SlackInstallations installations;

	private final Clock clock;

	UninstallListener(SlackInstallations installations, Clock clock) {
		this.installations = installations;
		this.clock = clock;
	}

	BoltEventHandler<AppUninstalledEvent> appUninstalled() {
		return (payload, context) -> {
			boolean removed = installations.removeWorkspace(payload.getTeamId(), eventTime(payload));
			return logged("app_uninstalled", payload, removed, context);
		};
	}

	BoltEventHandler<TokensRevokedEvent> tokensRevoked() {
		return (payload, context) -> {
			TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
			List<String> bots = tokens == null || tokens.getBot() == null ? List.of() : tokens.getBot();
			boolean removed = installations.removeBots(payload.getTeamId(), bots, eventTime(payload));
			return logged("tokens_revoked", payload, removed, context);
		};
	}

	private Instant eventTime(EventsApiPayload<? extends Event> payload) {
		return payload.getEventTime() == null ? clock.instant() : Instant.ofEpochSecond(payload.getEventTime());
	}

	private static Response logged(String type, EventsApiPayload<? extends Event> payload, boolean removed,
			EventContext context) {
		if (removed) {
			log.info("Slack workspace {}: {} (event {}), its installation is removed", payload.getTeamId(), type,
					payload.getEventId());
		}
		else {
			log.info("Slack workspace {}: {} (event {}) removed nothing: no installation from before it",
					payload.getTeamId(), type, payload.getEventId());
		}
		return context.ack();
	}

}
