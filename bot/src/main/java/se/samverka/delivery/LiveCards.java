package se.samverka.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * Cards that update in place (polls, agendas, boards), through the delivery ledger like
 * every other send: posting one puts a post in the ledger and remembers the card per
 * conversation ({@code live_cards}); a change puts in one update per card, which the
 * drainer renders from the {@link CardSource} when it sends it. At most one update per
 * card and conversation goes out in {@link LiveCardStore#every()}, and the last state
 * wins: an update is keyed by the card's count of updates, so changes until the drainer
 * takes it up share it, and a change after that adds the next.
 */
@Service
public class LiveCards {

	/** Updates per change, newest cards first: older cards of a busy subject stay. */
	static final int MAX_UPDATED = 100;

	private final Outbox outbox;

	private final LiveCardStore store;

	private final Clock clock;

	/**
	 * Updates this instance knows to be in the ledger, so that a burst of votes reads
	 * little.
	 */
	private final RecentKeys waiting = new RecentKeys(Duration.ofSeconds(2));

	/**
	 * The throttle is a rate limit, kept in real time like the ledger's notBefore; the
	 * injected clock times the records.
	 */
	private final Clock realTime = Clock.systemUTC();

	LiveCards(Outbox outbox, LiveCardStore store, Clock clock) {
		this.outbox = outbox;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Posts the card of {@code subject} into each conversation, in its language; a card
	 * posted there before stops being updated. Returns the ledger entries, for a turn
	 * that waits to say how many got it.
	 */
	public Queued post(CardSource source, String subject, NetworkId network, Map<ConversationKey, Locale> targets) {
		String key = LiveCard.keyOf(source.kind(), subject);
		String postKey = key + ":p" + UUID.randomUUID().toString().substring(0, 8);
		List<String> entries = new ArrayList<>();
		for (Map.Entry<ConversationKey, Locale> target : targets.entrySet()) {
			Optional<Message> card = source.render(subject, target.getValue());
			if (card.isEmpty()) {
				continue;
			}
			String id = LiveCard.idOf(source.kind(), subject, target.getKey());
			LedgerEntry entry = LedgerEntry.pending(postKey, key, network, Recipient.conversation(target.getKey()),
					null, card.get(), null, Instant.EPOCH, clock.instant(), new LedgerEntry.CardSend(id, false));
			store.posting(id, source.kind(), subject, network, target.getKey(), target.getValue(), entry.summary(),
					entry.id(), clock.instant());
			outbox.add(entry);
			entries.add(entry.id());
		}
		return new Queued(entries);
	}

	/** The subject changed: update its cards as soon as the throttle lets them. */
	public Queued update(String kind, String subject) {
		return update(kind, subject, Duration.ZERO);
	}

	/**
	 * The subject changed, and more changes are likely to follow (a vote, a note): update
	 * its cards after {@link LiveCardStore#every()}, once for all changes until then.
	 */
	public Queued updateSoon(String kind, String subject) {
		return update(kind, subject, store.every());
	}

	private Queued update(String kind, String subject, Duration gather) {
		String key = LiveCard.keyOf(kind, subject);
		Instant now = realTime.instant();
		List<String> entries = new ArrayList<>();
		for (LiveCard card : store.updatable(kind, subject, MAX_UPDATED)) {
			Instant notBefore = now.plus(gather);
			if (card.nextUpdateAt() != null && card.nextUpdateAt().isAfter(notBefore)) {
				notBefore = card.nextUpdateAt();
			}
			LedgerEntry entry = entry(key, card, card.updates() + 1, notBefore);
			if (waiting.isKnown(entry.id())) {
				// this instance put it in a moment ago and the drainer has not taken it
				// up since (the card's count would have moved on)
				entries.add(entry.id());
				continue;
			}
			if (!outbox.add(entry) && settledUntaken(card, entry)) {
				// that update ended without being taken up (its sender died): count it
				// and
				// add the next
				store.skip(card.id(), card.updates() + 1);
				entry = entry(key, card, card.updates() + 2, notBefore);
				outbox.add(entry);
			}
			waiting.remember(entry.id());
			entries.add(entry.id());
		}
		return new Queued(entries);
	}

	private LedgerEntry entry(String key, LiveCard card, long number, Instant notBefore) {
		return LedgerEntry.pending(key + ":u" + number, key, new NetworkId(card.network()),
				Recipient.conversation(card.conversation()), null, null, card.summary(), notBefore, clock.instant(),
				new LedgerEntry.CardSend(card.id(), true));
	}

	/**
	 * An update already in the ledger under this number shows this change too when it is
	 * still to be sent, or when the drainer took it up (counted it) after the card was
	 * read; only one that ended without being taken up does not.
	 */
	private boolean settledUntaken(LiveCard card, LedgerEntry entry) {
		LiveCard now = store.find(card.id());
		if (now == null || now.updates() > card.updates()) {
			return false;
		}
		return !outbox.stillToSend(entry.id());
	}

	/** Which update of its card a ledger entry is: the number after {@code :u}. */
	static long numberOf(String messageKey) {
		return Long.parseLong(messageKey.substring(messageKey.lastIndexOf(":u") + 2));
	}

}
