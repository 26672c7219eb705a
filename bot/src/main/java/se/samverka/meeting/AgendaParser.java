package se.samverka.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverka.chat.DateProblem;
import se.samverka.chat.DateReader;
import se.samverka.chat.DateTexts;
import se.samverka.chat.Languages;

/**
 * Reads an agenda written as plain text, the way organisers already write them:
 *
 * <pre>
 * Nätverksträff 2 – Barnens bästa gäller! i Kronoberg      (title)
 * 2021-03-25 Digitalt via Teams                             (date and optional place; also 29/9, onsdag 29 sep)
 * 09:00 Välkommen | Ann-Christine Andersson, Tony Andersson (slot | presenters)
 * 09:30 Grupparbete: Roller &amp; mandat (30 min)              (group work, optional duration)
 *   Förväntningar på oss inom vår egen enhet/verksamhet     (no time: the prompt of the slot above)
 * 10.00-10.15 längre paus                                   (a break; 9.00 and ranges work too)
 * </pre>
 *
 * Line numbers count from the line of the command itself, so an error points where the
 * organiser looks. A line of names right under a slot (as in slides: "Ann-Christine &amp;
 * Tony") is taken as its presenters. A section line such as "Del 1 - tester" or
 * "Eftermiddag" (no time) is kept as the heading of the slots that follow it.
 */
class AgendaParser {

	static final int MAX_SLOTS = 120;

	static final int MAX_TITLE = 200;

	/** A slide's worth of text under a slot; one Slack text object. */
	static final int MAX_PROMPT = 3_000;

	private static final Pattern SLOT = Pattern
		.compile("^(\\d{1,2})[:.](\\d{2})(?:\\s*[-–—]\\s*(?:(\\d{1,2})[:.](\\d{2})|(\\d{2})(?!\\d))?)?(?:\\s+(.*))?$");

	private static final Pattern DURATION = Pattern.compile("\\(\\s*(\\d{1,3})\\s*min\\w*\\s*\\)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern GROUP_WORK = Pattern.compile(
			"^(grupparbete|group ?work|gruppdialog|breakout)\\b|\\bi grupper\\b|\\bnya grupper\\b|\\bin groups\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern GROUP_WORK_PREFIX = Pattern.compile("^(grupparbete|group ?work)\\s*\\d*\\s*[:–—-]\\s*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern BREAK = Pattern.compile("\\b(paus|break|lunch|fika|rast|kaffe|coffee)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern SECTION = Pattern.compile(
			"^(?:(?:del|part|pass|block|session)\\s+(?:\\d+|[ivx]+)\\b.*"
					+ "|(?:förmiddag|eftermiddag|kväll|morning|afternoon|evening)(?:\\s*[-–—:].*)?)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}");

	private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\boch\\b|\\band\\b)\\s*");

	private final DateReader dates;

	/** Dates without a year are read relative to today by the system's clock (UTC). */
	AgendaParser() {
		this(DateReader.at(Clock.systemUTC(), ZoneOffset.UTC, Languages.SWEDISH));
	}

	/** Dates without a year are the next such date from the reader's today. */
	AgendaParser(DateReader dates) {
		this.dates = dates;
	}

	Agenda parse(String text) {
		List<String> lines = text.lines().toList();
		int index = 0;
		while (index < lines.size() && lines.get(index).isBlank()) {
			index++;
		}
		if (index >= lines.size()) {
			throw new AgendaProblem(1, "agenda.empty");
		}
		String title = clean(lines.get(index));
		if (title.length() > MAX_TITLE) {
			throw new AgendaProblem(index + 1, "agenda.title-too-long", MAX_TITLE);
		}
		index = skipBlank(lines, index + 1);
		if (index >= lines.size()) {
			throw new AgendaProblem(lines.size() + 1, "agenda.missing-date");
		}
		DateReader.Reading day = dateLine(lines.get(index).strip(), index + 1);
		LocalDate date = day.start();
		String place = clean(day.rest());
		List<Draft> drafts = readSlots(lines, index + 1);
		return new Agenda(title, date, place, finish(drafts));
	}

