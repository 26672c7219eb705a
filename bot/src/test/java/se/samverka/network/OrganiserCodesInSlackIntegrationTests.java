package se.samverka.network;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.slack.SignedSlack.inviteCode;
import static se.samverka.slack.SignedSlack.isPost;
import static se.samverka.slack.SignedSlack.next;
import static se.samverka.slack.SignedSlack.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;

/**
 * Organiser codes in Slack, with signed requests against a fake Web API: a network made
 * with a slash command in a channel never shows its organiser code in the channel (the
 * command's answer, posts) or the channel's conversation log; the creator's DM is opened
 * and gets it; organisers replace both codes and the old ones stop working at once;
 * whoever becomes organiser with the code is told to the other organisers in their DMs.
 */
@SamverkaTest
class OrganiserCodesInSlackIntegrationTests {

	static final FakeSlack slack = FakeSlack.shared();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	SignedSlack requests;

	final String anna = "U-anna-" + next();

	final String bo = "U-bo-" + next();

	final String cia = "U-cia-" + next();

	final String dan = "U-dan-" + next();

	final String eva = "U-eva-" + next();

	final String home = "C-codes-" + next();

	final String name = "Slackkoder " + next();

	@BeforeEach
	void signRequests() {
		requests = new SignedSlack(slack, FakeSlack.SECRET, clock::instant, port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	@Test
	void theOrganiserCodeOfANetworkMadeInAChannelGoesOnlyToTheCreatorsDirectMessages() throws Exception {
		String answer = requests.answer(anna, home, "nätverk skapa " + name);
		String organiserCode = network().getString("organiserCode");

		assertThat(text(answer)).contains("Inbjudningskod: " + network().getString("inviteCode"))
			.contains("Arrangörskoden har jag skickat till dig i ett personligt meddelande");
		assertThat(answer).doesNotContain(organiserCode);
		// Anna has only used the slash command in the channel: a DM is opened, then
		// written
		// to
		slack.await(c -> c.path().equals("conversations.open") && c.param("users").equals(anna));
		FakeSlack.Call privately = slack
			.await(c -> isPost(c, FakeSlack.directMessageOf(anna)) && c.params().toString().contains(organiserCode));
		assertThat(privately.param("text")).contains("Arrangörskod för ”" + name + "”");
		Ledger.awaitIdle(mongo, networkId());

		assertThat(slack.calls).noneMatch(c -> c.param("channel").equals(home) && c.body().contains(organiserCode));
		assertThat(transcript(home)).isNotEmpty().noneMatch(e -> e.contains(organiserCode));
	}

	@Test
	void organisersReplaceBothCodesAndTheOldOnesStopWorkingAtOnce() throws Exception {
		String code = inviteCode(requests.command(anna, home, "nätverk skapa " + name));
		String oldOrganiserCode = network().getString("organiserCode");
		assertThat(requests.command(bo, dm(bo), "gå med " + code + " Polisen")).contains("Välkommen");
		assertThat(requests.command(bo, dm(bo), "nätverk ny kod")).contains("Bara nätverkets arrangörer");
		assertThat(network().getString("inviteCode")).isEqualTo(code);

		String newCode = inviteCode(requests.command(anna, home, "nätverk ny kod"));
		assertThat(newCode).isNotEqualTo(code).isEqualTo(network().getString("inviteCode"));
		assertThat(requests.command(cia, dm(cia), "gå med " + code + " Skolan"))
			.contains("Jag hittar inget nätverk med koden " + code);
		assertThat(requests.command(cia, dm(cia), "gå med " + newCode + " Skolan")).contains("Välkommen");

		String answer = requests.answer(anna, home, "nätverk ny arrangörskod");
		String newOrganiserCode = network().getString("organiserCode");
		assertThat(newOrganiserCode).isNotEqualTo(oldOrganiserCode);
		assertThat(text(answer)).contains("har en ny arrangörskod")
			.contains("skickat till dig i ett personligt meddelande");
		assertThat(answer).doesNotContain(newOrganiserCode);
		slack
			.await(c -> isPost(c, FakeSlack.directMessageOf(anna)) && c.params().toString().contains(newOrganiserCode));
		assertThat(requests.command(dan, dm(dan), "gå med " + oldOrganiserCode + " Region"))
			.contains("Jag hittar inget nätverk med koden " + oldOrganiserCode);
		assertThat(requests.command(dan, dm(dan), "gå med " + newOrganiserCode + " Region")).contains("arrangör");
		Ledger.awaitIdle(mongo, networkId());
		assertThat(transcript(home)).noneMatch(e -> e.contains(newOrganiserCode) || e.contains(oldOrganiserCode));
	}

	@Test
	void whoeverJoinsWithTheOrganiserCodeIsAnnouncedToTheOtherOrganisersInTheirDirectMessages() throws Exception {
		requests.command(anna, dm(anna), "nätverk skapa " + name);
		String organiserCode = network().getString("organiserCode");
		requests.command(eva, dm(eva), "language en");
		assertThat(requests.command(eva, dm(eva), "join " + organiserCode + " Region Kronoberg")).contains("Welcome");
		Set<String> annas = Set.of(dm(anna), FakeSlack.directMessageOf(anna));
		Set<String> evas = Set.of(dm(eva), FakeSlack.directMessageOf(eva));
		slack.await(c -> c.path().equals("chat.postMessage") && annas.contains(c.param("channel")) && c.param("text")
			.contains("(Region Kronoberg) har gått med i nätverket ”" + name + "” som arrangör med arrangörskoden"));

		assertThat(requests.command(dan, dm(dan), "gå med " + organiserCode + " Polisen")).contains("arrangör");
		slack.await(c -> c.path().equals("chat.postMessage") && evas.contains(c.param("channel"))
				&& c.param("text").contains("(Polisen) has joined the network “" + name + "” as organiser"));
		Ledger.awaitIdle(mongo, networkId());
		assertThat(slack.calls)
			.filteredOn(c -> c.path().equals("chat.postMessage") && annas.contains(c.param("channel"))
					&& c.param("text").contains("som arrangör med arrangörskoden"))
			.hasSize(2);
		assertThat(slack.calls).noneMatch(c -> c.path().equals("chat.postMessage")
				&& Set.of(dm(dan), FakeSlack.directMessageOf(dan)).contains(c.param("channel"))
				&& c.param("text").contains("arrangörskoden"));
	}

	@Test
	void anOrganiserCodeMentionedInAChannelIsReplacedAtOnceAndTheNewOneGoesToTheOrganisersPrivately() throws Exception {
		requests.command(anna, dm(anna), "nätverk skapa " + name);
		String exposed = network().getString("organiserCode");

		requests.mention(bo, home, "<@UBOT> gå med " + exposed + " Polisen");
		FakeSlack.Call reply = slack.await(c -> isPost(c, home) && c.param("text").contains("Välkommen"));
		String fresh = network().getString("organiserCode");
		assertThat(fresh).isNotEqualTo(exposed);
		assertThat(reply.param("text")).contains("Arrangörskoden syntes här").doesNotContain(fresh);
		Set<String> annas = Set.of(dm(anna), FakeSlack.directMessageOf(anna));
		slack.await(c -> c.path().equals("chat.postMessage") && annas.contains(c.param("channel"))
				&& c.params().toString().contains(fresh) && c.param("text").contains("skrevs i ett delat samtal"));
		Ledger.awaitIdle(mongo, networkId());
		assertThat(slack.calls).noneMatch(c -> home.equals(c.param("channel")) && c.body().contains(fresh));
		assertThat(transcript(home)).noneMatch(e -> e.contains(fresh));
		assertThat(requests.command(cia, dm(cia), "gå med " + exposed + " Skolan"))
			.contains("Jag hittar inget nätverk med koden " + exposed);
		assertThat(requests.command(cia, dm(cia), "gå med " + fresh + " Skolan")).contains("arrangör");
	}

	private static String dm(String user) {
		return "D-" + user;
	}

	private Document network() {
		return mongo.getCollection("networks").find(new Document("name", name)).first();
	}

	private String networkId() {
		return network().getString("_id");
	}

	/** The conversation's log in the network, one entry per stored message, as JSON. */
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

}
