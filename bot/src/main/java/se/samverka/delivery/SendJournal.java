package se.samverka.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import se.samverka.storage.Durability;

/**
 * With the embedded database, a line per send ({@code entry id, attempt}) forced to disk
 * just before the platform is called, in a file of its own beside the database. The H2
 * file commits everyone's writes at once, so a mark kept there can reach the disk while
 * its own request has not left yet; this file gets each line only when its sender is
 * about to call. At start-up, before anything is sent, it settles what a crash left: an
 * entry with a line and no outcome may have gone out (UNCERTAIN, never resent); one that
 * was claimed without a line never reached the platform and is sent again. Then the file
 * starts empty. With MongoDB it is off: each mark there is durable by itself.
 */
@Component
class SendJournal implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SendJournal.class);

	private static final String SENT = "sent";

	private static final String NOT_SENT = "not-sent";

	private final FileChannel file;

	SendJournal(Durability durability, Ledger ledger) {
		if (durability.journalDirectory().isEmpty()) {
			this.file = null;
			return;
		}
		Path path = durability.journalDirectory().get().resolve("sending.journal");
		try {
			Files.createDirectories(path.getParent());
			settle(path, ledger);
			this.file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING);
			this.file.force(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the send journal " + path, ex);
		}
	}

	private static void settle(Path path, Ledger ledger) throws IOException {
		// per entry: its latest attempt, and how that attempt ended (null: not known)
		Map<String, Integer> attempts = new HashMap<>();
		Map<String, String> endings = new HashMap<>();
		if (Files.exists(path)) {
			for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
				String[] fields = line.split("\t");
				if (fields.length < 2 || !fields[1].matches("\\d{1,9}")) {
					continue; // a line cut short by the crash
				}
				int attempt = Integer.parseInt(fields[1]);
				Integer known = attempts.get(fields[0]);
				if (known == null || attempt > known) {
					attempts.put(fields[0], attempt);
					endings.remove(fields[0]);
				}
				if (attempt >= attempts.get(fields[0]) && fields.length == 3) {
					endings.put(fields[0], fields[2]);
				}
			}
		}
		int uncertain = 0;
		int sent = 0;
		for (Map.Entry<String, Integer> send : attempts.entrySet()) {
			String ending = endings.get(send.getKey());
			if (ending == null) {
				uncertain += ledger.startedBeforeCrash(send.getKey(), send.getValue()) ? 1 : 0;
			}
			else if (ending.equals(SENT)) {
				sent += ledger.sentBeforeCrash(send.getKey(), send.getValue()) ? 1 : 0;
			}
		}
		int again = ledger.neverStarted();
		if (uncertain > 0 || sent > 0 || again > 0) {
			log.info("After a stop mid-send: {} entries uncertain, {} sent, {} claimed but never sent go out again",
					uncertain, sent, again);
		}
	}

	/**
	 * Records that the entry's send is about to start, on disk; one at a time, so no
	 * caller's line is forced by another's.
	 */
	synchronized void starting(String entryId, int attempt) {
		if (file == null) {
			return;
		}
		try {
			file.write(ByteBuffer.wrap((entryId + "\t" + attempt + "\n").getBytes(StandardCharsets.UTF_8)));
			file.force(false);
		}
		catch (IOException ex) {
			log.warn("Send journal not written ({}); the entry waits", ex.getClass().getSimpleName());
			throw new NotNow(Instant.now().plusSeconds(1));
		}
	}

	/**
	 * Records how the send ended, without forcing it: a process that dies keeps what it
	 * wrote (only a power cut loses it, and then the entry is merely left uncertain).
	 */
	synchronized void ended(String entryId, int attempt, boolean sent) {
		if (file == null) {
			return;
		}
		try {
			file.write(ByteBuffer.wrap((entryId + "\t" + attempt + "\t" + (sent ? SENT : NOT_SENT) + "\n")
				.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			log.warn("Send journal not written ({})", ex.getClass().getSimpleName());
		}
	}

	/**
	 * After a clean stop every send has its outcome in the ledger: the journal starts
	 * empty.
	 */
	@Override
	public synchronized void destroy() throws IOException {
		if (file != null) {
			file.truncate(0);
			file.force(true);
			file.close();
		}
	}

}
