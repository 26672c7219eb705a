package se.samverka.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that tests move by hand. */
final class SteppingClock extends Clock {

	private final AtomicReference<Instant> now;

	SteppingClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	void advance(Duration duration) {
		now.updateAndGet(i -> i.plus(duration));
	}

	void set(Instant instant) {
		now.set(instant);
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException();
	}

}
