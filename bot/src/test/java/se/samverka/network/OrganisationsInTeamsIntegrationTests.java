package se.samverka.network;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.message;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.SamverkaTest;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.TeamsActivities;

/**
 * One organisation, one name, in Teams against a fake Bot Connector: a name typed another
 * way joins the existing organisation; a typo gets "did you mean …?" on an Adaptive Card
 * whose Action.Submit buttons answer it; members list the organisations; organisers merge
 * and rename them.
 */
@SamverkaTest
class OrganisationsInTeamsIntegrationTests {

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

	final String name = "Teamsorganisationer " + id;

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Test
	void aTypoIsAskedAboutWithCardButtonsAndOrganisersMergeAndRename() {
		String code = inviteCode(say(personal(anna, "nätverk skapa " + name)));
		assertThat(say(personal(bo, "gå med " + code + " Region Kronoberg")).readable())
			.contains("från Region Kronoberg");
		assertThat(say(personal(cia, "gå med " + code + " REGION kronoberg")).readable())
			.contains("från Region Kronoberg")
			.doesNotContain("Menade du");

		Posted asked = say(personal(dan, "gå med " + code + " Regoin Kronoberg"));
		assertThat(asked.readable()).contains("Välkommen").contains("Menade du Region Kronoberg?");
		List<JsonNode> buttons = buttons(asked);
		assertThat(buttons).hasSize(2);
		assertThat(buttons.get(0).path("title").asText()).isEqualTo("Ja, Region Kronoberg");
		assertThat(press(dan, buttons.get(0))).contains("du står som Region Kronoberg");
		assertThat(organisationOf(dan)).isEqualTo("Region Kronoberg");

		say(personal(eva, "language en"));
		Posted evas = say(personal(eva, "join " + code + " Regoin Kronoberg"));
		assertThat(evas.readable()).contains("Did you mean Region Kronoberg?");
		assertThat(buttons(evas).get(1).path("title").asText()).isEqualTo("No, a new organisation");
		assertThat(press(eva, buttons(evas).get(1))).contains("as Regoin Kronoberg");
		assertThat(organisationOf(eva)).isEqualTo("Regoin Kronoberg");

		assertThat(say(personal(bo, "organisationer")).readable()).contains("Region Kronoberg")
			.contains("3 medlemmar")
			.contains("Regoin Kronoberg")
			.contains("1 medlem");
		assertThat(say(personal(bo, "organisation byt namn Regoin Kronoberg | Region Kronoberg")).readable())
			.contains("Bara nätverkets arrangörer");
		assertThat(say(personal(anna, "organisation slå ihop Regoin Kronoberg | Region Kronoberg")).readable())
			.contains("Regoin Kronoberg är nu en del av Region Kronoberg, som har 4 medlemmar");
		assertThat(organisationOf(eva)).isEqualTo("Region Kronoberg");
		say(personal(anna, "language en"));
		assertThat(say(personal(anna, "organisation rename Region Kronoberg | Region Kronoberg (RK)")).readable())
			.contains("Region Kronoberg is now called Region Kronoberg (RK) (4 members)");
		assertThat(say(personal(bo, "organisationer")).readable()).contains("Region Kronoberg (RK)")
			.contains("4 medlemmar")
			.doesNotContain("Regoin");
	}

	/** The card's buttons: Action.Submit with the command to run. */
	private static List<JsonNode> buttons(Posted posted) {
		return TeamsActivities.all(TeamsActivities.cardIn(posted), "Action.Submit");
	}

	/** What Teams sends when a card's Action.Submit is pressed: its data as the value. */
	private String press(String user, JsonNode button) {
		ObjectNode pressed = message(connector.url(), chatOf(user), "personal", user, null);
		pressed.remove("text");
		pressed.set("value", button.path("data").deepCopy());
		return say(pressed).readable();
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

	private String organisationOf(String user) {
		return StoredOrganisations.of(mongo, name, "aad-" + user);
	}

}
