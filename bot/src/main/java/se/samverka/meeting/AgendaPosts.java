package se.samverka.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;
import se.samverka.delivery.Deliveries;

/**
 * Agenda cards out in the conversations: posting one remembers where it went and under
 * which id, so that an edited or cancelled meeting updates every card already posted, on
 * every platform.
 */
@Component
class AgendaPosts {

	private static final Logger log = LoggerFactory.getLogger(AgendaPosts.class);

	private final MongoTemplate mongo;

	private final Deliveries deliveries;

	private final Meetings meetings;

	private final AgendaCard cards;

	private final NetworkBroadcast broadcast;

	AgendaPosts(MongoTemplate mongo, Deliveries deliveries, Meetings meetings, NetworkBroadcast broadcast,
			Texts texts) {
		this.mongo = mongo;
		this.deliveries = deliveries;
		this.meetings = meetings;
		this.broadcast = broadcast;
		this.cards = new AgendaCard(texts);
	}

	Message card(Meeting meeting, Locale locale) {
		return cards.render(meeting, locale, meetings.now());
	}

	/**
	 * Posts the agenda card into {@code conversation}; false when it could not be posted
	 * there (the caller then answers with the card as a plain reply).
	 */
	boolean post(Meeting meeting, ConversationKey conversation, Locale locale) {
		return deliveries.postTracked(conversation, new NetworkId(meeting.networkId()), card(meeting, locale))
			.map(messageId -> {
				if (!messageId.isEmpty()) {
					String id = meeting.id() + "|" + conversation.asString() + "|" + messageId;
					mongo.save(new AgendaPost(id, meeting.id(), conversation.channel(), conversation.tenant(),
							conversation.conversationId(), messageId, locale.toLanguageTag(), meetings.now()));
				}
				return true;
			})
			.orElse(false);
	}

	/**
	 * A new meeting's agenda goes to every conversation of the network (in the network's
	 * language) and to the conversation it was planned in (in the organiser's); returns
	 * how many got it.
	 */
	int postEverywhere(Meeting meeting, CommandContext ctx) {
		NetworkId network = new NetworkId(meeting.networkId());
		Locale networkLanguage = broadcast.language(network);
		int posted = 0;
		boolean here = false;
		for (ConversationKey conversation : broadcast.audience(network)) {
			boolean isHere = conversation.equals(ctx.conversation());
			here |= isHere;
			if (post(meeting, conversation, isHere ? ctx.locale() : networkLanguage)) {
				posted++;
			}
		}
		if (!here && post(meeting, ctx.conversation(), ctx.locale())) {
			posted++;
		}
		return posted;
	}

	/**
	 * The card goes into the conversation as a post that later edits update; where that
	 * is not possible it comes back as part of the reply instead. {@code before} comes
	 * first in the reply.
	 */
	List<Message> postOrReply(Meeting meeting, CommandContext ctx, Message... before) {
		List<Message> replies = new ArrayList<>(List.of(before));
		if (!post(meeting, ctx.conversation(), ctx.locale())) {
			replies.add(card(meeting, ctx.locale()));
		}
		return replies;
	}

	/** Updates every posted card of the meeting; returns how many were updated. */
	int updateAll(Meeting meeting) {
		List<AgendaPost> posted = mongo.find(Query.query(Criteria.where("meetingId").is(meeting.id())),
				AgendaPost.class);
		int updated = 0;
		for (AgendaPost post : posted) {
			Message card = card(meeting, Locale.forLanguageTag(post.language()));
			Optional<String> kept = deliveries.update(post.conversation(), new NetworkId(meeting.networkId()),
					post.messageId(), card);
			if (kept.isPresent()) {
				updated++;
				if (!kept.get().equals(post.messageId())) {
					// the card grew into more parts: remember them all for the next edit
					mongo.updateFirst(Query.query(Criteria.where("_id").is(post.id())),
							Update.update("messageId", kept.get()), AgendaPost.class);
				}
			}
		}
		log.info("Updated {} of {} posted agenda cards of meeting {}", updated, posted.size(), meeting.id());
		return updated;
	}

}
