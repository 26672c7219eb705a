package se.samverka.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * A log line that may come per request is written at most once a minute, with a count.
 */
class LogTallyUnitTests {

	final Logger logger = (Logger) LoggerFactory.getLogger("tally-" + UUID.randomUUID());

	final ListAppender<ILoggingEvent> lines = new ListAppender<>();

	final AtomicLong nanos = new AtomicLong(1_000);

	final LogTally tally = new LogTally(logger, Level.WARN, nanos::get);

	LogTallyUnitTests() {
		lines.start();
		logger.addAppender(lines);
	}

	@AfterEach
	void detach() {
		logger.detachAppender(lines);
	}

	@Test
	void writesTheFirstAtOnceAndThenOneLineAMinuteSayingHowManyWereLeftOut() {
		for (int i = 0; i < 500; i++) {
			tally.log("Refused request {}", i);
			nanos.addAndGet(Duration.ofMillis(100).toNanos());
		}
		// 50 s in: only the first
		assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("Refused request 0");
		nanos.addAndGet(Duration.ofSeconds(10).toNanos());
		tally.log("Refused request {}", 500);

		assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("Refused request 0", "Refused request 500 (499 more like it in the last minute)");
		assertThat(lines.list).extracting(e -> e.getLevel().toString()).containsOnly("WARN");
	}

	@Test
	void countsNothingWhenTheLevelIsOff() {
		logger.setLevel(ch.qos.logback.classic.Level.ERROR);
		tally.log("Refused request {}", 1);
		logger.setLevel(null);
		tally.log("Refused request {}", 2);
		assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("Refused request 2");
	}

}
