package se.samverka.web;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import se.samverka.chat.ActionInvocation;
import se.samverka.chat.Channel;
import se.samverka.chat.Inbound;
import se.samverka.chat.Sender;

/**
 * What the playground page posts: typed text, or a pressed button ({@code command} with
 * the values of the message's inputs), from the person behind {@code browserId}.
 * {@code clientMessageId} is made once per message by the page, so a resent request is
 * recognised as the same message.
 */
record PostedTurn(String clientMessageId, String browserId, String displayName, String locale, String text,
		String command, Map<String, String> inputs) {

	static final int MAX_NAME = 80;

	static final int MAX_COMMAND = 200;

	static final int MAX_INPUTS = 20;

	/** A form's field holds what a typed message may (a pasted agenda). */
	static final int MAX_INPUT_VALUE = 28_000;

	private static final Pattern CLIENT_MESSAGE_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

	private static final Pattern INPUT_ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,40}");

	boolean isAction() {
		return command != null;
	}

	/**
	 * The text key of what is wrong with this request, or empty when it can be handled.
	 */
	Optional<String> problem() {
		if (clientMessageId == null || !CLIENT_MESSAGE_ID.matcher(clientMessageId).matches() || browserId == null
				|| !Room.BROWSER_ID.matcher(browserId).matches()) {
			return Optional.of("playground.error.invalid");
		}
		if (displayName == null || displayName.isBlank()) {
			return Optional.of("playground.error.name-missing");
		}
		if (displayName.length() > MAX_NAME) {
			return Optional.of("playground.error.name-too-long");
		}
		if (isAction()) {
			return actionProblem();
		}
		return text == null || text.isBlank() ? Optional.of("playground.error.text-missing") : Optional.empty();
	}

	private Optional<String> actionProblem() {
		if (text != null || command.isBlank() || command.length() > MAX_COMMAND) {
			return Optional.of("playground.error.invalid");
		}
		if (inputs != null && (inputs.size() > MAX_INPUTS || inputs.entrySet()
			.stream()
			.anyMatch(e -> !INPUT_ID.matcher(e.getKey()).matches() || e.getValue() == null
					|| e.getValue().length() > MAX_INPUT_VALUE))) {
			return Optional.of("playground.error.invalid");
		}
		return Optional.empty();
	}

	Inbound toInbound(Room room) {
		Sender sender = new Sender(Channel.PLAYGROUND, Room.TENANT, browserId, displayName.strip(), locale);
		String dedupKey = "playground:" + clientMessageId;
		// The room id is all delivery needs to reach the room again.
		if (isAction()) {
			return Inbound.action(dedupKey, room.key(), room.kind(), sender, new ActionInvocation(command, inputs),
					room.id());
		}
		return Inbound.typed(dedupKey, room.key(), room.kind(), sender, text, room.id());
	}

}
