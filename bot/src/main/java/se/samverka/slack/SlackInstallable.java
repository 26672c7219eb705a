package se.samverka.slack;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when workspaces may install Samverka through OAuth: a client id is set. */
class SlackInstallable implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String clientId = context.getEnvironment().getProperty("samverka.slack.client-id");
		return clientId != null && !clientId.isBlank();
	}

}
