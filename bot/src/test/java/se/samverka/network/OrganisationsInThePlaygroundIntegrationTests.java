package se.samverka.network;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.web.PlaygroundClient.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.web.PlaygroundClient;

/**
 * One organisation, one name, in the playground over HTTP: a name typed in another case,
 * with other spaces or without accents joins the existing organisation; a typo of one
 * asks "did you mean …?" with a button for each answer; members list the organisations
 * with their counts; organisers (only) merge and rename them, and votes follow.
 */
@SamverkaTest
class OrganisationsInThePlaygroundIntegrationTests {

	private static final Pattern COMMAND = Pattern.compile("data-command=\"([^\"]*)\"");

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	PlaygroundClient client;

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + suffix;

	final String bo = "bo-" + suffix;

	final String cia = "cia-" + suffix;

	final String dan = "dan-" + suffix;

	final String eva = "eva-" + suffix;

	final String room = "orgs-" + suffix;

	final String name = "Organisationer " + suffix;

	@BeforeEach
	void connect() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2021-08-20T10:00:00Z"));
	}

	@Test
	void aNameTypedAnotherWayJoinsTheExistingOrganisationAndATypoIsAskedAbout() {
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		assertThat(say(bo, "gå med " + code + " Växjö kommun")).contains("från Växjö kommun");
		assertThat(say(cia, "gå med " + code + " vaxjo   KOMMUN")).contains("från Växjö kommun")
			.doesNotContain("Menade du");
		assertThat(organisationOf(cia)).isEqualTo("Växjö kommun");

		String asked = say(dan, "gå med " + code + " Vaxjö kommnu");
		assertThat(asked).contains("Välkommen").contains("Menade du Växjö kommun?");
		assertThat(organisationOf(dan)).as("stored as typed until chosen").isEqualTo("Vaxjö kommnu");
		List<String> buttons = buttons(asked);
		assertThat(buttons).hasSize(2);
		assertThat(press(dan, buttons.get(0))).contains("du står som Växjö kommun");
		assertThat(organisationOf(dan)).isEqualTo("Växjö kommun");

		say(eva, "language en");
		String evas = say(eva, "join " + code + " Vaxjo komun");
		assertThat(evas).contains("Did you mean Växjö kommun?");
		assertThat(press(eva, buttons(evas).get(1))).contains("as Vaxjo komun");
		assertThat(organisationOf(eva)).isEqualTo("Vaxjo komun");
		// someone else pressing a button shown to Eva changes nothing
		assertThat(press(bo, buttons(evas).get(1))).contains("gällde någon annan");
		assertThat(organisationOf(bo)).isEqualTo("Växjö kommun");
		assertThat(press("stranger-" + suffix, "organisation välj " + networkId() + " Växjö kommun"))
			.contains("Du är inte med i nätverket");

		String list = say(bo, "organisationer");
		assertThat(list).contains("Organisationer i ”" + name + "”")
			.contains("<dt>Växjö kommun</dt>")
			.contains("3 medlemmar")
			.contains("<dt>Vaxjo komun</dt>")
			.contains("1 medlem<")
			.contains("<dt>utan organisation</dt>");
		assertThat(say(eva, "organisations")).contains("Organisations in “" + name + "”").contains("3 members");
	}

	@Test
	void organisersMergeAndRenameAndVotesFollow() {
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		say(bo, "gå med " + code + " Polisen");
		say(cia, "gå med " + code + " Polismyndigheten");
		say(dan, "gå med " + code + " Skolan");
		client.say(anna, room, "omröstning Nästa träff | 2021-09-29 | 2021-10-01 | kvorum");
		say(bo, "rösta 1 1 ja");
		say(cia, "rösta 1 2 ja");
		refreshedCard("1 av 3 organisationer har ja");

		assertThat(say(bo, "organisation slå ihop Polisen | Polismyndigheten")).contains("Bara nätverkets arrangörer");
		assertThat(organisationOf(bo)).isEqualTo("Polisen");
		assertThat(client.say(anna, room, "organisation slå ihop Polisen").html()).contains("med | emellan")
			.contains("organisation slå ihop");
		assertThat(client.say(anna, room, "organisation slå ihop Polsen | Polismyndigheten").html())
			.contains("ingen organisation som heter Polsen. Menade du Polisen?");

		assertThat(client.say(anna, room, "organisation slå ihop polisen | POLISMYNDIGHETEN").html())
			.contains("Polisen är nu en del av Polismyndigheten, som har 2 medlemmar");
		assertThat(organisationOf(bo)).isEqualTo("Polismyndigheten");
		// the quorum poll's card counts two organisations now
		refreshedCard("1 av 2 organisationer har ja");
		assertThat(say(dan, "organisationer")).contains("<dt>Polismyndigheten</dt>")
			.contains("2 medlemmar")
			.doesNotContain("<dt>Polisen</dt>");
		assertThat(client.say(anna, room, "omröstning röster").html()).contains("(Polismyndigheten)")
			.doesNotContain("(Polisen)");

		assertThat(client.say(anna, room, "organisation byt namn Skolan | Polismyndigheten").html())
			.contains("Nätverket har redan Polismyndigheten");
		assertThat(client.say(anna, room, "organisation byt namn polismyndigheten | Polisen i Kronoberg").html())
			.contains("Polismyndigheten heter nu Polisen i Kronoberg (2 medlemmar)");
		assertThat(organisationOf(bo)).isEqualTo("Polisen i Kronoberg");
		assertThat(organisationOf(cia)).isEqualTo("Polisen i Kronoberg");
		assertThat(mongo.getCollection("poll_votes")
			.find(new Document("pollId", poll()))
			.map(v -> v.getString("organisation"))
			.into(new ArrayList<>())).containsOnly("Polisen i Kronoberg").hasSize(2);
		// the digest counts the merged and renamed organisation once, with both votes
		assertThat(say(anna, "lägesrapport förhandsvisa")).contains("<dt>Polisen i Kronoberg</dt>")
			.contains("2 medlemmar · 0 på plats · 0 lappar · 2 röster")
			.doesNotContain("<dt>Polisen</dt>")
			.doesNotContain("<dt>Polismyndigheten</dt>");
		client.say(anna, room, "language en");
		assertThat(client.say(anna, room, "organisation rename Skolan | Skolan i Växjö").html())
			.contains("Skolan is now called Skolan i Växjö (1 member)");
	}

	@Test
	void someoneInTwoNetworksChoosesTheOrganisationOfTheNetworkTheQuestionCameFrom() {
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		assertThat(say(bo, "gå med " + code + " Region Kronoberg")).contains("från Region Kronoberg");
		String other = "Andra " + suffix;
		String otherCode = PlaygroundClient.inviteCode(client.say(cia, "andra-" + suffix, "nätverk skapa " + other));
		assertThat(say(dan, "gå med " + otherCode + " Regoin Kronobreg")).contains("från Regoin Kronobreg")
			.doesNotContain("Menade du");

		String asked = say(dan, "gå med " + code + " Regoin Kronoberg");
		assertThat(asked).contains("Menade du Region Kronoberg?");
		assertThat(press(dan, buttons(asked).get(0))).contains("du står som Region Kronoberg");
		assertThat(organisationOf(dan)).isEqualTo("Region Kronoberg");
		assertThat(StoredOrganisations.of(mongo, other, dan)).as("the other network keeps its own")
			.isEqualTo("Regoin Kronobreg");
		// a typed list from someone in two networks asks which one
		assertThat(say(dan, "organisationer")).contains(name).contains(other).contains("nätverk byt");
		say(dan, "nätverk byt " + other);
		assertThat(say(dan, "organisationer")).contains("Organisationer i ”" + other + "”")
			.contains("<dt>Regoin Kronobreg</dt>");
	}

	/** Lets the card refresh that is due run, and waits until the room's card says so. */
	private void refreshedCard(String text) {
		clock.set(clock.instant().plusSeconds(6));
		BackgroundWork.runDue(runner, mongo);
		await("the poll card says " + text,
				() -> client.get("/playground/api/rooms/" + room + "/history?browserId=" + anna).raw().contains(text));
	}

	private String say(String browser, String text) {
		return client.say(browser, "dm-" + browser, text).html();
	}

	private String press(String browser, String command) {
		return client
			.post("dm-" + browser, Map.of("clientMessageId", UUID.randomUUID().toString(), "browserId", browser,
					"displayName", "Anna " + browser, "locale", "sv", "command", command, "inputs", Map.of()))
			.html();
	}

	private static List<String> buttons(String html) {
		List<String> commands = new ArrayList<>();
		Matcher m = COMMAND.matcher(html);
		while (m.find()) {
			commands.add(m.group(1));
		}
		return commands;
	}

	private String networkId() {
		return mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
	}

	private String poll() {
		return mongo.getCollection("polls")
			.find(new Document("networkId", networkId()).append("number", 1))
			.first()
			.getString("_id");
	}

	private String organisationOf(String browser) {
		return StoredOrganisations.of(mongo, name, browser);
	}

}
