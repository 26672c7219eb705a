package se.samverka.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.metrics.SendMeters;

/**
 * What sending one claimed entry means: a message to a conversation or a person, or a
 * live card's post or update, rendered now from its {@link CardSource} so that the last
 * state goes out. The only caller of {@link Deliveries}. Throws {@link DeliveryFailed}
 * with the platform's answer, {@link NotNow} when the entry must wait, and
 * {@link NothingToSend} when it must not go.
 */
@Component
class Dispatch {

	private static final Duration WAIT_FOR_POST = Duration.ofSeconds(1);

	private final Deliveries deliveries;

	private final LiveCardStore cards;

	private final Ledger ledger;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<CardSource> sourceProvider;

	private final Duration lease;

	private final Clock realTime = Clock.systemUTC();

	private final SendMeters meters;

	private volatile Map<String, CardSource> sources;

	Dispatch(Deliveries deliveries, LiveCardStore cards, Ledger ledger, ApplicationEventPublisher events,
			ObjectProvider<CardSource> sourceProvider, @Value("${samverka.outbox.lease:2m}") Duration lease,
			SendMeters meters) {
		this.meters = meters;
		this.deliveries = deliveries;
		this.cards = cards;
		this.ledger = ledger;
		this.events = events;
		this.sourceProvider = sourceProvider;
		this.lease = lease;
	}

	/** Sends the entry; returns the conversation it went to. */
	ConversationKey send(LedgerEntry entry) {
		if (entry.card() != null) {
			return entry.card().update() ? update(entry) : post(entry);
		}
		Recipient recipient = entry.recipient();
		if (recipient.conversation() != null) {
			deliveries.deliver(recipient.conversation(), entry.networkId(), entry.message());
			return recipient.conversation();
		}
		ConversationKey reached = deliveries.deliverToPerson(recipient.person(), entry.networkId(), entry.message());
		if (entry.personId() != null && !reached.asString().equals(recipient.person().personalConversation())) {
			events.publishEvent(new PersonalConversationOpened(entry.personId(), reached));
		}
		return reached;
	}

	/** Counts how a send ended (sent, unreachable, failed, uncertain, …). */
	void ended(LedgerEntry entry, SendMeters.Outcome outcome) {
		meters.ended(entry.channel(), outcome);
	}

	/** Counts a 429 and how long it holds the entry's scope back. */
	void rateLimited(LedgerEntry entry, Duration paused) {
		meters.rateLimited(entry.channel(), paused);
	}

	boolean reaches(se.samverka.chat.Channel channel) {
		return deliveries.reaches(channel);
	}

	/** A card's post ended other than SENT: nothing will update it. */
	void notSent(LedgerEntry entry) {
		if (entry.card() != null && !entry.card().update()) {
			cards.failed(entry.card().cardId(), entry.id());
		}
	}

	private ConversationKey post(LedgerEntry entry) {
		LiveCard card = cards.find(entry.card().cardId());
		Message message = card == null ? entry.message() : render(card).orElse(entry.message());
		ConversationKey conversation = entry.recipient().conversation();
		String messageId = deliveries.deliver(conversation, entry.networkId(), message);
		cards.posted(entry.card().cardId(), entry.id(), messageId);
		return conversation;
	}

	private ConversationKey update(LedgerEntry entry) {
		String id = entry.card().cardId();
		LiveCard card = cards.find(id);
		if (card == null) {
			throw new NothingToSend("card gone");
		}
		if (card.state() == LiveCard.State.POSTING) {
			waitForPost(card);
		}
		if (card.state() != LiveCard.State.POSTED) {
			throw new NothingToSend("card not posted");
		}
		if (card.messageId() == null || card.messageId().isEmpty()) {
			throw new NothingToSend("channel cannot update");
		}
		Instant now = realTime.instant();
		LiveCard taken = cards.open(id, LiveCards.numberOf(entry.messageKey()), now, lease);
		if (taken == null) {
			LiveCard current = cards.find(id);
			Instant free = later(current.nextUpdateAt(), current.updatingUntil());
			throw new NotNow(later(free, now.plusMillis(100)));
		}
		String kept = null;
		try {
			Message message = render(taken).orElseThrow(() -> new NothingToSend("card gone"));
			kept = deliveries.update(taken.conversation(), entry.networkId(), taken.messageId(), message);
			if (kept == null) {
				throw new NothingToSend("channel cannot update");
			}
			return taken.conversation();
		}
		finally {
			cards.close(id, realTime.instant(), kept);
		}
	}

	/** An update of a card not posted yet waits for the post, unless the post failed. */
	private void waitForPost(LiveCard card) {
		Map<String, Object> post = ledger.raw(card.postEntry());
		String state = post == null ? null : (String) post.get(LedgerEntry.STATE);
		if (DeliveryState.PENDING.name().equals(state) || DeliveryState.SENDING.name().equals(state)) {
			throw new NotNow(realTime.instant().plus(WAIT_FOR_POST));
		}
		if (DeliveryState.SENT.name().equals(state)) {
			// sent since the card was read: its record says where in a moment
			throw new NotNow(realTime.instant().plusMillis(100));
		}
		cards.failed(card.id(), card.postEntry());
		throw new NothingToSend("card not posted");
	}

	private Optional<Message> render(LiveCard card) {
		CardSource source = sources().get(card.kind());
		return source == null ? Optional.empty() : source.render(card.subject(), card.locale());
	}

	/** Looked up on first use: the sources are features that depend on delivery. */
	private Map<String, CardSource> sources() {
		Map<String, CardSource> known = sources;
		if (known == null) {
			Map<String, CardSource> found = new java.util.HashMap<>();
			sourceProvider.orderedStream().forEach(s -> found.put(s.kind(), s));
			sources = known = Map.copyOf(found);
		}
		return known;
	}

	private static Instant later(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

}
