package se.samverka.chat;

import java.util.List;
import java.util.Objects;

/**
 * The parts a channel-neutral {@link Message} is made of. Every text here is plain text,
 * possibly typed by a user: each renderer escapes it for its platform (Slack mrkdwn,
 * Adaptive Card markdown, HTML), so nothing a user typed can ping a channel, fake a link
 * or inject card content.
 */
public sealed interface Block {

	/** A title line. */
	record Heading(String text) implements Block {
		public Heading {
			Objects.requireNonNull(text, "text");
		}
	}

	/** A paragraph. {@code tone} lets renderers show hints and warnings differently. */
	record Paragraph(String text, Tone tone) implements Block {
		public Paragraph {
			Objects.requireNonNull(text, "text");
			tone = tone == null ? Tone.NORMAL : tone;
		}

		public Paragraph(String text) {
			this(text, Tone.NORMAL);
		}
	}

	/** Label/value pairs, such as the commands in help or a network's codes. */
	record Facts(List<Fact> facts) implements Block {
		public Facts {
			facts = List.copyOf(facts);
		}
	}

	/**
	 * A free-text input submitted together with the buttons of the same message. An
	 * {@code optional} input may be left empty (platforms that check forms before sending
	 * let it through).
	 */
	record TextInput(String id, String label, String placeholder, String value, boolean multiline, int maxLength,
			boolean optional) implements Block {
		public TextInput {
			checkInputId(id);
			label = label == null ? "" : label;
			placeholder = placeholder == null ? "" : placeholder;
			value = value == null ? "" : value;
			maxLength = maxLength <= 0 ? 3000 : maxLength;
		}

		public TextInput(String id, String label, String placeholder, String value, boolean multiline, int maxLength) {
			this(id, label, placeholder, value, multiline, maxLength, false);
		}
	}

	/**
	 * One of a few fixed choices (a point on a 1–5 scale), submitted together with the
	 * buttons of the same message like a text input, as the chosen choice's value. A
	 * choice must be made.
	 */
	record ChoiceInput(String id, String label, List<Choice> choices) implements Block {
		public ChoiceInput {
			checkInputId(id);
			label = label == null ? "" : label;
			choices = List.copyOf(choices);
			if (choices.isEmpty() || choices.size() > 25) {
				throw new IllegalArgumentException("A choice input has 1 to 25 choices: " + id);
			}
		}
	}

	/** What a choice input offers: the value it submits and what the person sees. */
	record Choice(String value, String label) {
		public Choice {
			Objects.requireNonNull(value, "value");
			Objects.requireNonNull(label, "label");
		}
	}

	/** A row of buttons. */
	record Actions(List<Button> buttons) implements Block {
		public Actions {
			buttons = List.copyOf(buttons);
		}
	}

	/** Separates parts of a long message. */
	record Divider() implements Block {
	}

	/**
	 * Labelled values shown as horizontal bars, longest for the largest value: Teams
	 * draws them as proportional columns, Slack as text bars, the playground and the
	 * archive as SVG.
	 */
	record BarChart(String title, List<Bar> bars, int max) implements Block {
		public BarChart {
			title = title == null ? "" : title;
			bars = List.copyOf(bars);
			max = Math.max(0, max);
		}

		/** Bars measured against the largest of them. */
		public BarChart(String title, List<Bar> bars) {
			this(title, bars, 0);
		}

		/**
		 * The value a full bar stands for: {@code max} when given (a score out of 5,
		 * say), else the largest value; at least 1.
		 */
		public int scale() {
			return Math.max(1, max > 0 ? max : bars.stream().mapToInt(Bar::value).max().orElse(1));
		}
	}

	/**
	 * One bar: {@code caption} is what is written next to it (such as "3 of 5"), the
	 * value itself when empty.
	 */
	record Bar(String label, int value, String caption) {
		public Bar {
			Objects.requireNonNull(label, "label");
			if (value < 0) {
				throw new IllegalArgumentException("A bar cannot be negative: " + value);
			}
			caption = caption == null || caption.isBlank() ? Integer.toString(value) : caption;
		}

		public Bar(String label, int value) {
			this(label, value, null);
		}

		/**
		 * How many of {@code width} cells the bar fills on a scale of {@code scale}; a
		 * non-zero value fills at least one.
		 */
		public int cells(int scale, int width) {
			if (value == 0) {
				return 0;
			}
			return Math.max(1, Math.min(width, (int) Math.round((double) value * width / Math.max(1, scale))));
		}
	}

	private static void checkInputId(String id) {
		Objects.requireNonNull(id, "id");
		if (!id.matches("[a-zA-Z][a-zA-Z0-9_]{0,40}")) {
			throw new IllegalArgumentException("Input ids are simple identifiers: " + id);
		}
	}

	enum Tone {

		NORMAL, SUBTLE, GOOD, WARNING

	}

	record Fact(String label, String value) {
		public Fact {
			Objects.requireNonNull(label, "label");
			value = value == null ? "" : value;
		}
	}

	/**
	 * A button runs {@code command} as if the person had typed it, followed by the values
	 * of the message's inputs (see {@link ActionInvocation#toCommandText()}).
	 */
	record Button(String label, String command, boolean primary) {
		public Button {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(command, "command");
		}

		public static Button of(String label, String command) {
			return new Button(label, command, false);
		}
	}

}
