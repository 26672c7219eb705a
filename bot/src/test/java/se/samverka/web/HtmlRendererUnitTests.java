package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.Choice;
import se.samverka.chat.Block.ChoiceInput;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;

class HtmlRendererUnitTests {

	final HtmlRenderer renderer = new HtmlRenderer();

	@Test
	void rendersEveryKindOfBlockAsInTheGoldenFile() throws IOException {
		Message message = Message.builder()
			.heading("Nätverksträff 12 mars")
			.paragraph("Välkomna till Växjö!")
			.paragraph("Fika 10.00", Tone.SUBTLE)
			.paragraph("Klart", Tone.GOOD)
			.paragraph("Sista dag för svar är i morgon", Tone.WARNING)
			.facts(List.of(new Fact("Plats", "Stadshuset"), new Fact("Tid", "09.00–15.00")))
			.divider()
			.input(new TextInput("answer", "Ditt svar", "Skriv här", "", true, 500))
			.input(new TextInput("org", "Organisation", "", "Region Kronoberg", false, 100))
			.buttons(new Button("Skicka", "svara", true), Button.of("Hoppa över", "hoppa över"))
			.build();
		assertThat(renderer.render(message, "m1")).isEqualTo(golden("all-blocks.html"));
	}

	@Test
	void rendersThePlainTextOfAReplyAsOneParagraph() throws IOException {
		assertThat(renderer.render(Message.text("Jag pratar svenska med dig nu."), "m-7"))
			.isEqualTo(golden("plain-text.html"));
	}

	@Test
	void escapesEverythingAPersonCouldHaveTyped() {
		String evil = "<script>alert('x')</script> & \"quoted\" <img src=x onerror=alert(1)>";
		Message message = Message.builder()
			.heading(evil)
			.paragraph(evil)
			.facts(List.of(new Fact(evil, evil)))
			.input(new TextInput("field", evil, evil, evil, false, 10))
			.input(new TextInput("area", evil, evil, "</textarea><script>x()</script>", true, 10))
			.buttons(new Button(evil, "join \"><script>alert(1)</script>", false))
			.build();
		String html = renderer.render(message, "m\"><b>");
		assertThat(html).doesNotContain("<script")
			.doesNotContain("<img")
			.doesNotContain("</textarea><")
			.doesNotContain("\"quoted\"")
			.doesNotContain("'x'")
			.doesNotContain("<b>");
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
			.contains("data-command=\"join &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
			.contains("data-message-id=\"m&quot;&gt;&lt;b&gt;\"");
		// Every tag left is one the renderer wrote.
		assertThat(html.replaceAll("</?(div|h3|p|dl|dt|dd|label|input|textarea|button)( [^<>]*)?>", ""))
			.doesNotContain("<")
			.doesNotContain(">");
	}

	@Test
	void webAddressesAreLinksThatOpenApartAndNothingElseIs() {
		Message message = Message.builder()
			.paragraph("Exporten: https://samverka.example/boards/export.csv?board=1&sig=a_b. Klart!")
			.facts(List.of(new Fact("Länk", "(se http://127.0.0.1:3978/archive/n?t=1)")))
			.paragraph("Inte: javascript:alert(1) ftp://x.se <a href=\"http://evil\">här</a> "
					+ "https://x.se/\"onmouseover=\"alert(1)")
			.build();

		String html = renderer.render(message, "m1");

		assertThat(html)
			.contains("Exporten: <a href=\"https://samverka.example/boards/export.csv?board=1&amp;sig=a_b\""
					+ " target=\"_blank\" rel=\"noopener noreferrer\">"
					+ "https://samverka.example/boards/export.csv?board=1&amp;sig=a_b</a>. Klart!")
			.contains("<dd>(se <a href=\"http://127.0.0.1:3978/archive/n?t=1\" target=\"_blank\" "
					+ "rel=\"noopener noreferrer\">http://127.0.0.1:3978/archive/n?t=1</a>)</dd>")
			.contains("javascript:alert(1) ftp://x.se &lt;a href=&quot;")
			.contains("<a href=\"https://x.se/\" target=\"_blank\" rel=\"noopener noreferrer\">https://x.se/</a>"
					+ "&quot;onmouseover=&quot;alert(1)");
		assertThat(html.split("<a ", -1)).as("four links, no more").hasSize(5);
		assertThat(html).doesNotContain("href=\"javascript").doesNotContain("href=\"ftp");
	}

	@Test
	void aChoiceIsADropDownThatStartsEmptyWithItsTextsEscaped() {
		String evil = "<script>x()</script>";
		Message message = Message.builder()
			.choice(new ChoiceInput("trust", "Tillit " + evil,
					List.of(new Choice("1", "1 " + evil), new Choice("5\"", "5"))))
			.buttons(new Button("Skicka", "evaluate 2", true))
			.build();
		String html = renderer.render(message, "m1");
		assertThat(html).contains("<select id=\"m1-trust\" name=\"trust\" data-input=\"trust\" required>")
			.contains("<option value=\"\">–</option>\n<option value=\"1\">1 &lt;script&gt;x()&lt;/script&gt;</option>")
			.contains("<option value=\"5&quot;\">5</option>")
			.contains("<label for=\"m1-trust\">Tillit &lt;script&gt;")
			.doesNotContain("<script");
	}

	@Test
	void aButtonCarriesItsCommandAndTheInputsTheirIdsInOrder() {
		Message message = Message.builder()
			.input(new TextInput("code", "Kod", "", "", false, 10))
			.input(new TextInput("organisation", "Organisation", "", "", false, 100))
			.buttons(new Button("Gå med", "gå med", true))
			.build();
		String html = renderer.render(message, "m9");
		assertThat(html.indexOf("data-input=\"code\"")).isLessThan(html.indexOf("data-input=\"organisation\""));
		assertThat(html).contains("<label for=\"m9-code\">Kod</label>")
			.contains("id=\"m9-code\"")
			.contains("<button type=\"button\" class=\"primary\" data-command=\"gå med\">Gå med</button>");
	}

	static String golden(String name) throws IOException {
		try (InputStream in = HtmlRendererUnitTests.class.getResourceAsStream("/web/golden/" + name)) {
			assertThat(in).as("golden file " + name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
