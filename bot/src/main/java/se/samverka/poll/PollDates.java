package se.samverka.poll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.samverka.chat.CommandContext;
import se.samverka.chat.DateTexts;

/**
 * What a new poll's options mean for the next meeting, said when it is created: a winning
 * date plans the meeting by itself, free text does not, and a date that has already been
 * is pointed out.
 */
final class PollDates {

	private PollDates() {
	}

	static List<String> explain(DatePoll poll, LocalDate today, CommandContext ctx) {
		List<String> lines = new ArrayList<>();
		List<String> freeText = poll.options()
			.stream()
			.filter(o -> !o.isDate())
			.map(o -> Integer.toString(o.number()))
			.toList();
		if (freeText.isEmpty()) {
			lines.add(ctx.t("poll.created.plans-meeting"));
		}
		else if (freeText.size() == poll.options().size()) {
			lines.add(ctx.t("poll.created.free-text"));
		}
		else {
			lines.add(ctx.t("poll.created.some-free-text", String.join(", ", freeText)));
		}
		poll.options()
			.stream()
			.filter(o -> o.isDate() && o.start().isBefore(today))
			.forEach(o -> lines.add(ctx.t("poll.created.past", o.number(), DateTexts.day(o.start(), ctx.locale()))));
		return lines;
	}

}
