package se.samverka.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samverka.chat.Block;
import se.samverka.chat.Message;

/**
 * A neutral message as plain maps in a ledger entry, and back: the same shape as the
 * transcript's (conversation/MessageDocuments) but complete and unmasked, since it is
 * what will be sent. Public for features that keep a message to send or show later
 * (digests).
 */
public final class StoredMessages {

	private StoredMessages() {
	}

	public static List<Map<String, Object>> toMaps(Message message) {
		List<Map<String, Object>> maps = new ArrayList<>();
		for (Block block : message.blocks()) {
			maps.add(toMap(block));
		}
		return maps;
	}

	private static Map<String, Object> toMap(Block block) {
		Map<String, Object> map = new LinkedHashMap<>();
		if (block instanceof Block.Heading h) {
			map.put("type", "heading");
			map.put("text", h.text());
		}
		else if (block instanceof Block.Paragraph p) {
			map.put("type", "paragraph");
			map.put("text", p.text());
			map.put("tone", p.tone().name());
		}
		else if (block instanceof Block.Facts f) {
			map.put("type", "facts");
			List<Map<String, Object>> facts = new ArrayList<>();
			f.facts().forEach(x -> facts.add(Map.of("label", x.label(), "value", x.value())));
			map.put("facts", facts);
		}
		else if (block instanceof Block.TextInput i) {
			map.put("type", "input");
			map.put("id", i.id());
			map.put("label", i.label());
			map.put("placeholder", i.placeholder());
			map.put("value", i.value());
			map.put("multiline", i.multiline());
			map.put("maxLength", i.maxLength());
			map.put("optional", i.optional());
		}
		else if (block instanceof Block.ChoiceInput c) {
			map.put("type", "choice");
			map.put("id", c.id());
			map.put("label", c.label());
			map.put("choices", c.choices().stream().map(x -> Map.of("value", x.value(), "label", x.label())).toList());
		}
		else if (block instanceof Block.Actions a) {
			map.put("type", "actions");
			List<Map<String, Object>> buttons = new ArrayList<>();
			a.buttons()
				.forEach(b -> buttons.add(Map.of("label", b.label(), "command", b.command(), "primary", b.primary())));
			map.put("buttons", buttons);
		}
		else if (block instanceof Block.BarChart c) {
			map.put("type", "chart");
			map.put("title", c.title());
			map.put("max", c.max());
			List<Map<String, Object>> bars = new ArrayList<>();
			c.bars().forEach(b -> bars.add(Map.of("label", b.label(), "value", b.value(), "caption", b.caption())));
			map.put("bars", bars);
		}
		else {
			map.put("type", "divider");
		}
		return map;
	}

	@SuppressWarnings("unchecked")
	public static Message fromMaps(List<?> maps) {
		List<Block> blocks = new ArrayList<>();
		for (Object o : maps) {
			Map<String, Object> map = (Map<String, Object>) o;
			blocks.add(fromMap(map));
		}
		return new Message(blocks);
	}

	@SuppressWarnings("unchecked")
	private static Block fromMap(Map<String, Object> map) {
		String type = String.valueOf(map.get("type"));
		switch (type) {
			case "heading":
				return new Block.Heading(text(map, "text"));
			case "paragraph":
				return new Block.Paragraph(text(map, "text"), Block.Tone.valueOf(text(map, "tone")));
			case "facts":
				List<Block.Fact> facts = new ArrayList<>();
				for (Object f : (List<Object>) map.get("facts")) {
					Map<String, Object> fact = (Map<String, Object>) f;
					facts.add(new Block.Fact(text(fact, "label"), text(fact, "value")));
				}
				return new Block.Facts(facts);
			case "input":
				return new Block.TextInput(text(map, "id"), text(map, "label"), text(map, "placeholder"),
						text(map, "value"), Boolean.TRUE.equals(map.get("multiline")),
						((Number) map.get("maxLength")).intValue(), Boolean.TRUE.equals(map.get("optional")));
			case "choice":
				List<Block.Choice> choices = new ArrayList<>();
				for (Object c : (List<Object>) map.get("choices")) {
					Map<String, Object> choice = (Map<String, Object>) c;
					choices.add(new Block.Choice(text(choice, "value"), text(choice, "label")));
				}
				return new Block.ChoiceInput(text(map, "id"), text(map, "label"), choices);
			case "actions":
				List<Block.Button> buttons = new ArrayList<>();
				for (Object b : (List<Object>) map.get("buttons")) {
					Map<String, Object> button = (Map<String, Object>) b;
					buttons.add(new Block.Button(text(button, "label"), text(button, "command"),
							Boolean.TRUE.equals(button.get("primary"))));
				}
				return new Block.Actions(buttons);
			case "chart":
				List<Block.Bar> bars = new ArrayList<>();
				for (Object b : (List<Object>) map.get("bars")) {
					Map<String, Object> bar = (Map<String, Object>) b;
					bars.add(new Block.Bar(text(bar, "label"), ((Number) bar.get("value")).intValue(),
							text(bar, "caption")));
				}
				return new Block.BarChart(text(map, "title"), bars,
						map.get("max") instanceof Number max ? max.intValue() : 0);
			default:
				return new Block.Divider();
		}
	}

	private static String text(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value == null ? "" : value.toString();
	}

}
