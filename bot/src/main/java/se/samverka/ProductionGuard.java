package se.samverka;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the {@code production} profile, Samverka refuses to start unless a MongoDB is
 * given ({@code MONGODB_URI}) and Teams or Slack is configured: a production instance
 * must never keep its data in the embedded database (a second instance would silently
 * keep its own) nor fall back to dev mode and its unauthenticated endpoint. It checks
 * before any bean is made, so the embedded database never starts.
 */
@Component
class ProductionGuard implements BeanFactoryPostProcessor, EnvironmentAware {

	private ConfigurableEnvironment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = (ConfigurableEnvironment) environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (!Arrays.asList(environment.getActiveProfiles()).contains("production")) {
			return;
		}
		String slackToken = environment.getProperty("samverka.slack.bot-token", "");
		// workspaces that install Samverka through OAuth need no bot token here
		String slackInstall = present(slackToken) ? slackToken
				: environment.getProperty("samverka.slack.client-id", "");
		// Teams, whose registrations only its adapter can read
		boolean teams = PlatformCredentials.listed().stream().anyMatch(platform -> platform.configured(environment));
		check(environment.getProperty("samverka.storage.uri", ""), teams, slackInstall,
				environment.getProperty("samverka.slack.signing-secret", ""));
	}

	/**
	 * Throws, naming every missing setting, unless the MongoDB URI is given and Teams
	 * ({@code teams}: a registration with credentials) or Slack (a bot token or OAuth
	 * client id, with the signing secret) is configured.
	 */
	static void check(String mongoUri, boolean teams, String slackToken, String slackSecret) {
		List<String> problems = new ArrayList<>();
		if (!present(mongoUri)) {
			problems.add("MONGODB_URI is not set: production keeps its data in MongoDB (a replica set every instance"
					+ " shares), never in the embedded database");
		}
		boolean slack = present(slackToken) && present(slackSecret);
		if (!teams && !slack) {
			problems.add("neither Teams (MICROSOFT_APP_ID with MICROSOFT_APP_PASSWORD or MICROSOFT_APP_TYPE="
					+ "UserAssignedMSI, or SAMVERKA_TEAMS_REGISTRATIONS) nor Slack (SLACK_SIGNING_SECRET with"
					+ " SLACK_BOT_TOKEN or SLACK_CLIENT_ID) is configured, and Samverka will not run in local dev mode"
					+ " in production");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The production profile is active but " + String.join("; and ", problems)
					+ ". See the README, Several instances.");
		}
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
