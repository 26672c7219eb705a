package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;

import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;

class InboundActivitiesUnitTests {

	@Test
	void removesTheBotMentionAndKeepsTheCommand() throws Exception {
		Inbound inbound = map(TeamsActivities.mentioning("https://smba.trafficmanager.net/emea/", "19:c@thread.tacv2",
				"anna", "nätverk skapa Barnens bästa"));
		assertThat(inbound.text()).isEqualTo("nätverk skapa Barnens bästa");
		assertThat(inbound.kind()).isEqualTo(ConversationKind.GROUP);
	}

	@Test
	void keepsTheLinesOfAPastedAgendaButNotTheirExtraSpaces() throws Exception {
		Inbound inbound = map(TeamsActivities.mentioning("https://x/", "19:c@thread.tacv2", "anna",
				"möte skapa\r\nTräff  1\r\n2026-03-25\u00A0Växjö\r\n  09:00 Start \r\n\r\n"));
		assertThat(inbound.text()).isEqualTo("möte skapa\nTräff 1\n2026-03-25 Växjö\n09:00 Start");
	}

	@Test
	void takesTheLinesFromTheHtmlVersionWhenTheTextHasLostThem() throws Exception {
		ObjectNode json = TeamsActivities.mentioning("https://x/", "19:c@thread.tacv2", "anna",
				"möte skapa Träff 2026-03-25 09:00 Roller & mandat");
		json.putArray("attachments")
			.addObject()
			.put("contentType", "text/html")
			.put("content",
					"<p><span itemscope=\"\" itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">Samverka</span>&nbsp;möte skapa</p>"
							+ "<p>Träff</p><div>2026-03-25</div><p>09:00 Roller &amp; mandat<br>&lt;fråga&gt; &#229;t alla</p>");
		assertThat(map(json).text()).isEqualTo("möte skapa\nTräff\n2026-03-25\n09:00 Roller & mandat\n<fråga> åt alla");
	}

	@Test
	void aOneLineMessageIgnoresItsHtmlVersion() throws Exception {
		ObjectNode json = TeamsActivities.mentioning("https://x/", "19:c@thread.tacv2", "anna", "hjälp");
		json.putArray("attachments").addObject().put("contentType", "text/html").put("content", "<p>hjälp</p>");
		assertThat(map(json).text()).isEqualTo("hjälp");
	}

	@Test
	void identifiesConversationPersonAndDelivery() throws Exception {
		ObjectNode json = TeamsActivities.message("https://smba.trafficmanager.net/emea/", "a:chat", "personal", "bo",
				"hjälp");
		Inbound inbound = map(json);
		assertThat(inbound.conversation().tenant()).isEqualTo("tenant-1");
		assertThat(inbound.conversation().conversationId()).isEqualTo("a:chat");
		assertThat(inbound.kind()).isEqualTo(ConversationKind.PERSONAL);
		assertThat(inbound.sender().userId()).isEqualTo("aad-bo");
		assertThat(inbound.sender().displayName()).isEqualTo("Person bo");
		assertThat(inbound.sender().locale()).isEqualTo("sv-SE");
		assertThat(inbound.dedupKey()).isEqualTo("teams:a:chat:" + json.get("id").asText());
		ConversationReference reference = Serialization
			.treeToValue(Serialization.jsonToTree(inbound.platformReference()), ConversationReference.class);
		assertThat(reference.getServiceUrl()).isEqualTo("https://smba.trafficmanager.net/emea/");
		assertThat(reference.getConversation().getId()).isEqualTo("a:chat");
	}

	@Test
	void fallsBackToTheConversationTenantAndTheTeamsUserId() throws Exception {
		ObjectNode json = TeamsActivities.message("https://x/", "a:chat", "groupChat", "bo", "hjälp");
		json.remove("channelData");
		((ObjectNode) json.get("from")).remove("aadObjectId");
		Inbound inbound = map(json);
		assertThat(inbound.conversation().tenant()).isEqualTo("tenant-1");
		assertThat(inbound.sender().userId()).isEqualTo("29:bo");
		assertThat(inbound.kind()).isEqualTo(ConversationKind.GROUP);
	}

	@Test
	void aSubmitButtonBecomesItsCommandWithItsInputs() throws Exception {
		ObjectNode json = TeamsActivities.message("https://x/", "a:chat", "personal", "bo", null);
		json.remove("text");
		json.putObject("value").put("command", "gå med").put("code", "K7MX2Q").put("organisation", "Polisen");
		Inbound inbound = map(json);
		assertThat(inbound.action().command()).isEqualTo("gå med");
		assertThat(inbound.action().inputs()).isEqualTo(Map.of("code", "K7MX2Q", "organisation", "Polisen"));
		assertThat(inbound.text()).isEqualTo("gå med K7MX2Q Polisen");
	}

	@Test
	void anExecuteActionBecomesItsVerbWithItsData() throws Exception {
		ObjectNode json = TeamsActivities.message("https://x/", "a:chat", "personal", "bo", null);
		json.put("type", "invoke").put("name", "adaptiveCard/action").remove("text");
		ObjectNode action = json.putObject("value")
			.putObject("action")
			.put("type", "Action.Execute")
			.put("verb", "språk");
		action.putObject("data").put("language", "en");
		Inbound inbound = map(json);
		assertThat(inbound.text()).isEqualTo("språk en");
	}

	@Test
	void otherActivitiesAreNoTurn() throws Exception {
		ObjectNode json = TeamsActivities.message("https://x/", "a:chat", "personal", "bo", null);
		json.put("type", "conversationUpdate");
		assertThat(InboundActivities.from(activity(json))).isEmpty();
		json.put("type", "invoke").put("name", "task/fetch");
		assertThat(InboundActivities.from(activity(json))).isEmpty();
	}

	private static Inbound map(ObjectNode json) throws Exception {
		return InboundActivities.from(activity(json)).orElseThrow();
	}

	private static Activity activity(ObjectNode json) throws Exception {
		return Serialization.treeToValue(Serialization.jsonToTree(json.toString()), Activity.class);
	}

}
