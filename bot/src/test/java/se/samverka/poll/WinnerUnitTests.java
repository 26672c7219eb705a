package se.samverka.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.samverka.poll.DatePoll.PollState;

class WinnerUnitTests {

	static PollOption date(int number, String iso) {
		return new PollOption(number, iso, LocalDate.parse(iso), null);
	}

	static PollOption text(int number, String label) {
		return new PollOption(number, label, null, null);
	}

	static DatePoll poll(boolean quorum, PollOption... options) {
		return new DatePoll("p", "n", 1, "Q", List.of(options), null, "Europe/Stockholm", false, quorum, PollState.OPEN,
				"o", Instant.EPOCH, null, null);
	}

	/**
	 * Votes as "organisation:answers", answers one letter per option (y, m, n or - for
	 * none).
	 */
	static Tally tally(DatePoll poll, String... voters) {
		List<Vote> votes = new ArrayList<>();
		int i = 0;
		for (String voter : voters) {
			String[] parts = voter.split(":");
			Map<String, Answer> answers = new HashMap<>();
			for (int o = 0; o < parts[1].length(); o++) {
				char c = parts[1].charAt(o);
				if (c != '-') {
					answers.put(Integer.toString(o + 1), c == 'y' ? Answer.YES : c == 'm' ? Answer.MAYBE : Answer.NO);
				}
			}
			votes.add(new Vote("v" + i, poll.id(), "v" + i++, null, parts[0], answers, Instant.EPOCH));
		}
		return Votes.count(poll, votes);
	}

	@Test
	void mostYesWins() {
		DatePoll poll = poll(false, date(1, "2021-09-29"), date(2, "2021-09-30"), date(3, "2021-10-01"));
		Tally tally = tally(poll, "A:nyy", "B:nyn", "C:mym");

		assertThat(tally.of(2).yes()).isEqualTo(3);
		assertThat(tally.of(1).maybe()).isEqualTo(1);
		assertThat(tally.of(1).no()).isEqualTo(2);
		assertThat(Winner.of(poll, tally, Set.of())).contains(2);
	}

	@Test
	void aTieInYesGoesToMostYesAndIfNeedBe() {
		DatePoll poll = poll(false, date(1, "2021-09-29"), date(2, "2021-09-30"));

		assertThat(Winner.of(poll, tally(poll, "A:yy", "B:nm"), Set.of())).contains(2);
		assertThat(Winner.of(poll, tally(poll, "A:yy", "B:mn"), Set.of())).contains(1);
	}

	@Test
	void aFullTieGoesToTheEarliestDateWhateverTheOrder() {
		DatePoll poll = poll(false, text(1, "Digitalt"), date(2, "2021-10-01"), date(3, "2021-09-29"));

		assertThat(Winner.of(poll, tally(poll, "A:yyy"), Set.of())).contains(3);
	}

	@Test
	void aFullTieOfFreeTextGoesToTheFirstListed() {
		DatePoll poll = poll(false, text(1, "Stadshuset"), text(2, "Digitalt"));

		assertThat(Winner.of(poll, tally(poll, "A:yy", "B:mm"), Set.of())).contains(1);
	}

	@Test
	void withQuorumAnOptionEveryOrganisationSaidYesToComesFirst() {
		DatePoll poll = poll(true, date(1, "2021-09-29"), date(2, "2021-09-30"));
		Tally tally = tally(poll, "Polisen:yy", "Polisen:yn", "Polisen:yn", "Skolan:ny");
		Set<String> members = Set.of("Polisen", "Skolan");

		assertThat(tally.of(1).yes()).isGreaterThan(tally.of(2).yes());
		assertThat(Winner.of(poll, tally, members)).contains(2);
		assertThat(Winner.of(poll(false, poll.options().toArray(PollOption[]::new)), tally, members)).contains(1);
	}

	@Test
	void withQuorumAndNoQuorateOptionTheUsualRulesDecide() {
		DatePoll poll = poll(true, date(1, "2021-09-29"), date(2, "2021-09-30"));

		assertThat(
				Winner.of(poll, tally(poll, "Polisen:yn", "Polisen:ym"), Set.of("Polisen", "Skolan", "Socialtjänsten")))
			.contains(1);
	}

	@Test
	void noYesAndNoIfNeedBeMeansNoWinner() {
		DatePoll poll = poll(false, date(1, "2021-09-29"), date(2, "2021-09-30"));

		assertThat(Winner.of(poll, tally(poll), Set.of())).isEmpty();
		assertThat(Winner.of(poll, tally(poll, "A:nn", "B:n-"), Set.of())).isEmpty();
	}

}
