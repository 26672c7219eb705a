package se.samverka.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.teams.TeamsActivities.mentioning;
import static se.samverka.teams.TeamsActivities.inviteCode;
import static se.samverka.teams.TeamsActivities.message;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverka.SamverkaTest;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.delivery.DeliveryCounts;
import se.samverka.delivery.Outbox;
import se.samverka.network.Network;
import se.samverka.network.Person;
import se.samverka.network.PersonalMessages;
import se.samverka.teams.FakeBotConnector.Posted;
import se.samverka.teams.FakeBotConnector;
import se.samverka.teams.TeamsActivities;

/**
 * Personal reminders through the outbox in Teams, against a fake Bot Connector that
 * answers one chat with 429 and Retry-After, one with 500 and one with 403: the
 * rate-limited one is sent once, after the others (only its conversation waited), the 500
 * is uncertain and not resent, the 403 is unreachable, and the organiser sees all of it
 * with {@code utskick}.
 */
@SamverkaTest
class DeliveriesInTeamsIntegrationTests {

	static final FakeBotConnector connector = new FakeBotConnector();

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	@Autowired
	PersonalMessages personal;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	se.samverka.storage.Durability durability;

	final String id = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + id;

	final String bo = "bo-" + id;

	final String cecilia = "cecilia-" + id;

	final String david = "david-" + id;

	final String eva = "eva-" + id;

	final String channel = "19:deliveries-" + id + "@thread.tacv2";

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@Test
	void rateLimitedWaitsAloneServerErrorIsUncertainAndForbiddenIsUnreachable() {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Utskick " + id)));
		for (String user : List.of(bo, cecilia, david, eva)) {
			say(personal(user, "gå med " + code + " Skolan"));
		}
		NetworkId network = new NetworkId(
				mongo.findOne(Query.query(Criteria.where("name").is("Utskick " + id)), Network.class).id());
		connector.answerOnce(chatOf(bo), 429, 1);
		connector.answerOnce(chatOf(cecilia), 500, -1);
		connector.answer(chatOf(eva), "POST", 403);

		String key = "reminder:" + id;
		String text = "Påminnelse " + id;
		for (String user : List.of(bo, cecilia, david, eva)) {
			assertThat(personal.send(key, personOf(user), network, Message.text(text))).isTrue();
		}
		DeliveryCounts counts = awaitSettled(key);

		assertThat(counts).isEqualTo(new DeliveryCounts(2, 0, 1, 0, 1));
		List<Posted> reminders = connector.posted().stream().filter(p -> p.readable().contains(text)).toList();
		assertThat(reminders.stream().filter(p -> p.conversationId().equals(chatOf(bo)))).hasSize(2);
		assertThat(reminders.stream().filter(p -> p.conversationId().equals(chatOf(cecilia)))).hasSize(1);
		assertThat(reminders.stream().filter(p -> p.conversationId().equals(chatOf(david)))).hasSize(1);
		assertThat(reminders.stream().filter(p -> p.conversationId().equals(chatOf(eva)))).hasSize(1);
		// the 429 held back Bo's chat only: David's reminder went out before Bo's second
		// try
		int davids = indexOf(reminders, chatOf(david));
		int bosSecond = reminders.lastIndexOf(reminders.stream()
			.filter(p -> p.conversationId().equals(chatOf(bo)))
			.reduce((a, b) -> b)
			.orElseThrow());
		assertThat(davids).isLessThan(bosSecond);

		// the same reminders again (a repeated job): nothing more is sent
		for (String user : List.of(bo, cecilia, david, eva)) {
			personal.send(key, personOf(user), network, Message.text(text));
		}
		outbox.drainNow();
		assertThat(connector.posted().stream().filter(p -> p.readable().contains(text))).hasSize(5);

		String report = say(mentioning(connector.url(), channel, anna, "utskick")).readable();
		assertThat(report).contains("Påminnelse " + id)
			.contains("skickade 2, väntar 0, kunde inte nås 1, osäkra 1")
			.contains("kunde inte nås: Person " + eva);
		assertThat(say(personal(bo, "utskick")).readable()).contains("Bara nätverkets arrangörer");
	}

	/**
	 * The send journal's line that a send is starting is on disk before the Bot Connector
	 * has the request (the body is written only after it), and how it ended follows.
	 */
	@Test
	void theSendJournalHasTheSendBeforeTheBotConnectorHasIt() throws Exception {
		String code = inviteCode(say(mentioning(connector.url(), channel, anna, "nätverk skapa Journal " + id)));
		say(personal(bo, "gå med " + code + " Skolan"));
		NetworkId network = new NetworkId(
				mongo.findOne(Query.query(Criteria.where("name").is("Journal " + id)), Network.class).id());
		SendJournalFile journal = SendJournalFile.of(durability);
		String key = "journal:" + id;
		String text = "Journalen " + id;
		java.util.concurrent.atomic.AtomicReference<String> atArrival = new java.util.concurrent.atomic.AtomicReference<>();
		connector.onEachPost(post -> {
			if (post.readable().contains(text)) {
				atArrival.set(journal.read());
			}
		});
		try {
			assertThat(personal.send(key, personOf(bo), network, Message.text(text))).isTrue();
			assertThat(awaitSettled(key).sent()).isEqualTo(1);
		}
		finally {
			connector.onEachPost(post -> {
			});
		}
		journal.assertStartedBeforeArrival(mongo, key, atArrival.get());
	}

	private DeliveryCounts awaitSettled(String key) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		DeliveryCounts counts = outbox.counts(key);
		while (counts.pending() > 0 && Instant.now().isBefore(deadline)) {
			outbox.drainNow();
			counts = outbox.counts(key);
		}
		return counts;
	}

	private static int indexOf(List<Posted> posted, String conversation) {
		for (int i = 0; i < posted.size(); i++) {
			if (posted.get(i).conversationId().equals(conversation)) {
				return i;
			}
		}
		return -1;
	}

	private PersonId personOf(String user) {
		return new PersonId(
				mongo.findOne(Query.query(Criteria.where("userId").in("29:" + user, "aad-" + user, user)), Person.class)
					.id());
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
