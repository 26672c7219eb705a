package se.samverka.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.poll.Polls;
import se.samverka.poll.Tally;
import se.samverka.web.PlaygroundClient;

/**
 * 500 people voting at once, over HTTP against the running app, 32 requests at a time:
 * each joins from their own browser and answers every option of one poll, changing one
 * answer and sending one answer twice (a double click). Afterwards there is one vote
 * document per person, and every option's yes, if-need-be and no counts are exactly what
 * was sent.
 */
@SamverkaTest
class PollsUnderLoadIntegrationTests {

	static final int VOTERS = 500;

	static final int OPTIONS = 3;

	static final String[] WORDS = { "ja", "om det behövs", "nej" };

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Polls polls;

	@Test
	void fiveHundredPeopleVotingAtOnceGiveAnExactTally() throws Exception {
		clock.set(Instant.parse("2021-08-20T10:00:00Z"));
		PlaygroundClient client = new PlaygroundClient(port);
		String organiser = "org-" + UUID.randomUUID().toString().substring(0, 8);
		String room = "rost-" + UUID.randomUUID().toString().substring(0, 8);
		String name = "Röstlast " + UUID.randomUUID().toString().substring(0, 8);
		String code = PlaygroundClient.inviteCode(client.say(organiser, room, "nätverk skapa " + name));
		assertThat(client
			.say(organiser, room,
					"omröstning Nästa träff? | 2021-09-29 | 2021-09-29–30 | 2021-10-01 | deadline 2021-09-01 12:00")
			.html()).contains("Omröstning 1");

		// Who answers what is decided up front (index 0 yes, 1 if need be, 2 no), so the
		// counts are known exactly.
		Random random = new Random(5);
		int[][] finalAnswers = new int[VOTERS][OPTIONS];
		int[][] firstAnswers = new int[VOTERS][OPTIONS];
		int[][] expected = new int[OPTIONS][3];
		for (int v = 0; v < VOTERS; v++) {
			for (int o = 0; o < OPTIONS; o++) {
				firstAnswers[v][o] = random.nextInt(3);
				finalAnswers[v][o] = random.nextInt(3);
				expected[o][finalAnswers[v][o]]++;
			}
		}

		List<String> problems = new CopyOnWriteArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(32);
		List<Future<?>> work = new ArrayList<>();
		for (int v = 0; v < VOTERS; v++) {
			final int voter = v;
			work.add(pool.submit(() -> {
				String browser = "voter-" + voter + "-" + UUID.randomUUID().toString().substring(0, 6);
				String dm = "dm-" + browser;
				client.say(browser, dm, "gå med " + code + " Organisation " + (voter % 5));
				// option 1 is answered once, changed, and the change clicked twice
				List<String> votes = new ArrayList<>();
				votes.add("rösta 1 1 " + WORDS[firstAnswers[voter][0]]);
				votes.add("rösta 1 1 " + WORDS[finalAnswers[voter][0]]);
				votes.add("vote 1 1 " + WORDS[finalAnswers[voter][0]]);
				for (int o = 1; o < OPTIONS; o++) {
					votes.add("rösta 1 " + (o + 1) + " " + WORDS[finalAnswers[voter][o]]);
				}
				for (String vote : votes) {
					String answer = client.say(browser, dm, vote).html();
					if (!answer.contains("Du svarade")) {
						problems.add(voter + " " + vote + ": " + answer);
					}
				}
			}));
		}
		for (Future<?> f : work) {
			f.get(5, TimeUnit.MINUTES);
		}
		pool.shutdown();

		assertThat(problems).isEmpty();
		String networkId = mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
		Document poll = mongo.getCollection("polls").find(new Document("networkId", networkId)).first();
		String pollId = poll.getString("_id");
		assertThat(mongo.getCollection("poll_votes").countDocuments(new Document("pollId", pollId)))
			.as("one document per voter")
			.isEqualTo(VOTERS);
		Tally tally = polls.tally(polls.find(pollId).orElseThrow());
		assertThat(tally.voters()).isEqualTo(VOTERS);
		for (int o = 0; o < OPTIONS; o++) {
			Tally.OptionCount count = tally.of(o + 1);
			assertThat(new int[] { count.yes(), count.maybe(), count.no() }).as("option %d", o + 1)
				.containsExactly(expected[o]);
		}
		assertThat(tally.of(1).organisationsWithYes()).hasSize(5);
	}

}
