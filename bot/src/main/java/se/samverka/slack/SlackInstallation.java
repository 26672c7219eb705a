package se.samverka.slack;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Samverka installed in one Slack workspace through OAuth: one document per workspace (a
 * new install replaces the old one), the bot token encrypted ({@link TokenCipher}).
 */
@Document(SlackInstallation.COLLECTION)
record SlackInstallation(@Id String teamId, String enterpriseId, String appId, String botUserId, String botId,
		String encryptedBotToken, List<String> scopes, String installerUserId, Instant installedAt) {

	static final String COLLECTION = "slack_installations";

	@Override
	public String toString() {
		return "SlackInstallation[team=" + teamId + ", enterprise=" + enterpriseId + ", botUserId=" + botUserId
				+ ", installedAt=" + installedAt + "]";
	}

}
