package se.samverka.poll;

import java.util.List;

/**
 * What is wrong with a typed poll: a message-bundle key and its arguments, so the reply
 * is in the person's language. Nothing is stored when parsing fails.
 */
class PollProblem extends RuntimeException {

	private final String key;

	private final List<Object> arguments;

	PollProblem(String key, Object... arguments) {
		super(key, null, false, false);
		this.key = key;
		this.arguments = List.of(arguments);
	}

	String key() {
		return key;
	}

	Object[] arguments() {
		return arguments.toArray();
	}

}
