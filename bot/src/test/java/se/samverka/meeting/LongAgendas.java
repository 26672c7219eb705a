package se.samverka.meeting;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

import se.samverka.chat.AppTexts;
import se.samverka.chat.Message;
import se.samverka.chat.Texts;

/**
 * The largest agenda organisers may plausibly paste: 80 slots, long titles, every slot
 * group work with a question of about 1,400 characters. Public so that each channel's
 * tests can render its card.
 */
public final class LongAgendas {

	public static final int SLOTS = 80;

	static final Instant PLANNED_AT = Instant.parse("2027-03-01T09:00:00Z");

	private LongAgendas() {
	}

	/** The agenda as it is pasted after "möte skapa". */
	public static String text() {
		StringBuilder agenda = new StringBuilder("Nätverksträff för hela regionen – "
				+ "långa rubriker ".repeat(10).strip() + "\n2027-03-25 Stora salen, Regionhuset i Växjö\n");
		LocalTime start = LocalTime.of(8, 0);
		for (int slot = 1; slot <= SLOTS; slot++) {
			agenda.append(AgendaCard.clock(start))
				.append(" Grupparbete: Samtal ")
				.append(slot)
				.append(" om ")
				.append("samverkan mellan skola, socialtjänst och hälso- och sjukvård ".repeat(2).strip())
				.append(" (5 min) | Ann-Christine Andersson, Tony Andersson\n  ")
				.append(prompt(slot))
				.append('\n');
			start = start.plusMinutes(5);
		}
		return agenda.toString();
	}

	/** About 1,400 characters, on one line, unique per slot. */
	static String prompt(int slot) {
		String sentence = "diskutera hur era verksamheter kan stödja barnet och familjen tillsammans, och vad ni behöver av varandra. ";
		return ("Fråga " + slot + ": " + sentence.repeat(13)).strip();
	}

	/** The parsed agenda, planned as meeting 7 of a network, in Stockholm. */
	static Meeting meeting() {
		return Meeting.plan("long-meeting", "long-network", 7, new AgendaParser().parse(text()),
				ZoneId.of("Europe/Stockholm"), "anna", PLANNED_AT);
	}

	/**
	 * The agenda card for that meeting, as AgendaPosts posts it (before the day: no slot
	 * marked).
	 */
	public static Message card(Locale locale) {
		return new AgendaCard(texts()).render(meeting(), locale, PLANNED_AT);
	}

	static Texts texts() {
		return AppTexts.texts();
	}

}
