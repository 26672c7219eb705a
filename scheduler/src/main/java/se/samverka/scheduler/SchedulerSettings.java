package se.samverka.scheduler;

import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samverka.scheduler.*}: how long a claim holds before another instance may take
 * the work over, how often every instance looks for due work it was not told about, how
 * often failing work is tried, and this instance's name in leases.
 */
@ConfigurationProperties("samverka.scheduler")
public record SchedulerSettings(Duration lease, Duration pollInterval, Duration retryDelay, int maxAttempts,
		String instanceId) {

	public SchedulerSettings {
		lease = lease == null ? Duration.ofMinutes(5) : lease;
		pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
		retryDelay = retryDelay == null ? Duration.ofMinutes(1) : retryDelay;
		maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
		instanceId = instanceId == null || instanceId.isBlank() ? UUID.randomUUID().toString() : instanceId;
	}

	public static SchedulerSettings defaults() {
		return new SchedulerSettings(null, null, null, 0, null);
	}

}
