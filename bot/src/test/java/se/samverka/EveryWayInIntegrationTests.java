package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.message;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
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

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.email.Mailbox;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;
import se.samverka.slack.SlackInstallBrowser;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.FakeBotFrameworkKeys;
import se.samverka.teams.FakeEntraId;
import se.samverka.teams.FakeEntraId.Tenant;
import se.samverka.webpage.PersonalPageBrowser;

/**
 * Every way in, in one network: a member in each of two Teams tenants (each principal's
 * own single-tenant bot, tokens from its own fake Entra ID), a member in each of two
 * Slack workspaces (each installed through OAuth, each with its own bot token) and two
 * members with neither, invited by e-mail, who act on their own web page. A homework, a
 * poll and an evaluation reach everyone exactly once through their own way in, and every
 * answer counts in one tally.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
@ContextConfiguration(initializers = SamverkaTest.SharedFakes.class)
class EveryWayInIntegrationTests {

	static final String APP_A = "aaaaaaaa-3333-0000-0000-00000000000a";

	static final String APP_B = "bbbbbbbb-3333-0000-0000-00000000000b";

	static final FakeEntraId entra = new FakeEntraId();

	static final Tenant tenantA = entra.tenant("kommun-a").app(APP_A, "secret-a");

	static final Tenant tenantB = entra.tenant("region-b").app(APP_B, "secret-b");

	static final FakeBotFrameworkKeys botFramework = new FakeBotFrameworkKeys();

	static final FakeBotConnector connector = new FakeBotConnector();

	static final FakeSlack slack = FakeSlack.shared();

	@DynamicPropertySource
	static void everyWayIn(DynamicPropertyRegistry registry) {
		registry.add("samverka.teams.registrations[0].app-id", () -> APP_A);
		registry.add("samverka.teams.registrations[0].app-password", () -> "secret-a");
		registry.add("samverka.teams.registrations[0].tenant-id", () -> "kommun-a");
		registry.add("samverka.teams.registrations[1].app-id", () -> APP_B);
		registry.add("samverka.teams.registrations[1].app-password", () -> "secret-b");
		registry.add("samverka.teams.registrations[1].tenant-id", () -> "region-b");
		registry.add("samverka.teams.login-url", entra::url);
		registry.add("samverka.teams.open-id-metadata-url", botFramework::metadataUrl);
		registry.add("samverka.teams.allowed-service-hosts", () -> "127.0.0.1");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", Mailbox::port);
		registry.add("samverka.email.from", () -> "Samverka <samverka@region.example>");
	}

	static final String AGENDA = """
			Nätverksträff för alla vägar in
			2026-05-20 Växjö
			13:00 Välkommen
			15:45 Tack för idag""";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	// Teams, one principal's tenant each
	final String anna = "anna-" + id;

	final String bo = "bo-" + id;

	final String annasChat = "a:anna-" + id;

	final String bosChat = "a:bo-" + id;

	final String channelA = "19:kommun-a-" + id + "@thread.tacv2";

	final String channelB = "19:region-b-" + id + "@thread.tacv2";

	// Slack, one workspace each
	final String cia = "U-cia-" + id;

	final String dan = "U-dan-" + id;

	final String ciasDm = FakeSlack.directMessageOf(cia);

	final String dansDm = FakeSlack.directMessageOf(dan);

	final String slackChannelA = "C-a-" + id;

	final String slackChannelB = "C-b-" + id;

	// neither: invited by e-mail
	final String eva = "eva.lind." + id + "@friskolan.example";

	final String fia = "fia.berg." + id + "@foreningen.example";

	@AfterAll
	static void stop() {
		entra.close();
		botFramework.close();
		connector.close();
	}

	@Test
	void aPollHomeworkAndAnEvaluationReachEveryoneOnceThroughTheirOwnWayInAndCountInOneTally() throws Exception {
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		SlackInstallBrowser browser = new SlackInstallBrowser(port, slack);
		FakeSlack.Workspace a = SlackInstallBrowser.workspace("a");
		FakeSlack.Workspace b = SlackInstallBrowser.workspace("b");
		browser.install(a);
		browser.install(b);
		SignedSlack inDefault = new SignedSlack(slack, FakeSlack.SECRET, clock::instant, port);
		SignedSlack inA = inDefault.inWorkspace(a.team());
		SignedSlack inB = inDefault.inWorkspace(b.team());

		// Anna (Teams, tenant A) starts the network in her team's channel; the others
		// organise with her, each linking a channel of their own tenant or workspace
		String name = "Alla vägar in " + id;
		String invite = inviteCode(
				teams(tenantA, mentioning(connector.url(), channelA, anna, "nätverk skapa " + name)));
		Document network = mongo.getCollection("networks").find(new Document("name", name)).first();
		String networkId = network.getString("_id");
		String organiserCode = network.getString("organiserCode");
		teams(tenantA, message(connector.url(), annasChat, "personal", anna, "hjälp"));
		teams(tenantB, message(connector.url(), bosChat, "personal", bo, "gå med " + organiserCode + " Polisen"));
		teams(tenantB, mentioning(connector.url(), channelB, bo, "gå med " + invite + " Polisen"));
		assertThat(inA.command(cia, ciasDm, "gå med " + organiserCode + " Växjö kommun")).contains(name);
		assertThat(inA.command(cia, slackChannelA, "gå med " + invite + " Växjö kommun")).contains(name);
		assertThat(inB.command(dan, dansDm, "gå med " + organiserCode + " Region Kronoberg")).contains(name);
		assertThat(inB.command(dan, slackChannelB, "gå med " + invite + " Region Kronoberg")).contains(name);
		assertThat(teams(tenantA,
				message(connector.url(), annasChat, "personal", anna, "bjud in " + eva + " Friskolan Eken"))
			.readable()).contains(eva);
		assertThat(teams(tenantA,
				message(connector.url(), annasChat, "personal", anna, "bjud in " + fia + " Föreningen Bris"))
			.readable()).contains(fia);
		Ledger.awaitIdle(mongo, networkId);
		PersonalPageBrowser evasPage = PersonalPageBrowser.fromText(port, onlyMail(eva, "Inbjudan").text());
		PersonalPageBrowser fiasPage = PersonalPageBrowser.fromText(port, onlyMail(fia, "Inbjudan").text());

		// homework: one letter each, through each one's own way in
		assertThat(teams(tenantA,
				message(connector.url(), annasChat, "personal", anna,
						"läxa 2026-04-30 | Vad tar vi med oss till nästa träff?"))
			.readable()).contains("alla 6 medlemmar");
		Ledger.awaitIdle(mongo, networkId);
		String question = "Vad tar vi med oss till nästa träff?";
		assertEveryoneGotOnePersonally(question, a, b);
		teams(tenantA, message(connector.url(), annasChat, "personal", anna, "svar 1 Kontakterna"));
		teams(tenantB, message(connector.url(), bosChat, "personal", bo, "svar 1 Rutinerna"));
		assertThat(inA.command(cia, ciasDm, "svar 1 Samordnaren")).contains("är sparat");
		assertThat(inB.command(dan, dansDm, "svar 1 Kartläggningen")).contains("är sparat");
		assertThat(evasPage.answerHomework("Elevhälsans erfarenheter")).contains("är sparat");
		assertThat(fiasPage.answerHomework("Föräldrarnas röst")).contains("är sparat");
		assertThat(teams(tenantA, message(connector.url(), annasChat, "personal", anna, "läxa status")).readable())
			.contains("6 av 6 har svarat");

		// a poll: the card in each tenant's and workspace's channel, by e-mail to the two
		// with neither; a vote from all six, one tally
		teams(tenantA, mentioning(connector.url(), channelA, anna,
				"omröstning Nästa träff | 29 sep | 1 okt | deadline 2026-04-10 12:00"));
		Ledger.awaitIdle(mongo, networkId);
		// the card (the command's answer in Anna's channel says "Nästa träff" too)
		assertReachedOnceInTeams(channelA, "ingen har röstat än");
		assertReachedOnceInTeams(channelB, "ingen har röstat än");
		assertReachedOnceInSlack(slackChannelA, "Nästa träff", a);
		assertReachedOnceInSlack(slackChannelB, "Nästa träff", b);
		assertThat(mailsWith(eva, "Nästa träff")).hasSize(1);
		assertThat(mailsWith(fia, "Nästa träff")).hasSize(1);
		teams(tenantA, message(connector.url(), annasChat, "personal", anna, "rösta 1 1 ja"));
		teams(tenantB, message(connector.url(), bosChat, "personal", bo, "rösta 1 1 ja"));
		assertThat(inA.command(cia, ciasDm, "rösta 1 1 ja")).contains("ja");
		assertThat(inB.command(dan, dansDm, "rösta 1 1 ja")).contains("ja");
		assertThat(evasPage.vote(1, 1, "ja")).contains("ja");
		assertThat(fiasPage.vote(1, 1, "ja")).contains("ja");
		clock.set(Instant.parse("2026-04-10T10:30:00Z"));
		BackgroundWork.runDue(runner, mongo);
		Posted result = connector.await(p -> p.conversationId().equals(channelA)
				&& p.readable().contains("Resultat av omröstning 1") && p.readable().contains("6 röstade"));
		assertThat(result.readable()).contains("6 ja");

		// an evaluation after a meeting (number 2: the poll planned the one on 29
		// September as number 1): one letter each, six answers
		teams(tenantA, mentioning(connector.url(), channelA, anna, "möte skapa\n" + AGENDA));
		clock.set(Instant.parse("2026-05-20T14:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		Ledger.awaitIdle(mongo, networkId);
		String evaluation = "Utvärdering av träff";
		assertEveryoneGotOnePersonally(evaluation, a, b);
		teams(tenantA, message(connector.url(), annasChat, "personal", anna, "utvärdera 4 4 4 4 4 4"));
		teams(tenantB, message(connector.url(), bosChat, "personal", bo, "utvärdera 5 5 5 5 5 5"));
		assertThat(inA.command(cia, ciasDm, "utvärdera 4 5 4 5 4 5")).contains("är sparat");
		assertThat(inB.command(dan, dansDm, "utvärdera 3 4 3 4 3 4")).contains("är sparat");
		// the invitation's link has expired by now; every mail carries a fresh one
		assertThat(evasPage.read()).contains("Länken har gått ut");
		evasPage = PersonalPageBrowser.fromText(port, mailsWith(eva, evaluation).get(0).text());
		fiasPage = PersonalPageBrowser.fromText(port, mailsWith(fia, evaluation).get(0).text());
		assertThat(evasPage.answerEvaluation(2, 5, 5, 4, 4, 5, 5)).contains("är sparat");
		assertThat(fiasPage.answerEvaluation(2, 4, 4, 4, 4, 4, 4)).contains("är sparat");
		assertThat(teams(tenantA, message(connector.url(), annasChat, "personal", anna, "utvärdering")).readable())
			.contains("6 av 6 har svarat");

		// nothing went out twice, and each tenant's and workspace's token stayed its own
		assertThat(mongo.getCollection("outbox")
			.countDocuments(new Document("network", networkId).append("state", new Document("$ne", "SENT")))).isZero();
		assertEachTeamsConversationGotOnlyItsTenantsTokens();
		assertEachSlackCallCarriedItsWorkspacesToken(
				Map.of(a, Set.of(ciasDm, slackChannelA, cia), b, Set.of(dansDm, slackChannelB, dan)));
	}

	private Posted teams(Tenant tenant, ObjectNode activity) {
		return tenant.say(port, connector, tenant == tenantA ? APP_A : APP_B, activity);
	}

	/**
	 * Each of the six got one personal message with {@code text}: in their Teams chat,
	 * their Slack DM (with their own workspace's token) or their mail.
	 */
	private void assertEveryoneGotOnePersonally(String text, FakeSlack.Workspace a, FakeSlack.Workspace b) {
		assertReachedOnceInTeams(annasChat, text);
		assertReachedOnceInTeams(bosChat, text);
		assertReachedOnceInSlack(ciasDm, text, a);
		assertReachedOnceInSlack(dansDm, text, b);
		assertThat(mailsWith(eva, text)).hasSize(1);
		assertThat(mailsWith(fia, text)).hasSize(1);
	}

	private static void assertReachedOnceInTeams(String conversation, String text) {
		assertThat(connector.postedTo(conversation)
			.stream()
			.filter(p -> "POST".equals(p.method()) && p.readable().contains(text))).as("%s in %s", text, conversation)
			.hasSize(1);
	}

	private static void assertReachedOnceInSlack(String channel, String text, FakeSlack.Workspace workspace) {
		Predicate<FakeSlack.Call> match = c -> SignedSlack.isPost(c, channel) && c.param("text").contains(text);
		assertThat(slack.calls.stream().filter(match).toList()).as("%s in %s", text, channel)
			.singleElement()
			.satisfies(c -> assertThat(c.token()).isEqualTo(workspace.botToken()));
	}

	private static List<Mailbox.Mail> mailsWith(String address, String text) {
		return Mailbox.to(address).stream().filter(m -> m.text().contains(text)).toList();
	}

	private static Mailbox.Mail onlyMail(String address, String subjectPart) {
		assertThat(Mailbox.to(address, subjectPart)).as("mail to %s", address).hasSize(1);
		return Mailbox.to(address, subjectPart).get(0);
	}

	private void assertEachTeamsConversationGotOnlyItsTenantsTokens() {
		assertThat(FakeEntraId.assertEachConversationGotOnlyItsTenantsTokens(connector,
				Map.of(tenantA, Set.of(channelA, annasChat), tenantB, Set.of(channelB, bosChat))))
			.isNotEmpty();
	}

	private static void assertEachSlackCallCarriedItsWorkspacesToken(Map<FakeSlack.Workspace, Set<String>> ours) {
		ours.forEach((workspace, channelsAndUsers) -> assertThat(slack.calls.stream()
			.filter(c -> channelsAndUsers.contains(c.param("channel")) || channelsAndUsers.contains(c.param("user"))
					|| channelsAndUsers.contains(c.param("users")))
			.toList()).isNotEmpty().allSatisfy(c -> assertThat(c.token()).isEqualTo(workspace.botToken())));
	}

}
