package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Block.Bar;
import se.samverka.chat.Message;
import se.samverka.chat.PluralMessages;

class BarChartBlocksUnitTests {

	final BlockKitRenderer renderer = new BlockKitRenderer(new PluralMessages());

	@Test
	void drawsCompactTextBarsAndEscapesLabels() {
		List<SlackMessage> messages = renderer.render(Message.builder()
			.chart("På plats", List.of(new Bar("Skolan", 4, "4 av 5"), new Bar("<!channel>", 1)))
			.build(), java.util.Locale.forLanguageTag("sv"));

		assertThat(messages).singleElement().satisfies(m -> {
			assertThat(m.blocks().toString()).contains("*På plats*")
				.contains("▇▇▇▇▇▇▇▇▇▇ 4 av 5  Skolan")
				.contains("▇▇▇▁▁▁▁▁▁▁ 1  &lt;!channel&gt;")
				.doesNotContain("<!channel>");
		});
	}

	@Test
	void aLongChartStaysWithinBlockKitLimits() {
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			bars.add(new Bar("Organisation " + i + " " + "y".repeat(100), i));
		}
		List<SlackMessage> messages = renderer.render(Message.builder().chart("Medlemmar", bars).build(),
				java.util.Locale.ENGLISH);
		assertThat(messages).hasSizeGreaterThan(1);
		for (SlackMessage message : messages) {
			assertThat(message.blocks()).hasSizeLessThanOrEqualTo(BlockKitRenderer.MAX_BLOCKS);
			for (Map<String, Object> block : message.blocks()) {
				assertThat(BlockKitRenderer.textLength(block)).isLessThanOrEqualTo(BlockKitRenderer.MAX_TEXT);
			}
		}
	}

}
