package se.samverka.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The evaluation of one meeting, one per meeting (its id is the meeting's): who was
 * asked, and until when answers are taken. Who answered is not kept here, and answers
 * name nobody (see {@link EvaluationAnswer}).
 *
 * @param meetingDate the meeting's day (ISO text, so no converter applies the server's
 * zone)
 * @param invited the person ids the form was sent to
 * @param closesAt when answering stops: the end of the last day in {@code zone}
 * @param lastDay that last day (ISO)
 * @param remindAt when those who have not answered are reminded, or null for no reminder
 */
@Document("evaluations")
record Evaluation(@Id String id, @Indexed String networkId, int meetingNumber, String meetingTitle, String meetingDate,
		String zone, List<String> invited, Instant closesAt, String lastDay, Instant remindAt, Instant createdAt) {

	Evaluation {
		invited = invited == null ? List.of() : List.copyOf(invited);
	}

	String meetingId() {
		return id;
	}

	ZoneId zoneId() {
		return ZoneId.of(zone);
	}

	LocalDate meetingDay() {
		return LocalDate.parse(meetingDate);
	}

	boolean openAt(Instant now) {
		return now.isBefore(closesAt);
	}

}
