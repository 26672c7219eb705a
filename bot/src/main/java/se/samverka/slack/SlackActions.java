package se.samverka.slack;

/**
 * The ids Samverka gives its interactive elements, so Slack's callbacks find their way
 * back.
 */
final class SlackActions {

	/** A button whose value is a command to run. */
	static final String COMMAND_PREFIX = "samverka_cmd_";

	/** A button whose value is a {@link ModalForm} to open. */
	static final String FORM_PREFIX = "samverka_form_";

	/** The callback id of Samverka's modals. */
	static final String FORM_CALLBACK = "samverka_form";

	/** Slack's limit for a button's value. */
	static final int MAX_VALUE = 2_000;

	/** Slack's limit for a view's private_metadata. */
	static final int MAX_METADATA = 3_000;

	private SlackActions() {
	}

}
