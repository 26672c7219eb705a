package se.samverka.poll;

import java.util.List;
import java.util.Set;

/**
 * The count of a poll: per option the number of yes, if-need-be and no answers, and which
 * member organisations have at least one yes (for quorum); {@code voters} is how many
 * people voted.
 */
public record Tally(String pollId, int voters, List<OptionCount> options) {

	public Tally {
		options = List.copyOf(options);
	}

	public record OptionCount(int number, int yes, int maybe, int no, Set<String> organisationsWithYes) {

		public OptionCount {
			organisationsWithYes = Set.copyOf(organisationsWithYes);
		}

	}

	public OptionCount of(int number) {
		return options.stream()
			.filter(o -> o.number() == number)
			.findFirst()
			.orElse(new OptionCount(number, 0, 0, 0, Set.of()));
	}

}
