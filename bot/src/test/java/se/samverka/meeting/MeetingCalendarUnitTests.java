package se.samverka.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

/**
 * Calendar files checked with a real iCalendar parser (ical4j), the way calendar programs
 * read them.
 */
class MeetingCalendarUnitTests {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@BeforeAll
	static void offline() {
		System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
	}

	final MeetingCalendar calendar = new MeetingCalendar();

	@Test
	void aMeetingBecomesAValidEventAtTheRightInstantInStockholmTime() throws Exception {
		Meeting meeting = meeting(LocalDate.of(2021, 3, 25), "Digitalt via Teams; länk, kommer");
		String ics = calendar.ics(meeting, Instant.parse("2021-03-01T10:00:00Z"));

		Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
		assertThat(parsed.validate().hasErrors()).as(parsed.validate().toString()).isFalse();
		VEvent event = parsed.<VEvent>getComponents(Component.VEVENT).get(0);
		DtStart<Temporal> start = event.getDateTimeStart();
		assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse("2021-03-25T08:00:00Z"));
		assertThat(ics).contains("DTSTART;TZID=Europe/Stockholm:20210325T090000")
			.as("an open last slot counts as a quarter of an hour")
			.contains("DTEND;TZID=Europe/Stockholm:20210325T115500")
			.contains("LOCATION:Digitalt via Teams\\; länk\\, kommer")
			.contains("UID:" + meeting.id() + "@samverka");
		assertThat(event.getSummary().getValue()).isEqualTo("Nätverksträff 2 – Barnens bästa gäller! i Kronoberg");
		assertThat(event.getDescription().getValue())
			.contains("09:30–10:00 Grupparbete: Roller & mandat (Ann-Christine, Tony)");
	}

	@Test
	void summerMeetingsUseSummerTime() throws Exception {
		Meeting meeting = meeting(LocalDate.of(2021, 9, 29), "");
		String ics = calendar.ics(meeting, Instant.parse("2021-03-01T10:00:00Z"));
		Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
		VEvent event = parsed.<VEvent>getComponents(Component.VEVENT).get(0);
		assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2021-09-29T07:00:00Z"));
		assertThat(ics).doesNotContain("LOCATION")
			.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
			.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
	}

	@Test
	void foldsLongLinesWithoutBreakingCharacters() {
		String folded = MeetingCalendar.fold("DESCRIPTION:" + "å".repeat(100));
		for (String line : folded.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(folded.replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + "å".repeat(100));
	}

	static Meeting meeting(LocalDate date, String place) {
		Agenda agenda = new Agenda("Nätverksträff 2 – Barnens bästa gäller! i Kronoberg", date, place,
				List.of(new AgendaSlot(LocalTime.of(9, 0), LocalTime.of(9, 30), "Välkommen", SlotKind.PLENARY,
						List.of("Ann-Christine Andersson"), ""),
						new AgendaSlot(LocalTime.of(9, 30), LocalTime.of(10, 0), "Grupparbete: Roller & mandat",
								SlotKind.GROUP_WORK, List.of("Ann-Christine", "Tony"), "Förväntningar på oss"),
						new AgendaSlot(LocalTime.of(11, 40), null, "Tack för idag", SlotKind.PLENARY, List.of(), "")));
		return Meeting.plan("m-1", "n-1", 2, agenda, STOCKHOLM, "p-1", Instant.parse("2021-03-01T10:00:00Z"));
	}

}
