package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

import se.samverka.chat.ActionInvocation;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Message;

/**
 * A form's dialog opened from the data of the button on its card, as Teams sends it back.
 */
class FormDialogUnitTests {

	@Test
	void opensADialogWithTheInputsPrefilledAndOneButtonThatSubmitsTheCommand() throws Exception {
		JsonNode dialog = open(form(new TextInput("agenda", "Dagordning", "", "Träff\n2026-03-25", true, 8000)));

		assertThat(dialog.at("/task/type").asText()).isEqualTo("continue");
		assertThat(dialog.at("/task/value/title").asText()).isEqualTo("Nytt möte");
		assertThat(dialog.at("/task/value/card/contentType").asText()).isEqualTo(ReplyActivities.CARD_CONTENT_TYPE);
		JsonNode card = dialog.at("/task/value/card/content");
		AdaptiveCardSchema.assertValid(card);
		assertThat(card.at("/body/0/type").asText()).isEqualTo("Input.Text");
		assertThat(card.at("/body/0/id").asText()).isEqualTo("agenda");
		assertThat(card.at("/body/0/value").asText()).isEqualTo("Träff\n2026-03-25");
		assertThat(card.at("/body/0/isMultiline").asBoolean()).isTrue();
		JsonNode submit = card.at("/body/1/actions/0");
		assertThat(submit.path("title").asText()).isEqualTo("Spara mötet");
		assertThat(submit.path("data").toString()).isEqualTo("{\"command\":\"meeting create\"}");
	}

	@Test
	void aPrefilledValueIsCutOnlyAtWhatTheInputAccepts() throws Exception {
		JsonNode dialog = open(form(new TextInput("note", "Lapp", "", "abcdef", false, 4)));
		assertThat(dialog.at("/task/value/card/content/body/0/value").asText()).isEqualTo("abcd");
	}

	@Test
	void refusesDataThatIsNotOneOfOurForms() {
		ObjectNode value = Serialization.createObjectNode();
		value.putObject("data")
			.put("command", "meeting create")
			.putObject("form")
			.putArray("inputs")
			.addObject()
			.put("id", "not an id");
		assertThat(FormDialog.open(value)).isEmpty();
		assertThat(FormDialog.open(Serialization.createObjectNode())).isEmpty();
		assertThat(FormDialog.open(null)).isEmpty();
	}

	@Test
	void aSubmitIsTheCommandWithWhatWasTyped() throws Exception {
		ObjectNode value = Serialization.createObjectNode();
		value.putObject("data").put("command", "meeting create").put("agenda", "Träff\n2026-03-25");
		value.putObject("context").put("theme", "dark");

		ActionInvocation action = InboundActivities.submitted(FormDialog.dataOf(value)).orElseThrow();

		assertThat(action.command()).isEqualTo("meeting create");
		assertThat(action.toCommandText()).isEqualTo("meeting create Träff\n2026-03-25");
		assertThat(Serialization.jsonToTree(FormDialog.message("Klart.")).toString())
			.isEqualTo("{\"task\":{\"type\":\"message\",\"value\":\"Klart.\"}}");
	}

	/**
	 * The value of the task/fetch invoke Teams sends when the form's button is pressed.
	 */
	private static ObjectNode form(TextInput input) {
		Message message = Message.builder()
			.heading("Nytt möte")
			.input(input)
			.buttons(new Button("Spara mötet", "meeting create", true))
			.build();
		ObjectNode card = new AdaptiveCardRenderer().render(message).get(0);
		ObjectNode value = Serialization.createObjectNode();
		value.set("data", card.at("/body/1/actions/0/data").deepCopy());
		value.putObject("context").put("theme", "default");
		return value;
	}

	private static JsonNode open(ObjectNode value) throws Exception {
		return Serialization.jsonToTree(FormDialog.open(value).orElseThrow());
	}

}
