package se.samverka.chat;

import java.util.Locale;

/**
 * One command being handled: the message it came in, who sent it, their language, and the
 * text after the command's name.
 */
public record CommandContext(Inbound inbound, PersonId person, Locale locale, String args, Texts texts) {

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

}
