package se.samverka.meeting;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;
import se.samverka.chat.Texts;

/**
 * The agenda as a card: title, date and place, the slides' section headings, one line per
 * slot with its presenters and, for group work, its question on a line of its own; on the
 * day, the slot going on now is marked. Long agendas are condensed (the questions
 * shortened) so the card stays well within Teams' and Slack's sizes.
 */
class AgendaCard {

	/**
	 * Above this many slots, questions are shortened to {@link #SHORT_PROMPT} characters.
	 */
	static final int CONDENSE_ABOVE = 20;

	static final int SHORT_PROMPT = 100;

	static final int FULL_PROMPT = 400;

	/**
	 * A title that already begins with its kind ("Grupparbete: …", "Paus") gets no label
	 * in front.
	 */
	private static final Pattern STARTS_WITH_KIND = Pattern.compile(
			"^(grupparbete|group ?work|paus|break|lunch|fika|rast)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	private final Texts texts;

	AgendaCard(Texts texts) {
		this.texts = texts;
	}

	Message render(Meeting meeting, Locale locale, Instant now) {
		Message.Builder card = Message.builder().heading(meeting.title());
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(meeting.date());
		card.paragraph(meeting.place().isBlank() ? date : date + " · " + meeting.place(), Tone.SUBTLE);
		if (meeting.state() == Meeting.MeetingState.CANCELLED) {
			card.paragraph(texts.get(locale, "meeting.cancelled-banner"), Tone.WARNING);
		}
		Optional<Integer> current = meeting.state() == Meeting.MeetingState.PLANNED ? meeting.currentSlot(now)
				: Optional.empty();
		current
			.ifPresent(i -> card.paragraph(texts.get(locale, "meeting.now", line(meeting.slots().get(i))), Tone.GOOD));
		boolean condensed = meeting.slots().size() > CONDENSE_ABOVE;
		List<Fact> facts = new ArrayList<>();
		for (int i = 0; i < meeting.slots().size(); i++) {
			AgendaSlot slot = meeting.slots().get(i);
			if (!slot.section().isBlank()) {
				flush(card, facts);
				card.heading(slot.section());
			}
			String label = (current.isPresent() && current.get() == i ? "▶ " : "") + times(slot);
			facts.add(new Fact(label, describe(slot, locale)));
			String question = question(slot, condensed);
			if (!question.isEmpty()) {
				// its own line under the slot, never run into the title
				flush(card, facts);
				card.paragraph(question, Tone.SUBTLE);
			}
		}
		flush(card, facts);
		card.paragraph(texts.get(locale, "meeting.card-footer", meeting.number(), meeting.revision()), Tone.SUBTLE);
		return card.build();
	}

	private static void flush(Message.Builder card, List<Fact> facts) {
		if (!facts.isEmpty()) {
			card.facts(List.copyOf(facts));
			facts.clear();
		}
	}

	private String describe(AgendaSlot slot, Locale locale) {
		StringBuilder text = new StringBuilder(labelled(slot, texts, locale));
		if (!slot.presenters().isEmpty()) {
			text.append(" – ").append(String.join(", ", slot.presenters()));
		}
		return text.toString();
	}

	/** A group-work slot's question as the card shows it, or empty. */
	private static String question(AgendaSlot slot, boolean condensed) {
		if (slot.kind() == SlotKind.GROUP_WORK && !slot.prompt().isBlank() && !slot.title().endsWith(slot.prompt())) {
			return shorten(slot.prompt(), condensed ? SHORT_PROMPT : FULL_PROMPT);
		}
		return "";
	}

	/**
	 * The slot's title with its kind in front ("Grupparbete: Samverkan"), unless the
	 * title already begins with it.
	 */
	static String labelled(AgendaSlot slot, Texts texts, Locale locale) {
		if (slot.kind() != SlotKind.PLENARY && !STARTS_WITH_KIND.matcher(slot.title()).find()) {
			return texts.get(locale, "meeting.kind." + slot.kind().name()) + ": " + slot.title();
		}
		return slot.title();
	}

	static String times(AgendaSlot slot) {
		return slot.end() == null ? HH_MM.format(slot.start())
				: HH_MM.format(slot.start()) + "–" + HH_MM.format(slot.end());
	}

	static String line(AgendaSlot slot) {
		return times(slot) + " " + slot.title();
	}

	static String shorten(String text, int max) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1).strip() + "…";
	}

	static String clock(LocalTime time) {
		return HH_MM.format(time);
	}

}
