package se.samverka.network;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.web.PlaygroundClient.await;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.web.PlaygroundClient;
import se.samverka.web.PlaygroundClient.EventStream;

/**
 * Organiser codes in the playground, over HTTP: a network made in a shared room never
 * shows its organiser code there (reply, history, live stream, conversation log), the
 * creator's personal room gets it; organisers replace both codes and the old ones stop
 * working at once; whoever becomes organiser with the code is told to the other
 * organisers in their personal rooms, in their language.
 */
@SamverkaTest
class OrganiserCodesInThePlaygroundIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	PlaygroundClient client;

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + suffix;

	final String bo = "bo-" + suffix;

	final String cia = "cia-" + suffix;

	final String dan = "dan-" + suffix;

	final String eva = "eva-" + suffix;

	final String room = "koder-" + suffix;

	final String name = "Koder " + suffix;

	@BeforeEach
	void connect() {
		client = new PlaygroundClient(port);
	}

	@Test
	void theOrganiserCodeOfANetworkMadeInARoomReachesOnlyTheCreatorsPersonalRoom() {
		EventStream roomPage = client.follow(room, bo);
		EventStream annasRoom = client.follow("dm-" + anna, anna);
		await("the streams are open", () -> roomPage.has("event:ready") && annasRoom.has("event:ready"));

		String created = client.say(anna, room, "nätverk skapa " + name).html();
		String organiserCode = network().getString("organiserCode");

		assertThat(created).contains("<dt>Inbjudningskod</dt>")
			.contains("Arrangörskoden har jag skickat till dig i ett personligt meddelande")
			.doesNotContain(organiserCode);
		await("the organiser code arrives in Anna's personal room", () -> annasRoom.has(organiserCode));
		Ledger.awaitIdle(mongo, networkId());
		assertThat(history(room, bo)).contains(name).doesNotContain(organiserCode);
		assertThat(history("dm-" + anna, anna)).contains("Arrangörskod för ”" + name + "”").contains(organiserCode);
		assertThat(roomPage.lines).isNotEmpty().noneMatch(l -> l.contains(organiserCode));
		assertThat(transcript(room)).isNotEmpty().noneMatch(e -> e.contains(organiserCode));
		assertThat(transcript("dm-" + anna)).anyMatch(e -> e.contains(organiserCode));
		// the ledger's keys and ids are logged: no code in them
		assertThat(mongo.getCollection("outbox").find(new Document("network", networkId())))
			.extracting(e -> e.getString("_id") + " " + e.getString("messageKey"))
			.isNotEmpty()
			.noneMatch(key -> key.contains(organiserCode));
		roomPage.close();
		annasRoom.close();

		// made in a personal room, the reply may show it
		String mine = client.say(cia, "dm-" + cia, "nätverk skapa Eget " + suffix).html();
		String ciasCode = mongo.getCollection("networks")
			.find(new Document("name", "Eget " + suffix))
			.first()
			.getString("organiserCode");
		assertThat(mine).contains(ciasCode);
	}

	@Test
	void organisersReplaceBothCodesAndTheOldOnesStopWorkingAtOnce() {
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + name));
		String oldOrganiserCode = network().getString("organiserCode");
		assertThat(client.say(bo, "dm-" + bo, "gå med " + code + " Polisen").html()).contains("Välkommen");
		assertThat(client.say(bo, "dm-" + bo, "nätverk ny kod").html()).contains("Bara nätverkets arrangörer");
		assertThat(client.say(bo, "dm-" + bo, "nätverk ny arrangörskod").html()).contains("Bara nätverkets arrangörer");
		assertThat(network().getString("inviteCode")).isEqualTo(code);
		assertThat(network().getString("organiserCode")).isEqualTo(oldOrganiserCode);

		PlaygroundClient.Reply renewed = client.say(anna, room, "nätverk ny kod");
		String newCode = PlaygroundClient.inviteCode(renewed);
		assertThat(newCode).isNotEqualTo(code);
		assertThat(renewed.html()).contains("har en ny inbjudningskod. Den gamla slutar gälla nu");
		assertThat(client.say(cia, "dm-" + cia, "gå med " + code + " Skolan").html())
			.contains("Jag hittar inget nätverk med koden " + code);
		assertThat(client.say(cia, "dm-" + cia, "gå med " + newCode + " Skolan").html()).contains("Välkommen");

		String answer = client.say(anna, room, "nätverk ny arrangörskod").html();
		String newOrganiserCode = network().getString("organiserCode");
		assertThat(newOrganiserCode).isNotEqualTo(oldOrganiserCode);
		assertThat(answer).contains("har en ny arrangörskod")
			.contains("Den nya arrangörskoden har jag skickat till dig i ett personligt meddelande")
			.doesNotContain(newOrganiserCode);
		Ledger.awaitIdle(mongo, networkId());
		assertThat(history("dm-" + anna, anna)).contains(newOrganiserCode);
		assertThat(history(room, anna)).doesNotContain(newOrganiserCode).doesNotContain(oldOrganiserCode);
		assertThat(transcript(room)).noneMatch(e -> e.contains(newOrganiserCode) || e.contains(oldOrganiserCode));
		assertThat(client.say(dan, "dm-" + dan, "gå med " + oldOrganiserCode + " Region").html())
			.contains("Jag hittar inget nätverk med koden " + oldOrganiserCode);

		// asked in the personal room, the reply shows it
		String here = client.say(anna, "dm-" + anna, "nätverk ny arrangörskod").html();
		assertThat(here).contains(network().getString("organiserCode"));
		assertThat(client.say(dan, "dm-" + dan, "gå med " + newOrganiserCode + " Region").html())
			.contains("Jag hittar inget nätverk med koden");
	}

	@Test
	void whoeverJoinsWithTheOrganiserCodeIsAnnouncedToTheOtherOrganisersInTheirLanguage() {
		client.say(anna, room, "nätverk skapa " + name);
		String code = network().getString("inviteCode");
		String organiserCode = network().getString("organiserCode");
		client.say(eva, "dm-" + eva, "language en");
		assertThat(client.say(eva, "dm-" + eva, "join " + organiserCode + " Region Kronoberg").html())
			.contains("Welcome");
		// a participant who becomes organiser with the code is announced too
		assertThat(client.say(dan, "dm-" + dan, "gå med " + code + " Polisen").html()).contains("Välkommen");
		assertThat(client.say(dan, "dm-" + dan, "gå med " + organiserCode + " Polisen").html()).contains("arrangör");
		Ledger.awaitIdle(mongo, networkId());

		String annas = history("dm-" + anna, anna);
		assertThat(annas).contains("Anna " + eva + " (Region Kronoberg) har gått med i nätverket ”" + name
				+ "” som arrangör med arrangörskoden");
		assertThat(annas).contains(
				"Anna " + dan + " (Polisen) har gått med i nätverket ”" + name + "” som arrangör med arrangörskoden");
		assertThat(history("dm-" + eva, eva))
			.contains("Anna " + dan + " (Polisen) has joined the network “" + name + "” as organiser");
		assertThat(history("dm-" + dan, dan)).doesNotContain("som arrangör med arrangörskoden");
		assertThat(transcript("dm-" + anna)).filteredOn(e -> e.contains("som arrangör med arrangörskoden")).hasSize(2);
		// the participant's own invite-code join is no organiser announcement
		assertThat(transcript(room)).noneMatch(e -> e.contains("som arrangör med arrangörskoden"));
	}

	@Test
	void anOrganiserCodeTypedInARoomIsReplacedAtOnceAndTheNewOneGoesToTheOrganisersPrivately() {
		client.say(anna, "dm-" + anna, "nätverk skapa " + name);
		String exposed = network().getString("organiserCode");
		EventStream roomPage = client.follow(room, cia);
		await("the stream is open", () -> roomPage.has("event:ready"));

		String reply = client.say(bo, room, "gå med " + exposed + " Polisen").html();
		String fresh = network().getString("organiserCode");
		assertThat(fresh).isNotEqualTo(exposed);
		assertThat(reply).contains("Välkommen").contains("Arrangörskoden syntes här").doesNotContain(fresh);
		Ledger.awaitIdle(mongo, networkId());
		assertThat(history("dm-" + anna, anna)).contains("skrevs i ett delat samtal").contains(fresh);
		assertThat(history("dm-" + bo, bo)).contains(fresh);
		assertThat(history(room, cia)).doesNotContain(fresh);
		assertThat(roomPage.lines).noneMatch(l -> l.contains(fresh));
		roomPage.close();
		assertThat(client.say(cia, "dm-" + cia, "gå med " + exposed + " Skolan").html())
			.contains("Jag hittar inget nätverk med koden " + exposed);
		assertThat(client.say(cia, "dm-" + cia, "gå med " + fresh + " Skolan").html()).contains("arrangör");
	}

	private Document network() {
		return mongo.getCollection("networks").find(new Document("name", name)).first();
	}

	private String networkId() {
		return network().getString("_id");
	}

	private String history(String roomId, String browser) {
		return client.get("/playground/api/rooms/" + roomId + "/history?browserId=" + browser).raw();
	}

	/**
	 * The room's conversation log in the network, one entry per stored message, as JSON.
	 */
	private List<String> transcript(String roomId) {
		List<String> entries = new ArrayList<>();
		for (Document entry : mongo.getCollection("transcript").find(new Document("networkId", networkId()))) {
			if (entry.getString("conversation") != null && entry.getString("conversation").endsWith(":" + roomId)) {
				entries.add(entry.toJson());
			}
		}
		return entries;
	}

}
