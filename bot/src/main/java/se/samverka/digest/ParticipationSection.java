package se.samverka.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import se.samverka.chat.Block;
import se.samverka.chat.Block.Fact;
import se.samverka.grouping.Attendances;
import se.samverka.homework.HomeworkSummary;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;
import se.samverka.network.Membership;
import se.samverka.network.Networks;
import se.samverka.poll.Polls;
import se.samverka.reflection.BoardHighlights;

/**
 * Participation per organisation since the last meeting: members, present at that meeting
 * (said {@code here}), notes on boards since it began, voters in the newest poll,
 * homework done. Only counts, never who; anonymous notes are counted apart, never under
 * an organisation. A chart shows presence (or, before any meeting, members).
 */
@Component
class ParticipationSection implements DigestSection {

	private final Networks networks;

	private final Meetings meetings;

	private final Attendances attendances;

	private final Polls polls;

	private final HomeworkSummary homework;

	ParticipationSection(Networks networks, Meetings meetings, Attendances attendances, Polls polls,
			HomeworkSummary homework) {
		this.networks = networks;
		this.meetings = meetings;
		this.attendances = attendances;
		this.polls = polls;
		this.homework = homework;
	}

	@Override
	public int order() {
		return 300;
	}

	/** One organisation's counts. */
	static final class Row {

		int members;

		int present;

		int notes;

		int votes;

		int homework;

	}

	@Override
	public List<Block> render(DigestContext ctx) {
		Optional<Meeting> last = meetings.lastHeld(ctx.network());
		Instant since = last.map(Meeting::startsAt).orElse(null);
		Map<String, String> organisationOf = new TreeMap<>();
		Map<String, Row> rows = new TreeMap<>();
		for (Membership member : networks.members(ctx.network())) {
			String organisation = name(ctx, member.organisation());
			organisationOf.put(member.personId(), organisation);
			rows.computeIfAbsent(organisation, o -> new Row()).members++;
		}
		last.ifPresent(meeting -> attendances.present(meeting.id())
			.forEach(person -> row(rows, organisationOf.getOrDefault(person, name(ctx, null))).present++));
		BoardHighlights.NoteCounts notes = ctx.boards().notesPerOrganisation(since);
		notes.perOrganisation().forEach((organisation, n) -> row(rows, name(ctx, organisation)).notes += n);
		polls.newest(ctx.network())
			.ifPresent(poll -> polls.votersPerOrganisation(poll)
				.forEach((organisation, n) -> row(rows, name(ctx, organisation)).votes += n));
		homework.completePerOrganisation(ctx.network())
			.forEach((organisation, n) -> row(rows, name(ctx, organisation)).homework += n);

		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(ctx.t("digest.participation.heading")));
		blocks
			.add(new Block.Paragraph(last.map(m -> ctx.t("digest.participation.since", m.number(), m.date().toString()))
				.orElse(ctx.t("digest.participation.no-meeting")), Block.Tone.SUBTLE));
		List<Block.Bar> bars = new ArrayList<>();
		List<Fact> facts = new ArrayList<>();
		rows.forEach((organisation, row) -> {
			bars.add(last.isPresent()
					? new Block.Bar(organisation, row.present,
							ctx.t("digest.participation.bar-present", row.present, row.members))
					: new Block.Bar(organisation, row.members));
			facts.add(new Fact(organisation,
					ctx.t("digest.participation.row", row.members, row.present, row.notes, row.votes, row.homework)));
		});
		blocks
			.add(new Block.BarChart(last.isPresent() ? ctx.t("digest.participation.chart-present", last.get().number())
					: ctx.t("digest.participation.chart-members"), bars));
		blocks.add(new Block.Facts(facts));
		if (notes.anonymous() > 0) {
			blocks.add(
					new Block.Paragraph(ctx.t("digest.participation.anonymous", notes.anonymous()), Block.Tone.SUBTLE));
		}
		return blocks;
	}

	private static Row row(Map<String, Row> rows, String organisation) {
		return rows.computeIfAbsent(organisation, o -> new Row());
	}

	private static String name(DigestContext ctx, String organisation) {
		return organisation == null || organisation.isBlank() ? ctx.t("digest.participation.no-organisation")
				: organisation;
	}

}
