package se.samverka.slack;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when both the bot token and the signing secret are set to something other than
 * blanks.
 */
class SlackConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var env = context.getEnvironment();
		return present(env.getProperty("samverka.slack.bot-token"))
				&& present(env.getProperty("samverka.slack.signing-secret"));
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
