package se.samverka.poll;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One option of a poll, numbered from 1 as people type it in {@code vote}. A date option
 * has {@code start} (and {@code end} for a range such as 2021-09-29–30); a free-text
 * option has neither.
 */
public record PollOption(int number, String label, LocalDate start, LocalDate end) {

	public PollOption {
		Objects.requireNonNull(label, "label");
		if (end != null && start == null) {
			throw new IllegalArgumentException("A range needs a start");
		}
	}

	public boolean isDate() {
		return start != null;
	}

}
