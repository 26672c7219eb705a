package se.samverka.homework;

/** Bad input: a text key and its arguments for the friendly reply. Nothing was stored. */
class HomeworkProblem extends Exception {

	private final String key;

	private final transient Object[] arguments;

	HomeworkProblem(String key, Object... arguments) {
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
