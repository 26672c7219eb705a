package se.samverka.teams;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

import se.samverka.chat.Block;
import se.samverka.chat.Block.Actions;
import se.samverka.chat.Block.Bar;
import se.samverka.chat.Block.BarChart;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.ChoiceInput;
import se.samverka.chat.Block.Divider;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Facts;
import se.samverka.chat.Block.Heading;
import se.samverka.chat.Block.Paragraph;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Message;

/**
 * A neutral {@link Message} as Adaptive Cards 1.5. Buttons are {@code Action.Submit} with
 * {@code {"command": ...}}: Teams posts them back as an ordinary message activity, so a
 * button takes exactly the path of the typed command and its reply is a new message (the
 * card it came from is left as it was). Text inputs go into a dialog the buttons open
 * (see {@link FormDialog}). Cards are built as JSON objects, never from strings, and a
 * message too large for one Teams message is split over several cards.
 */
final class AdaptiveCardRenderer {

	/**
	 * Below the strictest documented Teams limit (28 KB for connectors), with room for
	 * the envelope.
	 */
	static final int CARD_BUDGET_BYTES = 24_000;

	/**
	 * A long text is cut into TextBlocks of this many characters (at most ~18 KB even
	 * when escaped).
	 */
	static final int TEXT_PIECE_CHARS = 3_000;

	private final int budget;

	AdaptiveCardRenderer() {
		this(CARD_BUDGET_BYTES);
	}

	AdaptiveCardRenderer(int budget) {
		this.budget = budget;
	}

	/**
	 * One card, or several when the message would not fit in one. A message with text
	 * inputs is a form: its inputs are not on the card but in a Teams dialog that its
	 * buttons open.
	 */
	List<ObjectNode> render(Message message) {
		Form form = Form.of(message);
		List<ObjectNode> elements = new ArrayList<>();
		boolean separator = false;
		for (Block block : message.blocks()) {
			if (block instanceof Divider) {
				separator = !elements.isEmpty();
				continue;
			}
			List<ObjectNode> parts = elements(block, form);
			if (separator && !parts.isEmpty()) {
				parts.get(0).put("separator", true).put("spacing", "Medium");
				separator = false;
			}
			elements.addAll(parts);
		}
		return pack(elements);
	}

	/**
	 * The inputs of a message and the title of the dialog that shows them; none for most
	 * messages. A message with choices (a short questionnaire) keeps all its inputs on
	 * the card instead, where {@code Action.Submit} sends them with the button's command:
	 * {@code inline}.
	 */
	record Form(String title, List<TextInput> inputs, boolean inline) {

		static Form of(Message message) {
			List<TextInput> inputs = new ArrayList<>();
			String title = null;
			boolean choices = false;
			for (Block block : message.blocks()) {
				if (block instanceof TextInput input) {
					inputs.add(input);
				}
				else if (block instanceof ChoiceInput) {
					choices = true;
				}
				else if (block instanceof Heading heading && title == null) {
					title = heading.text();
				}
			}
			return new Form(title == null ? message.fallbackText() : title, choices ? List.of() : List.copyOf(inputs),
					choices);
		}

		boolean isEmpty() {
			return inputs.isEmpty();
		}

	}

	private List<ObjectNode> elements(Block block, Form form) {
		if (block instanceof Heading h) {
			return textBlocks(h.text(), "Large", true, null, false);
		}
		if (block instanceof Paragraph p) {
			switch (p.tone()) {
				case SUBTLE:
					return textBlocks(p.text(), null, false, null, true);
				case GOOD:
					return textBlocks(p.text(), null, false, "Good", false);
				case WARNING:
					return textBlocks(p.text(), null, false, "Warning", false);
				default:
					return textBlocks(p.text(), null, false, null, false);
			}
		}
		if (block instanceof Facts f) {
			return factSets(f.facts());
		}
		if (block instanceof TextInput input) {
			// in the dialog the buttons open, unless the form is on the card
			return form.inline() ? List.of(input(input).put("isRequired", !input.optional())) : List.of();
		}
		if (block instanceof ChoiceInput choice) {
			return List.of(choiceSet(choice));
		}
		if (block instanceof Actions a) {
			return a.buttons().isEmpty() ? List.of() : List.of(actionSet(a.buttons(), form));
		}
		if (block instanceof BarChart c) {
			return chart(c);
		}
		return List.of();
	}

	/**
	 * A bar chart in plain Adaptive Cards 1.5 (Teams' chart elements are newer than 1.5):
	 * per bar a ColumnSet of the label, the bar as an accent-coloured column whose width
	 * is proportional to the value next to a transparent rest, and the caption.
	 */
	private List<ObjectNode> chart(BarChart chart) {
		List<ObjectNode> rows = new ArrayList<>();
		if (!chart.title().isEmpty()) {
			rows.addAll(textBlocks(chart.title(), null, true, null, false));
		}
		int scale = chart.scale();
		for (Bar bar : chart.bars()) {
			ObjectNode row = Serialization.createObjectNode().put("type", "ColumnSet").put("spacing", "Small");
			ArrayNode columns = row.putArray("columns");
			columns.addObject()
				.put("type", "Column")
				.put("width", 2)
				.putArray("items")
				.add(smallText(cut(bar.label())));
			ObjectNode track = Serialization.createObjectNode().put("type", "ColumnSet");
			ArrayNode parts = track.putArray("columns");
			int filled = bar.cells(scale, CHART_CELLS);
			if (filled > 0) {
				parts.addObject()
					.put("type", "Column")
					.put("width", filled)
					.put("style", "accent")
					.put("minHeight", "16px")
					.putArray("items");
			}
			if (filled < CHART_CELLS) {
				parts.addObject().put("type", "Column").put("width", CHART_CELLS - filled).putArray("items");
			}
			columns.addObject()
				.put("type", "Column")
				.put("width", 3)
				.put("verticalContentAlignment", "Center")
				.putArray("items")
				.add(track);
			columns.addObject()
				.put("type", "Column")
				.put("width", 1)
				.putArray("items")
				.add(smallText(cut(bar.caption())));
			rows.add(row);
		}
		return rows;
	}

