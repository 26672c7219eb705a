package se.samverka.delivery;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;

/**
 * At start-up, copies the cards each {@link CardSource} remembered before
 * {@code live_cards} (poll_posts, agenda_posts, board_posts) into it, so that cards
 * posted before the upgrade keep updating. A card already there is left as it is, so
 * running again (every start, another instance) changes nothing; of several old posts in
 * one conversation the newest is the one kept up to date.
 */
@Component
class LiveCardMigration {

	private static final Logger log = LoggerFactory.getLogger(LiveCardMigration.class);

	private final MongoTemplate mongo;

	private final LiveCardStore cards;

	private final ObjectProvider<CardSource> sources;

	LiveCardMigration(MongoTemplate mongo, LiveCardStore cards, ObjectProvider<CardSource> sources) {
		this.mongo = mongo;
		this.cards = cards;
		this.sources = sources;
	}

	@EventListener(ApplicationReadyEvent.class)
	void migrate() {
		sources.orderedStream().forEach(this::migrate);
	}

	/** Copies one source's old posts; returns how many were new here. */
	int migrate(CardSource source) {
		CardSource.LegacyPosts legacy = source.legacyPosts();
		if (legacy == null || !mongo.collectionExists(legacy.collection())) {
			return 0;
		}
		int adopted = 0;
		Query newestFirst = new Query().with(Sort.by(Sort.Direction.DESC, "postedAt"));
		for (Document old : mongo.find(newestFirst, Document.class, legacy.collection())) {
			String subject = old.getString(legacy.subjectField());
			String messageId = old.getString("messageId");
			if (subject == null || messageId == null || messageId.isEmpty()) {
				continue;
			}
			ConversationKey conversation = new ConversationKey(Channel.valueOf(old.getString("channel")),
					old.getString("tenant"), old.getString("conversationId"));
			String id = LiveCard.idOf(source.kind(), subject, conversation);
			if (cards.find(id) != null) {
				continue;
			}
			String language = old.getString("language") == null ? "sv" : old.getString("language");
			String summary = source.render(subject, Locale.forLanguageTag(language))
				.map(LedgerEntry::summaryOf)
				.orElse(source.kind());
			String network = networkOf(legacy, subject, old);
			Date postedAt = old.getDate("postedAt");
			cards.adopt(new LiveCard(id, source.kind(), subject, network, conversation.channel(), conversation.tenant(),
					conversation.conversationId(), language, summary, null, messageId, LiveCard.State.POSTED, 0,
					Instant.EPOCH, Instant.EPOCH, postedAt == null ? Instant.EPOCH : postedAt.toInstant()));
			adopted++;
		}
		if (adopted > 0) {
			log.info("Copied {} posted {} cards from {} to live_cards", adopted, source.kind(), legacy.collection());
		}
		return adopted;
	}

	/**
	 * The network the old post's subject belongs to: old posts did not say, the subject's
	 * own document ({@code networkId}) does.
	 */
	private String networkOf(CardSource.LegacyPosts legacy, String subject, Document old) {
		String network = old.getString("networkId");
		if (network == null && legacy.subjectCollection() != null) {
			Document owner = mongo.findById(subject, Document.class, legacy.subjectCollection());
			network = owner == null ? null : owner.getString("networkId");
		}
		return network == null ? "" : network;
	}

}
