package se.samverka.homework;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import se.samverka.scheduler.Schedules;

/**
 * Puts a homework's reminder days on the scheduler as due work (in MongoDB, so they
 * survive restarts): one piece of work per day, at 09:00 in the network's zone.
 */
@Component
class HomeworkReminders {

	static final String REMIND = "homework.remind";

	private final Schedules schedules;

	HomeworkReminders(Schedules schedules) {
		this.schedules = schedules;
	}

	void plan(Homework homework) {
		schedules.cancelAll(prefix(homework));
		for (String day : homework.reminders()) {
			schedules.once(prefix(homework) + day, REMIND, homework.id(),
					ReminderPlan.at(LocalDate.parse(day), homework.zoneId()), homework.zoneId());
		}
	}

	static String prefix(Homework homework) {
		return "homework:" + homework.id() + ":remind:";
	}

	/** The reminder day a piece of work stands for. */
	static String dayOf(String workId) {
		return workId.substring(workId.lastIndexOf(':') + 1);
	}

}
