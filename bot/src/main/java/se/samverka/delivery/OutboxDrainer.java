package se.samverka.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drains the outbox in the background: a few threads, started once the application is
 * ready, each claiming and sending one entry at a time and waiting for new work, or for a
 * rate limit to free up, when none may go. Stopping lets each thread finish the send it
 * is in, so a clean stop never leaves an entry uncertain.
 */
@Component
class OutboxDrainer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxDrainer.class);

	private static final Duration IDLE = Duration.ofMillis(500);

	/** How often the instance looks for leases that ran out. */
	private static final Duration EXPIRY_CHECK = Duration.ofSeconds(5);

	private final Outbox outbox;

	private final int threads;

	private final boolean enabled;

	private final List<Thread> running = new ArrayList<>();

	private volatile boolean stopping;

	OutboxDrainer(Outbox outbox, @Value("${samverka.outbox.threads:4}") int threads,
			@Value("${samverka.outbox.background:true}") boolean enabled) {
		this.outbox = outbox;
		this.threads = Math.max(1, threads);
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		if (!enabled || !running.isEmpty()) {
			return;
		}
		for (int i = 0; i < threads; i++) {
			Thread thread = new Thread(this::drain, "outbox-" + i);
			thread.setDaemon(true);
			running.add(thread);
			thread.start();
		}
		log.info("Outbox drainer started with {} threads", threads);
	}

	private void drain() {
		while (!stopping) {
			try {
				outbox.expireLeasesWhenDue(EXPIRY_CHECK);
				if (!outbox.sendOne()) {
					// until the next entry's rate limit frees up, or new work comes in
					Duration wait = outbox.untilReady();
					outbox.awaitWork(wait == null || wait.compareTo(IDLE) > 0 ? IDLE : wait);
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Outbox drainer: {}", ex.getClass().getSimpleName());
				try {
					Thread.sleep(IDLE.toMillis());
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}
	}

	@Override
	public synchronized void destroy() throws InterruptedException {
		stopping = true;
		outbox.wake();
		for (Thread thread : running) {
			thread.join(Duration.ofSeconds(20).toMillis());
		}
		running.clear();
	}

}
