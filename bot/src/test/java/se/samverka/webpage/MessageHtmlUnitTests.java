package se.samverka.webpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.Choice;
import se.samverka.chat.Block.ChoiceInput;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Message;

class MessageHtmlUnitTests {

	@Test
	void aMessageWithButtonsIsAFormThatPostsToItsOwnPageWithLabelledFieldsAndSubmitButtons() {
		Message form = Message.builder()
			.heading("Fråga 1")
			.input(new TextInput("answer", "Ditt svar", "", "", true, 2000))
			.choice(new ChoiceInput("score", "Betyg", List.of(new Choice("1", "Lägst"), new Choice("5", "Högst"))))
			.buttons(new Button("Svara", "@n1/h1 answer 1", true))
			.build();
		String html = new MessageHtml("m").render(form);
		assertThat(html).startsWith("<form method=\"post\" class=\"message\">\n")
			.doesNotContain("action=")
			.contains("<input type=\"hidden\" name=\"csrf\" value=\"" + MessageHtml.CSRF_SLOT + "\">")
			.containsPattern("<input type=\"hidden\" name=\"nonce\" value=\"[0-9a-f-]{36}\">")
			.contains("<input type=\"hidden\" name=\"fields\" value=\"answer,score\">")
			.contains(
					"<label for=\"m1-answer\">Ditt svar</label>\n<textarea rows=\"4\" id=\"m1-answer\" name=\"in_answer\"")
			.contains("<label for=\"m1-score\">Betyg</label>\n<select id=\"m1-score\" name=\"in_score\" required>")
			.contains(
					"<button type=\"submit\" name=\"command\" value=\"@n1/h1 answer 1\" class=\"primary\">Svara</button>")
			.endsWith("</form>\n");
	}

	@Test
	void escapesEverythingAPersonTypedAndNamesEachRowOfButtons() {
		Message card = Message.builder()
			.paragraph("1. <script>alert(1)</script> & \"citat\"")
			.buttons(Button.of("Ja", "vote 1 1 yes"))
			.paragraph("2. 30 sep")
			.buttons(Button.of("Ja", "vote 1 2 yes"))
			.build();
		String html = new MessageHtml("m").render(card);
		assertThat(html).doesNotContain("<script>")
			.contains("1. &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;citat&quot;")
			.contains("aria-label=\"Ja: 1. &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;citat&quot;\"")
			.contains("aria-label=\"Ja: 2. 30 sep\"");
	}

	@Test
	void aMessageWithoutButtonsIsNoFormAndALinkOnItsOwnIsALink() {
		String html = new MessageHtml("r")
			.render(Message.builder().paragraph("Din sida:").paragraph("https://samverka.example/p/abc").build());
		assertThat(html).startsWith("<div class=\"message\">")
			.doesNotContain("<form")
			.contains("<a href=\"https://samverka.example/p/abc\">https://samverka.example/p/abc</a>");
	}

}
