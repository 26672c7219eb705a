package se.samverka.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Markdown files keep people's punctuation as they wrote it; only what Markdown would act
 * on gets a backslash.
 */
class MarkdownTextUnitTests {

	@ParameterizedTest
	@CsvSource(delimiter = '⇒', quoteCharacter = '\0', textBlock = """
			Barnens bästa gäller!                    ⇒ Barnens bästa gäller!
			10.00-10.15 Paus (ca 15 min.)            ⇒ 10.00-10.15 Paus (ca 15 min.)
			Frågor? Ja, 100 % & mer: #1 + #2 = 3     ⇒ Frågor? Ja, 100 % & mer: #1 + #2 = 3
			snake_case och e-post a_b@x.se           ⇒ snake_case och e-post a_b@x.se
			# Rubrik                                 ⇒ \\# Rubrik
			1. första                                ⇒ 1\\. första
			12) tolfte                               ⇒ 12\\) tolfte
			- punkt                                  ⇒ \\- punkt
			+ punkt                                  ⇒ \\+ punkt
			* punkt                                  ⇒ \\* punkt
			> citat                                  ⇒ \\> citat
			===                                      ⇒ \\===
			Se [här](http://evil) och ![bild](x)     ⇒ Se \\[här](http://evil) och !\\[bild](x)
			<img src=x> och <http://evil>            ⇒ \\<img src=x> och \\<http://evil>
			*fet* och _kursiv_ och `kod`             ⇒ \\*fet\\* och \\_kursiv\\_ och \\`kod\\`
			~~struken~~ men ~30 min                  ⇒ \\~\\~struken\\~\\~ men \\~30 min
			ca ~30 min                               ⇒ ca ~30 min
			&amp; blir inte &                        ⇒ \\&amp; blir inte &
			C:\\mapp\\fil och \\*                      ⇒ C:\\mapp\\fil och \\\\\\*
			""")
	void escapesOnlyWhatMarkdownActsOn(String text, String escaped) {
		assertThat(MarkdownText.escape(text.strip())).isEqualTo(escaped.strip());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '⇒', quoteCharacter = '\0', textBlock = """
			a | b         ⇒ a \\| b
			1. 2026-05-20 ⇒ 1. 2026-05-20
			*fet*         ⇒ \\*fet\\*
			""")
	void aTableCellAlsoEscapesThePipe(String text, String escaped) {
		assertThat(MarkdownText.cell(text.strip())).isEqualTo(escaped.strip());
	}

	@org.junit.jupiter.api.Test
	void everyLineStartsAfresh() {
		assertThat(MarkdownText.escape("Första raden!\n# andra\n- tredje"))
			.isEqualTo("Första raden!\n\\# andra\n\\- tredje");
	}

}
