package se.samverka.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.BackgroundWork;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.scheduler.DueWorkRunner;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;

/**
 * Digests in Slack, end to end over signed HTTP: the steering channel gets the Monday
 * digest once, within Block Kit's limits and with participation as text bars; with
 * approval on the next one waits, the organiser is told in a DM, and
 * {@code lägesrapport skicka} sends it.
 */
@SamverkaTest
class DigestsInSlackIntegrationTests {

	static final String SECRET = FakeSlack.SECRET;

	static final FakeSlack slack = FakeSlack.shared();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	DueWorkRunner runner;

	@Autowired
	MongoTemplate mongo;

	SignedSlack requests;

	final String anna = "U-anna-" + SignedSlack.next();

	final String bo = "U-bo-" + SignedSlack.next();

	final String home = "C-home-" + SignedSlack.next();

	final String steering = "C-steer-" + SignedSlack.next();

	final String bosDm = "D-bo-" + SignedSlack.next();

	final String cia = "U-cia-" + SignedSlack.next();

	final String ciasDm = "D-cia-" + SignedSlack.next();

	@BeforeEach
	void aWednesday() {
		requests = new SignedSlack(slack, SECRET, clock::instant, port);
		clock.set(Instant.parse("2026-03-18T12:00:00Z"));
	}

	@Test
	void theSteeringChannelGetsTheDigestOnceAsTextBarsAndApprovalHoldsTheNext() throws Exception {
		String code = SignedSlack.inviteCode(requests.command(anna, home, "nätverk skapa Slackrapport"));
		requests.directMessage(bo, bosDm, "gå med " + code + " Polisen");
		slack.await(c -> SignedSlack.isPost(c, bosDm) && c.param("text").contains("Välkommen"));
		requests.directMessage(cia, ciasDm, "gå med " + code + " Polisen");
		slack.await(c -> SignedSlack.isPost(c, ciasDm) && c.param("text").contains("Välkommen"));
		assertThat(requests.command(anna, steering, "styrgrupp här")).contains("styrgruppens sammanfattningar");

		clock.set(Instant.parse("2026-03-23T07:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		FakeSlack.Call digest = slack
			.await(c -> SignedSlack.isPost(c, steering) && c.param("text").contains("Vecka 13"));
		BackgroundWork.runDue(runner, mongo);
		assertThat(slack.count(c -> SignedSlack.isPost(c, steering) && c.param("text").contains("Vecka 13")))
			.isEqualTo(1);
		SignedSlack.assertWithinBlockKitLimits(digest.param("blocks"));
		assertThat(digest.param("blocks")).contains("Medverkan per organisation")
			.contains("▇▇▇▇▇▇▇▇▇▇ 2  Polisen")
			.contains("▇▇▇▇▇▁▁▁▁▁ 1  utan organisation");

		assertThat(requests.command(anna, home, "lägesrapport godkännande på")).contains("Godkännande är på");
		clock.set(Instant.parse("2026-03-30T06:00:00Z"));
		BackgroundWork.runDue(runner, mongo);
		String annasDm = FakeSlack.directMessageOf(anna);
		slack.await(c -> SignedSlack.isPost(c, annasDm) && c.param("text").contains("väntar på godkännande"));
		assertThat(slack.count(c -> SignedSlack.isPost(c, steering) && c.param("text").contains("Vecka 14"))).isZero();
		assertThat(requests.command(bo, bosDm, "lägesrapport skicka")).contains("Bara nätverkets arrangörer");
		assertThat(requests.command(anna, home, "lägesrapport skicka"))
			.contains("Den väntande lägesrapporten är skickad");
		slack.await(c -> SignedSlack.isPost(c, steering) && c.param("text").contains("Vecka 14"));
	}

}
