package se.samverka.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a fake platform accepted, per (conversation, message): every benchmark message
 * carries a reference {@code benchref-<token>} in its text (no brackets: card text
 * escapes Markdown), so copies of one message can be counted.
 */
final class Receipts {

	static final Pattern REFERENCE = Pattern.compile("benchref-([A-Za-z0-9-]+)");

	private final Map<String, AtomicInteger> copies = new ConcurrentHashMap<>();

	/** Every 429: over a limit or at random. */
	final AtomicLong throttled = new AtomicLong();

	final AtomicLong throttledAtRandom = new AtomicLong();

	final AtomicLong serverErrors = new AtomicLong();

	final AtomicLong requests = new AtomicLong();

	static String reference(String token) {
		return "benchref-" + token;
	}

	/**
	 * Counts one accepted copy of the message referenced in {@code text} in
	 * {@code conversation}.
	 */
	void accepted(String conversation, String text) {
		Matcher matcher = REFERENCE.matcher(text);
		String token = matcher.find() ? matcher.group(1) : "(none)";
		copies.computeIfAbsent(key(conversation, token), k -> new AtomicInteger()).incrementAndGet();
	}

	int copiesOf(String conversation, String token) {
		AtomicInteger count = copies.get(key(conversation, token));
		return count == null ? 0 : count.get();
	}

	/** Copies beyond the first, over all messages. */
	long duplicates() {
		return copies.values().stream().mapToLong(c -> Math.max(0, c.get() - 1)).sum();
	}

	long accepted() {
		return copies.values().stream().mapToLong(AtomicInteger::get).sum();
	}

	/** What the platform answered, for the report. */
	String traffic() {
		long random = throttledAtRandom.get();
		return String.format(java.util.Locale.ROOT, "%,d requests, 429 %,d (%,d at random, %,d over a limit), 500 %,d",
				requests.get(), throttled.get(), random, throttled.get() - random, serverErrors.get());
	}

	private static String key(String conversation, String token) {
		return conversation + "|" + token;
	}

}
