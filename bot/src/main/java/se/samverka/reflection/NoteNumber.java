package se.samverka.reflection;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note's number at the start of a command's arguments ({@code 3} or {@code #3}), and
 * what follows it.
 */
record NoteNumber(int number, String rest) {

	private static final Pattern NUMBER = Pattern.compile("^#?(\\d{1,6})(?:\\s+(.*))?$", Pattern.DOTALL);

	static Optional<NoteNumber> parse(String args) {
		Matcher m = NUMBER.matcher(args == null ? "" : args.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		return Optional.of(new NoteNumber(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2).strip()));
	}

}
