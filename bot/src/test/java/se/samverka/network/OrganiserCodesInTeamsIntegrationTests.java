package se.samverka.network;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.message;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.TeamsActivities;

/**
 * Organiser codes in Teams, against a fake Bot Connector: a network made in a channel
 * never shows its organiser code in the channel or the channel's conversation log; the
 * creator's personal chat is opened and gets it; organisers replace both codes and the
 * old ones stop working at once; whoever becomes organiser with the code is told to the
 * other organisers in their personal chats.
 */
@SamverkaTest
class OrganiserCodesInTeamsIntegrationTests {

	static final FakeBotConnector connector = new FakeBotConnector();

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + id;

	final String bo = "bo-" + id;

	final String cia = "cia-" + id;

	final String dan = "dan-" + id;

	final String eva = "eva-" + id;

	final String channel = "19:codes-" + id + "@thread.tacv2";

	final String name = "Teamskoder " + id;

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Test
	void theOrganiserCodeOfANetworkMadeInAChannelGoesOnlyToTheCreatorsPersonalChat() {
		Posted created = say(mentioning(connector.url(), channel, anna, "nätverk skapa " + name));
		String organiserCode = network().getString("organiserCode");

		assertThat(created.readable()).contains("Inbjudningskod: " + network().getString("inviteCode"))
			.contains("Arrangörskoden har jag skickat till dig i ett personligt meddelande")
			.doesNotContain(organiserCode);
		// Anna has only written in the channel: her personal chat is opened, then written
		// to
		Posted opened = connector.await(p -> p.method().equals("POST") && p.path().equals("/v3/conversations")
				&& p.activity().path("members").path(0).path("id").asText().equals("29:" + anna));
		assertThat(opened.activity().path("isGroup").asBoolean()).isFalse();
		Posted privately = connector
			.await(p -> p.conversationId().equals(opened.answeredId()) && p.readable().contains(organiserCode));
		assertThat(privately.readable()).contains("Arrangörskod för ”" + name + "”");
		Ledger.awaitIdle(mongo, networkId());

		assertThat(connector.postedTo(channel)).isNotEmpty()
			.noneMatch(p -> p.activity().toString().contains(organiserCode));
		assertThat(transcript(channel)).isNotEmpty().noneMatch(e -> e.contains(organiserCode));
		assertThat(transcript(opened.answeredId())).anyMatch(e -> e.contains(organiserCode));
	}

	@Test
	void organisersReplaceBothCodesAndTheOldOnesStopWorkingAtOnce() {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa " + name)));
		String oldOrganiserCode = network().getString("organiserCode");
		assertThat(say(personal(bo, "gå med " + code + " Polisen")).readable()).contains("Välkommen");
		assertThat(say(personal(bo, "nätverk ny arrangörskod")).readable()).contains("Bara nätverkets arrangörer");
		assertThat(network().getString("organiserCode")).isEqualTo(oldOrganiserCode);

		String newCode = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk ny kod")));
		assertThat(newCode).isNotEqualTo(code).isEqualTo(network().getString("inviteCode"));
		assertThat(say(personal(cia, "gå med " + code + " Skolan")).readable())
			.contains("Jag hittar inget nätverk med koden " + code);
		assertThat(say(personal(cia, "gå med " + newCode + " Skolan")).readable()).contains("Välkommen");

		String answer = say(mentioning(connector.url(), channel, anna, "nätverk ny arrangörskod")).readable();
		String newOrganiserCode = network().getString("organiserCode");
		assertThat(newOrganiserCode).isNotEqualTo(oldOrganiserCode);
		assertThat(answer).contains("har en ny arrangörskod")
			.contains("skickat till dig i ett personligt meddelande")
			.doesNotContain(newOrganiserCode);
		Posted privately = connector
			.await(p -> !p.conversationId().equals(channel) && p.readable().contains(newOrganiserCode));
		assertThat(privately.path()).endsWith("/activities");
		assertThat(say(personal(dan, "gå med " + oldOrganiserCode + " Region")).readable())
			.contains("Jag hittar inget nätverk med koden " + oldOrganiserCode);
		assertThat(say(personal(dan, "gå med " + newOrganiserCode + " Region")).readable()).contains("arrangör");
		Ledger.awaitIdle(mongo, networkId());
		assertThat(connector.postedTo(channel)).noneMatch(p -> p.activity().toString().contains(newOrganiserCode)
				|| p.activity().toString().contains(oldOrganiserCode));
		assertThat(transcript(channel)).noneMatch(e -> e.contains(newOrganiserCode) || e.contains(oldOrganiserCode));
	}

