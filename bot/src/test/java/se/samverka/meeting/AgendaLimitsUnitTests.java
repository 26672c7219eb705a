package se.samverka.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Block;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Facts;
import se.samverka.chat.Block.Heading;
import se.samverka.chat.Block.Paragraph;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;

/**
 * The largest agenda still reads as an agenda: parsed whole, its card condensed to one
 * line each.
 */
class AgendaLimitsUnitTests {

	@Test
	void eightySlotsWithLongQuestionsAreParsedWhole() {
		Agenda agenda = new AgendaParser().parse(LongAgendas.text());

		assertThat(agenda.slots()).hasSize(LongAgendas.SLOTS).allSatisfy(slot -> {
			assertThat(slot.kind()).isEqualTo(SlotKind.GROUP_WORK);
			assertThat(slot.prompt()).hasSizeBetween(1_350, AgendaParser.MAX_PROMPT);
			assertThat(slot.title()).hasSizeGreaterThan(100);
			assertThat(slot.presenters()).containsExactly("Ann-Christine Andersson", "Tony Andersson");
		});
		assertThat(agenda.slots().get(79).prompt()).startsWith("Fråga 80:");
	}

	@Test
	void theCardOfALongAgendaShortensEveryQuestion() {
		Message card = LongAgendas.card(Locale.forLanguageTag("sv"));

		List<Fact> facts = facts(card);
		List<String> questions = questions(card);
		assertThat(facts).hasSize(LongAgendas.SLOTS)
			.allSatisfy(f -> assertThat(f.value()).as("a question never runs into the title").doesNotContain("Fråga"));
		assertThat(questions).hasSize(LongAgendas.SLOTS);
		for (int i = 0; i < questions.size(); i++) {
			assertThat(questions.get(i)).as("slot %d", i + 1)
				.startsWith("Fråga " + (i + 1) + ":")
				.hasSizeLessThanOrEqualTo(AgendaCard.SHORT_PROMPT)
				.endsWith("…");
		}
		// Whole questions never ride along: 80 of them would be over 110,000 characters.
		assertThat(card.fallbackText()).hasSizeLessThan(40_000)
			.doesNotContain(LongAgendas.prompt(1))
			.contains("08:00–08:05")
			.contains("14:35–14:40");
	}

	@Test
	void aShortAgendaKeepsItsQuestionsLonger() {
		String three = LongAgendas.text().lines().limit(2 + 3 * 2).reduce((a, b) -> a + "\n" + b).orElseThrow();
		Meeting meeting = Meeting.plan("short", "n", 1, new AgendaParser().parse(three),
				java.time.ZoneId.of("Europe/Stockholm"), "anna", LongAgendas.PLANNED_AT);

		Message card = new AgendaCard(LongAgendas.texts()).render(meeting, Locale.forLanguageTag("sv"),
				LongAgendas.PLANNED_AT);

		assertThat(facts(card)).hasSize(3);
		assertThat(questions(card)).hasSize(3)
			.allSatisfy(q -> assertThat(q).hasSizeGreaterThan(AgendaCard.SHORT_PROMPT)
				.hasSizeLessThanOrEqualTo(AgendaCard.FULL_PROMPT)
				.endsWith("…"));
	}

	@Test
	void theSlidesSectionsAreHeadingsAndEachQuestionHasALineOfItsOwn() {
		Meeting meeting = Meeting.plan("sections", "n", 2, new AgendaParser().parse("""
				Nätverksträff 2
				2027-03-25
				9.00 Välkommen | Anna Andersson
				Del 1 - tester
				9.30 Grupparbete: Roller & mandat (30 min)
				  Förväntningar på oss inom vår egen enhet/verksamhet
				Del 2 – målbild
				11.20 Dialog nya grupper - Målbild
				11.40 Tack för idag"""), java.time.ZoneId.of("Europe/Stockholm"), "anna", LongAgendas.PLANNED_AT);

		Message card = new AgendaCard(LongAgendas.texts()).render(meeting, Locale.forLanguageTag("sv"),
				LongAgendas.PLANNED_AT);

		assertThat(card.blocks()).extracting(AgendaLimitsUnitTests::shape)
			.containsExactly("heading Nätverksträff 2", "subtle torsdag 25 mars 2027",
					"facts 09:00–09:30 Välkommen – Anna Andersson", "heading Del 1 - tester",
					"facts 09:30–10:00 Grupparbete: Roller & mandat",
					"subtle Förväntningar på oss inom vår egen enhet/verksamhet", "heading Del 2 – målbild",
					// a question that is the title's own end is not repeated
					"facts 11:20–11:40 Grupparbete: Dialog nya grupper - Målbild / 11:40 Tack för idag", "subtle");
	}

	private static String shape(Block block) {
		if (block instanceof Heading h) {
			return "heading " + h.text();
		}
		if (block instanceof Facts f) {
			return "facts "
					+ String.join(" / ", f.facts().stream().map(fact -> fact.label() + " " + fact.value()).toList());
		}
		if (block instanceof Paragraph p && p.tone() == Tone.SUBTLE) {
			return p.text().contains("version") ? "subtle" : "subtle " + p.text();
		}
		return block.toString();
	}

	/** The questions: the card's subtle lines between its facts. */
	static List<String> questions(Message card) {
		List<String> questions = new java.util.ArrayList<>();
		List<Block> blocks = card.blocks();
		for (int i = 1; i < blocks.size() - 1; i++) {
			if (blocks.get(i) instanceof Paragraph p && p.tone() == Tone.SUBTLE && blocks.get(i - 1) instanceof Facts) {
				questions.add(p.text());
			}
		}
		return questions;
	}

	static List<Fact> facts(Message card) {
		return card.blocks()
			.stream()
			.filter(Facts.class::isInstance)
			.map(Facts.class::cast)
			.flatMap(f -> f.facts().stream())
			.toList();
	}

}