	/**
	 * The date line: a date as people write it ({@code 2021-03-25}, {@code 29/9},
	 * {@code onsdag 29 september}, with a time range after it or not) and the place.
	 */
	private DateReader.Reading dateLine(String line, int lineNumber) {
		Optional<DateReader.Reading> read;
		try {
			read = dates.leading(line);
		}
		catch (DateProblem problem) {
			throw new AgendaProblem(lineNumber, problem.key(), problem.arguments());
		}
		if (read.isEmpty()) {
			String[] examples = DateTexts.examples(dates.today(), dates.locale());
			throw new AgendaProblem(lineNumber, "agenda.missing-date", line.split("\\s+")[0], examples[0], examples[1],
					examples[2]);
		}
		if (read.get().isRange()) {
			throw new AgendaProblem(lineNumber, "agenda.one-day",
					DateTexts.days(read.get().start(), read.get().end(), dates.locale()));
		}
		return read.get();
	}

	private List<Draft> readSlots(List<String> lines, int from) {
		List<Draft> drafts = new ArrayList<>();
		String section = "";
		for (int i = from; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			int lineNumber = i + 1;
			if (line.isEmpty() || line.equals("-")) {
				continue;
			}
			Matcher slot = SLOT.matcher(line);
			if (slot.matches()) {
				Draft draft = slotOf(slot, lineNumber);
				if (!drafts.isEmpty() && draft.start.isBefore(drafts.get(drafts.size() - 1).start)) {
					throw new AgendaProblem(lineNumber, "agenda.out-of-order", draft.start,
							drafts.get(drafts.size() - 1).start);
				}
				draft.section = section;
				section = "";
				drafts.add(draft);
				if (drafts.size() > MAX_SLOTS) {
					throw new AgendaProblem(lineNumber, "agenda.too-many-slots", MAX_SLOTS);
				}
				continue;
			}
			if (SECTION.matcher(clean(line)).matches()) {
				section = sectionTitle(line, lineNumber);
				continue;
			}
			if (drafts.isEmpty()) {
				throw new AgendaProblem(lineNumber, "agenda.expected-slot");
			}
			Draft current = drafts.get(drafts.size() - 1);
			List<String> names = namesIn(line);
			if (!names.isEmpty() && current.prompt.isEmpty() && !current.explicitPresenters) {
				current.presenters.addAll(names);
				continue;
			}
			current.prompt.append(current.prompt.isEmpty() ? "" : "\n").append(clean(line));
			if (current.prompt.length() > MAX_PROMPT) {
				throw new AgendaProblem(lineNumber, "agenda.prompt-too-long", MAX_PROMPT);
			}
		}
		if (drafts.isEmpty()) {
			throw new AgendaProblem(from + 1, "agenda.no-slots");
		}
		return drafts;
	}

	private static String sectionTitle(String line, int lineNumber) {
		String title = clean(line);
		if (title.length() > MAX_TITLE) {
			throw new AgendaProblem(lineNumber, "agenda.title-too-long", MAX_TITLE);
		}
		return title;
	}

	private Draft slotOf(Matcher slot, int lineNumber) {
		LocalTime start = time(slot.group(1), slot.group(2), lineNumber);
		LocalTime end = null;
		if (slot.group(3) != null) {
			end = time(slot.group(3), slot.group(4), lineNumber);
		}
		else if (slot.group(5) != null) {
			end = time(slot.group(1), slot.group(5), lineNumber);
		}
		String rest = slot.group(6) == null ? "" : slot.group(6);
		Draft draft = new Draft(start, end);
		int bar = rest.indexOf('|');
		if (bar >= 0) {
			for (String name : rest.substring(bar + 1).split("\\s*,\\s*")) {
				if (!clean(name).isEmpty()) {
					draft.presenters.add(clean(name));
				}
			}
			draft.explicitPresenters = true;
			rest = rest.substring(0, bar);
		}
		Matcher duration = DURATION.matcher(rest);
		if (duration.find()) {
			draft.minutes = Integer.parseInt(duration.group(1));
			rest = duration.replaceFirst("");
		}
		draft.title = clean(rest);
		if (draft.title.isEmpty()) {
			throw new AgendaProblem(lineNumber, "agenda.slot-without-title");
		}
		if (draft.title.length() > MAX_TITLE) {
			throw new AgendaProblem(lineNumber, "agenda.title-too-long", MAX_TITLE);
		}
		if (end != null && end.isBefore(start)) {
			throw new AgendaProblem(lineNumber, "agenda.end-before-start", end, start);
		}
		return draft;
	}

