package se.samverka.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.samverka.chat.Block;
import se.samverka.chat.Message;
import se.samverka.chat.PersonId;
import se.samverka.conversation.Transcript;
import se.samverka.conversation.TranscriptEntry;
import se.samverka.network.People;
import se.samverka.network.Person;

/**
 * A room's dialogue from the transcript, as the page shows it after a reload: what people
 * typed as plain text with their names, what the bot said rendered again from the blocks
 * it kept. A card updated in place shows once, in its latest version, where it was first
 * posted, under the id the live page uses for it.
 */
@Component
class TranscriptView {

	private final Transcript transcript;

	private final People people;

	private final HtmlRenderer renderer;

	private final PlaygroundSettings settings;

	TranscriptView(Transcript transcript, People people, HtmlRenderer renderer, PlaygroundSettings settings) {
		this.transcript = transcript;
		this.people = people;
		this.renderer = renderer;
		this.settings = settings;
	}

	List<Map<String, Object>> of(Room room) {
		List<TranscriptEntry> entries = transcript.of(room.key());
		List<TranscriptEntry> shown = entries.subList(Math.max(0, entries.size() - settings.historySize()),
				entries.size());
		Map<String, String> names = new HashMap<>();
		List<Map<String, Object>> view = new ArrayList<>();
		// where each posted message stands, by the id it has now: an update replaces it
		// there
		Map<String, Integer> places = new HashMap<>();
		for (TranscriptEntry entry : shown) {
			if (entry.anonymous()) {
				// "? [vote]" and its private answer: whose they were is not to be known
				continue;
			}
			if (entry.direction() == TranscriptEntry.Direction.IN) {
				String author = entry.personId() == null ? "?" : names.computeIfAbsent(entry.personId(),
						id -> people.find(new PersonId(id)).map(Person::displayName).orElse("?"));
				view.add(Map.of("type", "in", "author", author, "text", entry.text() == null ? "" : entry.text()));
				continue;
			}
			Integer place = entry.replaces() == null ? null : places.get(entry.replaces());
			String id = place != null ? (String) view.get(place).get("id")
					: entry.messageId() != null ? entry.messageId() : "h" + entry.id();
			Map<String, Object> shownEntry = Map.of("type", "out", "id", id, "html",
					renderer.render(messageOf(entry), id));
			if (place == null) {
				view.add(shownEntry);
				place = view.size() - 1;
			}
			else {
				view.set(place, shownEntry);
			}
			if (entry.messageId() != null) {
				places.put(entry.messageId(), place);
			}
		}
		return view;
	}

	/**
	 * The transcript keeps the blocks as maps, without input values: enough to show them
	 * again.
	 */
	static Message messageOf(TranscriptEntry entry) {
		List<Block> blocks = new ArrayList<>();
		if (entry.card() != null) {
			for (Map<String, Object> map : entry.card()) {
				blocks.add(blockOf(map));
			}
		}
		return blocks.isEmpty() ? Message.text(entry.text() == null ? "" : entry.text()) : new Message(blocks);
	}

	@SuppressWarnings("unchecked")
	private static Block blockOf(Map<String, Object> map) {
		String type = String.valueOf(map.get("type"));
		return switch (type) {
			case "heading" -> new Block.Heading(string(map, "text"));
			case "paragraph" -> new Block.Paragraph(string(map, "text"), tone(string(map, "tone")));
			case "facts" -> new Block.Facts(((List<Map<String, Object>>) map.getOrDefault("facts", List.of())).stream()
				.map(f -> new Block.Fact(string(f, "label"), string(f, "value")))
				.toList());
			case "input" -> new Block.TextInput(string(map, "id"), string(map, "label"), "", "", false, 0);
			case "choice" -> new Block.ChoiceInput(string(map, "id"), string(map, "label"),
					((List<Map<String, Object>>) map.getOrDefault("choices", List.of())).stream()
						.map(c -> new Block.Choice(string(c, "value"), string(c, "label")))
						.toList());
			case "actions" ->
				new Block.Actions(((List<Map<String, Object>>) map.getOrDefault("buttons", List.of())).stream()
					.map(b -> Block.Button.of(string(b, "label"), string(b, "command")))
					.toList());
			case "chart" -> new Block.BarChart(string(map, "title"),
					((List<Map<String, Object>>) map.getOrDefault("bars", List.of())).stream()
						.map(b -> new Block.Bar(string(b, "label"),
								b.get("value") instanceof Number n ? Math.max(0, n.intValue()) : 0,
								string(b, "caption")))
						.toList(),
					map.get("max") instanceof Number max ? max.intValue() : 0);
			default -> new Block.Divider();
		};
	}

	private static String string(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value == null ? "" : value.toString();
	}

	private static Block.Tone tone(String name) {
		try {
			return Block.Tone.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return Block.Tone.NORMAL;
		}
	}

}
