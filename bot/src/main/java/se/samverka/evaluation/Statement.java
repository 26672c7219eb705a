package se.samverka.evaluation;

import java.util.List;

/**
 * The six statements of "Uppföljning av lokal samverkan" (the collaboration model of
 * Länka Consulting, used for local follow-up surveys), each answered 1–5. The wording
 * lives in the message bundles ({@code evaluation.statement.<key>} and {@code .text});
 * the key is stable, for storage and for the digest and the archive.
 */
enum Statement {

	POTENTIAL("potential"), LEARNING("learning"), TRUST("trust"), DIALOGUE("dialogue"), AMBITION("ambition"),
	RESPONSIBILITY("responsibility");

	static final List<Statement> ALL = List.of(values());

	static final int LOWEST = 1;

	static final int HIGHEST = 5;

	private final String key;

	Statement(String key) {
		this.key = key;
	}

	String key() {
		return key;
	}

	/** The form's input for this statement; its id is the key. */
	String inputId() {
		return key;
	}

	String labelKey() {
		return "evaluation.statement." + key;
	}

	String textKey() {
		return labelKey() + ".text";
	}

}
