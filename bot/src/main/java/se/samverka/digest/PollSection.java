package se.samverka.digest;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Block;
import se.samverka.poll.DatePoll;
import se.samverka.poll.PollOption;
import se.samverka.poll.Polls;
import se.samverka.poll.Tally;

/**
 * The newest poll: while open its deadline and the yes so far per option, once closed its
 * result.
 */
@Component
class PollSection implements DigestSection {

	/** Options shown as bars; a poll has at most 25. */
	static final int MAX_BARS = 10;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Polls polls;

	PollSection(Polls polls) {
		this.polls = polls;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public List<Block> render(DigestContext ctx) {
		DatePoll poll = polls.newest(ctx.network()).orElse(null);
		if (poll == null) {
			return List.of();
		}
		Tally tally = polls.tally(poll);
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(ctx.t("digest.poll.heading", poll.number(), poll.question())));
		if (poll.open()) {
			String deadline = poll.deadline() == null ? ctx.t("digest.poll.no-deadline")
					: WHEN.format(poll.deadline().atZone(ctx.zone()));
			blocks.add(new Block.Paragraph(ctx.t("digest.poll.open", deadline, tally.voters())));
			List<Block.Bar> bars = new ArrayList<>();
			for (PollOption option : poll.options().subList(0, Math.min(MAX_BARS, poll.options().size()))) {
				Tally.OptionCount count = tally.of(option.number());
				bars.add(new Block.Bar(option.number() + ". " + option.label(), count.yes(),
						ctx.t("digest.poll.bar", count.yes(), count.maybe())));
			}
			if (tally.voters() > 0) {
				blocks.add(new Block.BarChart(ctx.t("digest.poll.chart"), bars));
			}
			return blocks;
		}
		String result = poll.winner() == null ? ctx.t("digest.poll.no-winner")
				: poll.option(poll.winner())
					.map(o -> ctx.t("digest.poll.winner", o.label(), tally.of(o.number()).yes(), tally.voters()))
					.orElse(ctx.t("digest.poll.no-winner"));
		blocks.add(new Block.Paragraph(result, Block.Tone.GOOD));
		return blocks;
	}

}
