package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.conversation.KnownConversation;
import se.samverka.delivery.DeliveryFailed;
import se.samverka.teams.FakeBotConnector.Posted;

/**
 * Posting and updating through a real {@link BotConnector} to the fake connector on
 * loopback; the card budget is small so that a few paragraphs already need several cards.
 */
class TeamsSenderUnitTests {

	/** Room for about one 300-character paragraph per card. */
	static final int SMALL_BUDGET = 700;

	final FakeBotConnector fake = new FakeBotConnector();

	final String chat = "19:sender-" + UUID.randomUUID() + "@thread.tacv2";

	final TeamsSender sender = sender(new ServiceHosts(List.of(), true));

	@AfterEach
	void stop() {
		fake.close();
	}

	@Test
	void aMessageSplitOverSeveralCardsKeepsTheIdOfEach() {
		String ids = sender.post(target(fake.url()), paragraphs(2));

		List<Posted> posts = fake.postedTo(chat);
		assertThat(posts).hasSize(2).allSatisfy(p -> {
			assertThat(p.method()).isEqualTo("POST");
			assertThat(p.path()).isEqualTo("/v3/conversations/" + chat + "/activities");
		});
		assertThat(ids).isEqualTo(posts.get(0).answeredId() + "," + posts.get(1).answeredId());
		assertThat(posts.get(0).readable()).contains("Stycke 1").doesNotContain("Stycke 2");
		assertThat(posts.get(1).readable()).contains("Stycke 2");
	}

	@Test
	void anUpdateReplacesEachCardInPlace() {
		String ids = sender.post(target(fake.url()), paragraphs(2));
		String[] id = ids.split(",");

		String kept = sender.update(target(fake.url()), ids, paragraphs(2, "ändrat"));

		assertThat(kept).isEqualTo(ids);
		List<Posted> puts = fake.postedTo(chat).stream().filter(p -> p.method().equals("PUT")).toList();
		assertThat(puts).extracting(Posted::path)
			.containsExactly("/v3/conversations/" + chat + "/activities/" + id[0],
					"/v3/conversations/" + chat + "/activities/" + id[1]);
		assertThat(puts.get(0).activity().path("id").asText()).isEqualTo(id[0]);
		assertThat(puts.get(0).readable()).contains("Stycke 1 ändrat");
		assertThat(puts.get(1).readable()).contains("Stycke 2 ändrat");
		assertThat(fake.postedTo(chat)).hasSize(4);
	}

	@Test
	void aLongerUpdatePostsThePartThatHadNoCard() {
		String ids = sender.post(target(fake.url()), paragraphs(1));

		String kept = sender.update(target(fake.url()), ids, paragraphs(2, "längre"));

		List<Posted> after = fake.postedTo(chat).subList(1, fake.postedTo(chat).size());
		assertThat(after).extracting(Posted::method).containsExactly("PUT", "POST");
		assertThat(after.get(0).path()).isEqualTo("/v3/conversations/" + chat + "/activities/" + ids);
		assertThat(after.get(0).readable()).contains("Stycke 1 längre");
		assertThat(after.get(1).path()).isEqualTo("/v3/conversations/" + chat + "/activities");
		assertThat(after.get(1).readable()).contains("Stycke 2 längre");
		assertThat(kept).as("the new card is remembered for the next update")
			.startsWith(ids + ",")
			.hasSizeGreaterThan(ids.length() + 1);
	}

	@Test
	void aForbiddenUpdateMarksTheConversationUnreachable() {
		String ids = sender.post(target(fake.url()), paragraphs(1));
		fake.answer(chat, "PUT", 403);

		assertThatThrownBy(() -> sender.update(target(fake.url()), ids, paragraphs(1, "ändrat")))
			.isInstanceOfSatisfying(DeliveryFailed.class, ex -> assertThat(ex.unreachable()).isTrue());
		assertThat(fake.postedTo(chat)).extracting(Posted::method).containsExactly("POST", "PUT");
	}

	@Test
	void anUpdateToAHostThatIsNotAllowedIsRefusedBeforeAnythingIsSent() {
		TeamsSender strict = sender(new ServiceHosts(List.of("smba.trafficmanager.net"), false));

		assertThatThrownBy(() -> strict.update(target(fake.url()), "sent-1", paragraphs(1)))
			.isInstanceOf(DeliveryFailed.class)
			.hasMessageContaining("not allowed");
		assertThatThrownBy(() -> strict.update(target("https://connector.attacker.example/"), "sent-1", paragraphs(1)))
			.isInstanceOfSatisfying(DeliveryFailed.class, ex -> assertThat(ex.unreachable()).isFalse());
		assertThat(fake.posted()).isEmpty();
	}

	private static TeamsSender sender(ServiceHosts hosts) {
		return new TeamsSender(new BotConnector(hosts, TeamsBotIdentities.none()),
				new ReplyActivities(new AdaptiveCardRenderer(SMALL_BUDGET)));
	}

	private KnownConversation target(String serviceUrl) {
		String reference = "{\"serviceUrl\":\"" + serviceUrl + "\",\"channelId\":\"msteams\","
				+ "\"conversation\":{\"id\":\"" + chat + "\"},\"bot\":{\"id\":\"28:samverka-bot\"}}";
		return new KnownConversation("teams:t:" + chat, Channel.TEAMS, "t", chat, ConversationKind.GROUP, reference,
				Instant.now());
	}

	private static Message paragraphs(int count, String... suffix) {
		Message.Builder message = Message.builder();
		for (int i = 1; i <= count; i++) {
			String head = "Stycke " + i + (suffix.length == 0 ? "" : " " + suffix[0]) + " ";
			message.paragraph(head + "x".repeat(300 - head.length()));
		}
		return message.build();
	}

}
