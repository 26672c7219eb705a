package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import se.samverka.chat.Block;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.Choice;
import se.samverka.chat.Block.ChoiceInput;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Languages;
import se.samverka.chat.Message;
import se.samverka.chat.PluralMessages;

class BlockKitRendererUnitTests {

	static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	final BlockKitRenderer renderer = new BlockKitRenderer(bundles());

	static PluralMessages bundles() {
		return new PluralMessages("i18n/messages", "i18n/slack");
	}

	@Test
	void rendersEveryKindOfBlockAsInTheGoldenFile() throws IOException {
		Message message = Message.builder()
			.heading("Nätverksträff 14 mars")
			.paragraph("Välkomna till Växjö & Kronoberg!")
			.paragraph("Fika 10.00", Tone.SUBTLE)
			.paragraph("Anmälan är klar", Tone.GOOD)
			.paragraph("Sista dag för svar är fredag", Tone.WARNING)
			.facts(List.of(new Fact("Inbjudningskod", "K7MX2Q"), new Fact("Arrangör", "Region Kronoberg")))
			.divider()
			.buttons(new Button("Gå med", "join K7MX2Q", true), Button.of("Hjälp", "hjälp"))
			.build();
		assertGolden("message.json", renderer.render(message, Languages.SWEDISH));
	}

	@Test
	void turnsTheButtonsOfAMessageWithInputsIntoModalOpeners() throws IOException {
		Message message = Message.builder()
			.paragraph("Vad tar du med dig?")
			.input(new TextInput("answer", "Ditt svar", "Skriv här", "", true, 500))
			.buttons(new Button("Skicka", "homework answer", true))
			.build();
		List<SlackMessage> rendered = renderer.render(message, Locale.ENGLISH);
		assertGolden("form-message.json", rendered);
		Map<String, Object> button = elements(rendered.get(0)).get(0);
		ModalForm form = ModalForm.fromButtonValue((String) button.get("value"));
		assertThat(form.command()).isEqualTo("homework answer");
		Map<String, Object> view = form.toView(new ModalForm.FormOrigin(form.command(), "T1", "C1", false, null));
		assertGolden("form-modal.json", view);
	}

	@Test
	void opensAModalWithASelectPerChoiceAndAnOptionalComment() throws IOException {
		Message message = Message.builder()
			.choice(new ChoiceInput("trust", "Tillit",
					List.of(new Choice("1", "1 – stämmer inte alls"), new Choice("5", "5"))))
			.input(new TextInput("comment", "Något mer?", "", "", true, 1000, true))
			.buttons(new Button("Skicka svaret", "evaluate 2", true))
			.build();
		List<SlackMessage> rendered = renderer.render(message, Locale.ENGLISH);
		ModalForm form = ModalForm.fromButtonValue((String) elements(rendered.get(0)).get(0).get("value"));
		Map<String, Object> view = form.toView(new ModalForm.FormOrigin(form.command(), "T1", "C1", true, null));
		assertGolden("choice-modal.json", view);
	}

	@Test
	void escapesEverythingAPersonCouldHaveTyped() {
		String evil = "<!channel> <!here> <@U123> <!subteam^S1> <http://evil.example|harmless> & more";
		Message message = Message.builder()
			.heading(evil)
			.paragraph(evil)
			.facts(List.of(new Fact(evil, evil)))
			.paragraph(evil, Tone.SUBTLE)
			.build();
		String json = new Gson().toJson(renderer.render(message, Languages.SWEDISH));
		String text = renderer.render(message, Languages.SWEDISH).get(0).text();
		for (String rendered : List.of(json, text)) {
			assertThat(rendered).doesNotContain("<!channel>")
				.doesNotContain("<!here>")
				.doesNotContain("<@U123>")
				.doesNotContain("<!subteam")
				.doesNotContain("<http://evil");
		}
		assertThat(text).contains("&lt;!channel&gt;").contains("&amp; more");
		assertThat(Mrkdwn.escape("a<b>&c")).isEqualTo("a&lt;b&gt;&amp;c");
	}

