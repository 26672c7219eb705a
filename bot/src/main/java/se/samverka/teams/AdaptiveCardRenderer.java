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
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.Divider;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Facts;
import se.samverka.chat.Block.Heading;
import se.samverka.chat.Block.Paragraph;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Message;

/**
 * A neutral {@link Message} as Adaptive Cards 1.5. Buttons are {@code Action.Submit} with
 * {@code {"command": ...}}: Teams posts them back as an ordinary message activity, so a button takes
 * exactly the path of the typed command and its reply is a new message (the card it came from is
 * left as it was). Cards are built as JSON objects, never from strings, and a message too large for
 * one Teams message is split over several cards.
 */
final class AdaptiveCardRenderer {

	/** Below the strictest documented Teams limit (28 KB for connectors), with room for the envelope. */
	static final int CARD_BUDGET_BYTES = 24_000;

	/** A long text is cut into TextBlocks of this many characters (at most ~18 KB even when escaped). */
	static final int TEXT_PIECE_CHARS = 3_000;

	private final int budget;

	AdaptiveCardRenderer() {
		this(CARD_BUDGET_BYTES);
	}

	AdaptiveCardRenderer(int budget) {
		this.budget = budget;
	}

	/**
	 * One card, or several when the message would not fit in one. Teams submits only the inputs of
	 * the card whose button was pressed, so everything from a message's first input to the buttons
	 * after it stays together in one card.
	 */
	List<ObjectNode> render(Message message) {
		List<List<ObjectNode>> units = new ArrayList<>();
		List<ObjectNode> form = null;
		boolean separator = false;
		boolean first = true;
		for (Block block : message.blocks()) {
			if (block instanceof Divider) {
				separator = !first;
				continue;
			}
			List<ObjectNode> parts = elements(block);
			if (parts.isEmpty()) {
				continue;
			}
			if (separator) {
				parts.get(0).put("separator", true).put("spacing", "Medium");
				separator = false;
			}
			first = false;
			if (block instanceof TextInput && form == null) {
				form = new ArrayList<>();
				units.add(form);
			}
			if (form != null) {
				form.addAll(parts);
				if (block instanceof Actions) {
					form = null;
				}
			}
			else {
				parts.forEach(part -> units.add(List.of(part)));
			}
		}
		return pack(units);
	}

	private List<ObjectNode> elements(Block block) {
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
			return List.of(input(input));
		}
		if (block instanceof Actions a) {
			return a.buttons().isEmpty() ? List.of() : List.of(actionSet(a.buttons()));
		}
		return List.of();
	}

	private List<ObjectNode> textBlocks(String text, String size, boolean bolder, String color, boolean subtle) {
		List<ObjectNode> blocks = new ArrayList<>();
		for (String piece : pieces(CardText.safe(text))) {
			ObjectNode node = Serialization.createObjectNode().put("type", "TextBlock").put("text", piece).put("wrap", true);
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

	private static ObjectNode input(TextInput input) {
		ObjectNode node = Serialization.createObjectNode().put("type", "Input.Text").put("id", input.id());
		if (!input.label().isEmpty()) {
			node.put("label", input.label());
		}
		if (!input.placeholder().isEmpty()) {
			node.put("placeholder", input.placeholder());
		}
		if (!input.value().isEmpty()) {
			// Whole, up to what the input accepts: a cut prefilled agenda would be saved cut.
			String value = input.value();
			int end = Math.min(value.length(), input.maxLength());
			if (end < value.length() && end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
				end--;
			}
			node.put("value", value.substring(0, end));
		}
		return node.put("isMultiline", input.multiline()).put("maxLength", input.maxLength());
	}

	private static ObjectNode actionSet(List<Button> buttons) {
		ObjectNode set = Serialization.createObjectNode().put("type", "ActionSet");
		ArrayNode actions = set.putArray("actions");
		for (Button button : buttons) {
			ObjectNode action = actions.addObject().put("type", "Action.Submit").put("title", button.label());
			action.putObject("data").put("command", button.command());
			if (button.primary()) {
				action.put("style", "positive");
			}
		}
		return set;
	}

	private List<ObjectNode> pack(List<List<ObjectNode>> units) {
		List<ObjectNode> cards = new ArrayList<>();
		ObjectNode card = null;
		int used = 0;
		for (List<ObjectNode> unit : units) {
			int size = 0;
			for (ObjectNode element : unit) {
				size += size(element) + 1;
			}
			if (card == null || used + size > budget) {
				card = emptyCard();
				used = size(card);
				cards.add(card);
			}
			for (ObjectNode element : unit) {
				((ArrayNode) card.get("body")).add(element);
			}
			used += size;
		}
		if (cards.isEmpty()) {
			cards.add(emptyCard());
		}
		return cards;
	}

	private static ObjectNode emptyCard() {
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
