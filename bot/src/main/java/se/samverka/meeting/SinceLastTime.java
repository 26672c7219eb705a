package se.samverka.meeting;

import java.util.Optional;

import se.samverka.chat.CommandContext;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * Something the reply to {@code meeting create} offers about the time since the previous
 * meeting (the homework's answers): implemented by the features that have something to
 * offer.
 */
public interface SinceLastTime {

	Optional<Message> offer(NetworkId network, Meeting created, CommandContext ctx);

}
