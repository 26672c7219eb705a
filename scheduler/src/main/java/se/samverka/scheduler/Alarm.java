package se.samverka.scheduler;

import java.time.Instant;

/** Wakes the runner at a due instant; the durable truth stays in MongoDB. */
interface Alarm {

	void wakeAt(Instant instant);

	Alarm NONE = instant -> {
	};

}
