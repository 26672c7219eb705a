package se.samverka.chat;

/**
 * A date or time that cannot be taken, with a {@code date.problem.*} key and arguments
 * already written in the person's language (the word that is not a date, an example
 * relative to today).
 */
public class DateProblem extends InputProblem {

	public DateProblem(String key, Object... arguments) {
		super(key, arguments);
	}

	/** A problem about what was typed, with the three examples after it. */
	static DateProblem with(String key, String typed, String[] examples) {
		return new DateProblem(key, typed, examples[0], examples[1], examples[2]);
	}

}