	private static LocalTime time(String hours, String minutes, int lineNumber) {
		int h = Integer.parseInt(hours);
		int m = Integer.parseInt(minutes);
		if (h > 23 || m > 59) {
			throw new AgendaProblem(lineNumber, "agenda.bad-time", hours + ":" + minutes);
		}
		return LocalTime.of(h, m);
	}

	/**
	 * Ends: as written, or start plus the duration, or the next slot's start; the last
	 * may stay open.
	 */
	private static List<AgendaSlot> finish(List<Draft> drafts) {
		List<AgendaSlot> slots = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			Draft d = drafts.get(i);
			LocalTime end = d.end;
			if (end == null && d.minutes > 0) {
				end = d.start.plusMinutes(d.minutes);
			}
			if (end == null && i + 1 < drafts.size()) {
				end = drafts.get(i + 1).start;
			}
			SlotKind kind = kindOf(d.title);
			String prompt = d.prompt.toString();
			if (kind == SlotKind.GROUP_WORK && prompt.isEmpty()) {
				prompt = topicOf(d.title);
			}
			slots.add(new AgendaSlot(d.start, end, d.title, kind, d.presenters, prompt, d.section));
		}
		return slots;
	}

	static SlotKind kindOf(String title) {
		if (GROUP_WORK.matcher(title).find()) {
			return SlotKind.GROUP_WORK;
		}
		if (BREAK.matcher(title).find()) {
			return SlotKind.BREAK;
		}
		return SlotKind.PLENARY;
	}

	/**
	 * "Grupparbete: Samverkan" → "Samverkan"; "Dialoger i grupper - Roller & mandat" →
	 * "Roller & mandat".
	 */
	private static String topicOf(String title) {
		Matcher prefix = GROUP_WORK_PREFIX.matcher(title);
		if (prefix.find()) {
			return title.substring(prefix.end()).strip();
		}
		int dash = Math.max(title.lastIndexOf(" - "), Math.max(title.lastIndexOf(" – "), title.lastIndexOf(" — ")));
		return dash >= 0 ? title.substring(dash + 3).strip() : title;
	}

	/**
	 * The names on a line such as "Ann-Christine &amp; Tony," or "Erika Lagergren", or
	 * none.
	 */
	static List<String> namesIn(String line) {
		String text = clean(line);
		if (text.isEmpty() || text.length() > 120) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (String part : NAME_SEPARATOR.split(text)) {
			if (part.isBlank()) {
				continue;
			}
			if (!NAME.matcher(part.strip()).matches()) {
				return List.of();
			}
			names.add(part.strip());
		}
		return names.size() <= 8 ? names : List.of();
	}

	/** Drops Markdown emphasis from pasted slides and tidies spaces. */
	static String clean(String text) {
		return text.replace("*", "").replaceAll("\\s+", " ").strip();
	}

	private static int skipBlank(List<String> lines, int from) {
		int i = from;
		while (i < lines.size() && lines.get(i).isBlank()) {
			i++;
		}
		return i;
	}

	private static final class Draft {

		final LocalTime start;

		final LocalTime end;

		String title = "";

		String section = "";

		int minutes;

		final List<String> presenters = new ArrayList<>();

		boolean explicitPresenters;

		final StringBuilder prompt = new StringBuilder();

		Draft(LocalTime start, LocalTime end) {
			this.start = start;
			this.end = end;
		}

	}

}
