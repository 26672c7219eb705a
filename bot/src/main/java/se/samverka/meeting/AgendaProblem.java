package se.samverka.meeting;

/**
 * A pasted agenda that cannot be read, with the line it stumbled on (1 = the first line
 * after the command) and a message key with its arguments, so the reply is in the
 * organiser's language.
 */
class AgendaProblem extends RuntimeException {

	private final int line;

	private final String key;

	private final transient Object[] args;

	AgendaProblem(int line, String key, Object... args) {
		super(key + " at line " + line);
		this.line = line;
		this.key = key;
		this.args = args;
	}

	int line() {
		return line;
	}

	String key() {
		return key;
	}

	Object[] args() {
		return args.clone();
	}

}
