package se.samverka.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz, with its in-memory store, as the alarm clock: a one-shot trigger at each due
 * instant this instance knows of, and a repeating poll that runs whatever is due (also
 * work scheduled by other instances, and work missed while the app was down) and arms the
 * alarms for what comes next.
 */
class QuartzAlarm implements Alarm {

	private static final Logger log = LoggerFactory.getLogger(QuartzAlarm.class);

	static final String GROUP = "samverka-due-work";

	static final String RUNNER = "runner";

	static final String ALARM = "alarm";

	static final Duration FIRE_MARGIN = Duration.ofMillis(50);

	private final Scheduler quartz;

	private final Clock clock;

	private final SchedulerSettings settings;

	private final JobKey job = JobKey.jobKey("run-due", GROUP);

	QuartzAlarm(Scheduler quartz, Clock clock, SchedulerSettings settings) {
		this.quartz = quartz;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Registers the job and the poll; the first poll runs at once (start-up catch-up).
	 */
	void start(DueWorkRunner runner) throws SchedulerException {
		JobDetail detail = JobBuilder.newJob(RunDueJob.class).withIdentity(job).storeDurably().build();
		detail.getJobDataMap().put(RUNNER, runner);
		detail.getJobDataMap().put(ALARM, this);
		quartz.addJob(detail, true);
		Trigger poll = TriggerBuilder.newTrigger()
			.withIdentity("poll", GROUP)
			.forJob(job)
			.startNow()
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(settings.pollInterval().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
		if (quartz.checkExists(poll.getKey())) {
			quartz.rescheduleJob(poll.getKey(), poll);
		}
		else {
			quartz.scheduleJob(poll);
		}
	}

	@Override
	public void wakeAt(Instant instant) {
		// Quartz runs on the system clock; the app's clock may be offset (in tests), so
		// wait the
		// same distance from now on both.
		Duration wait = Duration.between(clock.instant(), instant);
		// Quartz may fire a few milliseconds early, when the work is not due yet; a small
		// margin
		// keeps the alarm after the due instant.
		Date at = new Date(System.currentTimeMillis() + Math.max(0, wait.toMillis()) + FIRE_MARGIN.toMillis());
		// Work already due gets a trigger of its own: the trigger of its instant may be
		// the one
		// firing right now, which would hide a re-arm under the same name.
		String name = wait.isNegative() || wait.isZero() ? "due-now-" + UUID.randomUUID()
				: "due-" + instant.toEpochMilli();
		TriggerKey key = TriggerKey.triggerKey(name, GROUP);
		try {
			if (quartz.checkExists(key)) {
				return;
			}
			quartz.scheduleJob(TriggerBuilder.newTrigger()
				.withIdentity(key)
				.forJob(job)
				.startAt(at)
				.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
				.build());
		}
		catch (ObjectAlreadyExistsException raced) {
			// another thread armed the same instant
		}
		catch (SchedulerException ex) {
			log.warn("Could not arm the alarm for {}; the poll will pick the work up", instant, ex);
		}
	}

	void armUpcoming(DueWorkRunner runner) {
		Instant horizon = clock.instant().plus(settings.pollInterval().multipliedBy(2));
		runner.pendingDueBefore(horizon).forEach(this::wakeAt);
	}

	/** The Quartz job: run what is due, then arm the alarms for what is coming. */
	@DisallowConcurrentExecution
	public static class RunDueJob implements Job {

		@Override
		public void execute(JobExecutionContext context) {
			DueWorkRunner runner = (DueWorkRunner) context.getMergedJobDataMap().get(RUNNER);
			QuartzAlarm alarm = (QuartzAlarm) context.getMergedJobDataMap().get(ALARM);
			try {
				runner.runDue();
				alarm.armUpcoming(runner);
			}
			catch (RuntimeException ex) {
				log.error("Running due work failed; the next poll tries again", ex);
			}
		}

	}

}
