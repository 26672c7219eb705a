package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.Gson;

import se.samverka.chat.ActionInvocation;
import se.samverka.chat.Languages;
import se.samverka.poll.LongPolls;

/**
 * The largest poll card (25 options with long labels) in Block Kit: at most 50 blocks per
 * message (the card becomes several messages, which SlackSender posts and updates
 * together), at most 25 elements per actions block, every text within 3,000 characters,
 * and every option's three buttons there once, each right under its option.
 */
class PollCardInBlockKitUnitTests {

	final BlockKitRenderer renderer = new BlockKitRenderer(BlockKitRendererUnitTests.bundles());

	@ParameterizedTest
	@ValueSource(strings = { "sv", "en" })
	void aTwentyFiveOptionPollFitsSlacksLimits(String language) {
		List<SlackMessage> rendered = renderer.render(LongPolls.card(Locale.forLanguageTag(language)),
				Languages.SWEDISH);

		assertThat(rendered).hasSizeBetween(1, 2);
		List<String> values = new ArrayList<>();
		StringBuilder everything = new StringBuilder();
		for (SlackMessage message : rendered) {
			assertThat(message.blocks()).isNotEmpty().hasSizeLessThanOrEqualTo(50);
			assertThat(message.text().length()).isBetween(1, 40_000);
			String previousText = "";
			for (Map<String, Object> block : message.blocks()) {
				if ("actions".equals(block.get("type"))) {
					List<?> elements = (List<?>) block.get("elements");
					assertThat(elements).hasSizeBetween(1, 25);
					for (Object element : elements) {
						String value = new ActionInvocation((String) ((Map<?, ?>) element).get("value"), null)
							.command();
						values.add(value);
						assertThat(previousText).as("the option above its buttons")
							.startsWith(value.split(" ")[2] + ". ");
					}
				}
				else if (block.get("text") instanceof Map<?, ?> text) {
					previousText = (String) text.get("text");
					assertThat(previousText.length()).isBetween(1, 3_000);
				}
			}
			everything.append(new Gson().toJson(message.blocks()));
		}
		assertThat(values).hasSize(3 * LongPolls.OPTIONS).doesNotHaveDuplicates().contains("vote 12 25 maybe");
		for (int i = 1; i <= LongPolls.OPTIONS; i++) {
			assertThat(everything).contains(i + ". Alternativ " + i + ": ");
		}
		// What people typed is escaped, not formatting: no bold, no HTML.
		assertThat(everything.toString()).doesNotContain("<b>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sv", "en" })
	void theClosedCardHasNoButtons(String language) {
		List<SlackMessage> rendered = renderer.render(LongPolls.closedCard(Locale.forLanguageTag(language)),
				Languages.SWEDISH);

		for (SlackMessage message : rendered) {
			assertThat(message.blocks()).hasSizeLessThanOrEqualTo(50).noneMatch(b -> "actions".equals(b.get("type")));
		}
	}

}
