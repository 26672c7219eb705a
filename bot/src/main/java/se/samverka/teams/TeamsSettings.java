package se.samverka.teams;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Teams bot registration and how far Samverka trusts the Bot Connector.
 *
 * @param appType SingleTenant, MultiTenant or UserAssignedMSI; blank means SingleTenant
 * when a tenant is given, else MultiTenant
 * @param openIdMetadataUrl where the Bot Framework's signing keys are published; blank =
 * the SDK's default (the real one). Tests point it at a local fake.
 * @param allowedServiceHosts the only hosts a bot token is ever sent to ({@code *.} = any
 * subdomain)
 * @param invokeDeadline how long a card action may run before Teams gets an interim
 * answer (Teams gives up after 5 s)
 */
@ConfigurationProperties("samverka.teams")
record TeamsSettings(String appId, String appPassword, String appType, String tenantId, String openIdMetadataUrl,
		List<String> allowedServiceHosts, Duration invokeDeadline) {

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
	}

	boolean hasAppId() {
		return !appId.isEmpty();
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
				+ invokeDeadline + "]";
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
