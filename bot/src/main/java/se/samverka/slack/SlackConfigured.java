package se.samverka.slack;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when the signing secret is set and so is a way to act in a workspace: a bot token,
 * or an OAuth client id through which workspaces install Samverka.
 */
class SlackConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var env = context.getEnvironment();
		return present(env.getProperty("samverka.slack.signing-secret"))
				&& (present(env.getProperty("samverka.slack.bot-token"))
						|| present(env.getProperty("samverka.slack.client-id")));
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
