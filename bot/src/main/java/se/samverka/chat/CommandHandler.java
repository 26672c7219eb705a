package se.samverka.chat;

import java.util.List;
import java.util.Optional;

/**
 * One command. Implementations are Spring beans found by the dialogue, which runs one
 * only for people its {@link CommandSpec#access()} admits and hands it the resolved
 * network in the {@link CommandContext}; a handler answers bad input with a friendly
 * message rather than an exception.
 */
public interface CommandHandler {

	/** How the command is typed, who it is for and how help describes it. */
	CommandSpec spec();

	List<Message> handle(CommandContext context);

	/**
	 * For a command whose item decides its network (the homework an answer is for, say):
	 * which networks hold one for the person. Asked only when someone in several networks
	 * types the command where no conversation decides the network; empty for commands
	 * without such an item.
	 */
	default Optional<ItemFinder> itemFinder() {
		return Optional.empty();
	}

	/**
	 * Whether a network holds an item the command, with these arguments, would act on for
	 * a person.
	 */
	@FunctionalInterface
	interface ItemFinder {

		boolean holdsItem(NetworkId network, PersonId person, String args);

	}

	/**
	 * Whether the command reads anything typed after its name. A near miss of the name of
	 * one that does not ({@code har} for {@code här}), followed by more text, is taken
	 * for ordinary chat ({@code har du sett…}) rather than the command.
	 */
	default boolean takesArguments() {
		return true;
	}

	/**
	 * What a button that runs this command did, in the person's words and language
	 * ("röstade ja på 30 sep"), asked after {@link #handle}; shown to that person only,
	 * in place of the button's label. Empty when the label says enough.
	 */
	default Optional<String> echo(CommandContext context) {
		return Optional.empty();
	}

	/**
	 * Whether this use, in a personal chat, must leave no trace of its author in the
	 * conversation log ({@link CommandSpec#anonymous()}); a command whose anonymity
	 * depends on its target (a vote: only in an anonymous poll) decides here. The
	 * context's caller is as resolved, not yet admitted: its network may be null.
	 */
	default boolean anonymousFor(CommandContext context) {
		return spec().anonymous();
	}

	/**
	 * Whether this typed use of the command gives something anonymous, so that typed in a
	 * shared conversation (where the room sees who wrote it) it is refused before
	 * anything of it is kept or shown. By default what the spec says; a command whose
	 * anonymity depends on its target (a vote in an anonymous poll) decides here. The
	 * context's caller is as resolved, not yet admitted: its network may be null.
	 */
	default boolean onlyInPersonalChats(CommandContext context) {
		return spec().personalOnly();
	}

	/**
	 * @param access who may run the command (help lists it only to them)
	 * @param helpKey the message-bundle key of help's one-line description; its example
	 * is {@code helpKey + ".example"}
	 * @param anonymous true for commands whose author must not be linked to what they
	 * wrote (an anonymous note): the conversation log then keeps only that the command
	 * was used, with no person and no text, and the replies with no person
	 * @param notMemberKey the refusal for someone in the network who is not a member,
	 * where the command has its own; null for the level's usual one
	 * @param refusalKey the refusal for a member without the role, where the command has
	 * its own; null for {@code error.organisers-only}. Refusals are formatted with the
	 * command's name ({0}) and the network's name ({1}).
	 * @param personalOnly true for anonymous commands that are refused when typed in a
	 * shared conversation (see {@link CommandHandler#onlyInPersonalChats})
	 */
	record CommandSpec(CommandNames names, Access access, String helpKey, boolean anonymous, String notMemberKey,
			String refusalKey, boolean personalOnly) {

		public CommandSpec(CommandNames names, Access access, String helpKey, boolean anonymous) {
			this(names, access, helpKey, anonymous, null, null, false);
		}

		public CommandSpec(CommandNames names, Access access, String helpKey) {
			this(names, access, helpKey, false);
		}

		/**
		 * The same command, telling people in the network who are not members
		 * {@code key}.
		 */
		public CommandSpec refusingNonMembersWith(String key) {
			return new CommandSpec(names, access, helpKey, anonymous, key, refusalKey, personalOnly);
		}

		/** The same command, telling those without the role {@code key}. */
		public CommandSpec refusingWith(String key) {
			return new CommandSpec(names, access, helpKey, anonymous, notMemberKey, key, personalOnly);
		}

		/**
		 * The same command, anonymous and taken only in personal chats when typed: in a
		 * shared conversation the room would see who wrote it.
		 */
		public CommandSpec onlyInPersonalChats() {
			return new CommandSpec(names, access, helpKey, true, notMemberKey, refusalKey, true);
		}

	}

}