	@Test
	void splitsAHugeMessageWithinSlacksLimits() {
		Message.Builder builder = Message.builder().heading("H".repeat(400));
		for (int i = 0; i < 60; i++) {
			builder.paragraph(("Stycke " + i + " <&> ").repeat(1_000));
		}
		List<Fact> facts = new ArrayList<>();
		for (int i = 0; i < 33; i++) {
			facts.add(new Fact("Fakta " + i, "värde " + i));
		}
		facts.add(new Fact("Lång", "x".repeat(5_000)));
		builder.facts(facts);
		List<Button> buttons = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			buttons.add(Button.of("Knapp " + i + " " + "k".repeat(100), "command " + i));
		}
		builder.buttons(buttons.toArray(Button[]::new));
		Message message = builder.build();

		List<SlackMessage> rendered = renderer.render(message, Languages.SWEDISH);

		assertThat(rendered).hasSizeGreaterThan(1);
		Set<String> actionIds = new HashSet<>();
		int buttonsSeen = 0;
		int blocks = 0;
		for (SlackMessage slack : rendered) {
			assertThat(slack.blocks()).hasSizeLessThanOrEqualTo(50).isNotEmpty();
			assertThat(slack.text().length()).isBetween(1, 40_000);
			blocks += slack.blocks().size();
			for (Map<String, Object> block : slack.blocks()) {
				for (String text : texts(block)) {
					assertThat(text.length()).isBetween(1, 3_000);
				}
				if (block.containsKey("fields")) {
					assertThat((List<?>) block.get("fields")).hasSizeLessThanOrEqualTo(10);
				}
				if ("actions".equals(block.get("type"))) {
					List<Map<String, Object>> elements = elementsOf(block);
					assertThat(elements).hasSizeLessThanOrEqualTo(25);
					for (Map<String, Object> button : elements) {
						assertThat(actionIds.add((String) button.get("action_id"))).isTrue();
						assertThat(((String) ((Map<?, ?>) button.get("text")).get("text")).length())
							.isLessThanOrEqualTo(75);
						assertThat(((String) button.get("value")).length()).isLessThanOrEqualTo(2_000);
						buttonsSeen++;
					}
				}
				if ("header".equals(block.get("type"))) {
					assertThat(((String) ((Map<?, ?>) block.get("text")).get("text")).length())
						.isLessThanOrEqualTo(150);
				}
			}
		}
		assertThat(buttonsSeen).isEqualTo(40);
		// Nothing was lost: about 60 × 18,000 escaped characters need more than 300
		// sections.
		assertThat(blocks).isGreaterThan(300);
		String all = String.join("", rendered.stream().map(m -> new Gson().toJson(m.blocks())).toList());
		assertThat(all).contains("Stycke 59").contains("Fakta 32").contains("command 39");
	}

	@SuppressWarnings("unchecked")
	private static List<String> texts(Map<String, Object> block) {
		List<String> texts = new ArrayList<>();
		Object text = block.get("text");
		if (text instanceof Map<?, ?> t) {
			texts.add((String) t.get("text"));
		}
		for (String key : List.of("fields", "elements")) {
			if (block.get(key) instanceof List<?> list && !"actions".equals(block.get("type"))) {
				for (Object item : list) {
					texts.add((String) ((Map<String, Object>) item).get("text"));
				}
			}
		}
		return texts;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> elementsOf(Map<String, Object> block) {
		return (List<Map<String, Object>>) block.get("elements");
	}

	private static List<Map<String, Object>> elements(SlackMessage message) {
		return message.blocks()
			.stream()
			.filter(b -> "actions".equals(b.get("type")))
			.flatMap(b -> elementsOf(b).stream())
			.toList();
	}

	/**
	 * Compares with src/test/resources/slack/golden/{name}. With
	 * -Dslack.golden.write=true it writes the file instead, for a reviewed change of the
	 * rendering.
	 */
	static void assertGolden(String name, Object rendered) throws IOException {
		String actual = PRETTY.toJson(rendered);
		if (Boolean.getBoolean("slack.golden.write")) {
			Files.writeString(Path.of("src/test/resources/slack/golden", name), actual + "\n");
			return;
		}
		try (InputStream in = BlockKitRendererUnitTests.class.getResourceAsStream("/slack/golden/" + name)) {
			assertThat(in).as("golden file " + name).isNotNull();
			JsonElement expected = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			assertThat(JsonParser.parseString(actual)).as(actual).isEqualTo(expected);
		}
	}

}
