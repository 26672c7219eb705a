package se.samverka.chat;

/**
 * Input that cannot be taken: a message-bundle key and its arguments, so the reply is
 * friendly and in the person's language. Thrown before anything is stored.
 */
public class InputProblem extends Exception {

	private final String key;

	private final transient Object[] arguments;

	public InputProblem(String key, Object... arguments) {
		super(key, null, false, false);
		this.key = key;
		this.arguments = arguments;
	}

	public String key() {
		return key;
	}

	public Object[] arguments() {
		return arguments;
	}

}
