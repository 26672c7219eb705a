package se.samverka.meeting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;
import se.samverka.delivery.CardSource;
import se.samverka.delivery.DeliveryCounts;
import se.samverka.delivery.LiveCards;
import se.samverka.delivery.Outbox;

/**
 * Agenda cards out in the conversations, as live cards (delivery/LiveCards): an edited or
 * cancelled meeting updates every card already posted, on every platform. The turns that
 * post or update wait a few seconds for the ledger, so that what they say is true.
 */
@Component
class AgendaPosts implements CardSource {

	static final String KIND = "agenda";

	static final Duration SETTLE = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(AgendaPosts.class);

	private final LiveCards cards;

	private final Outbox outbox;

	private final Meetings meetings;

	private final AgendaCard card;

	private final NetworkBroadcast broadcast;

	AgendaPosts(LiveCards cards, Outbox outbox, Meetings meetings, NetworkBroadcast broadcast, Texts texts) {
		this.cards = cards;
		this.outbox = outbox;
		this.meetings = meetings;
		this.broadcast = broadcast;
		this.card = new AgendaCard(texts);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<Message> render(String meetingId, Locale locale) {
		return meetings.find(meetingId).map(meeting -> card(meeting, locale));
	}

	@Override
	public LegacyPosts legacyPosts() {
		return new LegacyPosts("agenda_posts", "meetingId", "meetings");
	}

	Message card(Meeting meeting, Locale locale) {
		return card.render(meeting, locale, meetings.now());
	}

	/**
	 * Posts the agenda card into {@code conversation}; false when it could not be posted
	 * there (the caller then answers with the card as a plain reply).
	 */
	boolean post(Meeting meeting, ConversationKey conversation, Locale locale) {
		DeliveryCounts counts = outbox.settle(
				cards.post(this, meeting.id(), new NetworkId(meeting.networkId()), Map.of(conversation, locale)),
				SETTLE);
		return counts.sent() + counts.pending() > 0;
	}

	/**
	 * A new meeting's agenda goes to every conversation of the network (in the network's
	 * language) and to the conversation it was planned in (in the organiser's); returns
	 * how many got it.
	 */
	int postEverywhere(Meeting meeting, CommandContext ctx) {
		NetworkId network = new NetworkId(meeting.networkId());
		Locale networkLanguage = broadcast.language(network);
		Map<ConversationKey, Locale> targets = new LinkedHashMap<>();
		for (ConversationKey conversation : broadcast.audience(network)) {
			targets.put(conversation, conversation.equals(ctx.conversation()) ? ctx.locale() : networkLanguage);
		}
		targets.putIfAbsent(ctx.conversation(), ctx.locale());
		return outbox.settle(cards.post(this, meeting.id(), network, targets), SETTLE).sent();
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

	/**
	 * Updates every posted card of the meeting; returns how many were updated within a
	 * few seconds.
	 */
	int updateAll(Meeting meeting) {
		DeliveryCounts counts = outbox.settle(cards.update(KIND, meeting.id()), SETTLE);
		log.info("Updated {} posted agenda cards of meeting {} ({} still pending)", counts.sent(), meeting.id(),
				counts.pending());
		return counts.sent();
	}

}
