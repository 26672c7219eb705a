package se.samverka.webpage;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.webpage.PersonalPageIntegrationTests.section;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.samverka.SamverkaTest;
import se.samverka.chat.PersonId;
import se.samverka.links.PersonalLinks;

/**
 * What the personal page refuses and keeps to itself: forms without the person's own form
 * token or from another site, a form sent twice, links that are invalid, revoked or
 * expired (with the way to a new one), anything of another person, and the author of an
 * anonymous note; and that it speaks English to those who choose it.
 */
@SamverkaTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalPageSafetyIntegrationTests extends PageTestSupport {

	@Test
	void refusesFormsWithoutTheOwnFormTokenOrFromAnotherSite() {
		PageClient.Page page = client.get(network.evasPage);
		Map<String, String> vote = page.formFor("vote 1 1 yes").submit("vote 1 1 yes", Map.of());
		Map<String, String> without = new LinkedHashMap<>(vote);
		without.remove("csrf");
		Map<String, String> wrong = new LinkedHashMap<>(vote);
		wrong.put("csrf", vote.get("csrf").substring(1) + "A");
		String bosPage = PersonalLinks.PATH + links.token(bo());
		Map<String, String> bosToken = new LinkedHashMap<>(vote);
		bosToken.put("csrf", client.get(bosPage).forms().get(0).hidden().get("csrf"));
		for (Map<String, String> forged : List.of(without, wrong, bosToken)) {
			PageClient.Page refused = client.post(network.evasPage, forged);
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.body()).contains("Formuläret kom inte från din sida").contains("lang=\"sv\"");
		}
		PageClient.Page elsewhere = client.post(network.evasPage, vote, Map.of("Origin", "https://evil.example"));
		assertThat(elsewhere.status()).isEqualTo(403);
		assertThat(client.post(network.evasPage, vote, Map.of("Sec-Fetch-Site", "cross-site")).status()).isEqualTo(403);
		// Eva's own form token opens nothing on Bo's page either
		assertThat(client.post(bosPage, vote).status()).isEqualTo(403);
		assertThat(network.inRoom(network.anna, "omröstning röster 1")).doesNotContain("Eva Ek");

		// as a browser sends it under the page's no-referrer policy
		assertThat(
				client.post(network.evasPage, vote, Map.of("Origin", "null", "Sec-Fetch-Site", "same-origin")).status())
			.isEqualTo(303);
		assertThat(network.inRoom(network.anna, "omröstning röster 1")).contains("Eva Ek" + network.suffix);
	}

	@Test
	void aFormSentTwiceHasOneEffect() {
		clock.set(Instant.parse("2026-03-25T08:35:00Z"));
		PageClient.Page page = client.get(network.evasPage);
		String text = "Bara en gång " + network.suffix;
		Map<String, String> note = page.formFor("note").submit("note", Map.of("note", text));
		assertThat(section(PageClient.text(client.submit(network.evasPage, note).body()), "Svar"))
			.contains("sitter på väggen");
		assertThat(section(PageClient.text(client.submit(network.evasPage, note).body()), "Svar"))
			.contains("Det här formuläret är redan skickat");
		String board = section(PageClient.text(client.get(network.evasPage).body()), "Väggen");
		assertThat(board.split(text, -1)).as("the note once on the board").hasSize(2);
	}

	@Test
	void invalidRevokedAndExpiredLinksOpenNothing() {
		assertThat(client.get(PersonalLinks.PATH + "nonsense").status()).isEqualTo(404);
		String token = network.evasPage.substring(PersonalLinks.PATH.length());
		String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
		PageClient.Page invalid = client.get(PersonalLinks.PATH + altered);
		assertThat(invalid.status()).isEqualTo(404);
		assertThat(invalid.body()).contains("Länken öppnar ingen sida").doesNotContain("Eva");
		assertThat(client.get(network.evasPage + "/archive").status()).isEqualTo(404);

		// expired: the page offers a new link by e-mail, at most one a day
		clock.set(clock.instant().plus(Duration.ofDays(30)).plusSeconds(1));
		PageClient.Page expired = client.get(network.evasPage);
		assertThat(expired.status()).isEqualTo(403);
		assertThat(expired.body()).contains("Länken har gått ut").doesNotContain("Nätverksträff");
		Map<String, String> renew = expired.forms().get(0).hidden();
		assertThat(renew).containsKeys("csrf", "renew");
		assertThat(client.post(network.evasPage, Map.of("renew", "email")).body())
			.contains("Formuläret kom inte från din sida");
		assertThat(client.post(network.evasPage, renew).body()).contains("En ny länk är på väg till din e-post");
		client.post(network.evasPage, renew);
		List<Document> sent = mongo.getCollection("outbox")
			.find(new Document("personId", network.eva.value()).append("messageKey",
					new Document("$regex", "^page-new-link:")))
			.into(new ArrayList<>());
		assertThat(sent).hasSize(1);
		String fresh = sent.get(0).toJson();
		assertThat(fresh).contains(PersonalLinks.PATH + network.eva.value());

		// revoked: closing the links from the page closes this one and every other
		String page = PersonalLinks.PATH + links.token(network.eva);
		String other = PersonalLinks.PATH + links.token(network.eva);
		PageClient.Page closing = client.get(page);
		PageClient.Page closed = client.post(page,
				closing.formFor("web link revoke").submit("web link revoke", Map.of()));
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.body()).contains("Alla länkar till din sida är stängda");
		for (String gone : List.of(page, other)) {
			PageClient.Page revoked = client.get(gone);
			assertThat(revoked.status()).isEqualTo(404);
			assertThat(revoked.body()).contains("Länken öppnar ingen sida");
		}
		assertThat(client.get(PersonalLinks.PATH + links.token(network.eva)).status()).isEqualTo(200);
	}

	@Test
	void showsOnlyThePersonsOwnThings() {
		// homework for those who were there; Eva takes back that she would be
		assertThat(network.typed(network.evasPage, "inte här")).contains("inte");
		clock.set(Instant.parse("2026-03-25T12:00:00Z"));
		assertThat(network.inRoom(network.anna, "läxa 2026-04-30 | Vad tar vi med oss tillbaka?")).contains("Läxa 1");
		String bosPage = PersonalLinks.PATH + links.token(bo());
		assertThat(section(PageClient.text(client.get(bosPage).body()), "Din läxa"))
			.contains("Vad tar vi med oss tillbaka?");
		String evas = client.get(network.evasPage).body();
		assertThat(section(PageClient.text(evas), "Din läxa")).doesNotContain("Vad tar vi med oss tillbaka?");
		assertThat(evas).doesNotContain("/archive/").doesNotContain(bo().value());
	}

	@Test
	void speaksEnglishWhenChosen() {
		PageClient.Page page = client.get(network.evasPage);
		String reply = PageClient
			.text(client.submit(network.evasPage, page.formFor("language").submit("language", Map.of("language", "en")))
				.body());
		assertThat(reply).contains("Next meeting and agenda").contains("Settings and link");
		PageClient.Page english = client.get(network.evasPage);
		assertThat(english.body()).contains("<html lang=\"en\">").contains("Skip to the content");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		assertThat(client.get(network.evasPage).body()).contains("The link has expired");
	}

	@Test
	void anAnonymousNoteFromThePageNamesNobodyAnywhere(CapturedOutput output) {
		clock.set(Instant.parse("2026-03-25T08:35:00Z"));
		String note = "Anonymt från sidan " + UUID.randomUUID();
		PageClient.Page page = client.get(network.evasPage);
		int logFrom = output.getAll().length();
		String reply = PageClient
			.text(client.submit(network.evasPage, page.formFor("note anon").submit("note anon", Map.of("note", note)))
				.body());
		assertThat(section(reply, "Svar")).contains("Din anonyma lapp");
		String log = output.getAll().substring(logFrom);

		List<String> traces = List.of(network.eva.value(), network.email, "Eva Ek" + network.suffix,
				members.byEmail(network.email).orElseThrow().id());
		String userId = mongo.getCollection("people")
			.find(new Document("_id", network.eva.value()))
			.first()
			.getString("userId");
		List<String> everything = new ArrayList<>();
		for (String collection : mongo.getCollectionNames()) {
			mongo.getCollection(collection).find().forEach(d -> everything.add(d.toJson()));
		}
		assertThat(everything).as("documents with the note").anyMatch(d -> d.contains(note));
		assertThat(everything).filteredOn(d -> d.contains(note))
			.allSatisfy(d -> assertThat(d).doesNotContain(traces).doesNotContain(userId));
		assertThat(log).doesNotContain(note).doesNotContain(network.email);
		assertThat(mongo.getCollection("transcript")
			.find(new Document("conversation", "web::" + network.eva.value()))
			.into(new ArrayList<>())).noneMatch(d -> d.toJson().contains(note));
		String board = section(PageClient.text(client.get(network.evasPage).body()), "Väggen");
		assertThat(board).contains(note).doesNotContain("Eva Ek");
		assertThat(network.inRoom(network.anna, "samla upp")).doesNotContain("Eva Ek");
	}

	private PersonId bo() {
		return new PersonId(
				mongo.getCollection("people").find(new Document("userId", network.bo)).first().getString("_id"));
	}

}