	/** Cells a chart's bar is measured in (its proportional column widths). */
	static final int CHART_CELLS = 20;

	private static ObjectNode smallText(String text) {
		return Serialization.createObjectNode()
			.put("type", "TextBlock")
			.put("text", CardText.safe(text))
			.put("wrap", true)
			.put("size", "Small");
	}

	private List<ObjectNode> textBlocks(String text, String size, boolean bolder, String color, boolean subtle) {
		List<ObjectNode> blocks = new ArrayList<>();
		for (String piece : pieces(CardText.safe(text))) {
			ObjectNode node = Serialization.createObjectNode()
				.put("type", "TextBlock")
				.put("text", piece)
				.put("wrap", true);
			if (size != null) {
				node.put("size", size);
			}
			if (bolder) {
				node.put("weight", "Bolder");
			}
			if (color != null) {
				node.put("color", color);
			}
			if (subtle) {
				node.put("isSubtle", true);
			}
			blocks.add(node);
		}
		return blocks;
	}

	private static List<String> pieces(String text) {
		if (text.length() <= TEXT_PIECE_CHARS) {
			return List.of(text);
		}
		List<String> pieces = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = Math.min(text.length(), start + TEXT_PIECE_CHARS);
			if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			pieces.add(text.substring(start, end));
			start = end;
		}
		return pieces;
	}

	/** One FactSet, or several when the facts together are too large for one card. */
	private List<ObjectNode> factSets(List<Fact> facts) {
		List<ObjectNode> sets = new ArrayList<>();
		ObjectNode set = null;
		for (Fact fact : facts) {
			ObjectNode node = Serialization.createObjectNode()
				.put("title", CardText.safe(cut(fact.label())))
				.put("value", CardText.safe(cut(fact.value())));
			if (set == null || size(set) + size(node) > budget / 2) {
				set = Serialization.createObjectNode().put("type", "FactSet");
				set.putArray("facts");
				sets.add(set);
			}
			((ArrayNode) set.get("facts")).add(node);
		}
		return sets;
	}

	private static String cut(String text) {
		return text.length() <= TEXT_PIECE_CHARS ? text : text.substring(0, TEXT_PIECE_CHARS - 1) + "…";
	}

	static ObjectNode input(TextInput input) {
		ObjectNode node = Serialization.createObjectNode().put("type", "Input.Text").put("id", input.id());
		if (!input.label().isEmpty()) {
			node.put("label", input.label());
		}
		if (!input.placeholder().isEmpty()) {
			node.put("placeholder", input.placeholder());
		}
		if (!input.value().isEmpty()) {
			// Whole, up to what the input accepts: a cut prefilled agenda would be saved
			// cut.
			String value = input.value();
			int end = Math.min(value.length(), input.maxLength());
			if (end < value.length() && end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
				end--;
			}
			node.put("value", value.substring(0, end));
		}
		return node.put("isMultiline", input.multiline()).put("maxLength", input.maxLength());
	}

	/** A compact drop-down that must be chosen before the card's buttons send. */
	static ObjectNode choiceSet(ChoiceInput input) {
		ObjectNode node = Serialization.createObjectNode()
			.put("type", "Input.ChoiceSet")
			.put("id", input.id())
			.put("style", "compact")
			.put("isRequired", true);
		if (!input.label().isEmpty()) {
			node.put("label", CardText.safe(input.label()));
		}
		ArrayNode choices = node.putArray("choices");
		input.choices().forEach(c -> choices.addObject().put("title", c.label()).put("value", c.value()));
		return node;
	}

	/**
	 * Buttons as {@code Action.Submit}; on a form each one opens the form's dialog
	 * instead.
	 */
	private static ObjectNode actionSet(List<Button> buttons, Form form) {
		ObjectNode set = Serialization.createObjectNode().put("type", "ActionSet");
		ArrayNode actions = set.putArray("actions");
		for (Button button : buttons) {
			ObjectNode action = actions.addObject().put("type", "Action.Submit").put("title", button.label());
			ObjectNode data = action.putObject("data").put("command", button.command());
			if (!form.isEmpty()) {
				FormDialog.opens(data, form.title(), button.label(), form.inputs());
			}
			if (button.primary()) {
				action.put("style", "positive");
			}
		}
		return set;
	}

	private List<ObjectNode> pack(List<ObjectNode> elements) {
		List<ObjectNode> cards = new ArrayList<>();
		ObjectNode card = null;
		int used = 0;
		for (ObjectNode element : elements) {
			int size = size(element) + 1;
			if (card == null || used + size > budget) {
				card = emptyCard();
				used = size(card);
				cards.add(card);
			}
			((ArrayNode) card.get("body")).add(element);
			used += size;
		}
		if (cards.isEmpty()) {
			cards.add(emptyCard());
		}
		return cards;
	}

	static ObjectNode emptyCard() {
		ObjectNode card = Serialization.createObjectNode()
			.put("type", "AdaptiveCard")
			.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
			.put("version", "1.5");
		card.putArray("body");
		return card;
	}

	static int size(JsonNode node) {
		return Serialization.toStringSilent(node).getBytes(StandardCharsets.UTF_8).length;
	}

}
