package se.samverka.chat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.event.Level;

/**
 * One kind of log line that may come once per request (a refusal, a redelivery, a failed
 * reply): the first is written at once, then at most one a minute, each saying how many
 * like it were left out since. A flood of requests so writes a line a minute, not a line
 * a request.
 */
public final class LogTally {

	private static final long EVERY = Duration.ofMinutes(1).toNanos();

	private final Logger log;

	private final Level level;

	private final LongSupplier nanoTime;

	private final AtomicLong skipped = new AtomicLong();

	/** When the next line may be written (System.nanoTime), or 0 for at once. */
	private final AtomicLong nextLine = new AtomicLong();

	public LogTally(Logger log, Level level) {
		this(log, level, System::nanoTime);
	}

	LogTally(Logger log, Level level, LongSupplier nanoTime) {
		this.log = log;
		this.level = level;
		this.nanoTime = nanoTime;
	}

	/**
	 * Writes the line ({@code format} with slf4j's {@code {}}) when a minute has passed
	 * since the last one; otherwise only counts it.
	 */
	public void log(String format, Object... arguments) {
		if (!log.isEnabledForLevel(level)) {
			return;
		}
		long now = nanoTime.getAsLong();
		long next = nextLine.get();
		if ((next != 0 && now - next < 0) || !nextLine.compareAndSet(next, now + EVERY)) {
			skipped.incrementAndGet();
			return;
		}
		long left = skipped.getAndSet(0);
		if (left == 0) {
			log.atLevel(level).log(format, arguments);
		}
		else {
			Object[] withCount = java.util.Arrays.copyOf(arguments, arguments.length + 1);
			withCount[arguments.length] = left;
			log.atLevel(level).log(format + " ({} more like it in the last minute)", withCount);
		}
	}

}
