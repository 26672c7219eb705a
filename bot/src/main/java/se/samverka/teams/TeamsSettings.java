package se.samverka.teams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Teams bot registrations and how far Samverka trusts the Bot Connector. The single
 * registration of {@code app-id}/{@code app-password}/{@code app-type}/{@code tenant-id}
 * (MICROSOFT_APP_*) and the list {@code registrations[n].*} (one per principal's Azure
 * Bot; or all in one JSON array, {@link TeamsRegistrationsJson}) together make
 * {@link #allRegistrations()}.
 *
 * @param appType SingleTenant, MultiTenant or UserAssignedMSI; blank means SingleTenant
 * when a tenant is given, else MultiTenant
 * @param openIdMetadataUrl where the Bot Framework's signing keys are published; blank =
 * the SDK's default (the real one). Tests point it at a local fake.
 * @param allowedServiceHosts the only hosts a bot token is ever sent to ({@code *.} = any
 * subdomain)
 * @param invokeDeadline how long a card action may run before Teams gets an interim
 * answer (Teams gives up after 5 s)
 * @param registrations further registrations, each its own app id
 * @param loginUrl the Entra ID authority a registration's tenant lives under: where its
 * client-credential tokens and its OpenID metadata come from, and the base of its token
 * issuer ({@code <login-url>/<tenant>/v2.0}); blank = the public cloud's. Tests point it
 * at a local fake.
 */
@ConfigurationProperties("samverka.teams")
record TeamsSettings(String appId, String appPassword, String appType, String tenantId, String openIdMetadataUrl,
		List<String> allowedServiceHosts, Duration invokeDeadline, List<TeamsRegistration> registrations,
		String loginUrl) {

	static final String PUBLIC_LOGIN_URL = "https://login.microsoftonline.com";

	/**
	 * The Bot Framework's own OpenID metadata (channel tokens, issuer
	 * api.botframework.com).
	 */
	static final String BOT_FRAMEWORK_OPENID_METADATA_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration";

	static final List<String> MICROSOFT_HOSTS = List.of("smba.trafficmanager.net", "*.botframework.com",
			"*.teams.microsoft.com");

	TeamsSettings {
		appId = blankToEmpty(appId);
		appPassword = blankToEmpty(appPassword);
		appType = blankToEmpty(appType);
		tenantId = blankToEmpty(tenantId);
		openIdMetadataUrl = blankToEmpty(openIdMetadataUrl);
		allowedServiceHosts = allowedServiceHosts == null || allowedServiceHosts.isEmpty() ? MICROSOFT_HOSTS
				: List.copyOf(allowedServiceHosts);
		invokeDeadline = invokeDeadline == null ? Duration.ofSeconds(4) : invokeDeadline;
		registrations = registrations == null ? List.of() : List.copyOf(registrations);
		loginUrl = blankToEmpty(loginUrl);
		loginUrl = loginUrl.isEmpty() ? PUBLIC_LOGIN_URL : loginUrl.replaceAll("/+$", "");
	}

	/** The OpenID metadata of the Bot Framework's channel tokens. */
	String botFrameworkMetadataUrl() {
		return openIdMetadataUrl.isEmpty() ? BOT_FRAMEWORK_OPENID_METADATA_URL : openIdMetadataUrl;
	}

	boolean hasAppId() {
		return !allRegistrations().isEmpty();
	}

	/**
	 * Every registration: the single one of the legacy variables first (when it has an
	 * app id), then the list. An app id given twice, or a list entry without one, is a
	 * configuration error.
	 */
	List<TeamsRegistration> allRegistrations() {
		List<TeamsRegistration> all = new ArrayList<>();
		if (!appId.isEmpty()) {
			all.add(new TeamsRegistration(appId, appPassword, appType, tenantId));
		}
		Set<String> seen = new HashSet<>();
		all.forEach(r -> seen.add(r.appId()));
		for (int i = 0; i < registrations.size(); i++) {
			TeamsRegistration registration = registrations.get(i);
			if (!registration.problem().isEmpty()) {
				throw new IllegalStateException(registration.problem());
			}
			if (registration.appId().isEmpty()) {
				throw new IllegalStateException("samverka.teams.registrations[" + i + "].app-id is missing");
			}
			if (!seen.add(registration.appId())) {
				throw new IllegalStateException("Teams app id " + registration.appId()
						+ " is configured twice (samverka.teams.registrations[" + i + "])");
			}
			all.add(registration);
		}
		return List.copyOf(all);
	}

	AppType resolvedAppType() {
		return AppType.of(appType, tenantId);
	}

	private static String blankToEmpty(String value) {
		return value == null ? "" : value.strip();
	}

	@Override
	public String toString() {
		return "TeamsSettings[appId=" + appId + ", appPassword=" + (appPassword.isEmpty() ? "" : "******")
				+ ", appType=" + resolvedAppType() + ", tenantId=" + tenantId + ", openIdMetadataUrl="
				+ openIdMetadataUrl + ", allowedServiceHosts=" + allowedServiceHosts + ", invokeDeadline="
				+ invokeDeadline + ", registrations=" + registrations + ", loginUrl=" + loginUrl + "]";
	}

	enum AppType {

		SINGLE_TENANT, MULTI_TENANT, USER_ASSIGNED_MSI;

		static AppType of(String name, String tenantId) {
			String n = name == null ? "" : name.strip().toLowerCase();
			switch (n) {
				case "":
					return tenantId == null || tenantId.isBlank() ? MULTI_TENANT : SINGLE_TENANT;
				case "singletenant":
					return SINGLE_TENANT;
				case "multitenant":
					return MULTI_TENANT;
				case "userassignedmsi":
					return USER_ASSIGNED_MSI;
				default:
					throw new IllegalArgumentException(
							"samverka.teams.app-type (MICROSOFT_APP_TYPE) must be SingleTenant, MultiTenant or UserAssignedMSI, not "
									+ name);
			}
		}

	}

}
