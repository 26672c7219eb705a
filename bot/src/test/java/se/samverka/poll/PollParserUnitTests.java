package se.samverka.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PollParserUnitTests {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	static final Instant NOW = Instant.parse("2021-08-20T10:00:00Z");

	final PollParser parser = new PollParser();

	PollParser.Draft parse(String text) {
		return parser.parse(text, STOCKHOLM, NOW);
	}

	static String problemOf(String text) {
		try {
			new PollParser().parse(text, STOCKHOLM, NOW);
		}
		catch (PollProblem problem) {
			return problem.key();
		}
		throw new AssertionError("no problem with " + text);
	}

	@Test
	void readsTheSeedsDatesOnOneLineWithADeadlineInTheNetworksZone() {
		PollParser.Draft draft = parse(
				"Nästa träff? | 2021-09-29 | 2021-09-29–30 | 2021-10-01 | deadline 2021-09-01 12:00");

		assertThat(draft.question()).isEqualTo("Nästa träff?");
		assertThat(draft.options()).extracting(PollOption::number).containsExactly(1, 2, 3);
		assertThat(draft.options().get(0).start()).isEqualTo(LocalDate.of(2021, 9, 29));
		assertThat(draft.options().get(0).end()).isNull();
		assertThat(draft.options().get(1).label()).isEqualTo("2021-09-29–30");
		assertThat(draft.options().get(1).end()).isEqualTo(LocalDate.of(2021, 9, 30));
		assertThat(draft.deadline()).isEqualTo(Instant.parse("2021-09-01T10:00:00Z"));
		assertThat(draft.anonymous()).isFalse();
		assertThat(draft.quorum()).isFalse();
	}

	@Test
	void readsOneOptionPerLineWithSwedishDeadlineAndFlags() {
		PollParser.Draft draft = parse("""
				Var ses vi?
				- Stadshuset
				- 2021-09-29 – 2021-10-01
				* 2021-09-29-30
				sista dag: 2021-09-10 09:30
				anonym
				kvorum""");

		assertThat(draft.question()).isEqualTo("Var ses vi?");
		assertThat(draft.options()).extracting(PollOption::label)
			.containsExactly("Stadshuset", "2021-09-29 – 2021-10-01", "2021-09-29-30");
		assertThat(draft.options().get(0).isDate()).isFalse();
		assertThat(draft.options().get(1).end()).isEqualTo(LocalDate.of(2021, 10, 1));
		assertThat(draft.options().get(2).end()).isEqualTo(LocalDate.of(2021, 9, 30));
		assertThat(draft.deadline()).isEqualTo(Instant.parse("2021-09-10T07:30:00Z"));
		assertThat(draft.anonymous()).isTrue();
		assertThat(draft.quorum()).isTrue();
	}

	@Test
	void acceptsEnglishFlagsAndStangerAndNoDeadline() {
		assertThat(parse("Q | a | b | anonymous | quorum").anonymous()).isTrue();
		assertThat(parse("Q | a | b").deadline()).isNull();
		assertThat(parse("Q | a | b | stänger 2021-09-01 8:05").deadline())
			.isEqualTo(Instant.parse("2021-09-01T06:05:00Z"));
		assertThat(parse("Q | 2021-09-29–10-01 | b").options().get(0).end()).isEqualTo(LocalDate.of(2021, 10, 1));
	}

	@Test
	void refusesWhatCannotBeAPoll() {
		assertThat(problemOf("")).isEqualTo("poll.problem.usage");
		assertThat(problemOf("Bara en fråga | ett alternativ")).isEqualTo("poll.problem.too-few");
		assertThat(problemOf("Q | a | b | deadline nästa fredag")).isEqualTo("date.problem.unreadable");
		assertThat(problemOf("Q | a | b | deadline 2021-02-30 12:00")).isEqualTo("date.problem.no-such-day");
		assertThat(problemOf("Q | a | b | deadline 2021-08-20 11:59")).isEqualTo("poll.problem.deadline-past");
		assertThat(problemOf("Q | a | b | deadline 2021-09-01 12:00 | deadline 2021-09-02 12:00"))
			.isEqualTo("poll.problem.two-deadlines");
		assertThat(problemOf("Q | 2021-02-30 | b")).isEqualTo("date.problem.no-such-day");
		assertThat(problemOf("Q | 2021-09-30–29 | b")).isEqualTo("date.problem.backwards");
		assertThat(problemOf("Q | 29 sep 30 sep | 1 okt")).isEqualTo("poll.problem.missing-bar");
		assertThat(problemOf("Nästa träff 29 sep 30 sep 1 okt")).isEqualTo("poll.problem.no-bars");
		assertThat(problemOf("Fråga utan alternativ")).isEqualTo("poll.problem.usage");
		assertThat(problemOf("Q | 29 sep | 1 okt deadline 20/9 12:00")).isEqualTo("poll.problem.missing-bar");
		assertThat(problemOf("Q | a | A")).isEqualTo("poll.problem.duplicate");
		assertThat(problemOf("Q | a | " + "x".repeat(PollParser.MAX_OPTION + 1)))
			.isEqualTo("poll.problem.option-too-long");
		assertThat(problemOf("Q | a | Kalle 19850101-1234")).isEqualTo("poll.problem.identity-number");
	}

	@Test
	void readsTheSeedsSwedishDatesAsDateOptionsAndTheNextSuchDate() {
		PollParser.Draft draft = parse("Nästa träff | 29 sep | 30 sep | 1 okt | 29–30 sep | 29/9–1/10 | Stadshuset"
				+ " | deadline imorgon kl 12");

		assertThat(draft.options()).extracting(PollOption::start)
			.containsExactly(LocalDate.of(2021, 9, 29), LocalDate.of(2021, 9, 30), LocalDate.of(2021, 10, 1),
					LocalDate.of(2021, 9, 29), LocalDate.of(2021, 9, 29), null);
		assertThat(draft.options()).extracting(PollOption::end)
			.containsExactly(null, null, null, LocalDate.of(2021, 9, 30), LocalDate.of(2021, 10, 1), null);
		assertThat(draft.options().get(0).label()).isEqualTo("29 sep");
		assertThat(draft.deadline()).isEqualTo(Instant.parse("2021-08-21T10:00:00Z"));
		assertThat(parse("Q | a | b | deadline 25/8").deadline()).isEqualTo(Instant.parse("2021-08-25T21:59:00Z"));
		assertThat(parse("Q | 1 okt förmiddag | 10 personer").options()).extracting(PollOption::isDate)
			.containsExactly(true, false);
	}

	@Test
	void refusesSixtyOptionsAndSaysTheMaximum() {
		String sixty = IntStream.rangeClosed(1, 60).mapToObj(i -> "Alternativ " + i).collect(Collectors.joining(" | "));
		try {
			parse("Q | " + sixty);
			throw new AssertionError("60 options were accepted");
		}
		catch (PollProblem problem) {
			assertThat(problem.key()).isEqualTo("poll.problem.too-many");
			assertThat(problem.arguments()).containsExactly(60, PollParser.MAX_OPTIONS);
		}
		String twentyFive = IntStream.rangeClosed(1, 25).mapToObj(i -> "Alt " + i).collect(Collectors.joining("\n"));
		assertThat(parse("Q\n" + twentyFive).options()).hasSize(25);
	}

	@Test
	void aProblemIsNotAStackTrace() {
		assertThatThrownBy(() -> parse("Q | a")).isInstanceOf(PollProblem.class).hasNoCause();
	}

}
