package se.samverka.chat;

import java.util.List;

/**
 * One command. Implementations are Spring beans found by the dialogue; each checks its own
 * permissions and answers bad input with a friendly message rather than an exception.
 */
public interface CommandHandler {

	CommandNames names();

	/** Who help lists this command for. */
	Access access();

	/** The message-bundle key of the one-line description shown in help; its example is key + ".example". */
	String helpKey();

	List<Message> handle(CommandContext context);

}
