package se.samverka;

import java.util.Arrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the {@code production} profile, Samverka refuses to start unless Teams or Slack is
 * configured: a production instance must never fall back to dev mode and its
 * unauthenticated endpoint.
 */
@Component
class ProductionGuard {

	ProductionGuard(Environment environment, @Value("${samverka.teams.app-id:}") String teamsAppId,
			@Value("${samverka.teams.app-password:}") String teamsPassword,
			@Value("${samverka.teams.app-type:}") String teamsAppType,
			@Value("${samverka.slack.bot-token:}") String slackToken,
			@Value("${samverka.slack.signing-secret:}") String slackSecret,
			@Value("${samverka.slack.client-id:}") String slackClientId) {
		if (Arrays.asList(environment.getActiveProfiles()).contains("production")) {
			// workspaces that install Samverka through OAuth need no bot token here
			check(teamsAppId, teamsPassword, teamsAppType, present(slackToken) ? slackToken : slackClientId,
					slackSecret);
		}
	}

	static void check(String teamsAppId, String teamsPassword, String teamsAppType, String slackToken,
			String slackSecret) {
		boolean managedIdentity = "UserAssignedMSI".equalsIgnoreCase(teamsAppType);
		boolean teams = present(teamsAppId) && (present(teamsPassword) || managedIdentity);
		boolean slack = present(slackToken) && present(slackSecret);
		if (!teams && !slack) {
			throw new IllegalStateException("The production profile is active but neither Teams (MICROSOFT_APP_ID and "
					+ "MICROSOFT_APP_PASSWORD) nor Slack (SLACK_SIGNING_SECRET with SLACK_BOT_TOKEN or SLACK_CLIENT_ID) is configured. "
					+ "Samverka will not start in local dev mode in production.");
		}
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
