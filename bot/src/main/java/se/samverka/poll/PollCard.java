package se.samverka.poll;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;

import se.samverka.chat.NetworkId;
import se.samverka.chat.ActionInvocation;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;
import se.samverka.chat.Texts;

/**
 * A poll as a card: the question, the deadline in the network's zone, per option its yes
 * and if-need-be counts with a text bar and three buttons (yes / if need be / no), and
 * how many voted. A closed poll shows its result and no buttons. Buttons run the English
 * {@code vote} command, which works whatever language the person uses.
 */
final class PollCard {

	/**
	 * Characters of the bar: full means every voter said yes (if need be counts half).
	 */
	static final int BAR_WIDTH = 10;

	/**
	 * An option's label is cut to this many characters on the card (the stored label
	 * stays whole).
	 */
	static final int MAX_LABEL = 300;

	static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");

	private final Texts texts;

	PollCard(Texts texts) {
		this.texts = texts;
	}

	/**
	 * The card. For a quorum poll each option also says whether every member organisation
	 * ({@code organisations}) has a yes for it yet, since those options win first.
	 */
	Message render(DatePoll poll, Tally tally, Set<String> organisations, Locale locale) {
		Message.Builder card = Message.builder().heading(poll.question());
		card.paragraph(deadline(poll, locale), Tone.SUBTLE);
		if (poll.anonymous()) {
			card.paragraph(texts.get(locale, "poll.card.anonymous"), Tone.SUBTLE);
		}
		if (!poll.open()) {
			card.paragraph(result(poll, tally, locale), Tone.WARNING);
		}
		for (PollOption option : poll.options()) {
			Tally.OptionCount count = tally.of(option.number());
			card.divider();
			card.paragraph(
					option.number() + ". " + label(option, locale) + "\n" + bar(count, tally.voters()) + "  "
							+ texts.get(locale, "poll.card.counts", count.yes(), count.maybe())
							+ quorum(poll, count, organisations, locale),
					poll.open() ? Tone.NORMAL : winner(poll, option) ? Tone.GOOD : Tone.SUBTLE);
			if (poll.open()) {
				card.buttons(button(poll, option, Answer.YES, locale), button(poll, option, Answer.MAYBE, locale),
						button(poll, option, Answer.NO, locale));
			}
		}
		card.divider();
		card.paragraph(texts.get(locale, poll.open() ? "poll.card.footer" : "poll.card.footer-closed", poll.number(),
				voters(tally.voters(), poll.open(), locale)), Tone.SUBTLE);
		return card.build();
	}

	/**
	 * For a quorum poll: " · all organisations can" or " · 2 of 3 organisations have a
	 * yes".
	 */
	private String quorum(DatePoll poll, Tally.OptionCount count, Set<String> organisations, Locale locale) {
		if (!poll.quorum() || organisations.isEmpty()) {
			return "";
		}
		if (Winner.quorate(count, organisations)) {
			return texts.get(locale, "poll.card.quorum.all");
		}
		long with = organisations.stream().filter(count.organisationsWithYes()::contains).count();
		return texts.get(locale, "poll.card.quorum.some", with, organisations.size());
	}

	private String voters(int voters, boolean open, Locale locale) {
		String key = (open ? "poll.card.voters." : "poll.card.voted.")
				+ (voters == 0 ? "none" : voters == 1 ? "one" : "many");
		return texts.get(locale, key, voters);
	}

	private Button button(DatePoll poll, PollOption option, Answer answer, Locale locale) {
		String command = "vote " + poll.number() + " " + option.number() + " " + answer.name().toLowerCase(Locale.ROOT);
		String label = texts.get(locale, "poll.card.answer." + answer.name());
		return new Button(label, ActionInvocation.scoped(new NetworkId(poll.networkId()), null, command),
				answer == Answer.YES);
	}

	/**
	 * Open: the deadline or that there is none. Closed: when it closed. Both in the
	 * poll's zone.
	 */
	private String deadline(DatePoll poll, Locale locale) {
		Instant at = poll.open() || poll.closedAt() == null ? poll.deadline() : poll.closedAt();
		if (at == null) {
			return texts.get(locale, "poll.card.no-deadline");
		}
		ZoneId zone = zone(poll);
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(at);
		return texts.get(locale, poll.open() ? "poll.card.deadline" : "poll.card.closed-at", when, zone.getId());
	}

	private String result(DatePoll poll, Tally tally, Locale locale) {
		if (poll.winner() == null || poll.option(poll.winner()).isEmpty()) {
			return texts.get(locale, "poll.card.no-winner");
		}
		PollOption won = poll.option(poll.winner()).get();
		Tally.OptionCount count = tally.of(won.number());
		return texts.get(locale, "poll.card.result", won.number(), label(won, locale), count.yes(), count.maybe());
	}

	private static boolean winner(DatePoll poll, PollOption option) {
		return poll.winner() != null && poll.winner() == option.number();
	}

	static ZoneId zone(DatePoll poll) {
		try {
			return poll.zone() == null || poll.zone().isBlank() ? DEFAULT_ZONE : ZoneId.of(poll.zone());
		}
		catch (RuntimeException ex) {
			return DEFAULT_ZONE;
		}
	}

	/**
	 * The option as typed; a date gets its weekday, so nobody has to look up what day the
	 * 29th is.
	 */
	static String label(PollOption option, Locale locale) {
		String label = option.label().replace('\n', ' ').strip();
		if (label.length() > MAX_LABEL) {
			label = label.substring(0, MAX_LABEL - 1) + "…";
		}
		if (!option.isDate()) {
			return label;
		}
		String days = weekday(option.start(), locale);
		if (option.end() != null && !option.end().equals(option.start())) {
			days += "–" + weekday(option.end(), locale);
		}
		return label + " (" + days + ")";
	}

	private static String weekday(LocalDate date, Locale locale) {
		return date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
	}

	/**
	 * Yes counts whole and if-need-be half, of everyone who voted: ▇▇▇▁▁▁▁▁▁▁ is three in
	 * ten. Rounded to the nearest character, so a single yes among many still shows once
	 * it is a twentieth.
	 */
	static String bar(Tally.OptionCount count, int voters) {
		int filled = voters <= 0 ? 0
				: (int) Math.min(BAR_WIDTH, Math.round((count.yes() + count.maybe() / 2.0) * BAR_WIDTH / voters));
		return "▇".repeat(filled) + "▁".repeat(BAR_WIDTH - filled);
	}

}
