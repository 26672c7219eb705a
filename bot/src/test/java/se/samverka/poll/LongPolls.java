package se.samverka.poll;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.samverka.chat.AppTexts;
import se.samverka.chat.Message;
import se.samverka.chat.Texts;

/**
 * Polls for the card's tests: the largest one a card must hold (25 options with labels of
 * the longest length the card shows, many voters) and a small date poll. Public so that
 * each channel's tests can render their cards through the real renderers.
 */
public final class LongPolls {

	public static final int OPTIONS = 25;

	static final Instant CREATED = Instant.parse("2021-06-01T08:00:00Z");

	static final Instant DEADLINE = Instant.parse("2021-06-15T10:00:00Z");

	private LongPolls() {
	}

	/**
	 * The label of option {@code number} of the long poll: unique at its start, cut on
	 * the card.
	 */
	public static String label(int number) {
		return ("Alternativ " + number + ": "
				+ "heldag i Växjö med samverkan mellan skola & socialtjänst <b>*fett*</b> ".repeat(6))
			.substring(0, PollCard.MAX_LABEL);
	}

	static DatePoll longPoll(boolean open) {
		List<PollOption> options = new ArrayList<>();
		for (int i = 1; i <= OPTIONS; i++) {
			options.add(new PollOption(i, label(i), null, null));
		}
		return new DatePoll("long-poll", "long-network", 12,
				"Vilken dag passar för nästa träff? " + "Lång fråga ".repeat(20), options, DEADLINE, "Europe/Stockholm",
				false, true, open ? DatePoll.PollState.OPEN : DatePoll.PollState.CLOSED, "anna", CREATED,
				open ? null : DEADLINE, open ? null : 7);
	}

	static Tally longTally() {
		List<Tally.OptionCount> counts = new ArrayList<>();
		for (int i = 1; i <= OPTIONS; i++) {
			counts.add(new Tally.OptionCount(i, i * 17, 499 - i * 17, 1, Set.of("Region Kronoberg")));
		}
		return new Tally("long-poll", 500, counts);
	}

	/** The open long poll's card, as PollPosts posts it. */
	public static Message card(Locale locale) {
		return new PollCard(texts()).render(longPoll(true), longTally(), java.util.Set.of(), locale);
	}

	/** The long poll's card once it closed (option 7 won): no buttons. */
	public static Message closedCard(Locale locale) {
		return new PollCard(texts()).render(longPoll(false), longTally(), java.util.Set.of(), locale);
	}

	/** The seed's poll: three dates, one a range. */
	static DatePoll datePoll(boolean anonymous) {
		return new DatePoll("date-poll", "net", 3, "Nästa träff",
				List.of(new PollOption(1, "2021-09-29", LocalDate.of(2021, 9, 29), null),
						new PollOption(2, "2021-09-29–30", LocalDate.of(2021, 9, 29), LocalDate.of(2021, 9, 30)),
						new PollOption(3, "2021-10-01", LocalDate.of(2021, 10, 1), null)),
				DEADLINE, "Europe/Stockholm", anonymous, false, DatePoll.PollState.OPEN, "anna", CREATED, null, null);
	}

	static Texts texts() {
		return AppTexts.texts();
	}

}
