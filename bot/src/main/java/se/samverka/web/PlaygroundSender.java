package se.samverka.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.conversation.KnownConversation;
import se.samverka.delivery.ChannelSender;
import se.samverka.delivery.OpenedConversation;
import se.samverka.delivery.PersonAddress;

/**
 * Proactive messages into a playground room: every page open on that room shows them at
 * once. A room nobody has open still gets them in its recent events and, through
 * delivery, the transcript.
 */
@Component
class PlaygroundSender implements ChannelSender {

	private final RoomEvents events;

	private final HtmlRenderer renderer;

	PlaygroundSender(RoomEvents events, HtmlRenderer renderer) {
		this.events = events;
		this.renderer = renderer;
	}

	@Override
	public Channel channel() {
		return Channel.PLAYGROUND;
	}

	@Override
	public void send(KnownConversation target, Message message) {
		post(target, message);
	}

	@Override
	public String post(KnownConversation target, Message message) {
		String messageId = "p" + UUID.randomUUID();
		events.publish(target.conversationId(), "out",
				Map.of("id", messageId, "html", renderer.render(message, messageId), "text", message.fallbackText()));
		return messageId;
	}

	/** A browser's personal room is always there: {@code dm-<browser id>}. */
	@Override
	public Optional<OpenedConversation> openPersonal(PersonAddress person) {
		String room = "dm-" + person.userId();
		return Optional.of(new OpenedConversation(new ConversationKey(Channel.PLAYGROUND, "playground", room), room));
	}

	/**
	 * Open pages replace the message with this id where it stands (app.js listens for
	 * "update").
	 */
	@Override
	public String update(KnownConversation target, String messageId, Message message) {
		events.publish(target.conversationId(), "update",
				Map.of("id", messageId, "html", renderer.render(message, messageId), "text", message.fallbackText()));
		return messageId;
	}

}
