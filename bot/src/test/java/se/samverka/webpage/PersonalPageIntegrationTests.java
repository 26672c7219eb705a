package se.samverka.webpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import se.samverka.SamverkaTest;

/**
 * A member invited by e-mail on their own page, over HTTP as a browser without script
 * sends it: every section is there, and a vote, a note, a +1, a homework answer and an
 * evaluation answer made with its forms land where the same made in chat land (the
 * tallies organisers see, the conversation log).
 */
@SamverkaTest
class PersonalPageIntegrationTests extends PageTestSupport {

	@Test
	void showsEverySectionAndItsFormsActThroughTheDialogue() {
		clock.set(Instant.parse("2026-03-25T08:35:00Z")); // 09:35 in Stockholm: group
															// work
		assertThat(network.inRoom(network.anna, "grupper 3")).contains("3 personer i en grupp");

		PageClient.Page page = client.get(network.evasPage);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'")
			.contains("form-action 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(page.header("Cache-Control")).isEqualTo("no-store");
		assertThat(page.body()).startsWith("<!DOCTYPE html>\n<html lang=\"sv\">")
			.doesNotContain("<script")
			.contains("<h1>Hej Eva Ek" + network.suffix + "!</h1>");
		String text = PageClient.text(page.body());
		assertThat(section(text, "Nästa träff och dagordning")).contains("Nätverksträff 2");
		assertThat(section(text, "Din grupp")).contains("Person " + network.bo).contains("Person " + network.cia);
		assertThat(section(text, "Väggen")).contains("Roller & mandat").contains("Sätt upp anonymt");
		assertThat(section(text, "Omröstningar")).contains("Nästa träff");
		assertThat(section(text, "Din läxa")).contains("Inget här just nu.");

		// a vote: the organiser's list of votes has it
		String voted = PageClient.text(
				client.submit(network.evasPage, page.formFor("vote 1 1 yes").submit("vote 1 1 yes", Map.of())).body());
		assertThat(section(voted, "Svar")).contains("ja");
		assertThat(network.inRoom(network.anna, "omröstning röster 1")).contains("Eva Ek" + network.suffix);

		// a note and a +1: the board everyone sees has them
		page = client.get(network.evasPage);
		String added = PageClient.text(
				client
					.submit(network.evasPage,
							page.formFor("note")
								.submit("note", Map.of("note", "Tydliga kontaktvägar " + network.suffix)))
					.body());
		assertThat(section(added, "Svar")).contains("Lapp 1 sitter på väggen");
		assertThat(network.personal(network.bo, "lapp Gemensamma rutiner")).isNotBlank();
		page = client.get(network.evasPage);
		assertThat(section(PageClient.text(page.body()), "Väggen")).contains("Tydliga kontaktvägar " + network.suffix)
			.contains("Gemensamma rutiner");
		String plus = lastPlusOne(page);
		client.submit(network.evasPage, page.formFor(plus).submit(plus, Map.of()));
		assertThat(plus).isEqualTo("+1 2");
		assertThat(section(PageClient.text(client.get(network.evasPage).body()), "Väggen"))
			.contains("#2 Gemensamma rutiner (+1)");

		// the conversation log keeps the form as the command it ran, from Eva
		List<Document> logged = mongo.getCollection("transcript")
			.find(new Document("conversation", "web::" + network.eva.value()).append("direction", "IN"))
			.into(new java.util.ArrayList<>());
		assertThat(logged).extracting(d -> d.getString("text"))
			.contains("röstade ja på 2026-05-20", "note Tydliga kontaktvägar " + network.suffix, "+1 2");
		assertThat(logged).allSatisfy(d -> assertThat(d.getString("personId")).isEqualTo(network.eva.value()));

		// homework, then the evaluation
		clock.set(Instant.parse("2026-03-25T12:00:00Z"));
		assertThat(network.inRoom(network.anna, "läxa 2026-04-30 | Vad tar vi med oss tillbaka?")).contains("Läxa 1");
		page = client.get(network.evasPage);
		assertThat(section(PageClient.text(page.body()), "Din läxa")).contains("Vad tar vi med oss tillbaka?");
		String answered = PageClient.text(client
			.submit(network.evasPage,
					page.formFor("answer 1").submit("answer 1", Map.of("answer", "Rollerna " + network.suffix)))
			.body());
		assertThat(section(answered, "Svar")).contains("Ditt svar på fråga 1");
		assertThat(network.inRoom(network.anna, "läxa sammanfattning 1")).contains("Rollerna " + network.suffix);
		assertThat(client.get(network.evasPage).formFor("answer 1").html())
			.as("the answer so far, to change until the due day")
			.contains(">Rollerna " + network.suffix + "</textarea>");

		clock.set(Instant.parse("2026-03-26T09:00:00Z"));
		assertThat(network.inRoom(network.anna, "utvärdering skicka 1")).contains("träff 1");
		page = client.get(network.evasPage);
		PageClient.Form form = page.formFor("evaluate 1");
		Map<String, String> scores = new LinkedHashMap<>();
		for (String field : form.hidden().get("fields").split(",")) {
			scores.put(field, field.equals("comment") ? "Bra grupper " + network.suffix : "4");
		}
		String evaluated = PageClient.text(client.submit(network.evasPage, form.submit("evaluate 1", scores)).body());
		assertThat(section(evaluated, "Svar")).contains("är sparat");
		assertThat(network.inRoom(network.anna, "utvärdering 1")).contains("1 av");
	}

	@Test
	void someoneInTwoNetworksChoosesWhichThePageShowsAndActsOnThatOne() {
		String dan = "dan-" + network.suffix;
		String other = "Ö-nätverket " + network.suffix;
		String danRoom = "other-" + network.suffix;
		assertThat(network.say(dan, danRoom, "nätverk skapa " + other)).contains(other);
		assertThat(network.say(dan, danRoom, "bjud in " + network.email + " Friskolan Eken")).contains("Friskolan");
		assertThat(network.say(dan, danRoom, "omröstning Var ses vi? | Växjö | Ljungby")).contains("Var ses vi?");

		PageClient.Page page = client.get(network.evasPage);
		assertThat(page.body()).contains("Nätverk: " + network.name).doesNotContain("Var ses vi?");
		PageClient.Form choice = page.formFor("network switch");
		assertThat(choice.html()).contains(">" + network.name + "</option>").contains(">" + other + "</option>");
		client.submit(network.evasPage, choice.submit("network switch", Map.of("network", "2")));

		page = client.get(network.evasPage);
		assertThat(page.body()).contains("Nätverk: " + other).contains("Var ses vi?");
		String vote = page.formFor("vote 1 2 yes").command("vote 1 2 yes");
		assertThat(vote).as("the button belongs to the network it was shown for").startsWith("@");
		client.submit(network.evasPage, page.formFor("vote 1 2 yes").submit("vote 1 2 yes", Map.of()));
		assertThat(network.say(dan, danRoom, "omröstning röster 1")).contains("Eva Ek" + network.suffix);
		assertThat(network.inRoom(network.anna, "omröstning röster 1")).doesNotContain("Eva Ek");
	}

	private static String lastPlusOne(PageClient.Page page) {
		Matcher plus = Pattern.compile("\\+1 (\\d+)").matcher(String.join(" ", page.formFor("+1 1").commands()));
		String last = null;
		while (plus.find()) {
			last = plus.group();
		}
		return last;
	}

	/** The page's text from the heading to the next section's heading. */
	static String section(String text, String heading) {
		int start = text.indexOf("\n" + heading + "\n");
		assertThat(start).as("a section %s in\n%s", heading, text).isNotNegative();
		int end = text.length();
		for (String next : List.of("Nästa träff och dagordning", "Din grupp", "Väggen", "Omröstningar", "Din läxa",
				"Utvärdering", "Inställningar och länk")) {
			int at = text.indexOf("\n" + next + "\n", start + heading.length() + 2);
			if (at > 0 && at < end) {
				end = at;
			}
		}
		return text.substring(start, end);
	}

}
