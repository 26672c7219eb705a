package se.samverka.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Block.Bar;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;

class DigestMarkdownUnitTests {

	@Test
	void writesHeadingsFactsAndChartsAndEscapesWhatPeopleTyped() {
		String md = DigestMarkdown.of(Message.builder()
			.heading("Lägesrapport: Barnens bästa gäller!")
			.paragraph("Vecka 13", Tone.SUBTLE)
			.divider()
			.heading("Mest medhåll")
			.facts(List.of(new Fact("+3", "[klicka](https://evil) <img src=x> *viktigt*")))
			.chart("På plats", List.of(new Bar("Skolan", 2, "2 av 4"), new Bar("Polisen", 1)))
			.build());

		assertThat(md).startsWith("# Lägesrapport: Barnens bästa gäller!\n\n_Vecka 13_\n\n---\n\n## Mest medhåll\n")
			.contains("- **+3**: \\[klicka](https://evil) \\<img src=x> \\*viktigt\\*")
			.contains("**På plats**")
			.contains("`" + "█".repeat(20) + "` 2 av 4 Skolan")
			.contains("`" + "█".repeat(10) + "░".repeat(10) + "` 1 Polisen");
	}

}
