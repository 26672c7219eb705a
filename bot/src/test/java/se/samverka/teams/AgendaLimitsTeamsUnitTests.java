package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;

import se.samverka.chat.Message;
import se.samverka.meeting.LongAgendas;

/**
 * The largest agenda card, posted to Teams: every activity stays within the card budget
 * and Teams' message size, every card is valid Adaptive Cards 1.5, and no slot is lost on
 * the way.
 */
public class AgendaLimitsTeamsUnitTests {

	/** The strictest size Teams documents for one message (connectors: 28 KB). */
	public static final int TEAMS_MESSAGE_BYTES = 28_000;

	final ReplyActivities activities = new ReplyActivities(new AdaptiveCardRenderer());

	@Test
	void theCardOfAnEightySlotAgendaFitsTeams() {
		Message card = LongAgendas.card(Locale.forLanguageTag("sv"));

		List<Activity> posted = activities.of(card);

		// Condensed, the whole day takes two cards (about 23 KB and 5 KB); more would
		// mean condensing broke.
		assertThat(posted).hasSizeBetween(1, 3);
		for (Activity activity : posted) {
			assertThat(activity.getAttachments()).hasSize(1);
			JsonNode content = Serialization.objectToTree(activity.getAttachments().get(0).getContent());
			assertThat(AdaptiveCardRenderer.size(content)).isLessThanOrEqualTo(AdaptiveCardRenderer.CARD_BUDGET_BYTES);
			assertThat(Serialization.toStringSilent(activity).getBytes(StandardCharsets.UTF_8).length)
				.isLessThanOrEqualTo(TEAMS_MESSAGE_BYTES);
			AdaptiveCardSchema.assertValid(content);
		}
		// Every slot is there, once, in order, across the cards.
		List<String> times = posted.stream()
			.map(a -> Serialization.objectToTree(a.getAttachments().get(0).getContent()))
			.flatMap(c -> StreamSupport.stream(c.path("body").spliterator(), false))
			.flatMap(e -> StreamSupport.stream(e.path("facts").spliterator(), false))
			.map(f -> f.path("title").asText())
			.toList();
		assertThat(times).hasSize(LongAgendas.SLOTS).startsWith("08:00–08:05").endsWith("14:35–14:40");
		String allText = posted.stream().map(Serialization::toStringSilent).collect(Collectors.joining());
		assertThat(allText).contains("Fråga 80:");
	}

}
