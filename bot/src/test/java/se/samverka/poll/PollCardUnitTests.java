package se.samverka.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.samverka.chat.NetworkId;
import se.samverka.chat.ActionInvocation;
import se.samverka.chat.Block;
import se.samverka.chat.Block.Actions;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Message;

/**
 * The poll card's content, in Swedish and English, open and closed, before any platform
 * renders it.
 */
class PollCardUnitTests {

	static final Locale SV = Locale.forLanguageTag("sv");

	static final Locale EN = Locale.forLanguageTag("en");

	final PollCard cards = new PollCard(LongPolls.texts());

	@Test
	void anOpenDatePollShowsDeadlineCountsBarsAndThreeButtonsPerOption() {
		Tally tally = new Tally("date-poll", 4,
				List.of(new Tally.OptionCount(1, 3, 1, 0, Set.of()), new Tally.OptionCount(2, 0, 2, 2, Set.of())));

		Message card = cards.render(LongPolls.datePoll(false), tally, Set.of(), SV);

		String text = card.fallbackText();
		assertThat(text).startsWith("Nästa träff")
			// 12:00 in Stockholm (summer time) is 10:00 UTC.
			.contains("Sista dag: 15 juni 2021 12:00 (Europe/Stockholm)")
			.contains("1. 2021-09-29 (onsdag)\n▇▇▇▇▇▇▇▇▇▁  ja 3 · om det behövs 1")
			.contains("2. 2021-09-29–30 (onsdag–torsdag)\n▇▇▇▁▁▁▁▁▁▁  ja 0 · om det behövs 2")
			.contains("3. 2021-10-01 (fredag)\n▁▁▁▁▁▁▁▁▁▁  ja 0 · om det behövs 0")
			.contains("Omröstning 3 · 4 personer har röstat · skriv rösta 3 <alternativ> ja|kanske|nej")
			.doesNotContain("Anonym");
		List<List<Button>> rows = buttonRows(card);
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1)).extracting(Button::label).containsExactly("Ja", "Om det behövs", "Nej");
		assertThat(rows.get(1)).extracting(b -> new ActionInvocation(b.command(), null))
			.allSatisfy(a -> assertThat(a.network()).as("the card carries its network").isEqualTo(new NetworkId("net")))
			.extracting(ActionInvocation::command)
			.containsExactly("vote 3 2 yes", "vote 3 2 maybe", "vote 3 2 no");
		assertThat(rows.get(2).get(0).primary()).isTrue();
	}

	@Test
	void englishAndAnonymousAndWithoutDeadline() {
		DatePoll poll = LongPolls.datePoll(true);
		DatePoll noDeadline = new DatePoll(poll.id(), poll.networkId(), poll.number(), poll.question(), poll.options(),
				null, poll.zone(), true, false, DatePoll.PollState.OPEN, "anna", poll.createdAt(), null, null);

		Message card = cards.render(noDeadline,
				new Tally(poll.id(), 1, List.of(new Tally.OptionCount(3, 1, 0, 0, Set.of()))), Set.of(), EN);

		assertThat(card.fallbackText()).contains("No deadline")
			.contains("Anonymous poll")
			.contains("1. 2021-09-29 (Wednesday)")
			.contains("3. 2021-10-01 (Friday)\n▇▇▇▇▇▇▇▇▇▇  yes 1 · if need be 0")
			.contains("Poll 3 · one person has voted · type vote 3 <option> yes|maybe|no");
		assertThat(buttonRows(card).get(0)).extracting(Button::label).containsExactly("Yes", "If need be", "No");
		assertThat(buttonRows(card).get(0)).extracting(b -> new ActionInvocation(b.command(), null).command())
			.containsExactly("vote 3 1 yes", "vote 3 1 maybe", "vote 3 1 no");
	}

	@Test
	void aQuorumPollSaysForEachOptionWhetherEveryOrganisationHasAYes() {
		DatePoll poll = LongPolls.datePoll(false);
		DatePoll quorum = new DatePoll(poll.id(), poll.networkId(), poll.number(), poll.question(), poll.options(),
				poll.deadline(), poll.zone(), false, true, DatePoll.PollState.OPEN, "anna", poll.createdAt(), null,
				null);
		Tally tally = new Tally(poll.id(), 3,
				List.of(new Tally.OptionCount(1, 3, 0, 0, Set.of("Polisen", "Skolan", "Region")),
						new Tally.OptionCount(2, 1, 2, 0, Set.of("Skolan"))));

		String text = cards.render(quorum, tally, Set.of("Polisen", "Skolan", "Region"), SV).fallbackText();

		assertThat(text).contains("ja 3 · om det behövs 0 · ✓ alla organisationer har ja")
			.contains("ja 1 · om det behövs 2 · 1 av 3 organisationer har ja")
			.contains("ja 0 · om det behövs 0 · 0 av 3 organisationer har ja");
		assertThat(cards.render(poll, tally, Set.of("Polisen", "Skolan", "Region"), SV).fallbackText())
			.as("without quorum nothing is said about organisations")
			.doesNotContain("organisationer");
	}

	@Test
	void aClosedPollShowsTheResultAndNoButtons() {
		Message card = LongPolls.closedCard(SV);

		assertThat(buttonRows(card)).isEmpty();
		assertThat(card.fallbackText()).contains("Omröstningen är stängd. Resultat: 7. Alternativ 7: heldag")
			.contains("ja 119, om det behövs 380")
			.contains("Stängd 15 juni 2021 12:00")
			.contains("Omröstning 12 · stängd · 500 personer röstade");
	}

	@Test
	void aClosedPollWithoutVotesHasNoWinner() {
		DatePoll poll = LongPolls.datePoll(false);
		DatePoll closed = new DatePoll(poll.id(), poll.networkId(), poll.number(), poll.question(), poll.options(),
				poll.deadline(), poll.zone(), false, false, DatePoll.PollState.CLOSED, "anna", poll.createdAt(),
				poll.deadline(), null);

		Message card = cards.render(closed, new Tally(poll.id(), 0, List.of()), Set.of(), EN);

		assertThat(card.fallbackText()).contains("closed without a winner").contains("closed · nobody voted");
		assertThat(buttonRows(card)).isEmpty();
	}

	@Test
	void theBarCountsYesWholeAndIfNeedBeHalfOfEveryVoter() {
		assertThat(PollCard.bar(new Tally.OptionCount(1, 0, 0, 0, Set.of()), 0)).isEqualTo("▁▁▁▁▁▁▁▁▁▁");
		assertThat(PollCard.bar(new Tally.OptionCount(1, 10, 0, 0, Set.of()), 10)).isEqualTo("▇▇▇▇▇▇▇▇▇▇");
		assertThat(PollCard.bar(new Tally.OptionCount(1, 0, 10, 0, Set.of()), 10)).isEqualTo("▇▇▇▇▇▁▁▁▁▁");
		assertThat(PollCard.bar(new Tally.OptionCount(1, 1, 0, 0, Set.of()), 100)).isEqualTo("▁▁▁▁▁▁▁▁▁▁");
		assertThat(PollCard.bar(new Tally.OptionCount(1, 1, 0, 9, Set.of()), 10)).isEqualTo("▇▁▁▁▁▁▁▁▁▁");
	}

	@Test
	void theLongestPollHasEveryOptionWithItsButtons() {
		Message card = LongPolls.card(SV);

		assertThat(buttonRows(card)).hasSize(LongPolls.OPTIONS);
		for (int i = 1; i <= LongPolls.OPTIONS; i++) {
			assertThat(card.fallbackText()).contains(i + ". Alternativ " + i + ": ");
		}
		assertThat(buttonRows(card).get(24)).extracting(b -> new ActionInvocation(b.command(), null).command())
			.contains("vote 12 25 maybe");
	}

	static List<List<Button>> buttonRows(Message card) {
		return card.blocks()
			.stream()
			.filter(Actions.class::isInstance)
			.map(Actions.class::cast)
			.map(Actions::buttons)
			.toList();
	}

	static List<Block> blocks(Message card) {
		return card.blocks();
	}

}
