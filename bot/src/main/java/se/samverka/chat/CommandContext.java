package se.samverka.chat;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * One command being handled: the message it came in, who sent it, their language, the
 * text after the command's name, and the caller as the dialogue admitted them.
 */
public record CommandContext(Inbound inbound, PersonId person, Locale locale, String args, Texts texts, Caller caller) {

	public CommandContext {
		args = args == null ? "" : args.strip();
	}

	/** A text from the message bundles in the person's language. */
	public String t(String key, Object... arguments) {
		return texts.get(locale, key, arguments);
	}

	public ConversationKey conversation() {
		return inbound.conversation();
	}

	/**
	 * The network the command is about; never null for a command that is not for
	 * {@link Access#EVERYONE}.
	 */
	public NetworkId network() {
		return caller.network();
	}

	/**
	 * The item (such as a homework) the card or form this came from belongs to, when it
	 * says; the network it belongs to is then {@link #network()}.
	 */
	public Optional<String> item() {
		return Optional.ofNullable(inbound.action()).map(ActionInvocation::item);
	}

	/** The caller's organisation in the network, or null. */
	public String organisation() {
		return caller.organisation();
	}

	/** The zone the network's times are meant in. */
	public ZoneId zone() {
		return caller.zone();
	}

}
