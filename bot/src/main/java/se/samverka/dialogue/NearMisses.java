package se.samverka.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.samverka.chat.Block;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Message;
import se.samverka.chat.Texts;

/**
 * What the person is told about a near miss: "Menade du …?" with a button per command it
 * could be, each running that command with the same arguments, so nothing is done until
 * one is pressed; or, when one command fitted after a slip, a short note of how it was
 * read. What was typed for an anonymous command (a note's text) is never repeated in the
 * text, which the conversation log keeps; only a button in the person's personal chat
 * carries it, and in a shared conversation no button does (there, a near miss that may be
 * a command taken only in personal chats is refused before it gets here).
 */
final class NearMisses {

	/**
	 * A button's command must fit what every channel carries back (the playground's 200
	 * characters is the least); a longer one carries only the command's name.
	 */
	static final int MAX_BUTTON_COMMAND = 200;

	private static final int MAX_BUTTON_LABEL = 40;

	private final Texts texts;

	NearMisses(Texts texts) {
		this.texts = texts;
	}

	Message didYouMean(CommandParser.Suggestions suggestions, Inbound inbound, Locale locale) {
		boolean anonymous = suggestions.anonymous();
		boolean withArguments = !anonymous || inbound.kind() == ConversationKind.PERSONAL;
		List<String> named = new ArrayList<>();
		List<Button> buttons = new ArrayList<>();
		for (CommandParser.Suggestion suggestion : suggestions.candidates()) {
			String command = withArguments && suggestion.command().length() <= MAX_BUTTON_COMMAND ? suggestion.command()
					: suggestion.name();
			named.add(texts.get(locale, "nearmiss.quoted",
					anonymous ? suggestion.name() : shortened(suggestion.command())));
			buttons.add(new Button(shortened(command), command, false));
		}
		String last = named.remove(named.size() - 1);
		String list = named.isEmpty() ? last
				: String.join(", ", named) + " " + texts.get(locale, "nearmiss.or") + " " + last;
		return Message.builder()
			.paragraph(texts.get(locale, "nearmiss.did-you-mean", list))
			.paragraph(texts.get(locale, "nearmiss.nothing-done"), Tone.SUBTLE)
			.buttons(buttons.toArray(Button[]::new))
			.build();
	}

	/** The replies, the first ending with how the command was read. */
	List<Message> told(List<Message> replies, CommandParser.Parsed parsed, Locale locale) {
		if (parsed.corrected() == null || replies.isEmpty()) {
			return replies;
		}
		boolean anonymous = parsed.handler().spec().anonymous();
		String read = anonymous || parsed.args().isEmpty() ? parsed.corrected()
				: shortened(parsed.corrected() + " " + parsed.args());
		List<Block> blocks = new ArrayList<>(replies.get(0).blocks());
		blocks.add(new Block.Paragraph(texts.get(locale, "nearmiss.read-as", read), Tone.SUBTLE));
		List<Message> told = new ArrayList<>(replies);
		told.set(0, new Message(blocks));
		return told;
	}

	private static String shortened(String command) {
		String line = command.lines().findFirst().orElse("").strip();
		return line.length() > MAX_BUTTON_LABEL || line.length() < command.strip().length()
				? line.substring(0, Math.min(line.length(), MAX_BUTTON_LABEL - 1)) + "…" : line;
	}

}
