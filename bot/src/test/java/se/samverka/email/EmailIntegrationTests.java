package se.samverka.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverka.BackgroundWork;
import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.chat.PersonId;
import se.samverka.delivery.Outbox;
import se.samverka.links.PersonalLinks;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;
import se.samverka.web.PlaygroundClient;

/**
 * Members with neither Teams nor Slack, reached by e-mail through a real SMTP server
 * (GreenMail) in the test JVM: the invitation, homework and its reminder, the poll and
 * its reminder, the evaluation and its reminder each arrive once, as text and HTML in the
 * person's language, with a personal link their page accepts and one-click unsubscribe;
 * digests reach a steering member who chose e-mail; after unsubscribing nothing more is
 * mailed, until they turn e-mail on again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
@ContextConfiguration(initializers = SamverkaTest.SharedFakes.class)
class EmailIntegrationTests {

	static final String FROM = "samverka@kommun.example";

	static final String AGENDA = """
			Nätverksträff 3 – Tidiga insatser
			2026-03-25 Stadshuset, Växjö
			09:00 Kaffe och välkomna
			09:20 Samtal i blandade grupper (40 min)
			10:30 Vi summerar""";

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", Mailbox::port);
		registry.add("samverka.email.from", () -> "Samverka <" + FROM + ">");
	}

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	PersonalLinks pages;

	@Autowired
	Outbox outbox;

	PlaygroundClient client;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + run;

	final String bo = "bo-" + run;

	final String room = "mail-" + run;

	final String eva = "eva.lind." + run + "@skolan.example";

	String networkId;

	String networkName;

	@BeforeEach
	void connect() {
		client = new PlaygroundClient(port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	void network() {
		networkName = "Epost " + run;
		String code = PlaygroundClient.inviteCode(client.say(anna, room, "nätverk skapa " + networkName));
		client.say(bo, "dm-" + bo, "gå med " + code + " Polisen");
		networkId = mongo.getCollection("networks").find(new Document("name", networkName)).first().getString("_id");
	}

	String anna(String text) {
		return client.say(anna, room, text).html();
	}

	List<Mailbox.Mail> awaitMail(String to, String subjectPart) {
		PlaygroundClient.await("a mail about " + subjectPart + " reaches " + to,
				() -> !Mailbox.to(to, subjectPart).isEmpty());
		Ledger.awaitIdle(mongo, networkId);
		return Mailbox.to(to, subjectPart);
	}

	String personOf(String email) {
		return mongo.getCollection("webMembers").find(new Document("email", email)).first().getString("_id");
	}

	static String personalToken(String text) {
		Matcher m = Pattern.compile(Pattern.quote(PersonalLinks.PATH) + "([A-Za-z0-9._-]+)").matcher(text);
		assertThat(m.find()).as("a personal page link in " + text).isTrue();
		return m.group(1);
	}

	@Test
	void theInvitationArrivesOnceAsTextAndHtmlWithAPersonalLinkAndOneClickUnsubscribe() {
		network();
		assertThat(anna("bjud in " + eva + " Skolan")).contains("skickas med e-post");
		Mailbox.Mail mail = awaitMail(eva, "Inbjudan").get(0);

		assertThat(mail.subject()).isEqualTo("Inbjudan till ”" + networkName + "”");
		assertThat(mail.contentType()).startsWith("multipart/alternative");
		assertThat(mail.text()).contains("har bjudit in dig till nätverket").contains("Öppna din sida: http");
		assertThat(mail.html()).contains("<html lang=\"sv\">")
			.contains("har bjudit in dig")
			.contains(">Öppna din sida</a>")
			.doesNotContain("<img")
			.doesNotContain("<script");
		assertThat(mail.header("From")).contains(FROM);
		assertThat(mail.header("Auto-Submitted")).isEqualTo("auto-generated");
		assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(mail.header("List-Unsubscribe"))
			.matches("<http://localhost:\\d+/e-post/avregistrera/[0-9a-f-]{36}\\.[A-Za-z0-9_-]{43}>");
		// the Message-ID names the ledger entry, the same for any resend of it
		Document entry = mongo.getCollection("outbox")
			.find(new Document("network", networkId).append("messageKey", new Document("$regex", "^invite:")))
			.first();
		assertThat(entry.getString("state")).isEqualTo("SENT");
		assertThat(mail.header("Message-ID")).isEqualTo(EmailSender.messageIdFor(entry.getString("_id"), FROM))
			.matches("<[0-9a-f]{32}\\.samverka@kommun\\.example>");

		String evaId = personOf(eva);
		PersonalLinks.Checked checked = pages.check(personalToken(mail.text()));
		assertThat(checked.allowed()).as("the page accepts the link in the mail").isTrue();
		assertThat(checked.person()).isEqualTo(new PersonId(evaId));
		assertThat(personalToken(mail.html())).as("the HTML part links the same page").startsWith(evaId + ".");
		assertThat(mongo.getCollection("people")
			.find(new Document("_id", evaId))
			.first()
			.getString("personalConversation")).as("her e-mails and her page share one conversation")
			.isEqualTo("web::" + evaId);

		// draining again (a retried job, a second drainer) sends nothing more
		outbox.drainNow();
		Ledger.awaitIdle(mongo, networkId);
		assertThat(Mailbox.to(eva)).hasSize(1);
	}

	/**
	 * A network across Slack, the playground and two members by e-mail: a poll and
	 * homework reach everyone exactly once, each through their own way in.
	 */
	@Test
	void aNetworkAcrossSlackThePlaygroundAndEmailReachesEveryoneOnceThroughTheirOwnWayIn() throws Exception {
		FakeSlack slack = FakeSlack.shared();
		SignedSlack requests = new SignedSlack(slack, FakeSlack.SECRET, clock::instant, port);
		String slackAnna = "U-anna-" + SignedSlack.next();
		String slackBo = "U-bo-" + SignedSlack.next();
		String home = "C-home-" + SignedSlack.next();
		String bosDm = "D-bo-" + SignedSlack.next();
		String cia = "cia-" + run;
		String per = "per.holm." + run + "@kommun.example";
		networkName = "Överallt " + run;
		String code = SignedSlack.inviteCode(requests.command(slackAnna, home, "nätverk skapa " + networkName));
		networkId = mongo.getCollection("networks").find(new Document("name", networkName)).first().getString("_id");
		requests.directMessage(slackBo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> SignedSlack.isPost(c, bosDm) && c.param("text").contains("Välkommen"));
		client.say(cia, "dm-" + cia, "gå med " + code + " Skolan");
		requests.command(slackAnna, home, "bjud in " + eva + " Skolan");
		requests.command(slackAnna, home, "bjud in " + per + " Regionen");
		awaitMail(eva, "Inbjudan");
		awaitMail(per, "Inbjudan");

		requests.command(slackAnna, home, "omröstning Vilken dag? | 2026-05-20 | 2026-05-21");
		requests.command(slackAnna, home, "läxa 2026-04-30 | Vad tar vi med oss?");
		for (String web : List.of(eva, per)) {
			awaitMail(web, "Vilken dag?");
			awaitMail(web, "Läxa");
		}
		slack.await(
				c -> SignedSlack.isPost(c, home) && c.param("text") != null && c.param("text").contains("Vilken dag?"));
		java.util.function.Predicate<FakeSlack.Call> bosQuestion = c -> c.path().equals("chat.postMessage")
				&& List.of(bosDm, FakeSlack.directMessageOf(slackBo)).contains(c.param("channel"))
				&& c.param("text") != null && c.param("text").contains("Vad tar vi med oss?");
		slack.await(bosQuestion);
		PlaygroundClient.await("the homework reaches Cia's personal room",
				() -> client.get("/playground/api/rooms/dm-" + cia + "/history?browserId=" + cia)
					.raw()
					.contains("Vad tar vi med oss?"));

		outbox.drainNow();
		Ledger.awaitIdle(mongo, networkId);
		for (String web : List.of(eva, per)) {
			assertThat(Mailbox.to(web)).as("invitation, poll and homework, once each, to " + web)
				.extracting(Mailbox.Mail::subject)
				.hasSize(3)
				.anyMatch(subject -> subject.contains("Vilken dag?"))
				.anyMatch(subject -> subject.startsWith("Läxa"));
		}
		assertThat(slack.count(bosQuestion)).as("Bo gets the homework once, in Slack").isEqualTo(1);
		assertThat(mongo.getCollection("outbox")
			.countDocuments(new Document("network", networkId).append("state", new Document("$nin", List.of("SENT")))))
			.as("every send in the network went out")
			.isZero();
	}

	@Test
	void textFromPeopleIsEscapedInTheHtmlPart() {
		networkName = "Epost <b>fet</b> & co " + run;
		client.say(anna, room, "nätverk skapa " + networkName);
		networkId = mongo.getCollection("networks").find(new Document("name", networkName)).first().getString("_id");
		anna("bjud in " + eva + " Skolan");
		Mailbox.Mail mail = awaitMail(eva, "Inbjudan").get(0);
		assertThat(mail.subject()).contains("<b>fet</b> & co");
		assertThat(mail.html()).contains("&lt;b&gt;fet&lt;/b&gt; &amp; co").doesNotContain("<b>fet</b>");
		assertThat(mail.text()).contains("<b>fet</b> & co");
	}

	@Test
	void anEnglishSpeakingOrganisersInvitationIsInEnglish() {
		network();
		anna("språk en");
		anna("invite " + eva + " Oak School");
		Mailbox.Mail mail = awaitMail(eva, "Invitation").get(0);
		assertThat(mail.subject()).isEqualTo("Invitation to “" + networkName + "”");
		assertThat(mail.text()).contains("has invited you").contains("Open your page: http").contains("Stop e-mails");
		assertThat(mail.html()).contains("<html lang=\"en\">").contains(">Open your page</a>");
		assertThat(mail.header("Content-Language")).isEqualTo("en");
	}

	@Test
	void homeworkThePollAndTheEvaluationEachReachTheWebMemberOnceWithTheirReminders() {
		network();
		anna("bjud in " + eva + " Skolan");
		awaitMail(eva, "Inbjudan");
		anna("möte skapa\n" + AGENDA);
		assertThat(anna("läxa 2026-04-30 | Vad tar vi med oss?")).contains("Läxa 1 är utskickad");
		anna("läxa påminnelser 1 2026-04-10");
		assertThat(anna("omröstning Vilken dag? | 2026-05-20 | 2026-05-21 | deadline 2026-04-20 12:00"))
			.contains("Omröstning 1");

		Mailbox.Mail homework = awaitMail(eva, "Läxa").get(0);
		assertThat(homework.text()).contains("Vad tar vi med oss?")
			.contains("Svara och välj på din egen sida")
			.contains("Öppna din sida: http");
		Mailbox.Mail poll = awaitMail(eva, "Vilken dag?").get(0);
		assertThat(poll.text()).contains("2026-05-20").contains("Svara och välj på din egen sida");

		clock.set(Instant.parse("2026-03-25T11:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		assertThat(awaitMail(eva, "Utvärdering av träff 1").get(0).text()).contains("din egen sida")
			.contains("- Tillit: Vi lyckas att bygga och stärka relationer");
		clock.set(Instant.parse("2026-03-28T08:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		awaitMail(eva, "Påminnelse: utvärdering");
		clock.set(Instant.parse("2026-04-10T07:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		awaitMail(eva, "Påminnelse: läxa 1");
		clock.set(Instant.parse("2026-04-18T10:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		awaitMail(eva, "Påminnelse: Vilken dag?");

		outbox.drainNow();
		Ledger.awaitIdle(mongo, networkId);
		for (String subject : List.of("Inbjudan", "Läxa", "Vilken dag?", "Utvärdering av träff 1",
				"Påminnelse: utvärdering", "Påminnelse: läxa 1")) {
			assertThat(Mailbox.to(eva, subject)).as(subject + " once").hasSize(subject.equals("Vilken dag?") ? 2 : 1);
		}
		assertThat(Mailbox.to(eva, "Påminnelse: Vilken dag?")).hasSize(1);
	}

	@Test
	void aSteeringMemberWhoChoseEmailGetsTheDigestByEmail() {
		network();
		String annasMail = "anna." + run + "@kommun.example";
		assertThat(anna("lägesrapport e-post")).contains("kommer inte med e-post");
		assertThat(anna("lägesrapport e-post " + annasMail)).contains("kommer nu också med e-post till " + annasMail);
		assertThat(anna("lägesrapport skicka")).contains("skickad");
		Mailbox.Mail digest = awaitMail(annasMail, "Lägesrapport").get(0);
		assertThat(digest.html()).contains("<h1").contains("Lägesrapport");
		assertThat(digest.text()).contains("E-postinställningar: http");

		assertThat(anna("lägesrapport e-post av")).contains("inte längre med e-post");
		anna("styrgrupp här");
		anna("lägesrapport skicka");
		Ledger.awaitIdle(mongo, networkId);
		assertThat(Mailbox.to(annasMail, "Lägesrapport")).as("no more digests by e-mail").hasSize(1);
	}

	@Test
	void aSteeringMemberWhoseOnlyWayInIsEmailGetsTheDigestWithoutASteeringConversation() {
		network();
		anna("bjud in " + eva + " Skolan");
		awaitMail(eva, "Inbjudan");
		assertThat(anna("lägesrapport skicka")).as("nobody to send a digest to yet").contains("styrgrupp här");
		// made a steering member (as joining in the steering conversation would)
		mongo.getCollection("memberships")
			.updateOne(new Document("networkId", networkId).append("personId", personOf(eva)),
					new Document("$addToSet", new Document("roles", "STEERING")));
		assertThat(anna("lägesrapport skicka")).contains("skickad").contains("Med e-post dessutom till 1 person.");
		assertThat(awaitMail(eva, "Lägesrapport")).hasSize(1);
	}

	@Test
	void afterOneClickUnsubscribeNothingIsMailedUntilTheyTurnEmailOnAgain() throws Exception {
		network();
		anna("bjud in " + eva + " Skolan");
		Mailbox.Mail invitation = awaitMail(eva, "Inbjudan").get(0);
		// the link names the configured public address; here the server is on a random
		// port
		String unsubscribe = invitation.header("List-Unsubscribe")
			.replaceAll("[<>]", "")
			.replaceFirst("^http://localhost:\\d+", client.base);
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(unsubscribe)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Vill du sluta få e-post").contains("method=\"post\"");
		assertThat(mongo.getCollection("webMembers").find(new Document("email", eva)).first().getBoolean("emailOff"))
			.as("opening the link changes nothing")
			.isFalse();

		HttpResponse<String> oneClick = http.send(HttpRequest.newBuilder(URI.create(unsubscribe))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(oneClick.statusCode()).isEqualTo(200);
		assertThat(oneClick.body()).contains("Du får ingen mer e-post");

		anna("läxa 2026-04-30 | Vad tar vi med oss?");
		Ledger.awaitIdle(mongo, networkId);
		assertThat(Mailbox.to(eva, "Läxa")).isEmpty();
		assertThat(anna("utskick")).as("organisers see her by name, not by address")
			.contains("Eva Lind")
			.doesNotContain(eva);

		String preferences = unsubscribe.replace("/e-post/avregistrera/", "/e-post/installningar/");
		HttpResponse<String> on = http.send(HttpRequest.newBuilder(URI.create(preferences))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=on"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(on.body()).contains("Dina val är sparade").contains("name=\"email\" value=\"on\" checked");
		anna("läxa 2026-05-30 | Vad gör vi nu?");
		awaitMail(eva, "Läxa");
		assertThat(Mailbox.to(eva, "Läxa")).singleElement()
			.satisfies(m -> assertThat(m.text()).contains("Vad gör vi nu?"));

		HttpResponse<String> forged = http
			.send(HttpRequest.newBuilder(URI.create(unsubscribe.substring(0, unsubscribe.length() - 3) + "abc"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(404);
	}

}
