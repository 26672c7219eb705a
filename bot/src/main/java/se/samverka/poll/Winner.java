package se.samverka.poll;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which option wins: most yes; on a tie, most yes and if-need-be together; then the
 * earliest (date options by their date, before free text; otherwise the order they were
 * listed). With quorum, the options where every member organisation has at least one yes
 * come before all others. Options nobody said yes or if-need-be to cannot win, so a poll
 * without such answers has no winner.
 */
final class Winner {

	private Winner() {
	}

	static Optional<Integer> of(DatePoll poll, Tally tally, Set<String> memberOrganisations) {
		Comparator<PollOption> order = Comparator
			.comparing((PollOption o) -> !poll.quorum() || quorate(tally.of(o.number()), memberOrganisations))
			.reversed()
			.thenComparing(o -> tally.of(o.number()).yes(), Comparator.reverseOrder())
			.thenComparing(o -> tally.of(o.number()).yes() + tally.of(o.number()).maybe(), Comparator.reverseOrder())
			.thenComparing(Winner::compareEarliest);
		List<PollOption> candidates = poll.options()
			.stream()
			.filter(o -> tally.of(o.number()).yes() + tally.of(o.number()).maybe() > 0)
			.sorted(order)
			.toList();
		return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0).number());
	}

	static boolean quorate(Tally.OptionCount count, Set<String> memberOrganisations) {
		return count.organisationsWithYes().containsAll(memberOrganisations);
	}

	private static int compareEarliest(PollOption a, PollOption b) {
		if (a.isDate() && b.isDate() && !a.start().equals(b.start())) {
			return a.start().compareTo(b.start());
		}
		if (a.isDate() != b.isDate()) {
			return a.isDate() ? -1 : 1;
		}
		return Integer.compare(a.number(), b.number());
	}

}
