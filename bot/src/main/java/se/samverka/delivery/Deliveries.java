package se.samverka.delivery;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.conversation.ConversationReferences;
import se.samverka.conversation.KnownConversation;
import se.samverka.conversation.Transcript;

/**
 * Proactive messages: posts to a conversation the bot knows, through that conversation's
 * channel, off the request thread, and keeps what was sent in the transcript.
 */
@Service
public class Deliveries {

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	private final Map<se.samverka.chat.Channel, ChannelSender> senders = new EnumMap<>(se.samverka.chat.Channel.class);

	private final ConversationReferences references;

	private final Transcript transcript;

	private final Executor executor;

	Deliveries(List<ChannelSender> senders, ConversationReferences references, Transcript transcript,
			@Qualifier("deliveryExecutor") Executor executor) {
		senders.forEach(s -> this.senders.put(s.channel(), s));
		this.references = references;
		this.transcript = transcript;
		this.executor = executor;
	}

	/**
	 * Sends in the background; failures are logged with ids and kept out of the caller's
	 * turn.
	 */
	public void post(ConversationKey conversation, NetworkId network, Message message) {
		executor.execute(() -> postNow(conversation, network, message));
	}

	/** Sends now, on this thread. Returns whether the platform accepted it. */
	public boolean postNow(ConversationKey conversation, NetworkId network, Message message) {
		return postTracked(conversation, network, message).isPresent();
	}

	/**
	 * Sends now and returns the platform's id of the posted message ("" when the platform
	 * gives none); empty when it could not be posted.
	 */
	public Optional<String> postTracked(ConversationKey conversation, NetworkId network, Message message) {
		try {
			return Optional.of(deliver(conversation, network, message));
		}
		catch (DeliveryFailed ex) {
			log.warn("Posting to conversation {} failed (unreachable={}): {}", conversation.asString(),
					ex.unreachable(), ex.getMessage());
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			log.error("Posting to conversation {} failed unexpectedly", conversation.asString(), ex);
			return Optional.empty();
		}
	}

	/**
	 * Sends now, on this thread, and keeps it in the transcript; returns the platform's
	 * id ("" when none). Throws {@link DeliveryFailed} with the platform's answer (the
	 * outbox decides what to do).
	 */
	String deliver(ConversationKey conversation, NetworkId network, Message message) {
		Optional<KnownConversation> target = references.find(conversation);
		ChannelSender sender = senders.get(conversation.channel());
		if (target.isEmpty() || sender == null) {
			log.warn("Cannot post to conversation {}: {}", conversation.asString(),
					target.isEmpty() ? "no stored reference" : "channel not enabled");
			throw new DeliveryFailed(target.isEmpty() ? "no stored reference" : "channel not enabled", true, null);
		}
		String id = sender.post(target.get(), message);
		transcript.recordOutbound(conversation, null, network, message);
		return id == null ? "" : id;
	}

	/**
	 * Sends to one person privately, opening their one-to-one conversation when none is
	 * known; returns the conversation it went to. Throws {@link DeliveryFailed} with the
	 * platform's answer.
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
		OpenedConversation opened = sender.openPersonal(person)
			.orElseThrow(() -> new DeliveryFailed("no personal conversation on this channel", true, null));
		references.remember(opened.key(), ConversationKind.PERSONAL, opened.platformReference());
		deliver(opened.key(), network, message);
		return opened.key();
	}

	/**
	 * Sends a message to one person privately: in their one-to-one chat with the bot,
	 * opened first when none is known. Returns the conversation it went to; empty when
	 * the person could not be reached.
	 */
	public Optional<ConversationKey> postToPerson(PersonAddress person, NetworkId network, Message message) {
		Optional<ConversationKey> known = Optional.ofNullable(person.personalConversation())
			.flatMap(key -> references.findByKey(key))
			.map(KnownConversation::key);
		if (known.isPresent()) {
			return postTracked(known.get(), network, message).map(id -> known.get());
		}
		ChannelSender sender = senders.get(person.channel());
		if (sender == null) {
			return Optional.empty();
		}
		Optional<OpenedConversation> opened;
		try {
			opened = sender.openPersonal(person);
		}
		catch (DeliveryFailed ex) {
			log.warn("Could not open a personal conversation on {} (unreachable={}): {}", person.channel(),
					ex.unreachable(), ex.getMessage());
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			log.error("Opening a personal conversation on {} failed unexpectedly", person.channel(), ex);
			return Optional.empty();
		}
		if (opened.isEmpty()) {
			return Optional.empty();
		}
		references.remember(opened.get().key(), ConversationKind.PERSONAL, opened.get().platformReference());
		return postTracked(opened.get().key(), network, message).map(id -> opened.get().key());
	}

	/**
	 * Replaces a message posted earlier, in place, and keeps the new version in the
	 * transcript. Returns the id to keep for the message from now on; empty when it was
	 * not updated.
	 */
	public Optional<String> update(ConversationKey conversation, NetworkId network, String messageId, Message message) {
		Optional<KnownConversation> target = references.find(conversation);
		ChannelSender sender = senders.get(conversation.channel());
		if (target.isEmpty() || sender == null || messageId == null || messageId.isEmpty()) {
			return Optional.empty();
		}
		try {
			Optional<String> updated = Optional.ofNullable(sender.update(target.get(), messageId, message));
			if (updated.isPresent()) {
				transcript.recordOutbound(conversation, null, network, message);
			}
			return updated;
		}
		catch (DeliveryFailed ex) {
			log.warn("Updating message {} in conversation {} failed (unreachable={}): {}", messageId,
					conversation.asString(), ex.unreachable(), ex.getMessage());
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			log.error("Updating message {} in conversation {} failed unexpectedly", messageId, conversation.asString(),
					ex);
			return Optional.empty();
		}
	}

}
