package se.samverka.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The English texts as people read them pass LanguageTool's English checks (see
 * {@link BundleGrammar}).
 */
class EnglishGrammarUnitTests {

	@Test
	void englishTextsPassLanguageTool() throws IOException {
		assertThat(BundleGrammar.slips(BundleGrammar.tool("en-GB"),
				BundleGrammar.texts(List.of("messages_en", "teams_en", "slack_en", "playground_en"))))
			.isEmpty();
	}

}
