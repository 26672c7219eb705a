package se.samverka;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/**
 * Local dev mode: no Teams registration is configured (neither {@code app-id} nor any in
 * {@code registrations[n].*} or SAMVERKA_TEAMS_REGISTRATIONS, see
 * {@link PlatformCredentials#registered}) and the production profile is off. Then the Bot
 * Framework endpoint accepts unauthenticated requests from loopback only, and the
 * playground is served. Everything that depends on it asks this one bean.
 */
@Component
public class DevMode {

	private static final Logger log = LoggerFactory.getLogger(DevMode.class);

	private final boolean enabled;

	public DevMode(ConfigurableEnvironment environment) {
		boolean production = Arrays.asList(environment.getActiveProfiles()).contains("production");
		this.enabled = !production
				&& PlatformCredentials.listed().stream().noneMatch(platform -> platform.registered(environment));
		if (enabled) {
			log.warn(
					"Local dev mode: no Teams registration is configured, so unauthenticated Bot Framework requests are accepted"
							+ " from loopback and the playground is served at /. Never expose this instance.");
		}
	}

	public boolean enabled() {
		return enabled;
	}

}
