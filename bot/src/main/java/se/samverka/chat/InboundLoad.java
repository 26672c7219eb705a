package se.samverka.chat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.stereotype.Component;

/**
 * Inbound requests refused because Samverka had no room for them, per channel. A channel
 * refuses before it acknowledges (Slack: 503 for events, which Slack sends again, or a
 * "try again" answer for commands; Teams: 503), so whatever was acknowledged is worked
 * off and lands in the conversation log. The counts are for metrics; the log gets one
 * line a minute at most.
 */
@Component
public class InboundLoad {

	/** What a refusal tells the sender to wait before trying again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(InboundLoad.class);

	private final Map<Channel, AtomicLong> refused = new EnumMap<>(Channel.class);

	private final LogTally refusals = new LogTally(log, Level.WARN);

	private final Map<Channel, LongSupplier> waiting = new ConcurrentHashMap<>();

	public InboundLoad() {
		for (Channel channel : Channel.values()) {
			refused.put(channel, new AtomicLong());
		}
	}

	/** Counts one request of {@code channel} refused for overload. */
	public void refuse(Channel channel) {
		refused.get(channel).incrementAndGet();
		refusals.log("Overloaded: refused a {} request before acknowledging it (refused so far: {})", channel,
				refused(channel));
	}

	/**
	 * Where {@link #waiting} reads how many acknowledged requests of {@code channel} wait
	 * to be worked off (the Slack inbound journal).
	 */
	public void watchWaiting(Channel channel, LongSupplier count) {
		waiting.put(channel, count);
	}

	/** Acknowledged requests of {@code channel} not yet worked off in this process. */
	public long waiting(Channel channel) {
		LongSupplier count = waiting.get(channel);
		return count == null ? 0 : count.getAsLong();
	}

	/** How many requests of {@code channel} were refused since start. */
	public long refused(Channel channel) {
		return refused.get(channel).get();
	}

}
