package se.samverka.delivery;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.conversation.ConversationReferences;
import se.samverka.conversation.KnownConversation;
import se.samverka.conversation.Transcript;
import se.samverka.storage.Durability;

/**
 * The platform senders, for the drainer alone ({@link Dispatch}): sends on this thread,
 * keeps what was sent in the transcript, and throws {@link DeliveryFailed} with the
 * platform's answer (the ledger decides what to do). Nothing outside this package posts.
 * Every call to a platform waits until the claim it is made under, and everything written
 * before it, is on disk ({@link #durableClaim()}); with the embedded database the send
 * journal then gets the send's own line at the very last moment ({@link SendGate}), so
 * that a crash forgets no send and leaves as few as possible uncertain.
 */
@Component
class Deliveries {

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);

	private final ConversationReferences references;

	private final Transcript transcript;

	private final Durability durability;

	private final Ledger ledger;

	private final SendJournal journal;

	Deliveries(List<ChannelSender> senders, ConversationReferences references, Transcript transcript,
			Durability durability, Ledger ledger, SendJournal journal) {
		senders.forEach(s -> this.senders.put(s.channel(), s));
		this.references = references;
		this.transcript = transcript;
		this.durability = durability;
		this.ledger = ledger;
		this.journal = journal;
	}

	/**
	 * Marks the claim as going out now and waits until that is on disk; when the database
	 * cannot say so, the entry goes back, untouched, to be tried again in a moment.
	 */
	private void durableClaim() {
		SendingMark.Mark mark = SendingMark.current();
		if (mark != null && !ledger.markSending(mark.entryId(), mark.owner())) {
			throw new LostClaim(mark.entryId());
		}
		try {
			durability.awaitDurable();
		}
		catch (RuntimeException ex) {
			log.warn("Claim not made durable ({}); the entry waits", ex.getClass().getSimpleName());
			throw new NotNow(java.time.Instant.now().plusSeconds(1));
		}
	}

	/**
	 * Calls the platform and writes how it ended in the send journal: sent, or refused
	 * for certain; a call that may have gone through is left without an ending. The line
	 * that the send is starting is written at the gate ({@link SendGate}), by the sender
	 * just before its request's body goes out, or here just before the call.
	 */
	private <T> T ended(ChannelSender sender, java.util.function.Supplier<T> call) {
		SendingMark.Mark mark = SendingMark.current();
		if (mark == null) {
			return call.get();
		}
		SendGate gate = SendGate.open(mark.entryId(), () -> journal.starting(mark.entryId(), mark.attempt()));
		try {
			if (!sender.passesGate()) {
				gate.pass();
			}
			T result = call.get();
			journal.ended(mark.entryId(), mark.attempt(), true);
			return result;
		}
		catch (RuntimeException failed) {
			if (gate.refused() != null) {
				// the journal could not be written, so the request never left
				throw gate.refused();
			}
			if (failed instanceof DeliveryFailed certain && !certain.uncertain()) {
				journal.ended(mark.entryId(), mark.attempt(), false);
			}
			throw failed;
		}
		finally {
			SendGate.close();
		}
	}

	/** True when a sender for the channel is configured (e-mail needs an SMTP server). */
	boolean reaches(Channel channel) {
		return senders.containsKey(channel);
	}

	/**
	 * Posts to a conversation the bot knows; returns the platform's id ("" when none).
	 */
	String deliver(ConversationKey conversation, NetworkId network, Message message) {
		Optional<KnownConversation> target = references.find(conversation);
		ChannelSender sender = senders.get(conversation.channel());
		if (target.isEmpty() || sender == null) {
			log.warn("Cannot post to conversation {}: {}", conversation.asString(),
					target.isEmpty() ? "no stored reference" : "channel not enabled");
			throw new DeliveryFailed(target.isEmpty() ? "no stored reference" : "channel not enabled", true, null);
		}
		durableClaim();
		String id = ended(sender, () -> sender.post(target.get(), message));
		transcript.recordPosted(conversation, null, network, message, id, null);
		return id == null ? "" : id;
	}

	/**
	 * Sends to one person privately, opening their one-to-one conversation when none is
	 * known; returns the conversation it went to.
	 */
	ConversationKey deliverToPerson(PersonAddress person, NetworkId network, Message message) {
		Optional<ConversationKey> known = Optional.ofNullable(person.personalConversation())
			.flatMap(key -> references.findByKey(key))
			.map(KnownConversation::key);
		if (known.isPresent()) {
			deliver(known.get(), network, message);
			return known.get();
		}
		ChannelSender sender = senders.get(person.channel());
		if (sender == null) {
			throw new DeliveryFailed("channel not enabled", true, null);
		}
		// opening a personal conversation posts nothing and may be repeated: only the
		// post that follows is journaled
		OpenedConversation opened = sender.openPersonal(person)
			.orElseThrow(() -> new DeliveryFailed("no personal conversation on this channel", true, null));
		references.remember(opened.key(), ConversationKind.PERSONAL, opened.platformReference());
		deliver(opened.key(), network, message);
		return opened.key();
	}

	/**
	 * Replaces a message posted earlier, in place, and keeps the new version in the
	 * transcript. Returns the id to keep for the message from now on; null when this
	 * channel cannot update.
	 */
	String update(ConversationKey conversation, NetworkId network, String messageId, Message message) {
		Optional<KnownConversation> target = references.find(conversation);
		ChannelSender sender = senders.get(conversation.channel());
		if (target.isEmpty() || sender == null) {
			throw new DeliveryFailed(target.isEmpty() ? "no stored reference" : "channel not enabled", true, null);
		}
		durableClaim();
		String kept = ended(sender, () -> sender.update(target.get(), messageId, message));
		if (kept != null) {
			transcript.recordPosted(conversation, null, network, message, kept, messageId);
		}
		return kept;
	}

}
