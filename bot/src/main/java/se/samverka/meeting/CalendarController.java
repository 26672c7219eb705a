package se.samverka.meeting;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/{meeting}.ics?sig=...}: a meeting's calendar file, for a signed
 * link only.
 */
@RestController
class CalendarController {

	private final Meetings meetings;

	private final CalendarLinks links;

	private final MeetingCalendar calendar = new MeetingCalendar();

	CalendarController(Meetings meetings, CalendarLinks links) {
		this.meetings = meetings;
		this.links = links;
	}

	@GetMapping("/calendar/{meetingId}.ics")
	ResponseEntity<byte[]> ics(@PathVariable String meetingId,
			@RequestParam(name = "sig", required = false) String sig) {
		if (!meetingId.matches("[0-9a-f-]{36}") || !links.valid(meetingId, sig)) {
			return ResponseEntity.status(403).build();
		}
		Optional<Meeting> meeting = meetings.find(meetingId);
		if (meeting.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		byte[] body = calendar.ics(meeting.get(), meetings.now()).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("samverka-" + meeting.get().number() + ".ics")
						.build()
						.toString())
			.body(body);
	}

}
