package se.samverka.delivery;

import java.time.Duration;

/** How drainers that found nothing to send wait, and are woken when work comes in. */
final class DrainSignal {

	private final Object signal = new Object();

	void wake() {
		synchronized (signal) {
			signal.notifyAll();
		}
	}

	/** Waits until woken or {@code timeout} passes. */
	void await(Duration timeout) throws InterruptedException {
		synchronized (signal) {
			signal.wait(Math.max(1, timeout.toMillis()));
		}
	}

}
