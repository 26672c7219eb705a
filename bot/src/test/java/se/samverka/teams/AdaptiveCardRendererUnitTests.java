package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.Choice;
import se.samverka.chat.Block.ChoiceInput;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;

class AdaptiveCardRendererUnitTests {

	final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

	@Test
	void rendersEveryKindOfBlockAsTheGoldenCard() throws IOException {
		Message message = Message.builder()
			.heading("Nätverket ”Barnens bästa” är skapat")
			.paragraph("Du är arrangör.")
			.facts(List.of(new Fact("Inbjudningskod", "K7MX2Q"), new Fact("Arrangörskod", "ORG123")))
			.divider()
			.paragraph("Tips", Tone.SUBTLE)
			.paragraph("Klart", Tone.GOOD)
			.paragraph("Se upp", Tone.WARNING)
			.input(new TextInput("note", "Din lapp", "Skriv här", "", true, 500))
			.buttons(new Button("Skicka", "note add", true), Button.of("Hjälp", "hjälp"))
			.build();

		List<ObjectNode> cards = renderer.render(message);

		assertThat(cards).hasSize(1);
		assertThat(cards.get(0)).isEqualTo(golden("all-blocks.json"));
		AdaptiveCardSchema.assertValid(cards.get(0));
	}

	@Test
	void keepsAFormWithChoicesOnTheCardWhereActionSubmitSendsItsInputs() throws IOException {
		Message message = Message.builder()
			.heading("Utvärdering av träff 2")
			.choice(new ChoiceInput("trust", "Tillit: Vi lyckas bygga tillit",
					List.of(new Choice("1", "1 – stämmer inte alls"), new Choice("2", "2"), new Choice("3", "3"),
							new Choice("4", "4"), new Choice("5", "5 – stämmer helt"))))
			.input(new TextInput("comment", "Något mer?", "", "", true, 1000, true))
			.buttons(new Button("Skicka svaret", "evaluate 2", true))
			.build();

		ObjectNode card = renderer.render(message).get(0);

		assertThat(card).isEqualTo(golden("choices-on-the-card.json"));
		assertThat(card.toString()).doesNotContain("task/fetch");
		AdaptiveCardSchema.assertValid(card);
	}

	@Test
	void neutralisesLinkAndMentionSyntaxInUserText() throws IOException {
		Message message = Message.builder()
			.heading("[Klicka](https://evil.example) <at>Alla</at>")
			.facts(List.of(new Fact("[a](b)", "x ] (y) <AT>z</AT>")))
			.build();

		ObjectNode card = renderer.render(message).get(0);

		assertThat(card).isEqualTo(golden("escaped-text.json"));
		String heading = card.at("/body/0/text").asText();
		assertThat(heading).doesNotContain("](").doesNotContain("<at>").contains("Klicka").contains("Alla");
		AdaptiveCardSchema.assertValid(card);
	}

	@Test
	void splitsAHugeMessageIntoCardsTeamsAccepts() {
		Message.Builder builder = Message.builder().heading("Agenda");
		for (int i = 0; i < 120; i++) {
			builder.paragraph(("Punkt " + i + " ").repeat(60));
		}
		builder.paragraph("å".repeat(100_000));
		builder.facts(
				java.util.stream.IntStream.range(0, 400).mapToObj(i -> new Fact("Rad " + i, "v".repeat(200))).toList());
		Message message = builder.build();

		List<ObjectNode> cards = renderer.render(message);

		assertThat(cards).hasSizeGreaterThan(5);
		for (ObjectNode card : cards) {
			assertThat(AdaptiveCardRenderer.size(card)).isLessThanOrEqualTo(AdaptiveCardRenderer.CARD_BUDGET_BYTES);
			AdaptiveCardSchema.assertValid(card);
		}
		String allText = cards.stream()
			.flatMap(c -> java.util.stream.StreamSupport.stream(c.get("body").spliterator(), false))
			.filter(e -> e.get("type").asText().equals("TextBlock"))
			.map(e -> e.get("text").asText())
			.collect(Collectors.joining());
		assertThat(allText).contains("å".repeat(100_000)).contains("Punkt 119 ");
		long facts = cards.stream()
			.flatMap(c -> java.util.stream.StreamSupport.stream(c.get("body").spliterator(), false))
			.filter(e -> e.get("type").asText().equals("FactSet"))
			.mapToLong(e -> e.get("facts").size())
			.sum();
		assertThat(facts).isEqualTo(400);
	}

	@Test
	void aFormsInputsAreNotOnTheCardButInTheDialogItsButtonOpens() {
		String agenda = ("09:30 Grupparbete: Roller & mandat – vad förväntar vi oss av varandra?\n").repeat(100);
		Message message = Message.builder()
			.heading("Ändra dagordningen")
			.paragraph("Första raden: rubrik.")
			.input(new TextInput("agenda", "Dagordning", "", agenda, true, 8000))
			.buttons(new Button("Spara mötet", "meeting edit 1", true))
			.build();

		List<ObjectNode> cards = renderer.render(message);

		assertThat(cards).hasSize(1);
		AdaptiveCardSchema.assertValid(cards.get(0));
		assertThat(cards.get(0).toString()).doesNotContain("Input.Text");
		JsonNode data = cards.get(0).at("/body/2/actions/0/data");
		assertThat(data.at("/msteams/type").asText()).isEqualTo("task/fetch");
		assertThat(data.path("command").asText()).isEqualTo("meeting edit 1");
		assertThat(data.at("/form/title").asText()).isEqualTo("Ändra dagordningen");
		assertThat(data.at("/form/inputs/0/value").asText()).as("the whole agenda, never cut").isEqualTo(agenda);
	}

	@Test
	void aDividerSeparatesTheNextElementOnly() {
		ObjectNode card = renderer.render(Message.builder().divider().paragraph("a").divider().paragraph("b").build())
			.get(0);
		assertThat(card.at("/body/0/separator").isMissingNode()).isTrue();
		assertThat(card.at("/body/1/separator").asBoolean()).isTrue();
	}

	@Test
	void theSchemaCheckRejectsACardTeamsWouldNotShow() {
		ObjectNode card = renderer.render(Message.text("x")).get(0);
		((ObjectNode) card.at("/body/0")).put("size", "Enormous");
		// skips, like every schema check, when ../shared is not beside the checkout
		AdaptiveCardSchema.schema();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> AdaptiveCardSchema.assertValid(card))
			.isInstanceOf(AssertionError.class);
	}

	static JsonNode golden(String name) throws IOException {
		try (InputStream in = AdaptiveCardRendererUnitTests.class.getResourceAsStream("/teams/golden/" + name)) {
			assertThat(in).as("golden file %s", name).isNotNull();
			return Serialization.jsonToTree(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
		}
	}

}
