package se.samverka.teams;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.env.ConfigurableEnvironment;

import se.samverka.PlatformCredentials;

/**
 * Whether the environment names a Teams registration Samverka can sign in as, read the
 * way {@link TeamsSettings} is bound (the MICROSOFT_APP_* variables and their Bot
 * Framework aliases, {@code registrations[n].*}, the JSON array), before any bean exists:
 * the production guard asks it (listed in {@code META-INF/spring.factories}).
 */
public final class TeamsRegistrationsConfigured implements PlatformCredentials {

	/**
	 * True when at least one registration has an app id and a password, or is a managed
	 * identity. A malformed registration list is a configuration error.
	 */
	@Override
	public boolean configured(ConfigurableEnvironment environment) {
		ApplicationConversionService conversions = new ApplicationConversionService();
		conversions.addConverter(new TeamsRegistrationsJson());
		Binder binder = new Binder(ConfigurationPropertySources.get(environment),
				new PropertySourcesPlaceholdersResolver(environment), conversions);
		TeamsSettings settings = binder.bindOrCreate("samverka.teams", TeamsSettings.class);
		return settings.allRegistrations().stream().anyMatch(TeamsRegistrationsConfigured::canSignIn);
	}

	private static boolean canSignIn(TeamsRegistration registration) {
		return !registration.appId().isEmpty() && (!registration.appPassword().isEmpty()
				|| "UserAssignedMSI".equalsIgnoreCase(registration.appType()));
	}

}
