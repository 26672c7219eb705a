package se.samverka.conversation;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;

/**
 * Where the bot can post again: one stored reference per conversation, refreshed on every
 * turn.
 */
@Service
public class ConversationReferences {

	private final MongoTemplate mongo;

	private final Clock clock;

	ConversationReferences(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public void remember(ConversationKey key, ConversationKind kind, String platformReference) {
		remember(key, kind, platformReference, false);
	}

	/**
	 * As {@link #remember(ConversationKey, ConversationKind, String)}; for an anonymous
	 * command ({@code quietly}) without the time, so that the conversation's last moment
	 * cannot be matched to an anonymous contribution.
	 */
	public void remember(ConversationKey key, ConversationKind kind, String platformReference, boolean quietly) {
		Update update = new Update().set("channel", key.channel())
			.set("tenant", key.tenant())
			.set("conversationId", key.conversationId())
			.set("kind", kind);
		if (quietly) {
			update.setOnInsert("lastSeen", clock.instant().truncatedTo(ChronoUnit.DAYS));
		}
		else {
			update.set("lastSeen", clock.instant());
		}
		if (platformReference != null) {
			update.set("platformReference", platformReference);
		}
		mongo.findAndModify(byKey(key), update, FindAndModifyOptions.options().upsert(true), KnownConversation.class);
	}

	public Optional<KnownConversation> find(ConversationKey key) {
		return Optional.ofNullable(mongo.findOne(byKey(key), KnownConversation.class));
	}

	/** By the key's string form ({@link ConversationKey#asString()}). */
	public Optional<KnownConversation> findByKey(String key) {
		return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(key)), KnownConversation.class));
	}

	private static Query byKey(ConversationKey key) {
		return Query.query(Criteria.where("_id").is(key.asString()));
	}

}