	@Test
	void whoeverJoinsWithTheOrganiserCodeIsAnnouncedToTheOtherOrganisersInTheirPersonalChats() {
		say(personal(anna, "nätverk skapa " + name));
		String organiserCode = network().getString("organiserCode");
		say(personal(eva, "language en"));
		assertThat(say(personal(eva, "join " + organiserCode + " Region Kronoberg")).readable()).contains("Welcome");
		connector.await(p -> p.conversationId().equals(chatOf(anna)) && p.readable()
			.contains("Person " + eva + " (Region Kronoberg) har gått med i nätverket ”" + name
					+ "” som arrangör med arrangörskoden"));

		assertThat(say(personal(dan, "gå med " + organiserCode + " Polisen")).readable()).contains("arrangör");
		connector.await(p -> p.conversationId().equals(chatOf(eva)) && p.readable()
			.contains("Person " + dan + " (Polisen) has joined the network “" + name + "” as organiser"));
		connector.await(p -> p.conversationId().equals(chatOf(anna))
				&& p.readable().contains("Person " + dan + " (Polisen) har gått med"));
		Ledger.awaitIdle(mongo, networkId());
		assertThat(connector.postedTo(chatOf(anna)))
			.filteredOn(p -> p.readable().contains("som arrangör med arrangörskoden"))
			.hasSize(2);
	}

	@Test
	void anOrganiserCodeTypedInAChannelIsReplacedAtOnceAndTheNewOneGoesToTheOrganisersPrivately() {
		say(personal(anna, "nätverk skapa " + name));
		String exposed = network().getString("organiserCode");

		String reply = say(mentioning(connector.url(), channel, bo, "gå med " + exposed + " Polisen")).readable();
		String fresh = network().getString("organiserCode");
		assertThat(fresh).isNotEqualTo(exposed);
		assertThat(reply).contains("Välkommen").contains("Arrangörskoden syntes här").doesNotContain(fresh);
		connector.await(p -> p.conversationId().equals(chatOf(anna)) && p.readable().contains(fresh)
				&& p.readable().contains("skrevs i ett delat samtal"));
		Ledger.awaitIdle(mongo, networkId());
		assertThat(connector.postedTo(channel)).noneMatch(p -> p.activity().toString().contains(fresh));
		assertThat(transcript(channel)).noneMatch(e -> e.contains(fresh));
		assertThat(say(personal(cia, "gå med " + exposed + " Skolan")).readable())
			.contains("Jag hittar inget nätverk med koden " + exposed);
		assertThat(say(personal(cia, "gå med " + fresh + " Skolan")).readable()).contains("arrangör");
	}

	private Document network() {
		return mongo.getCollection("networks").find(new Document("name", name)).first();
	}

	private String networkId() {
		return network().getString("_id");
	}

	/**
	 * The conversation's log in the network, one entry per stored message, as JSON.
	 */
	private List<String> transcript(String conversationId) {
		List<String> entries = new ArrayList<>();
		for (Document entry : mongo.getCollection("transcript").find(new Document("networkId", networkId()))) {
			String conversation = entry.getString("conversation");
			if (conversation != null && conversation.endsWith(":" + conversationId)) {
				entries.add(entry.toJson());
			}
		}
		return entries;
	}

	private ObjectNode personal(String user, String text) {
		return message(connector.url(), chatOf(user), "personal", user, text);
	}

	private static String chatOf(String user) {
		return "a:" + user;
	}

	private Posted say(ObjectNode activity) {
		return TeamsActivities.say(port, connector, activity);
	}

}
