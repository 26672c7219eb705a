package se.samverka.chat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A button pressed on a card, a block action or a submitted dialog: the button's command
 * and the values of the inputs it carried. Every action is a typed command in disguise,
 * so it becomes the command text followed by the input values in the order the inputs
 * were declared.
 * <p>
 * A button made with {@link #scoped} also carries the network (and the item, such as a
 * homework) it belongs to: an answer from a card belongs to what the card was about,
 * whatever network the person's personal chat is about now.
 *
 * @param network the network the button belongs to, or null
 * @param item the id of the item in that network the button belongs to, or null
 */
public record ActionInvocation(String command, Map<String, String> inputs, NetworkId network, String item) {

	private static final Pattern SCOPE = Pattern.compile("^@([A-Za-z0-9-]{1,64})(?:/([A-Za-z0-9:-]{1,80}))?\\s+(.*)$",
			Pattern.DOTALL);

	public ActionInvocation {
		command = command == null ? "" : command.strip();
		inputs = inputs == null ? Map.of() : new LinkedHashMap<>(inputs);
		item = network == null ? null : item;
	}

	/**
	 * An action as a platform brings it back: the scope, if any, is read off its command.
	 */
	public ActionInvocation(String command, Map<String, String> inputs) {
		this(unscoped(command), inputs, networkOf(command), itemOf(command));
	}

	/**
	 * A button's command that carries the network and item it belongs to; {@code item}
	 * may be null.
	 */
	public static String scoped(NetworkId network, String item, String command) {
		return "@" + network.value() + (item == null ? "" : "/" + item) + " " + command;
	}

	public String toCommandText() {
		String values = inputs.values()
			.stream()
			.filter(v -> v != null && !v.isBlank())
			.map(String::strip)
			.collect(Collectors.joining(" "));
		return values.isEmpty() ? command : command + " " + values;
	}

	private static Matcher scope(String command) {
		Matcher matcher = SCOPE.matcher(command == null ? "" : command.strip());
		return matcher.matches() ? matcher : null;
	}

	private static String unscoped(String command) {
		Matcher scope = scope(command);
		return scope == null ? command : scope.group(3);
	}

	private static NetworkId networkOf(String command) {
		Matcher scope = scope(command);
		return scope == null ? null : new NetworkId(scope.group(1));
	}

	private static String itemOf(String command) {
		Matcher scope = scope(command);
		return scope == null ? null : scope.group(2);
	}

}
