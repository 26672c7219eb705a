package se.samverka.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The browser playground's limits.
 *
 * @param maxRequestSize largest request body the API reads; more is refused with 400
 * @param recentEvents live events kept per room, replayed to a page whose event stream
 * reconnects
 * @param historySize transcript entries shown when a room is opened
 * @param eventStreamTimeout how long one event stream stays open before the browser
 * reconnects
 */
@ConfigurationProperties("samverka.playground")
record PlaygroundSettings(@DefaultValue("128KB") DataSize maxRequestSize, @DefaultValue("100") int recentEvents,
		@DefaultValue("200") int historySize, @DefaultValue("30m") Duration eventStreamTimeout) {

	PlaygroundSettings {
		if (recentEvents < 1 || historySize < 1) {
			throw new IllegalArgumentException("samverka.playground.recent-events and history-size must be positive");
		}
	}

}
