package se.samverka.scheduler;

import java.time.Clock;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Wires the scheduler into a Spring Boot application that has Spring Data MongoDB, Quartz
 * (Boot's auto-configured in-memory scheduler) and a {@link Clock} bean. The alarm starts
 * when the application is ready, so handlers are in place before the first catch-up run.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerSettings.class)
class SchedulerConfiguration {

	@Bean
	QuartzAlarm quartzAlarm(Scheduler quartz, Clock clock, SchedulerSettings settings) {
		return new QuartzAlarm(quartz, clock, settings);
	}

	@Bean
	AlarmStarter alarmStarter(QuartzAlarm alarm, DueWorkRunner runner) {
		return new AlarmStarter(alarm, runner);
	}

	record AlarmStarter(QuartzAlarm alarm, DueWorkRunner runner) {

		@EventListener(ApplicationReadyEvent.class)
		public void start() throws SchedulerException {
			alarm.start(runner);
		}

	}

}
