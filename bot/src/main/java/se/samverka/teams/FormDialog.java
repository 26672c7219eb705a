package se.samverka.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Serialization;

import se.samverka.chat.Block.TextInput;

/**
 * A form as a Teams dialog (task module). The message's button carries the form itself
 * ({@code msteams.type = task/fetch}, the command, the inputs with their prefilled
 * values), so opening the dialog needs no stored state: {@code task/fetch} is answered
 * with the dialog's card, and {@code task/submit} brings the command back with what was
 * typed, which runs as a turn like any button.
 */
final class FormDialog {

	static final String FETCH = "task/fetch";

	static final String SUBMIT = "task/submit";

	/** Teams shows the title in the dialog's frame; a long one is cut. */
	static final int MAX_TITLE = 100;

	static final int MAX_INPUTS = 10;

	private FormDialog() {
	}

	static boolean isFetch(Activity activity) {
		return ActivityTypes.INVOKE.equals(activity.getType()) && FETCH.equals(activity.getName());
	}

	static boolean isSubmit(Activity activity) {
		return ActivityTypes.INVOKE.equals(activity.getType()) && SUBMIT.equals(activity.getName());
	}

	/** Makes a button's {@code data} open the dialog with these inputs. */
	static void opens(ObjectNode data, String title, String submitLabel, List<TextInput> inputs) {
		data.putObject("msteams").put("type", FETCH);
		ObjectNode form = data.putObject("form").put("title", cut(title.strip())).put("submit", submitLabel);
		ArrayNode fields = form.putArray("inputs");
		for (TextInput input : inputs) {
			fields.addObject()
				.put("id", input.id())
				.put("label", input.label())
				.put("placeholder", input.placeholder())
				.put("value", input.value())
				.put("multiline", input.multiline())
				.put("maxLength", input.maxLength());
		}
	}

	/**
	 * The {@code data} of a dialog invoke ({@code {"data": {...}, "context": {...}}}).
	 */
	static JsonNode dataOf(Object value) {
		JsonNode node = value == null ? null : Serialization.objectToTree(value);
		return node == null ? Serialization.createObjectNode() : node.path("data");
	}

	/**
	 * The answer to {@code task/fetch}: a dialog with the form's inputs and one button
	 * that submits them with the form's command. Empty when the data is not one of our
	 * forms.
	 */
	static Optional<String> open(Object value) {
		JsonNode data = dataOf(value);
		JsonNode form = data.path("form");
		String command = data.path("command").asText("");
		if (command.isBlank() || !form.path("inputs").isArray() || form.path("inputs").isEmpty()
				|| form.path("inputs").size() > MAX_INPUTS) {
			return Optional.empty();
		}
		List<TextInput> inputs = new ArrayList<>();
		try {
			for (JsonNode field : form.path("inputs")) {
				inputs.add(new TextInput(field.path("id").asText(""), field.path("label").asText(""),
						field.path("placeholder").asText(""), field.path("value").asText(""),
						field.path("multiline").asBoolean(false), field.path("maxLength").asInt(0)));
			}
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		ObjectNode card = AdaptiveCardRenderer.emptyCard();
		ArrayNode body = (ArrayNode) card.get("body");
		inputs.forEach(input -> body.add(AdaptiveCardRenderer.input(input)));
		ObjectNode submit = body.addObject()
			.put("type", "ActionSet")
			.putArray("actions")
			.addObject()
			.put("type", "Action.Submit")
			.put("title", form.path("submit").asText("OK"))
			.put("style", "positive");
		submit.putObject("data").put("command", command);

		ObjectNode answer = Serialization.createObjectNode();
		ObjectNode task = answer.putObject("task").put("type", "continue");
		ObjectNode info = task.putObject("value")
			.put("title", cut(form.path("title").asText("Samverka")))
			.put("height", "large")
			.put("width", "large");
		info.putObject("card").put("contentType", ReplyActivities.CARD_CONTENT_TYPE).set("content", card);
		return Optional.of(Serialization.toStringSilent(answer));
	}

	/** The answer to {@code task/submit}: the dialog closes and Teams shows this text. */
	static String message(String text) {
		ObjectNode answer = Serialization.createObjectNode();
		answer.putObject("task").put("type", "message").put("value", text);
		return Serialization.toStringSilent(answer);
	}

	private static String cut(String text) {
		return text.length() <= MAX_TITLE ? text : text.substring(0, MAX_TITLE - 1) + "…";
	}

}
