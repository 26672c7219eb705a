package se.samverka.teams;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.env.ConfigurableEnvironment;

import se.samverka.PlatformCredentials;

/**
 * Whether the environment names a Teams registration, and one Samverka can sign in as,
 * read the way {@link TeamsSettings} is bound (the MICROSOFT_APP_* variables and their
 * Bot Framework aliases, {@code registrations[n].*}, the JSON array), before any bean
 * exists: the production guard and dev mode ask it (listed in
 * {@code META-INF/spring.factories}).
 */
public final class TeamsRegistrationsConfigured implements PlatformCredentials {

	/**
	 * True when at least one registration has an app id and a password, or is a managed
	 * identity. A malformed registration list is a configuration error.
	 */
	@Override
	public boolean configured(ConfigurableEnvironment environment) {
		return settings(environment).allRegistrations().stream().anyMatch(TeamsRegistrationsConfigured::canSignIn);
	}

	/**
	 * True when any registration has an app id, with or without its password: then
	 * {@code /api/messages} wants a Bot Connector token ({@link TeamsMode#AUTHENTICATED})
	 * and the instance is not in local dev mode. A malformed registration list is a
	 * configuration error.
	 */
	@Override
	public boolean registered(ConfigurableEnvironment environment) {
		return settings(environment).hasAppId();
	}

	private static TeamsSettings settings(ConfigurableEnvironment environment) {
		ApplicationConversionService conversions = new ApplicationConversionService();
		conversions.addConverter(new TeamsRegistrationsJson());
		Binder binder = new Binder(ConfigurationPropertySources.get(environment),
				new PropertySourcesPlaceholdersResolver(environment), conversions);
		return binder.bindOrCreate("samverka.teams", TeamsSettings.class);
	}

	private static boolean canSignIn(TeamsRegistration registration) {
		return !registration.appId().isEmpty() && (!registration.appPassword().isEmpty()
				|| "UserAssignedMSI".equalsIgnoreCase(registration.appType()));
	}

}
