package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Block.Bar;
import se.samverka.chat.Message;

class BarChartHtmlUnitTests {

	@Test
	void drawsBarsAsInlineSvgWithoutStylesAndEscapesLabels() {
		String html = new HtmlRenderer().render(Message.builder()
			.chart("På plats <b>", List.of(new Bar("Skolan", 2, "2 av 4"), new Bar("<script>alert(1)</script>", 1)))
			.build(), "m1");

		assertThat(html).contains("<figcaption>På plats &lt;b&gt;</figcaption>")
			.contains("<svg")
			.contains("<rect class=\"bar\" x=\"180\" y=\"6\" width=\"220\"")
			.contains("<rect class=\"bar\" x=\"180\" y=\"30\" width=\"110\"")
			.contains(">2 av 4</text>")
			.contains("&lt;script&gt;")
			.doesNotContain("<script>")
			.doesNotContain("style=");
	}

}
