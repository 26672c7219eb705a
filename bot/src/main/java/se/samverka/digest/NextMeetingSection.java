package se.samverka.digest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Block;
import se.samverka.chat.Block.Fact;
import se.samverka.meeting.AgendaSlot;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;
import se.samverka.meeting.SlotKind;

/**
 * The next meeting: when and where, and how far its agenda is: a meeting planned by a
 * poll has one whole-day item until organisers fill it in.
 */
@Component
class NextMeetingSection implements DigestSection {

	private final Meetings meetings;

	NextMeetingSection(Meetings meetings) {
		this.meetings = meetings;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public List<Block> render(DigestContext ctx) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(ctx.t("digest.meeting.heading")));
		Meeting meeting = meetings.next(ctx.network()).orElse(null);
		if (meeting == null) {
			blocks.add(new Block.Paragraph(ctx.t("digest.meeting.none"), Block.Tone.SUBTLE));
			return blocks;
		}
		List<AgendaSlot> slots = meeting.slots();
		long groupWork = slots.stream().filter(s -> s.kind() == SlotKind.GROUP_WORK).count();
		String agenda = slots.size() <= 1 ? ctx.t("digest.meeting.agenda-open")
				: ctx.t("digest.meeting.agenda", slots.size(), groupWork, slots.get(0).start().toString(),
						(slots.get(slots.size() - 1).end() != null ? slots.get(slots.size() - 1).end()
								: slots.get(slots.size() - 1).start())
							.toString());
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(ctx.t("digest.meeting.which", meeting.number()), meeting.title()));
		facts.add(new Fact(ctx.t("digest.meeting.when"),
				meeting.date() + (meeting.place() == null || meeting.place().isBlank() ? "" : ", " + meeting.place())));
		facts.add(new Fact(ctx.t("digest.meeting.agenda-label"), agenda));
		blocks.add(new Block.Facts(facts));
		return blocks;
	}

}
