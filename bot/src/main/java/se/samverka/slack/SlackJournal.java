package se.samverka.slack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import se.samverka.chat.Channel;
import se.samverka.chat.InboundLoad;
import se.samverka.chat.LogTally;
import se.samverka.storage.Durability;

/**
 * The inbound journal: a typed Slack request is written to MongoDB (collection
 * {@value #COLLECTION}) before Slack is told it is taken, and worked off from there, so
 * an acknowledged request survives a full work queue and a stop, and, on MongoDB, whose
 * write concern ({@link Durability#CRASH_SAFE}) the write waits for, a crash. Requests
 * that arrive together are written together, as one document, by one writer thread; the
 * request threads wait for that write (at most {@link #WRITE_PATIENCE}) and only then
 * acknowledge. The embedded server keeps the journal like everything else: in its file
 * within about a second (see {@link Durability}), so a crash of a development instance
 * can lose the last second; production runs on MongoDB.
 * <p>
 * After the write the turns go to the Slack workers. When their queue is full the
 * requests simply stay in the journal, and the writer thread hands them on in the order
 * they came as the queue empties, reading each written batch back by its number. A worker
 * marks its request done once its turn has run, and the batch is deleted when all of it
 * is done, so the journal holds only what is not yet done, and the text a person typed no
 * longer than that.
 * <p>
 * Each process writes under its own owner id and says every few seconds that it is alive;
 * what a process that stopped or crashed left in the journal is taken over by another (or
 * by the next start) and worked off. A request Slack sent twice, or one whose turn ran
 * just before its process died, is not run twice: the conversation log knows its key, and
 * the turn answers nothing.
 * <p>
 * More than {@code samverka.inbound.slack-journal} waiting requests in this process, or a
 * write that fails or takes too long, and the request is refused before it is
 * acknowledged, as before the journal.
 */
class SlackJournal implements DisposableBean {

	static final String COLLECTION = "slack_inbound";

	static final String OWNERS = "slack_inbound_owners";

	/** How long a request thread waits for its write before it refuses the request. */
	static final Duration WRITE_PATIENCE = Duration.ofMillis(1500);

	/** How often a process says it is alive. */
	static final Duration HEARTBEAT = Duration.ofSeconds(5);

	/** A process silent this long is taken to be gone, and its requests taken over. */
	static final Duration GONE_AFTER = Duration.ofSeconds(30);

	/** Requests written in one document, at most. */
	static final int BATCH = 500;

	/** Requests waiting to be written, at most; beyond them a request is refused. */
	static final int WAITING = 4096;

	/**
	 * More typed requests than this in a second is a flood: then taking them comes first,
	 * and their turns run one at a time, with a pause between them, until it is over.
	 */
	static final int FLOOD_PER_SECOND = 100;

	/** The pause between turns during a flood. */
	static final Duration FLOOD_PAUSE = Duration.ofMillis(250);

	private static final Logger log = LoggerFactory.getLogger(SlackJournal.class);

	private final MongoCollection<Document> journal;

	private final MongoCollection<Document> owners;

	private final ThreadPoolExecutor workers;

	private final Consumer<JournalledRequest> turn;

	private final InboundLoad load;

	private final long limit;

	/**
	 * The database is the embedded server, in this process: a request is acknowledged as
	 * soon as it is queued for the writer, which writes it whatever happens (a failed
	 * write is tried again), since the server's acknowledgement would keep it in this
	 * process's memory just the same until its next commit.
	 */
	private final boolean inThisProcess;

	private final String owner = UUID.randomUUID().toString().substring(0, 13);

	private final BlockingQueue<Pending> waiting = new ArrayBlockingQueue<>(WAITING);

	/**
	 * Requests of this process offered or written and not yet worked off: room is taken
	 * before the write, so the limit holds however many arrive at once.
	 */
	private final AtomicLong held = new AtomicLong();

	private final LogTally failedWrites = new LogTally(log, Level.WARN);

	private final LogTally failedTurns = new LogTally(log, Level.WARN);

	private final Thread writer;

	private volatile boolean running = true;

	/** Requests written in the current second, and in the one before it. */
	private final AtomicLong writtenThisSecond = new AtomicLong();

