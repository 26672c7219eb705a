package se.samverka.network;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.slack.SignedSlack.inviteCode;
import static se.samverka.slack.SignedSlack.next;
import static se.samverka.slack.SignedSlack.text;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.slack.FakeSlack;
import se.samverka.slack.SignedSlack;

/**
 * One organisation, one name, in Slack with signed requests: a name typed another way
 * joins the existing organisation; a typo gets "did you mean …?" with block buttons that
 * answer it; members list the organisations; organisers merge and rename them.
 */
@SamverkaTest
class OrganisationsInSlackIntegrationTests {

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

	final String name = "Slackorganisationer " + next();

	@BeforeEach
	void signRequests() {
		requests = new SignedSlack(slack, FakeSlack.SECRET, clock::instant, port);
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
	}

	@Test
	void aTypoIsAskedAboutWithButtonsAndOrganisersMergeAndRename() throws Exception {
		String code = inviteCode(requests.command(anna, dm(anna), "nätverk skapa " + name));
		assertThat(requests.command(bo, dm(bo), "gå med " + code + " Region Kronoberg"))
			.contains("från Region Kronoberg");
		assertThat(requests.command(cia, dm(cia), "gå med " + code + " region  KRONOBERG"))
			.contains("från Region Kronoberg")
			.doesNotContain("Menade du");

		String asked = requests.answer(dan, dm(dan), "gå med " + code + " Regoin Kronoberg");
		assertThat(text(asked)).contains("Välkommen").contains("Menade du Region Kronoberg?");
		List<JsonObject> buttons = buttons(asked);
		assertThat(buttons).hasSize(2);
		assertThat(label(buttons.get(0))).isEqualTo("Ja, Region Kronoberg");
		assertThat(label(buttons.get(1))).isEqualTo("Nej, ny organisation");
		assertThat(press(dan, buttons.get(0))).contains("du står som Region Kronoberg");
		assertThat(organisationOf(dan)).isEqualTo("Region Kronoberg");

		requests.command(eva, dm(eva), "language en");
		String evas = requests.answer(eva, dm(eva), "join " + code + " Regoin Kronoberg");
		assertThat(text(evas)).contains("Did you mean Region Kronoberg?");
		assertThat(press(eva, buttons(evas).get(1))).contains("as Regoin Kronoberg");
		assertThat(organisationOf(eva)).isEqualTo("Regoin Kronoberg");

		assertThat(requests.command(bo, dm(bo), "organisationer")).contains("Region Kronoberg")
			.contains("3 medlemmar")
			.contains("Regoin Kronoberg")
			.contains("1 medlem");
		assertThat(requests.command(bo, dm(bo), "organisation slå ihop Regoin Kronoberg | Region Kronoberg"))
			.contains("Bara nätverkets arrangörer");
		assertThat(requests.command(anna, dm(anna), "organisation slå ihop Regoin Kronoberg | Region Kronoberg"))
			.contains("Regoin Kronoberg är nu en del av Region Kronoberg, som har 4 medlemmar");
		assertThat(organisationOf(eva)).isEqualTo("Region Kronoberg");
		assertThat(requests.command(anna, dm(anna), "organisation byt namn region kronoberg | Region Kronoberg (RK)"))
			.contains("Region Kronoberg heter nu Region Kronoberg (RK) (4 medlemmar)");
		assertThat(requests.command(eva, dm(eva), "organisations")).contains("Region Kronoberg (RK)")
			.contains("4 members")
			.doesNotContain("Regoin");
	}

	private String press(String user, JsonObject button) throws Exception {
		String responseUrl = slack.responseUrl("press-" + next());
		requests.press(user, dm(user), button, responseUrl);
		return slack.await(c -> c.path().equals(URI.create(responseUrl).getPath())).body();
	}

	private static List<JsonObject> buttons(String answer) {
		return SignedSlack.buttons(JsonParser.parseString(answer).getAsJsonObject().getAsJsonArray("blocks"));
	}

	private static String label(JsonObject button) {
		return button.getAsJsonObject("text").get("text").getAsString();
	}

	private static String dm(String user) {
		return "D-" + user;
	}

	private String organisationOf(String user) {
		return StoredOrganisations.of(mongo, name, user);
	}

}
