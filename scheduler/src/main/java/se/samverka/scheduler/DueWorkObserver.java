package se.samverka.scheduler;

import java.time.Duration;

/**
 * Told each time this instance claims a piece of due work, with how late it was taken up
 * (claim time minus due time; zero or more). The application measures with it; the
 * scheduler itself keeps no meters.
 */
public interface DueWorkObserver {

	void claimed(String kind, Duration lag);

}