	private volatile long writtenLastSecond;

	private volatile long second;

	/** Held by the one turn that may run during a flood. */
	private final ReentrantLock floodTurn = new ReentrantLock(true);

	// The writer thread's own: the number of the last batch written, the next one to read
	// back from the journal, and the batch being handed on now.

	private long lastWritten;

	private long nextToRead = 1;

	private Batch current;

	/** Batches taken over from a process that is gone, not yet handed on. */
	private final ArrayDeque<Document> adopted = new ArrayDeque<>();

	private long lastHeartbeat;

	SlackJournal(MongoTemplate mongo, boolean inThisProcess, ThreadPoolExecutor workers,
			Consumer<JournalledRequest> turn, InboundLoad load, long limit) {
		this.inThisProcess = inThisProcess;
		this.journal = mongo.getCollection(COLLECTION).withWriteConcern(Durability.CRASH_SAFE);
		this.owners = mongo.getCollection(OWNERS);
		this.workers = workers;
		this.turn = turn;
		this.load = load;
		this.limit = limit;
		load.watchWaiting(Channel.SLACK, this.held::get);
		this.journal.createIndex(Indexes.ascending("owner"));
		heartbeat();
		this.writer = new Thread(this::writeLoop, "slack-journal");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Writes the request to the journal, waiting for the write: true once it is there,
	 * false when it is refused (nothing kept). Called on the request thread, before Slack
	 * is answered.
	 */
	boolean offer(JournalledRequest request) {
		if (!this.running || this.held.incrementAndGet() > this.limit) {
			this.held.decrementAndGet();
			this.load.refuse(Channel.SLACK);
			return false;
		}
		boolean taken = write(request);
		if (!taken) {
			this.held.decrementAndGet();
			this.load.refuse(Channel.SLACK);
		}
		return taken;
	}

	/** Requests of this process taken and not yet worked off. */
	long held() {
		return this.held.get();
	}

	/**
	 * Queues the request for the writer thread and waits for its write (at most
	 * {@link #WRITE_PATIENCE}).
	 */
	private boolean write(JournalledRequest request) {
		Pending pending = new Pending(request);
		if (!this.waiting.offer(pending)) {
			return false;
		}
		if (this.inThisProcess) {
			return true;
		}
		try {
			return pending.done.get(WRITE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			// unless the writer has it already: then its outcome is what counts
			return !pending.cancel() && pending.done.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !pending.cancel() && pending.done.join();
		}
		catch (ExecutionException ex) {
			return false;
		}
	}

	/**
	 * The writer thread: writes what is queued, as one document, as soon as it is there;
	 * hands on what the workers have room for; and every few seconds says this process is
	 * alive and takes over what processes that are gone left behind.
	 */
	private void writeLoop() {
		List<Pending> batch = new ArrayList<>(BATCH);
		while (this.running || !this.waiting.isEmpty()) {
			try {
				Pending first = this.waiting.poll(100, TimeUnit.MILLISECONDS);
				if (first != null) {
					batch.add(first);
					this.waiting.drainTo(batch, BATCH - 1);
					write(batch);
					batch.clear();
				}
				if (this.running) {
					handOn();
					if (System.nanoTime() - this.lastHeartbeat > HEARTBEAT.toNanos()) {
						heartbeat();
						adoptFromTheGone();
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException ex) {
				// the database is away for a moment: refuse what was being written, and
				// go on
				this.failedWrites.log("The Slack inbound journal failed a round: {}", ex.getClass().getSimpleName());
				for (Pending pending : batch) {
					pending.done.complete(false);
				}
				batch.clear();
			}
		}
		Pending left;
		while ((left = this.waiting.poll()) != null) {
			left.done.complete(false);
		}
	}

	private void write(List<Pending> batch) {
		List<JournalledRequest> requests = new ArrayList<>(batch.size());
		List<Pending> writing = new ArrayList<>(batch.size());
		for (Pending pending : batch) {
			if (pending.claim()) {
				writing.add(pending);
				requests.add(pending.request);
			}
		}
		if (writing.isEmpty()) {
			return;
		}
		long number = this.lastWritten + 1;
		while (true) {
			try {
				insert(number, requests);
				break;
			}
			catch (RuntimeException ex) {
				this.failedWrites.log("Could not write {} Slack requests to the inbound journal: {}", writing.size(),
						ex.getClass().getSimpleName());
				// in this process they are acknowledged already: written when the
				// database lets it, a second apart, as long as the process runs
				if (!this.inThisProcess || !pauseBeforeWritingAgain()) {
					writing.forEach(pending -> pending.done.complete(false));
					return;
				}
			}
		}
		this.lastWritten = number;
		count(writing.size());
		writing.forEach(pending -> pending.done.complete(true));
		if (this.current == null && this.nextToRead == number) {
			// nothing older waits: no need to read it back
			this.current = new Batch(id(this.owner, number), requests, Set.of());
			this.nextToRead = number + 1;
		}
	}

	private void count(int written) {
		long now = System.nanoTime() / 1_000_000_000L;
		if (now != this.second) {
			this.writtenLastSecond = now == this.second + 1 ? this.writtenThisSecond.get() : 0;
			this.writtenThisSecond.set(0);
			this.second = now;
		}
		this.writtenThisSecond.addAndGet(written);
	}

	/** Whether typed requests are arriving as a flood, now or in the second before. */
	boolean flooded() {
		long now = System.nanoTime() / 1_000_000_000L;
		if (now > this.second + 1) {
			return false;
		}
		return this.writtenThisSecond.get() > FLOOD_PER_SECOND
				|| (now == this.second && this.writtenLastSecond > FLOOD_PER_SECOND);
	}

	/**
	 * Waits a second before a failed write is tried again; false once the process stops.
	 */
	private boolean pauseBeforeWritingAgain() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		return this.running;
	}

	private void insert(long number, List<JournalledRequest> requests) {
		this.journal.insertOne(new Document("_id", id(this.owner, number)).append("owner", this.owner)
			.append("at", new Date())
			.append("requests", JournalledRequest.encode(requests))
			.append("done", List.of()));
	}

	/**
	 * Hands on what waits, while the workers' queue has room: this process's own batches
	 * in order, then those taken over.
	 */
	private void handOn() {
		while (true) {
			if (this.current == null) {
				this.current = nextBatch();
				if (this.current == null) {
					return;
				}
			}
			while (this.current.hasNext()) {
				if (!room() || !submit(this.current)) {
					return;
				}
			}
			this.current = null;
		}
	}

	private Batch nextBatch() {
		while (this.nextToRead <= this.lastWritten) {
			Document document = this.journal.find(Filters.eq("_id", id(this.owner, this.nextToRead))).first();
			this.nextToRead++;
			if (document != null && this.owner.equals(document.getString("owner"))) {
				return Batch.of(document);
			}
		}
		Document document = this.adopted.poll();
		return document == null ? null : Batch.of(document);
	}

	/** Whether the workers' queue has room. */
	private boolean room() {
		return this.workers.getQueue().remainingCapacity() > 0;
	}

	private boolean submit(Batch batch) {
		int index = batch.next;
		JournalledRequest request = batch.requests.get(index);
		try {
			this.workers.execute(() -> work(batch, index, request));
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
		batch.advance();
		return true;
	}

	private void work(Batch batch, int index, JournalledRequest request) {
		try {
			if (flooded()) {
				// taking requests comes first: one turn at a time
				this.floodTurn.lock();
				try {
					this.turn.accept(request);
					Thread.sleep(FLOOD_PAUSE.toMillis());
				}
				finally {
					this.floodTurn.unlock();
				}
			}
			else {
				this.turn.accept(request);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			this.failedTurns.log("A journalled Slack turn failed (key {}): {}", request.key(),
					ex.getClass().getSimpleName());
		}
		finally {
			try {
				if (batch.remaining.decrementAndGet() == 0) {
					this.journal.deleteOne(Filters.eq("_id", batch.id));
				}
				else {
					this.journal.updateOne(Filters.eq("_id", batch.id), Updates.push("done", index));
				}
			}
			catch (RuntimeException ex) {
				// left behind: taken over later, when the conversation log knows it
				this.failedWrites.log("Could not mark a worked-off Slack request in the journal (key {}): {}",
						request.key(), ex.getClass().getSimpleName());
			}
			this.held.decrementAndGet();
		}
	}

	private void heartbeat() {
		this.lastHeartbeat = System.nanoTime();
		this.owners.updateOne(Filters.eq("_id", this.owner), Updates.set("seen", new Date()),
				new UpdateOptions().upsert(true));
	}

	/**
	 * Takes over what processes that are gone left in the journal: each batch claimed by
	 * changing its owner, so only one process takes it.
	 */
	private void adoptFromTheGone() {
		if (!this.adopted.isEmpty() || this.held.get() >= this.limit) {
			return;
		}
		Date goneBefore = Date.from(Instant.now().minus(GONE_AFTER));
		List<String> gone = new ArrayList<>();
		for (Document process : this.owners.find(Filters.lt("seen", goneBefore))) {
			gone.add(process.getString("_id"));
		}
		for (String other : gone) {
			int taken = 0;
			for (Document document : this.journal.find(Filters.eq("owner", other)).limit(20)) {
				long claimed = this.journal
					.updateOne(Filters.and(Filters.eq("_id", document.get("_id")), Filters.eq("owner", other)),
							Updates.set("owner", this.owner))
					.getModifiedCount();
				if (claimed == 1) {
					Batch batch = Batch.of(document);
					this.adopted.add(document);
					this.held.addAndGet(batch.remaining.get());
					taken += batch.remaining.get();
				}
			}
			if (taken == 0) {
				this.owners.deleteOne(Filters.eq("_id", other));
			}
			else {
				log.info("Took over {} Slack requests left in the inbound journal by process {}", taken, other);
				return;
			}
		}
	}

	/** The requests of one journal document, done or not. */
	static List<JournalledRequest> requestsOf(Document document) {
		return JournalledRequest.decode(document.getString("requests"));
	}

	private static String id(String owner, long number) {
		return owner + ":" + number;
	}

	@Override
	public void destroy() throws InterruptedException {
		this.running = false;
		this.writer.join(WRITE_PATIENCE.toMillis() * 2);
		// what is still in the journal is taken over by another process, or by the next
		// start
		this.owners.updateOne(Filters.eq("_id", this.owner), Updates.set("seen", new Date(0)));
	}

	/**
	 * One written batch being handed on: its requests, which of them are done, the next
	 * to hand on, and how many are not yet worked off.
	 */
	private static final class Batch {

		private final String id;

		private final List<JournalledRequest> requests;

		private final Set<Integer> done;

		private final AtomicInteger remaining;

		private int next;

		Batch(String id, List<JournalledRequest> requests, Set<Integer> done) {
			this.id = id;
			this.requests = requests;
			this.done = done;
			this.remaining = new AtomicInteger(requests.size() - done.size());
			skipDone();
		}

		static Batch of(Document document) {
			List<JournalledRequest> requests = requestsOf(document);
			Set<Integer> done = new HashSet<>(document.getList("done", Integer.class, List.of()));
			done.removeIf(index -> index < 0 || index >= requests.size());
			return new Batch(document.getString("_id"), requests, done);
		}

		boolean hasNext() {
			return this.next < this.requests.size();
		}

		void advance() {
			this.next++;
			skipDone();
		}

		private void skipDone() {
			while (this.next < this.requests.size() && this.done.contains(this.next)) {
				this.next++;
			}
		}

	}

	/** A request waiting for its write, and whether it was written. */
	private static final class Pending {

		private static final int WAITING = 0;

		private static final int WRITING = 1;

		private static final int CANCELLED = 2;

		private final JournalledRequest request;

		private final CompletableFuture<Boolean> done = new CompletableFuture<>();

		private final AtomicInteger state = new AtomicInteger(WAITING);

		Pending(JournalledRequest request) {
			this.request = request;
		}

		/** The writer takes it; false when its request thread gave up first. */
		boolean claim() {
			return this.state.compareAndSet(WAITING, WRITING);
		}

		/** The request thread gives up; false when the writer has it already. */
		boolean cancel() {
			return this.state.compareAndSet(WAITING, CANCELLED);
		}

	}

}
