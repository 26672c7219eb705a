package se.samverka.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samverka.chat.Block;
import se.samverka.chat.IdentityNumbers;
import se.samverka.chat.Message;

/**
 * The neutral blocks of a message as plain maps, so the transcript keeps what a card
 * showed.
 */
final class MessageDocuments {

	private MessageDocuments() {
	}

	static List<Map<String, Object>> toMaps(Message message) {
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
			map.put("text", IdentityNumbers.mask(h.text()));
		}
		else if (block instanceof Block.Paragraph p) {
			map.put("type", "paragraph");
			map.put("text", IdentityNumbers.mask(p.text()));
			map.put("tone", p.tone().name());
		}
		else if (block instanceof Block.Facts f) {
			map.put("type", "facts");
			List<Map<String, Object>> facts = new ArrayList<>();
			f.facts()
				.forEach(x -> facts
					.add(Map.of("label", IdentityNumbers.mask(x.label()), "value", IdentityNumbers.mask(x.value()))));
			map.put("facts", facts);
		}
		else if (block instanceof Block.TextInput i) {
			map.put("type", "input");
			map.put("id", i.id());
			map.put("label", i.label());
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
				.forEach(b -> buttons.add(Map.of("label", IdentityNumbers.mask(b.label()), "command",
						IdentityNumbers.mask(b.command()))));
			map.put("buttons", buttons);
		}
		else if (block instanceof Block.BarChart c) {
			map.put("type", "chart");
			map.put("title", IdentityNumbers.mask(c.title()));
			map.put("max", c.max());
			List<Map<String, Object>> bars = new ArrayList<>();
			c.bars()
				.forEach(b -> bars.add(Map.of("label", IdentityNumbers.mask(b.label()), "value", b.value(), "caption",
						IdentityNumbers.mask(b.caption()))));
			map.put("bars", bars);
		}
		else {
			map.put("type", "divider");
		}
		return map;
	}

}
