package se.samverka.meeting;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An agenda written back as the text the parser reads, to prefill the edit form; an
 * example to prefill the form for a new meeting.
 */
final class AgendaText {

	private AgendaText() {
	}

	static String of(Agenda agenda) {
		StringBuilder text = new StringBuilder(agenda.title()).append('\n');
		text.append(DateTimeFormatter.ISO_LOCAL_DATE.format(agenda.date()));
		if (!agenda.place().isBlank()) {
			text.append(' ').append(agenda.place());
		}
		text.append('\n');
		for (AgendaSlot slot : agenda.slots()) {
			if (!slot.section().isBlank()) {
				text.append('\n').append(slot.section()).append('\n');
			}
			text.append(AgendaCard.times(slot).replace('–', '-')).append(' ').append(slot.title());
			if (!slot.presenters().isEmpty()) {
				text.append(" | ").append(String.join(", ", slot.presenters()));
			}
			text.append('\n');
			if (!slot.prompt().isBlank() && !slot.title().endsWith(slot.prompt())) {
				slot.prompt().lines().forEach(line -> text.append("  ").append(line).append('\n'));
			}
		}
		return text.toString().strip();
	}

	/** The example with a date four weeks from today, written the way people write it. */
	static String example(Locale locale, java.time.LocalDate today) {
		return example(locale).replace("2026-03-25",
				se.samverka.chat.DateTexts.shortDay(se.samverka.chat.DateTexts.exampleDay(today), locale));
	}

	static String example(Locale locale) {
		return locale.getLanguage().equals("en") ? """
				Network meeting 3 – For the child's best
				2026-03-25 Online in Teams
				09:00 Welcome | Anna Andersson
				09:30 Group work: Roles and mandates (30 min)
				  What do we expect of ourselves in our own unit?
				10:00 Break
				10:15 Group work: Working together (30 min)
				11:40 Thank you for today""" : """
				Nätverksträff 3 – Barnens bästa gäller!
				2026-03-25 Digitalt via Teams
				09:00 Välkommen | Ann-Christine Andersson, Tony Andersson
				09:30 Grupparbete: Roller & mandat (30 min)
				  Förväntningar på oss inom vår egen enhet/verksamhet
				10:00 Paus
				10:15 Grupparbete: Samverkan (30 min)
				11:40 Tack för idag""";
	}

}
