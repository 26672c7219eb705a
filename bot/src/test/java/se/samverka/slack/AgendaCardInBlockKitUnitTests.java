package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.Gson;

import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Languages;
import se.samverka.chat.Message;

/**
 * The agenda card of a long meeting day in Block Kit. The card itself is built in
 * se.samverka.meeting, out of reach of this package, so the test builds the same neutral
 * message: a heading, the date, what is on now, one fact per slot (times as the label;
 * kind, title, presenters and question as the value) and the footer. Slack's limits per
 * message: at most 50 blocks, every text object at most 3,000 characters (a field 2,000),
 * at most 10 fields per section, at most 40,000 characters of text; and every slot must
 * still be there.
 */
class AgendaCardInBlockKitUnitTests {

	static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	static final int SLOTS = 80;

	final BlockKitRenderer renderer = new BlockKitRenderer(BlockKitRendererUnitTests.bundles());

	/**
	 * 100: questions as the meeting's card shortens them above 20 slots. 400: as it shows
	 * them on a short day. 1,800: a worst case, near a field's 2,000 characters.
	 */
	@ParameterizedTest
	@CsvSource({ "100", "400", "1800" })
	void anEightySlotAgendaFitsSlacksLimitsAndKeepsEverySlot(int promptLength) {
		List<String> times = new ArrayList<>();
		List<SlackMessage> rendered = renderer.render(agenda(promptLength, times), Languages.SWEDISH);

		int totalBlocks = 0;
		StringBuilder everything = new StringBuilder();
		StringBuilder fallbacks = new StringBuilder();
		for (SlackMessage message : rendered) {
			assertThat(message.blocks()).isNotEmpty().hasSizeLessThanOrEqualTo(50);
			int textInMessage = 0;
			for (Map<String, Object> block : message.blocks()) {
				if (block.get("fields") instanceof List<?> fields) {
					assertThat(fields).hasSizeLessThanOrEqualTo(10);
					for (String field : textsOf(fields)) {
						assertThat(field.length()).isBetween(1, 2_000);
					}
				}
				for (String text : textsOf(block)) {
					assertThat(text.length()).isBetween(1, 3_000);
					textInMessage += text.length();
				}
			}
			assertThat(textInMessage).as("text in one message").isLessThanOrEqualTo(40_000);
			assertThat(message.text().length()).isBetween(1, 40_000);
			assertThat(message.text()).doesNotEndWith("…");
			totalBlocks += message.blocks().size();
			everything.append(new Gson().toJson(message.blocks()));
			fallbacks.append(message.text()).append('\n');
		}
		assertThat(totalBlocks).isPositive();
		if (promptLength == 1_800) {
			assertThat(rendered).as("150,000 characters need several messages").hasSizeGreaterThan(3);
		}
		String blocks = everything.toString();
		for (String time : times) {
			// As a field's bold label, or as a heading when the slot's text was too long
			// for a field.
			assertThat(occurrences(blocks, time)).as("slot " + time + " in the blocks").isEqualTo(1);
			assertThat(fallbacks).as("slot " + time + " in the fallback text").contains(time);
		}
		assertThat(blocks).contains("Fråga 80 ").contains("Möte 1 · version 3");
		assertThat(fallbacks).contains("Fråga 80 ");
	}

	private static Message agenda(int promptLength, List<String> times) {
		Message.Builder card = Message.builder()
			.heading("Nätverksträff 7 – Barnens bästa gäller hela dagen, från morgon till kväll")
			.paragraph("onsdag 25 mars 2026 · Digitalt via Teams", Tone.SUBTLE)
			.paragraph("Nu: Grupparbete: Roller & mandat", Tone.GOOD);
		List<Fact> facts = new ArrayList<>();
		LocalTime start = LocalTime.of(7, 0);
		for (int i = 1; i <= SLOTS; i++) {
			String time = HH_MM.format(start) + "–" + HH_MM.format(start.plusMinutes(10));
			times.add(time);
			String prompt = ("Fråga " + i + " <om> samverkan & ansvar mellan skola, socialtjänst och polis. ")
				.repeat(promptLength / 60 + 1)
				.substring(0, promptLength);
			facts.add(new Fact(time,
					"Grupparbete: Punkt " + i + " – Ann-Christine Andersson, Tony Andersson\n" + prompt));
			start = start.plusMinutes(10);
		}
		card.facts(facts);
		card.paragraph("Möte 1 · version 3 · skriv nu för att se vad som pågår", Tone.SUBTLE);
		return card.build();
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	/**
	 * Every text object's text in a block: its own, its fields' and its context
	 * elements'.
	 */
	private static List<String> textsOf(Map<String, Object> block) {
		List<String> texts = new ArrayList<>();
		if (block.get("text") instanceof Map<?, ?> text) {
			texts.add((String) text.get("text"));
		}
		if (block.get("fields") instanceof List<?> fields) {
			texts.addAll(textsOf(fields));
		}
		if (!"actions".equals(block.get("type")) && block.get("elements") instanceof List<?> elements) {
			texts.addAll(textsOf(elements));
		}
		return texts;
	}

	private static List<String> textsOf(List<?> objects) {
		return objects.stream().map(o -> (String) ((Map<?, ?>) o).get("text")).toList();
	}

}
