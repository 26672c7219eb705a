package se.samverka.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Homework between meetings, numbered within its network: questions to the participants
 * of a meeting, answered privately until the end of the due day in the network's zone.
 * Dates are kept as ISO text so that no converter applies the server's own zone to them.
 *
 * @param meetingId the meeting it belongs to, or null when the network has none
 * @param meetingDate that meeting's day (ISO), or null
 * @param due the last day answers are taken (ISO)
 * @param dueAt when answering stops: the start of the day after {@code due} in
 * {@code zone}
 * @param recipients the person ids who were sent the questions
 * @param reminders the days (ISO) reminders go out at 09:00 in {@code zone}
 */
@Document("homework")
@CompoundIndex(name = "network_number", def = "{'networkId': 1, 'number': 1}", unique = true)
// the start-up looks for homework whose letters are not all queued: only those carry the
// field (see Homeworks), so the sparse index holds just them
@CompoundIndex(name = "letters_queued", def = "{'lettersQueued': 1}", sparse = true)
record Homework(@Id String id, String networkId, int number, String meetingId, String meetingDate,
		List<String> questions, String due, Instant dueAt, String zone, List<String> recipients, List<String> reminders,
		String createdBy, Instant createdAt) {

	Homework {
		questions = List.copyOf(questions);
		recipients = List.copyOf(recipients);
		reminders = List.copyOf(reminders);
	}

	ZoneId zoneId() {
		return ZoneId.of(zone);
	}

	LocalDate dueDate() {
		return LocalDate.parse(due);
	}

	LocalDate meetingDay() {
		return meetingDate == null ? null : LocalDate.parse(meetingDate);
	}

	boolean openAt(Instant now) {
		return now.isBefore(dueAt);
	}

	Homework withReminders(List<String> days) {
		return new Homework(id, networkId, number, meetingId, meetingDate, questions, due, dueAt, zone, recipients,
				days, createdBy, createdAt);
	}

}
