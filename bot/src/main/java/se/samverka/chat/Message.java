package se.samverka.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import se.samverka.chat.Block.Actions;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.ChoiceInput;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Facts;
import se.samverka.chat.Block.Heading;
import se.samverka.chat.Block.Paragraph;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Block.Tone;

/**
 * What Samverka says, independent of the platform: a list of blocks that Teams renders as
 * an Adaptive Card, Slack as Block Kit and the playground as HTML. A message that is a
 * single paragraph is sent as plain text where the platform allows.
 */
public record Message(List<Block> blocks) {

	public Message {
		if (blocks == null || blocks.isEmpty()) {
			throw new IllegalArgumentException("A message needs at least one block");
		}
		blocks = List.copyOf(blocks);
	}

	public static Message text(String text) {
		return new Message(List.of(new Paragraph(text)));
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The same message with every button that does not say which network it belongs to
	 * belonging to {@code network}: pressed in a personal chat it acts on that network,
	 * whichever the person is about in other networks later.
	 */
	public Message scopedTo(NetworkId network) {
		if (network == null) {
			return this;
		}
		return new Message(blocks.stream()
			.map(block -> block instanceof Actions actions ? new Actions(actions.buttons()
				.stream()
				.map(b -> new ActionInvocation(b.command(), null).network() != null ? b
						: new Button(b.label(), ActionInvocation.scoped(network, null, b.command()), b.primary()))
				.toList()) : block)
			.toList());
	}

	/** True when the message is just one paragraph of text, with no card features. */
	public boolean isPlainText() {
		return blocks.size() == 1 && blocks.get(0) instanceof Paragraph p && p.tone() == Tone.NORMAL;
	}

	/**
	 * The message as plain text: for notifications, transcripts, screen readers and
	 * platforms' fallback text.
	 */
	public String fallbackText() {
		return blocks.stream().map(Message::plain).filter(s -> !s.isEmpty()).collect(Collectors.joining("\n"));
	}

	private static String plain(Block block) {
		if (block instanceof Heading h) {
			return h.text();
		}
		if (block instanceof Paragraph p) {
			return p.text();
		}
		if (block instanceof Facts f) {
			return f.facts().stream().map(x -> x.label() + ": " + x.value()).collect(Collectors.joining("\n"));
		}
		if (block instanceof Block.BarChart c) {
			String bars = c.bars().stream().map(b -> b.label() + ": " + b.caption()).collect(Collectors.joining("\n"));
			return c.title().isEmpty() ? bars : c.title() + "\n" + bars;
		}
		return "";
	}

	public static final class Builder {

		private final List<Block> blocks = new ArrayList<>();

		private Builder() {
		}

		public Builder heading(String text) {
			blocks.add(new Heading(text));
			return this;
		}

		public Builder paragraph(String text) {
			blocks.add(new Paragraph(text));
			return this;
		}

		public Builder paragraph(String text, Tone tone) {
			blocks.add(new Paragraph(text, tone));
			return this;
		}

		public Builder facts(List<Fact> facts) {
			if (!facts.isEmpty()) {
				blocks.add(new Facts(facts));
			}
			return this;
		}

		public Builder input(TextInput input) {
			blocks.add(input);
			return this;
		}

		public Builder choice(ChoiceInput input) {
			blocks.add(input);
			return this;
		}

		public Builder buttons(Button... buttons) {
			blocks.add(new Actions(List.of(buttons)));
			return this;
		}

		public Builder chart(String title, List<Block.Bar> bars) {
			if (!bars.isEmpty()) {
				blocks.add(new Block.BarChart(title, bars));
			}
			return this;
		}

		public Builder blocks(List<Block> more) {
			blocks.addAll(more);
			return this;
		}

		public Builder divider() {
			blocks.add(new Block.Divider());
			return this;
		}

		public Message build() {
			return new Message(blocks);
		}

	}

}
