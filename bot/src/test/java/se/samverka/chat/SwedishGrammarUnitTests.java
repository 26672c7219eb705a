package se.samverka.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;

import se.samverka.chat.BundleTexts.Rendered;

/**
 * The Swedish texts as people read them pass LanguageTool's Swedish checks and the gender
 * check (see {@link BundleGrammar}); English has a class of its own, so the two run side
 * by side.
 */
class SwedishGrammarUnitTests {

	@Test
	void swedishTextsPassLanguageTool() throws IOException {
		JLanguageTool swedish = BundleGrammar.tool("sv");
		List<Rendered> texts = BundleGrammar.texts(List.of("messages", "teams", "slack", "playground"));
		assertThat(BundleGrammar.slips(swedish, texts)).isEmpty();
		assertThat(BundleGrammar.genderSlips(swedish, texts))
			.as("en/ett, ingen/inget before a noun of the other gender")
			.isEmpty();
	}

	@Test
	void theGenderCheckFindsWhatItIsFor() throws IOException {
		JLanguageTool swedish = BundleGrammar.tool("sv");
		assertThat(BundleGrammar.genderSlips(swedish, List.of(new Rendered("k", -1, 0, "Det är ingen klockslag."))))
			.hasSize(1);
		assertThat(BundleGrammar.genderSlips(swedish,
				List.of(new Rendered("k", -1, 0, "Det är inget klockslag och ingen tid."))))
			.isEmpty();
		assertThat(BundleGrammar.genderSlips(swedish, List.of(new Rendered("k", -1, 0, "Skapa ett ny vägg."))))
			.hasSize(1);
	}

}
