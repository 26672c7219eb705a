package se.samverka.archive;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.samverka.archive.ArchiveEntry.Paragraph;
import se.samverka.archive.ArchiveEntry.Table;
import se.samverka.poll.DatePoll;
import se.samverka.poll.PollOption;
import se.samverka.poll.Polls;
import se.samverka.poll.Tally;

/** Date polls with their counts per option and, once closed, the winner. */
@Component
@Order(40)
class PollsSection implements ArchiveSection {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final Polls polls;

	PollsSection(Polls polls) {
		this.polls = polls;
	}

	@Override
	public String headingKey() {
		return "archive.polls";
	}

	@Override
	public List<ArchiveEntry> entries(ArchiveScope scope) {
		List<ArchiveEntry> entries = new ArrayList<>();
		for (DatePoll poll : polls.of(scope.network())) {
			Tally tally = polls.tally(poll);
			List<List<String>> rows = new ArrayList<>();
			for (PollOption option : poll.options()) {
				Tally.OptionCount count = tally.of(option.number());
				rows.add(List.of(option.number() + ". " + option.label(), Integer.toString(count.yes()),
						Integer.toString(count.maybe()), Integer.toString(count.no())));
			}
			List<ArchiveEntry.Part> parts = List.of(new Paragraph(status(poll, tally, scope)),
					new Table(scope.t("archive.polls.caption", poll.number()), List.of(scope.t("archive.polls.option"),
							scope.t("archive.polls.yes"), scope.t("archive.polls.maybe"), scope.t("archive.polls.no")),
							rows));
			entries.add(new ArchiveEntry(null, poll.createdAt(),
					scope.t("archive.polls.title", poll.number(), poll.question()), parts));
		}
		return entries;
	}

	private static String status(DatePoll poll, Tally tally, ArchiveScope scope) {
		if (poll.open()) {
			String deadline = poll.deadline() == null ? "–" : MINUTE.format(poll.deadline().atZone(scope.zone()));
			return scope.t("archive.polls.open", tally.voters(), deadline);
		}
		String winner = poll.winner() == null ? scope.t("archive.polls.no-winner")
				: poll.option(poll.winner()).map(PollOption::label).orElse("–");
		return scope.t("archive.polls.closed", tally.voters(), winner);
	}

}
