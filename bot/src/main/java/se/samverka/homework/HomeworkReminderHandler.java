package se.samverka.homework;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.PersonId;
import se.samverka.scheduler.CatchUp;
import se.samverka.scheduler.DueWork;
import se.samverka.scheduler.DueWorkHandler;

/**
 * Reminds the recipients who have not answered every question. Found late it still runs,
 * unless the homework's due day has ended by then, or a later reminder of the same
 * homework is due as well (after downtime, people get one reminder, not a burst).
 */
@Component
class HomeworkReminderHandler implements DueWorkHandler {

	private static final Logger log = LoggerFactory.getLogger(HomeworkReminderHandler.class);

	private final Homeworks homeworks;

	private final HomeworkLetters letters;

	HomeworkReminderHandler(Homeworks homeworks, HomeworkLetters letters) {
		this.homeworks = homeworks;
		this.letters = letters;
	}

	@Override
	public String kind() {
		return HomeworkReminders.REMIND;
	}

	@Override
	public CatchUp catchUp() {
		return CatchUp.runLate();
	}

	@Override
	public void run(DueWork work) {
		Homework homework = homeworks.find(work.subject()).orElse(null);
		if (homework == null || !homeworks.open(homework)) {
			return;
		}
		String day = HomeworkReminders.dayOf(work.id());
		if (overtaken(homework, day)) {
			log.info("Homework {}: reminder {} found after a later one was due; only the later one is sent",
					homework.id(), day);
			return;
		}
		int reminded = 0;
		for (String recipient : homework.recipients()) {
			PersonId person = new PersonId(recipient);
			boolean done = homeworks.answersOf(homework, person).map(a -> a.complete(homework)).orElse(false);
			if (!done && letters.remind(homework, person, day)) {
				reminded++;
			}
		}
		log.info("Homework {}: reminder {} sent to {} recipients", homework.id(), day, reminded);
	}

	private boolean overtaken(Homework homework, String day) {
		java.time.Instant now = homeworks.now();
		return homework.reminders()
			.stream()
			.anyMatch(later -> later.compareTo(day) > 0
					&& !ReminderPlan.at(java.time.LocalDate.parse(later), homework.zoneId()).isAfter(now));
	}

}
