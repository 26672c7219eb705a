package se.samverka.chat;

import java.util.List;

/**
 * One command. Implementations are Spring beans found by the dialogue; each checks its
 * own permissions and answers bad input with a friendly message rather than an exception.
 */
public interface CommandHandler {

	/** How the command is typed, who it is for and how help describes it. */
	CommandSpec spec();

	List<Message> handle(CommandContext context);

	/**
	 * @param access who help lists the command for
	 * @param helpKey the message-bundle key of help's one-line description; its example
	 * is {@code helpKey + ".example"}
	 * @param anonymous true for commands whose author must not be linked to what they
	 * wrote (an anonymous note): the conversation log then keeps only that the command
	 * was used, with no person and no text, and the replies with no person
	 */
	record CommandSpec(CommandNames names, Access access, String helpKey, boolean anonymous) {

		public CommandSpec(CommandNames names, Access access, String helpKey) {
			this(names, access, helpKey, false);
		}

	}

}
