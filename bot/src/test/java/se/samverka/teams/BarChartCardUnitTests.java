package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.chat.Block.Bar;
import se.samverka.chat.Message;

class BarChartCardUnitTests {

	final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

	@Test
	void drawsEachBarAsProportionalColumnsInASchemaValidCard() {
		Message message = Message.builder()
			.chart("På plats",
					List.of(new Bar("Växjö kommun", 4, "4 av 5"), new Bar("Polisen", 1),
							new Bar("[x](https://evil)", 0)))
			.build();

		ObjectNode card = renderer.render(message).get(0);

		AdaptiveCardSchema.assertValid(card);
		JsonNode rows = card.path("body");
		assertThat(rows.get(0).path("text").asText()).isEqualTo("På plats");
		JsonNode vaxjo = rows.get(1).path("columns");
		assertThat(vaxjo.get(0).path("items").get(0).path("text").asText()).isEqualTo("Växjö kommun");
		JsonNode track = vaxjo.get(1).path("items").get(0).path("columns");
		assertThat(track.get(0).path("style").asText()).isEqualTo("accent");
		assertThat(track.get(0).path("width").asInt()).isEqualTo(AdaptiveCardRenderer.CHART_CELLS);
		assertThat(vaxjo.get(2).path("items").get(0).path("text").asText()).isEqualTo("4 av 5");
		JsonNode polisen = rows.get(2).path("columns").get(1).path("items").get(0).path("columns");
		assertThat(polisen.get(0).path("width").asInt()).as("a quarter of the largest").isEqualTo(5);
		assertThat(polisen.get(1).path("width").asInt()).isEqualTo(15);
		JsonNode none = rows.get(3).path("columns");
		assertThat(none.get(1).path("items").get(0).path("columns")).as("zero: no coloured part").hasSize(1);
		assertThat(none.get(0).path("items").get(0).path("text").asText()).as("no disguised link")
			.doesNotContain("](https");
	}

	@Test
	void aChartOfManyOrganisationsIsSplitOverCardsTeamsAccepts() {
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			bars.add(new Bar("Organisation " + i + " " + "x".repeat(100), i));
		}
		List<ObjectNode> cards = renderer.render(Message.builder().chart("Medlemmar", bars).build());
		assertThat(cards).hasSizeGreaterThan(1);
		for (ObjectNode card : cards) {
			assertThat(AdaptiveCardRenderer.size(card)).isLessThanOrEqualTo(AdaptiveCardRenderer.CARD_BUDGET_BYTES);
			AdaptiveCardSchema.assertValid(card);
		}
	}

}
