package se.samverka.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Facts;
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
		assertThat(facts).hasSize(LongAgendas.SLOTS);
		for (int i = 0; i < facts.size(); i++) {
			String value = facts.get(i).value();
			String[] lines = value.split("\n");
			assertThat(lines).as("slot %d", i + 1).hasSize(2);
			assertThat(lines[1]).as("slot %d", i + 1)
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

		assertThat(facts(card)).hasSize(3)
			.allSatisfy(f -> assertThat(f.value().split("\n")[1]).hasSizeGreaterThan(AgendaCard.SHORT_PROMPT)
				.hasSizeLessThanOrEqualTo(AgendaCard.FULL_PROMPT)
				.endsWith("…"));
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
