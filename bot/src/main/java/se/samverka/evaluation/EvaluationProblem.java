package se.samverka.evaluation;

/** A typed answer that cannot be taken: a text key and its arguments for the reply. Nothing was stored. */
class EvaluationProblem extends Exception {

	private final String key;

	private final transient Object[] arguments;

	EvaluationProblem(String key, Object... arguments) {
		super(key, null, false, false);
		this.key = key;
		this.arguments = arguments;
	}

	String key() {
		return key;
	}

	Object[] arguments() {
		return arguments;
	}

}
