package se.samverka;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Sender;
import se.samverka.dialogue.Turns;
import se.samverka.dialogue.TurnOutcome;

/**
 * One MongoDB-protocol server on loopback and whole bot applications started against it,
 * each with its own scheduler instance id and its own hand-set clock: several instances
 * of Samverka sharing one database, as in a deployment with more than one replica.
 */
final class TwoInstances implements AutoCloseable {

	private final MongoServer server;

	private final String uri;

	private final List<ConfigurableApplicationContext> started = new ArrayList<>();

	TwoInstances() {
		MemoryBackend backend = new MemoryBackend();
		// Driver 5.8 refuses the server's older default wire version.
		backend.version(ServerVersion.MONGO_5_0);
		server = new MongoServer(backend);
		InetSocketAddress address = server.bind();
		uri = "mongodb://127.0.0.1:" + address.getPort() + "/samverka";
	}

	/**
	 * A whole bot application on the shared database; its scheduler leases carry
	 * {@code instanceId}. {@code settings} are further command-line arguments
	 * ({@code --name=value}).
	 */
	Instance start(String instanceId, String... settings) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--samverka.storage.uri=" + uri,
				"--samverka.scheduler.instance-id=" + instanceId));
		args.addAll(List.of(settings));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SamverkaApplication.class,
				TestClock.Configuration.class)
			.profiles("test")
			.run(args.toArray(String[]::new));
		started.add(context);
		return new Instance(context);
	}

	@Override
	public void close() {
		started.forEach(ConfigurableApplicationContext::close);
		server.shutdownNow();
	}

	record Instance(ConfigurableApplicationContext context) {

		TestClock clock() {
			return context.getBean(TestClock.class);
		}

		MongoTemplate mongo() {
			return context.getBean(MongoTemplate.class);
		}

		/** Anna types {@code text} into the playground room {@code room}. */
		TurnOutcome say(String room, String text) {
			ConversationKey key = new ConversationKey(Channel.PLAYGROUND, "playground", room);
			Sender anna = new Sender(Channel.PLAYGROUND, "playground", "anna-" + room, "Anna", "sv");
			return context.getBean(Turns.class)
				.handle(Inbound.typed(UUID.randomUUID().toString(), key, ConversationKind.GROUP, anna, text, null));
		}

		void setClock(Instant now) {
			clock().set(now);
		}

		/**
		 * Waits (polling, with a deadline) until the outbox has nothing pending or being
		 * sent: proactive messages go out in the background.
		 */
		void awaitOutbox() {
			Instant deadline = Instant.now().plusSeconds(15);
			Document busy = new Document("state", new Document("$in", java.util.List.of("PENDING", "SENDING")));
			while (mongo().getCollection("outbox").countDocuments(busy) > 0) {
				if (Instant.now().isAfter(deadline)) {
					throw new AssertionError("The outbox still has entries to send after 15 s");
				}
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

		/**
		 * The bot's messages in the room whose text contains every one of {@code parts}.
		 */
		long postsContaining(String room, String... parts) {
			return mongo().findAll(Document.class, "transcript")
				.stream()
				.filter(d -> "OUT".equals(d.getString("direction")))
				.filter(d -> d.getString("conversation").endsWith(room))
				.filter(d -> {
					for (String part : parts) {
						if (!d.getString("text").contains(part)) {
							return false;
						}
					}
					return true;
				})
				.count();
		}

		/**
		 * The due work of the meetings' days (prompts, break ends), not what follows a
		 * meeting (evaluations).
		 */
		List<Document> dueWork() {
			return mongo().find(Query.query(Criteria.where("kind").regex("^meeting\\.")), Document.class, "due_work");
		}

		/**
		 * Waits, up to 30 seconds, until the due work is in the state {@code settled}
		 * describes: the instances' own Quartz polls may have claimed some of it and
		 * still be posting.
		 */
		List<Document> awaitDueWork(String settled, Predicate<Document> each) {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			List<Document> work = dueWork();
			while (!work.stream().allMatch(each)) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("Due work did not settle (" + settled + ") within 30 s: " + work);
				}
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new AssertionError(ex);
				}
				work = dueWork();
			}
			return work;
		}

	}

}
