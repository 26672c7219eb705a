package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;

import se.samverka.chat.ActionInvocation;
import se.samverka.chat.Message;
import se.samverka.poll.LongPolls;

/**
 * The largest poll card (25 options with long labels), posted to Teams: every activity
 * within the card budget and Teams' 28 KB, every card valid Adaptive Cards 1.5, and every
 * option there once with its three vote buttons.
 */
class PollLimitsTeamsUnitTests {

	final ReplyActivities activities = new ReplyActivities(new AdaptiveCardRenderer());

	@ParameterizedTest
	@ValueSource(strings = { "sv", "en" })
	void theCardOfATwentyFiveOptionPollFitsTeams(String language) {
		Message card = LongPolls.card(Locale.forLanguageTag(language));

		List<Activity> posted = activities.of(card);

		// One card: an update then replaces all of it (Teams leaves extra old parts as
		// they were).
		assertThat(posted).hasSize(1);
		for (Activity activity : posted) {
			JsonNode content = Serialization.objectToTree(activity.getAttachments().get(0).getContent());
			assertThat(AdaptiveCardRenderer.size(content)).isLessThanOrEqualTo(AdaptiveCardRenderer.CARD_BUDGET_BYTES);
			assertThat(Serialization.toStringSilent(activity).getBytes(StandardCharsets.UTF_8).length)
				.isLessThanOrEqualTo(AgendaLimitsTeamsUnitTests.TEAMS_MESSAGE_BYTES);
			AdaptiveCardSchema.assertValid(content);
		}
		List<JsonNode> body = posted.stream()
			.map(a -> Serialization.objectToTree(a.getAttachments().get(0).getContent()))
			.flatMap(c -> StreamSupport.stream(c.path("body").spliterator(), false))
			.toList();
		List<String> commands = body.stream()
			.flatMap(e -> StreamSupport.stream(e.path("actions").spliterator(), false))
			.peek(a -> assertThat(a.path("type").asText()).isEqualTo("Action.Submit"))
			.map(a -> new ActionInvocation(a.path("data").path("command").asText(), null).command())
			.toList();
		assertThat(commands).hasSize(3 * LongPolls.OPTIONS)
			.startsWith("vote 12 1 yes", "vote 12 1 maybe", "vote 12 1 no")
			.endsWith("vote 12 25 no")
			.doesNotHaveDuplicates();
		String texts = body.stream().map(e -> e.path("text").asText()).reduce("", (a, b) -> a + "\n" + b);
		for (int i = 1; i <= LongPolls.OPTIONS; i++) {
			assertThat(texts).contains("\n" + i + ". Alternativ " + i + ": ");
		}
		// Each option's buttons come right after its text, so nobody votes for the wrong
		// option.
		for (int i = 0; i < body.size(); i++) {
			if (body.get(i).has("actions")) {
				String option = new ActionInvocation(
						body.get(i).path("actions").get(0).path("data").path("command").asText(), null)
					.command()
					.split(" ")[2];
				assertThat(body.get(i - 1).path("text").asText()).startsWith(option + ". ");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "sv", "en" })
	void theClosedCardFitsAndHasNoButtons(String language) {
		List<Activity> posted = activities.of(LongPolls.closedCard(Locale.forLanguageTag(language)));

		for (Activity activity : posted) {
			JsonNode content = Serialization.objectToTree(activity.getAttachments().get(0).getContent());
			AdaptiveCardSchema.assertValid(content);
			assertThat(Serialization.toStringSilent(content)).doesNotContain("Action.Submit");
		}
	}

}
