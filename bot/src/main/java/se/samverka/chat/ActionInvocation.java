package se.samverka.chat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A button pressed on a card, a block action or a submitted dialog: the button's command
 * and the values of the inputs it carried. Every action is a typed command in disguise,
 * so it becomes the command text followed by the input values in the order the inputs
 * were declared.
 */
public record ActionInvocation(String command, Map<String, String> inputs) {

	public ActionInvocation {
		command = command == null ? "" : command.strip();
		inputs = inputs == null ? Map.of() : new LinkedHashMap<>(inputs);
	}

	public String toCommandText() {
		String values = inputs.values()
			.stream()
			.filter(v -> v != null && !v.isBlank())
			.map(String::strip)
			.collect(Collectors.joining(" "));
		return values.isEmpty() ? command : command + " " + values;
	}

}
