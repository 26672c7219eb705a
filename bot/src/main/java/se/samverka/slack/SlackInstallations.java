package se.samverka.slack;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The workspaces that installed Samverka (collection {@code slack_installations}), with
 * their bot tokens sealed by {@link TokenCipher}. Removal takes the time of the event
 * that asks for it and removes only an installation made before then, so a redelivered
 * {@code app_uninstalled} cannot remove a newer install of the same workspace.
 */
class SlackInstallations {

	private static final Logger log = LoggerFactory.getLogger(SlackInstallations.class);

	private final MongoTemplate mongo;

	private final TokenCipher cipher;

	SlackInstallations(MongoTemplate mongo, TokenCipher cipher) {
		this.mongo = mongo;
		this.cipher = cipher;
	}

	/** Keeps the installation, replacing an older one of the same workspace. */
	void save(String team, String enterprise, String appId, SlackBot bot, Collection<String> scopes, String installer,
			Instant at) {
		mongo.save(new SlackInstallation(team, enterprise, appId, bot.userId(), bot.botId(),
				cipher.encrypt(bot.token(), team), scopes == null ? List.of() : List.copyOf(scopes), installer, at));
	}

	Optional<SlackInstallation> find(String team) {
		return team == null || team.isBlank() ? Optional.empty()
				: Optional.ofNullable(mongo.findById(team, SlackInstallation.class));
	}

	/**
	 * The workspace's bot, or empty without an installation or with one this key cannot
	 * read.
	 */
	Optional<SlackBot> bot(String team) {
		return find(team).flatMap(installation -> {
			try {
				return Optional.of(new SlackBot(team, cipher.decrypt(installation.encryptedBotToken(), team),
						installation.botUserId(), installation.botId()));
			}
			catch (TokenCipher.Unreadable ex) {
				log.warn("The Slack installation of workspace {} cannot be used: {}", team, ex.getMessage());
				return Optional.empty();
			}
		});
	}

	/** app_uninstalled: true when an installation made before {@code eventTime} went. */
	boolean removeWorkspace(String team, Instant eventTime) {
		return removed(Criteria.where("_id").is(team), eventTime);
	}

	/** tokens_revoked: the installation whose bot is among {@code botUserIds}. */
	boolean removeBots(String team, Collection<String> botUserIds, Instant eventTime) {
		return !botUserIds.isEmpty()
				&& removed(Criteria.where("_id").is(team).and("botUserId").in(botUserIds), eventTime);
	}

	private boolean removed(Criteria which, Instant eventTime) {
		// Slack's event_time has whole seconds: an install within that second is older.
		Instant before = eventTime.plus(Duration.ofSeconds(1));
		return mongo.remove(Query.query(which.and("installedAt").lt(before)), SlackInstallation.class)
			.getDeletedCount() > 0;
	}

}
