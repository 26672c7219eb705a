package se.samverka.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A meeting as an iCalendar file (RFC 5545) that calendar programs import: the event in
 * the network's zone (TZID with its VTIMEZONE, made from the zone's own rules around the
 * meeting's date), the agenda as its description, and a stable UID with the agenda's
 * revision as SEQUENCE, so an edited or cancelled meeting updates the entry people
 * already imported.
 */
class MeetingCalendar {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	String ics(Meeting meeting, Instant now) {
		ZoneId zone = meeting.zoneId();
		List<String> lines = new ArrayList<>();
		lines.add("BEGIN:VCALENDAR");
		lines.add("VERSION:2.0");
		lines.add("PRODID:-//Samverka//Samverka//SV");
		lines.add("CALSCALE:GREGORIAN");
		timezone(lines, zone, meeting.startsAt());
		lines.add("BEGIN:VEVENT");
		lines.add("UID:" + meeting.id() + "@samverka");
		lines.add("DTSTAMP:" + UTC.format(now));
		lines.add("SEQUENCE:" + meeting.revision());
		lines.add(
				"DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(LocalDateTime.ofInstant(meeting.startsAt(), zone)));
		lines.add("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(LocalDateTime.ofInstant(meeting.endsAt(), zone)));
		lines.add("SUMMARY:" + escape(meeting.title()));
		if (!meeting.place().isBlank()) {
			lines.add("LOCATION:" + escape(meeting.place()));
		}
		lines.add("DESCRIPTION:" + escape(description(meeting)));
		lines.add("STATUS:" + (meeting.state() == Meeting.MeetingState.CANCELLED ? "CANCELLED" : "CONFIRMED"));
		lines.add("END:VEVENT");
		lines.add("END:VCALENDAR");
		StringBuilder out = new StringBuilder();
		lines.forEach(line -> out.append(fold(line)).append("\r\n"));
		return out.toString();
	}

	private static String description(Meeting meeting) {
		StringBuilder text = new StringBuilder();
		for (AgendaSlot slot : meeting.slots()) {
			text.append(HH_MM.format(slot.start()));
			if (slot.end() != null) {
				text.append('–').append(HH_MM.format(slot.end()));
			}
			text.append(' ').append(slot.title());
			if (!slot.presenters().isEmpty()) {
				text.append(" (").append(String.join(", ", slot.presenters())).append(')');
			}
			text.append('\n');
		}
		return text.toString().strip();
	}

	/**
	 * The zone as calendar programs expect it: its yearly rules as RRULEs (for
	 * Europe/Stockholm, the last Sunday of March and of October); a zone without rules
	 * gets its offset at the meeting.
	 */
	private static void timezone(List<String> lines, ZoneId zone, Instant at) {
		ZoneRules rules = zone.getRules();
		lines.add("BEGIN:VTIMEZONE");
		lines.add("TZID:" + zone.getId());
		List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
		if (yearly.isEmpty() || yearly.stream().anyMatch(rule -> byDay(rule) == null)) {
			ZoneOffset offset = rules.getOffset(at);
			observance(lines, rules.isDaylightSavings(at), offset, offset, LocalDateTime.of(1970, 1, 1, 0, 0), null);
		}
		else {
			for (ZoneOffsetTransitionRule rule : yearly) {
				ZoneOffsetTransition first = rule.createTransition(1970);
				boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
				observance(lines, daylight, rule.getOffsetBefore(), rule.getOffsetAfter(), first.getDateTimeBefore(),
						"FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY=" + byDay(rule));
			}
		}
		lines.add("END:VTIMEZONE");
	}

	/**
	 * "-1SU" for "the last Sunday", "2SU" for "the second Sunday"; null for rules RRULE
	 * can't say simply.
	 */
	private static String byDay(ZoneOffsetTransitionRule rule) {
		String day = rule.getDayOfWeek() == null ? null : rule.getDayOfWeek().name().substring(0, 2);
		int indicator = rule.getDayOfMonthIndicator();
		if (day == null) {
			return null;
		}
		if (indicator == -1 || indicator + 6 == rule.getMonth().maxLength()
				&& rule.getMonth().maxLength() == rule.getMonth().minLength()) {
			return "-1" + day;
		}
		if (indicator > 0 && (indicator - 1) % 7 == 0) {
			return ((indicator - 1) / 7 + 1) + day;
		}
		return null;
	}

	private static void observance(List<String> lines, boolean daylight, ZoneOffset from, ZoneOffset to,
			LocalDateTime onset, String rrule) {
		String kind = daylight ? "DAYLIGHT" : "STANDARD";
		lines.add("BEGIN:" + kind);
		lines.add("DTSTART:" + LOCAL.format(onset.withNano(0)));
		if (rrule != null) {
			lines.add("RRULE:" + rrule);
		}
		lines.add("TZOFFSETFROM:" + offset(from));
		lines.add("TZOFFSETTO:" + offset(to));
		lines.add("END:" + kind);
	}

	private static String offset(ZoneOffset offset) {
		int seconds = offset.getTotalSeconds();
		int minutes = Math.abs(seconds) / 60;
		return String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
	}

	/**
	 * TEXT values: backslash, semicolon, comma and newline are escaped (RFC 5545 3.3.11).
	 */
	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "");
	}

	/**
	 * Lines longer than 75 octets continue on the next line after a space, never inside a
	 * character.
	 */
	static String fold(String line) {
		StringBuilder out = new StringBuilder();
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			String character = new String(Character.toChars(codePoint));
			int size = character.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.append(character);
			octets += size;
			i += Character.charCount(codePoint);
		}
		return out.toString();
	}

}
