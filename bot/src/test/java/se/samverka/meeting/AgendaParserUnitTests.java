package se.samverka.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class AgendaParserUnitTests {

	final AgendaParser parser = new AgendaParser();

	@Test
	void readsTheAgendaOfTheSeedMeetingAsItWasWrittenOnTheSlides() throws IOException {
		Path seed = Path.of("../../shared/seeds/000_8dd63a43a63e4afe.txt");
		Assumptions.assumeTrue(Files.isRegularFile(seed),
				"Skipped: ../shared/seeds is not beside this checkout (it exists in CI and on the team's machines)");
		List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
		int from = lines.indexOf("9.00 Välkommen");
		int to = lines.indexOf("11.40 Tack för idag");
		String agendaPart = String.join("\n", lines.subList(from, to + 1));

		Agenda agenda = parser.parse(
				"\nNätverksträff 2 – Barnens bästa gäller! i Kronoberg\n2021-03-25 Digitalt via Teams\n" + agendaPart);

		assertThat(agenda.title()).isEqualTo("Nätverksträff 2 – Barnens bästa gäller! i Kronoberg");
		assertThat(agenda.date()).isEqualTo(LocalDate.of(2021, 3, 25));
		assertThat(agenda.place()).isEqualTo("Digitalt via Teams");
		assertThat(agenda.slots()).extracting(AgendaSlot::start, AgendaSlot::end, AgendaSlot::kind, AgendaSlot::title)
			.containsExactly(tuple(t("09:00"), t("09:10"), SlotKind.PLENARY, "Välkommen"),
					tuple(t("09:10"), t("09:30"), SlotKind.PLENARY, "Testerna"),
					tuple(t("09:30"), t("10:00"), SlotKind.GROUP_WORK, "Dialoger i grupper - Roller & mandat"),
					tuple(t("10:00"), t("10:15"), SlotKind.BREAK, "längre paus"),
					tuple(t("10:15"), t("10:45"), SlotKind.GROUP_WORK, "Dialoger i grupper - Samverkan"),
					tuple(t("10:45"), t("10:50"), SlotKind.BREAK, "kort paus"),
					tuple(t("10:50"), t("11:10"), SlotKind.PLENARY, "Samla upp dialogen"),
					tuple(t("11:10"), t("11:20"), SlotKind.PLENARY, "Kort intro: Komplexitet, målbild"),
					tuple(t("11:20"), t("11:30"), SlotKind.GROUP_WORK, "Dialog nya grupper - Målbild"),
					tuple(t("11:30"), t("11:40"), SlotKind.PLENARY, "Samla upp dialogen, nästa steg"),
					tuple(t("11:40"), null, SlotKind.PLENARY, "Tack för idag"));
		assertThat(agenda.slots().get(0).presenters()).containsExactly("Ann-Christine Andersson", "Tony Andersson",
				"Lars Uddbäck", "Erika Lagergren");
		assertThat(agenda.slots().get(2).presenters()).containsExactly("Ann-Christine", "Tony");
		assertThat(agenda.slots().get(6).presenters()).containsExactly("Ann-Christine", "Tony", "Erika", "Lars");
		assertThat(agenda.slots().get(7).presenters()).containsExactly("Tony");
		assertThat(agenda.slots().get(2).prompt()).isEqualTo("Roller & mandat");
		assertThat(agenda.slots().get(8).prompt()).isEqualTo("Målbild");
		assertThat(agenda.slots().get(0).prompt()).as("'Del 1 - tester' is a section, not a prompt").isEmpty();
		assertThat(agenda.slots()).extracting(AgendaSlot::section)
			.containsExactly("", "Del 1 - tester", "", "", "", "", "", "Del 2 - målbild", "", "", "");
	}

	@Test
	void keepsSectionLinesAsHeadingsOfTheSlotsThatFollow() {
		Agenda agenda = parser.parse("""
				Nätverksträff 3
				2021-09-29
				Del 1 – tester
				9.00 Välkommen
				  Vad har hänt sedan sist?
				**Del 2**
				10:00 Grupparbete: Samverkan
				Eftermiddag
				13:00 Tack för idag
				""");

		assertThat(agenda.slots()).extracting(AgendaSlot::section)
			.containsExactly("Del 1 – tester", "Del 2", "Eftermiddag");
		assertThat(agenda.slots().get(0).prompt()).isEqualTo("Vad har hänt sedan sist?");
		assertThat(agenda.slots().get(1).prompt()).isEqualTo("Samverkan");
		// the edit form holds the sections, so saving it again keeps them
		assertThat(parser.parse(AgendaText.of(agenda))).isEqualTo(agenda);
	}

	@Test
	void acceptsARealSizedAgendaPastedFromTheSlides() {
		String pasted = SeedAgendas.realSized();

		Agenda agenda = parser.parse(pasted);

		assertThat(pasted).hasSizeBetween(15_000, MeetingCreateCommand.MAX_AGENDA);
		assertThat(agenda.slots()).hasSize(11);
		assertThat(agenda.slots()).extracting(AgendaSlot::section).contains("Del 1 - tester", "Del 2 - målbild");
		assertThat(agenda.slots()).allSatisfy(slot -> assertThat(slot.prompt()).hasSizeGreaterThan(500));
	}

	@Test
	void readsTheDateLineTheWayPeopleWriteIt() {
		AgendaParser swedish = new AgendaParser(
				new se.samverka.chat.DateReader(LocalDate.of(2027, 6, 15), se.samverka.chat.Languages.SWEDISH));

		Agenda weekday = swedish.parse("Träff\nOnsdag 29 september, Växjö\n09:00 Start");
		Agenda seed = swedish.parse("Styrgrupp\nFredagen den 4 juni 2021 kl. 08:30-09:30 Digitalt\n08:30 Start");
		Agenda numeric = swedish.parse("Träff\n29/9\n09:00 Start");

		assertThat(weekday.date()).isEqualTo(LocalDate.of(2027, 9, 29));
		assertThat(weekday.place()).isEqualTo("Växjö");
		assertThat(seed.date()).isEqualTo(LocalDate.of(2021, 6, 4));
		assertThat(seed.place()).isEqualTo("Digitalt");
		assertThat(numeric.date()).isEqualTo(LocalDate.of(2027, 9, 29));
		assertThat(numeric.place()).isEmpty();
	}

	@Test
	void readsTheDocumentedFormatWithPresentersDurationsAndPrompts() {
		Agenda agenda = parser.parse("""
				Nätverksträff 3
				2021-09-29
				9.00 Välkommen | Ann-Christine Andersson, Tony Andersson
				09:30 Grupparbete: Roller & mandat (30 min) | Ann-Christine & Tony
				  Förväntningar på oss
				  inom vår egen enhet/verksamhet
				10:15-10:30 Fika
				10:30 Group work: Shared goals
				11:40 Tack för idag
				""");
		assertThat(agenda.place()).isEmpty();
		AgendaSlot groupWork = agenda.slots().get(1);
		assertThat(groupWork.kind()).isEqualTo(SlotKind.GROUP_WORK);
		assertThat(groupWork.title()).isEqualTo("Grupparbete: Roller & mandat");
		assertThat(groupWork.end()).isEqualTo(t("10:00"));
		assertThat(groupWork.presenters()).containsExactly("Ann-Christine & Tony");
		assertThat(groupWork.prompt()).isEqualTo("Förväntningar på oss\ninom vår egen enhet/verksamhet");
		assertThat(agenda.slots().get(2).kind()).isEqualTo(SlotKind.BREAK);
		assertThat(agenda.slots().get(3).prompt()).isEqualTo("Shared goals");
		assertThat(agenda.slots().get(3).end()).isEqualTo(t("11:40"));
	}

	@Test
	void pointsToTheLineThatIsWrong() {
		assertProblem("Träff\n2021-02-30\n09:00 Start", 2, "date.problem.no-such-day");
		assertProblem("Träff\n29–30 sep\n09:00 Start", 2, "agenda.one-day");
		assertProblem("Träff\ntis 29/9 2021\n09:00 Start", 2, "date.problem.weekday");
		assertProblem("Träff\nnästa torsdag\n09:00 Start", 2, "agenda.missing-date");
		assertProblem("Träff\n2021-03-25\nVälkommen alla\n09:00 Start", 3, "agenda.expected-slot");
		assertProblem("Träff\n2021-03-25\n09:00 Start\n25:00 Sent", 4, "agenda.bad-time");
		assertProblem("Träff\n2021-03-25\n09:00 Start\n08:30 Tidigare", 4, "agenda.out-of-order");
		assertProblem("Träff\n2021-03-25\n09:00-08:00 Baklänges", 3, "agenda.end-before-start");
		assertProblem("Träff\n2021-03-25\n09:00 | Anna", 3, "agenda.slot-without-title");
		assertProblem("Träff\n2021-03-25\n", 3, "agenda.no-slots");
		assertProblem("  \n ", 1, "agenda.empty");
	}

	@Test
	void acceptsEightySlotsWithLongPromptsButNotAnEndlessList() {
		StringBuilder eighty = new StringBuilder("Lång dag\n2021-03-25\n");
		for (int i = 0; i < 80; i++) {
			eighty.append(String.format("%02d:%02d Grupparbete: Tema %d%n", 8 + i / 10, (i % 10) * 5, i))
				.append("  ")
				.append("Fråga ".repeat(60))
				.append('\n');
		}
		assertThat(parser.parse(eighty.toString()).slots()).hasSize(80);

		StringBuilder tooMany = new StringBuilder("Lång dag\n2021-03-25\n");
		for (int i = 0; i <= AgendaParser.MAX_SLOTS; i++) {
			tooMany.append(String.format("%02d:%02d Punkt%n", 8 + i / 60, i % 60));
		}
		assertThatExceptionOfType(AgendaProblem.class).isThrownBy(() -> parser.parse(tooMany.toString()))
			.satisfies(p -> assertThat(p.key()).isEqualTo("agenda.too-many-slots"));
	}

	@Test
	void tellsNamesFromPrompts() {
		assertThat(AgendaParser.namesIn("Ann-Christine & Tony,")).containsExactly("Ann-Christine", "Tony");
		assertThat(AgendaParser.namesIn("Erika Lagergren")).containsExactly("Erika Lagergren");
		assertThat(AgendaParser.namesIn("Förväntningar på oss")).isEmpty();
		assertThat(AgendaParser.namesIn("1) Presentation inom lilla tvärgruppen")).isEmpty();
	}

	private void assertProblem(String text, int line, String key) {
		assertThatExceptionOfType(AgendaProblem.class).as(key).isThrownBy(() -> parser.parse(text)).satisfies(p -> {
			assertThat(p.key()).isEqualTo(key);
			assertThat(p.line()).isEqualTo(line);
		});
	}

	private static LocalTime t(String time) {
		return LocalTime.parse(time);
	}

}
