package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.google.gson.JsonObject;

import se.samverka.BackgroundWork;
import se.samverka.Ledger;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;

/**
 * Several Slack workspaces in one deployment: each installs Samverka through
 * {@code /slack/install} (OAuth v2 against the fake Slack's oauth.v2.access), its bot
 * token is kept encrypted, and everything Samverka does for a workspace's people goes
 * with that workspace's token. A network with a member in each of two workspaces runs
 * homework, a poll and an evaluation: each member is reached once, through their own
 * workspace, and their answers count together. Uninstalling removes the installation, and
 * later messages to that workspace are reported unreachable.
 */
@SamverkaTest
class SlackWorkspacesIntegrationTests {

	static final FakeSlack slack = FakeSlack.shared();

	static final String AGENDA = """
			Nätverksträff över två arbetsytor
			2021-10-27 Digitalt
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

	SlackInstallBrowser browser;

	SignedSlack inDefault;

	@BeforeEach
	void setClock() {
		clock.set(Instant.parse("2021-08-20T10:00:00Z"));
		inDefault = new SignedSlack(slack, FakeSlack.SECRET, clock::instant, port);
		browser = new SlackInstallBrowser(port, slack);
	}

	@Test
	void aNetworkAcrossTwoWorkspacesReachesEachMemberOnceWithTheirOwnWorkspacesToken() throws Exception {
		FakeSlack.Workspace a = SlackInstallBrowser.workspace("a");
		FakeSlack.Workspace b = SlackInstallBrowser.workspace("b");
		assertThat(browser.install(a).body()).contains("Samverka är installerat").contains("Samverka is installed");
		assertThat(browser.install(b).body()).contains(b.name());
		SignedSlack inA = inDefault.inWorkspace(a.team());
		SignedSlack inB = inDefault.inWorkspace(b.team());

		String anna = "U-anna-" + SignedSlack.next();
		String bo = "U-bo-" + SignedSlack.next();
		String home = "C-home-" + SignedSlack.next();
		String bosDm = "D-bo-" + SignedSlack.next();
		String annasDm = FakeSlack.directMessageOf(anna);
		String code = SignedSlack.inviteCode(inA.command(anna, home, "nätverk skapa Två arbetsytor"));
		Document created = mongo.getCollection("networks").find(new Document("inviteCode", code)).first();
		String network = created.getString("_id");
		// Bo organises too, and links a channel of his own workspace to the network
		inB.directMessage(bo, bosDm, "gå med " + created.getString("organiserCode") + " Polisen");
		slack.await(c -> SignedSlack.isPost(c, bosDm) && c.param("text").contains("Välkommen"));
		String channelInB = "C-b-" + SignedSlack.next();
		assertThat(inB.command(bo, channelInB, "gå med " + code + " Polisen")).contains("Två arbetsytor");

		// homework: one letter each, in each person's own workspace
		assertThat(inA.command(anna, home, "läxa 2021-09-30 | Vad tar vi med oss?"))
			.contains("alla 2 medlemmar (2 nåddes privat)");
		Ledger.awaitIdle(mongo, network);
		assertReachedOnce(annasDm, "Fråga 1: Vad tar vi med oss?", a);
		assertReachedOnce(bosDm, "Fråga 1: Vad tar vi med oss?", b);
		assertThat(inA.command(anna, annasDm, "svar 1 Kontakterna")).contains("är sparat");
		assertThat(inB.command(bo, bosDm, "svar 1 Rutinerna")).contains("är sparat");
		assertThat(inA.command(anna, home, "läxa status")).contains("2 av 2 har svarat");

		// a poll: a vote from each workspace, one tally, the result in the home channel
		assertThat(inA.command(anna, home,
				"omröstning Nästa träff? | 2021-09-29 | 2021-10-01 | deadline 2021-09-01 12:00"))
			.contains("är startad");
		Ledger.awaitIdle(mongo, network);
		assertReachedOnce(home, "Nästa träff?", a);
		assertReachedOnce(channelInB, "Nästa träff?", b);
		assertThat(inA.command(anna, annasDm, "rösta 1 1 ja")).contains("Du svarade ja på alternativ 1");
		assertThat(inB.command(bo, bosDm, "rösta 1 1 ja")).contains("Du svarade ja på alternativ 1");
		clock.set(Instant.parse("2021-09-01T10:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		FakeSlack.Call result = slack
			.await(c -> SignedSlack.isPost(c, home) && c.param("text").contains("Resultat av omröstning 1"));
		assertThat(result.param("text")).contains("Det blev 2021-09-29 (2 ja").contains("2 röstade");
		assertThat(result.token()).isEqualTo(a.botToken());

		// an evaluation after the meeting: one letter each, both answers counted
		assertThat(inA.command(anna, home, "möte skapa\n" + AGENDA)).contains("Möte");
		clock.set(Instant.parse("2021-10-27T14:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		Ledger.awaitIdle(mongo, network);
		assertReachedOnce(annasDm, "Utvärdering av träff", a);
		assertReachedOnce(bosDm, "Utvärdering av träff", b);
		assertThat(inA.command(anna, annasDm, "utvärdera 4 4 4 4 4 4")).contains("är sparat");
		assertThat(inB.command(bo, bosDm, "utvärdera 5 5 5 5 5 5")).contains("är sparat");
		assertThat(inA.command(anna, home, "utvärdering")).contains("2 av 2 har svarat");

		// every call about one workspace's channels and people carried that workspace's
		// token
		Set<String> ofA = Set.of(home, annasDm, anna);
		Set<String> ofB = Set.of(bosDm, bo, channelInB);
		List<FakeSlack.Call> ours = slack.calls.stream().filter(c -> about(c, ofA) || about(c, ofB)).toList();
		assertThat(ours).hasSizeGreaterThan(6);
		assertThat(ours).filteredOn(c -> about(c, ofA)).allSatisfy(c -> assertThat(c.token()).isEqualTo(a.botToken()));
		assertThat(ours).filteredOn(c -> about(c, ofB)).allSatisfy(c -> assertThat(c.token()).isEqualTo(b.botToken()));
	}

	@Test
	void storesInstallationsWithTheirTokensEncryptedAndANewInstallReplacesTheOld() throws Exception {
		FakeSlack.Workspace a = SlackInstallBrowser.workspace("c");
		HttpResponse<String> start = browser.get("/slack/install", null);
		assertThat(start.statusCode()).isEqualTo(302);
		Map<String, String> authorize = SlackInstallBrowser.query(start.headers().firstValue("Location").orElseThrow());
		assertThat(start.headers().firstValue("Location").orElseThrow())
			.startsWith("https://slack.com/oauth/v2/authorize?");
		assertThat(authorize).containsEntry("client_id", FakeSlack.CLIENT_ID)
			.containsEntry("scope", String.join(",", SlackInstall.SCOPES));
		assertThat(authorize.get("redirect_uri")).endsWith("/slack/oauth_redirect");
		assertThat(start.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly");

		browser.install(a);
		FakeSlack.Call exchange = slack.await(c -> c.path().equals("oauth.v2.access") && c.answer().contains(a.team()));
		assertThat(exchange.token()).isEqualTo("basic:" + FakeSlack.CLIENT_ID + ":" + FakeSlack.CLIENT_SECRET);
		assertThat(exchange.param("redirect_uri")).isEqualTo(authorize.get("redirect_uri"));
		Document stored = mongo.getCollection("slack_installations").find(new Document("_id", a.team())).first();
		assertThat(stored.getString("botUserId")).isEqualTo(a.botUserId());
		assertThat(stored.getString("installerUserId")).isEqualTo("U-admin-" + a.team());
		assertThat(stored.toJson()).doesNotContain(a.botToken()).doesNotContain("xoxb");

		FakeSlack.Workspace again = new FakeSlack.Workspace(a.team(), a.name(), "xoxb-" + a.team() + "-new",
				a.botUserId());
		browser.install(again);
		assertThat(mongo.getCollection("slack_installations").countDocuments(new Document("_id", a.team())))
			.isEqualTo(1);
		String user = "U-" + SignedSlack.next();
		String dm = "D-" + SignedSlack.next();
		inDefault.inWorkspace(a.team()).directMessage(user, dm, "hjälp");
		assertThat(slack.await(c -> SignedSlack.isPost(c, dm)).token()).isEqualTo(again.botToken());
	}

	@Test
	void refusesAStateThatIsForgedExpiredFromAnotherBrowserOrUsedTwice() throws Exception {
		FakeSlack.Workspace w = SlackInstallBrowser.workspace("d");
		SlackInstallBrowser.Started used = browser.start();
		assertThat(browser.finish(used, slack.approveInstall(w)).statusCode()).isEqualTo(200);
		HttpResponse<String> replayed = browser.finish(used, slack.approveInstall(w));
		assertThat(replayed.statusCode()).isEqualTo(400);
		assertThat(replayed.body()).contains("redan använts").contains("already been used").contains("/slack/install");

		SlackInstallBrowser.Started forged = browser.start();
		String[] parts = forged.state().split("\\.");
		SlackInstallBrowser.Started tampered = new SlackInstallBrowser.Started(
				parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2], forged.cookie());
		assertThat(browser.finish(tampered, slack.approveInstall(w)).statusCode()).isEqualTo(400);
		assertThat(browser
			.finish(new SlackInstallBrowser.Started(forged.state(), "samverka_slack_install=someone-else"),
					slack.approveInstall(w))
			.statusCode()).isEqualTo(400);
		assertThat(browser.finish(new SlackInstallBrowser.Started(forged.state(), null), slack.approveInstall(w))
			.statusCode()).isEqualTo(400);

		SlackInstallBrowser.Started late = browser.start();
		clock.set(clock.instant().plus(Duration.ofMinutes(11)));
		assertThat(browser.finish(late, slack.approveInstall(w)).statusCode()).isEqualTo(400);

		// the refused attempts never reached Slack: only the first code was exchanged
		assertThat(slack.count(c -> c.path().equals("oauth.v2.access") && c.answer().contains(w.team()))).isEqualTo(1);

		SlackInstallBrowser.Started cancelled = browser.start();
		HttpResponse<String> page = browser.get("/slack/oauth_redirect?error=access_denied&state="
				+ URLEncoder.encode(cancelled.state(), StandardCharsets.UTF_8), cancelled.cookie());
		assertThat(page.body()).contains("avbröts").contains("cancelled");
	}

	@Test
	void anUninstalledWorkspaceIsRemovedOnceAndItsMembersBecomeUnreachable() throws Exception {
		FakeSlack.Workspace home = SlackInstallBrowser.workspace("e");
		FakeSlack.Workspace gone = SlackInstallBrowser.workspace("f");
		FakeSlack.Workspace revoked = SlackInstallBrowser.workspace("g");
		for (FakeSlack.Workspace w : List.of(home, gone, revoked)) {
			browser.install(w);
		}
		String anna = "U-anna-" + SignedSlack.next();
		String channel = "C-home-" + SignedSlack.next();
		String code = SignedSlack
			.inviteCode(inDefault.inWorkspace(home.team()).command(anna, channel, "nätverk skapa Avinstallerat"));
		Map<FakeSlack.Workspace, String> dms = new LinkedHashMap<>();
		for (FakeSlack.Workspace w : List.of(gone, revoked)) {
			String dm = "D-" + SignedSlack.next();
			dms.put(w, dm);
			inDefault.inWorkspace(w.team()).directMessage("U-" + SignedSlack.next(), dm, "gå med " + code + " Polisen");
			slack.await(c -> SignedSlack.isPost(c, dm) && c.param("text").contains("Välkommen"));
		}
		String network = mongo.getCollection("networks")
			.find(new Document("inviteCode", code))
			.first()
			.getString("_id");

		JsonObject uninstalled = new JsonObject();
		uninstalled.addProperty("type", "app_uninstalled");
		String uninstall = envelope(gone.team(), uninstalled, clock.instant());
		assertThat(inDefault.post(uninstall, "application/json").statusCode()).isEqualTo(200);
		JsonObject tokens = com.google.gson.JsonParser
			.parseString(
					"{\"type\":\"tokens_revoked\",\"tokens\":{\"oauth\":[],\"bot\":[\"" + revoked.botUserId() + "\"]}}")
			.getAsJsonObject();
		assertThat(inDefault.post(envelope(revoked.team(), tokens, clock.instant()), "application/json").statusCode())
			.isEqualTo(200);
		assertThat(installed(gone)).isZero();
		assertThat(installed(revoked)).isZero();
		assertThat(installed(home)).isOne();
		slack.revoked.add(gone.botToken());
		slack.revoked.add(revoked.botToken());

		// a workspace that installs again keeps its new install when Slack redelivers the
		// old event
		clock.set(clock.instant().plus(Duration.ofMinutes(1)));
		browser.install(gone);
		assertThat(inDefault.post(uninstall, "application/json").statusCode()).isEqualTo(200);
		assertThat(installed(gone)).isOne();
		slack.revoked.remove(gone.botToken());
		uninstalled.addProperty("type", "app_uninstalled");
		assertThat(inDefault.post(envelope(gone.team(), uninstalled, clock.instant()), "application/json").statusCode())
			.isEqualTo(200);
		assertThat(installed(gone)).isZero();

		// an event from a workspace without Samverka is acknowledged and dropped
		String stranger = "D-" + SignedSlack.next();
		inDefault.inWorkspace(gone.team()).directMessage("U-" + SignedSlack.next(), stranger, "hjälp");

		long callsBefore = slack.calls.size();
		assertThat(inDefault.inWorkspace(home.team()).command(anna, channel, "läxa 2021-09-30 | Hur gick det?"))
			.contains("Läxa 1");
		Ledger.awaitIdle(mongo, network);
		assertThat(mongo.getCollection("outbox")
			.find(new Document("network", network).append("state", "UNREACHABLE"))
			.into(new ArrayList<>())).hasSize(2);
		assertThat(inDefault.inWorkspace(home.team()).command(anna, channel, "utskick")).contains("kunde inte nås 2");
		List<FakeSlack.Call> later = slack.calls.subList((int) callsBefore, slack.calls.size());
		assertThat(later).noneMatch(c -> gone.botToken().equals(c.token()) || revoked.botToken().equals(c.token()))
			.noneMatch(c -> dms.containsValue(c.param("channel")));
		assertThat(slack.calls).noneMatch(c -> SignedSlack.isPost(c, stranger));
	}

	private long installed(FakeSlack.Workspace w) {
		return mongo.getCollection("slack_installations").countDocuments(new Document("_id", w.team()));
	}

	/** Whether a call is about one of these channels or users. */
	private static boolean about(FakeSlack.Call call, Set<String> channelsAndUsers) {
		return channelsAndUsers.contains(call.param("channel")) || channelsAndUsers.contains(call.param("user"))
				|| channelsAndUsers.contains(call.param("users"));
	}

	/** One post with {@code text} to {@code channel}, with the token of its workspace. */
	private static void assertReachedOnce(String channel, String text, FakeSlack.Workspace workspace) {
		Predicate<FakeSlack.Call> match = c -> SignedSlack.isPost(c, channel) && c.param("text").contains(text);
		assertThat(slack.calls.stream().filter(match).toList()).as(text)
			.singleElement()
			.satisfies(c -> assertThat(c.token()).isEqualTo(workspace.botToken()));
	}

	private static String envelope(String team, JsonObject event, Instant at) {
		JsonObject envelope = com.google.gson.JsonParser.parseString(SignedSlack.envelope(team, event))
			.getAsJsonObject();
		envelope.addProperty("event_time", at.getEpochSecond());
		return envelope.toString();
	}

}
