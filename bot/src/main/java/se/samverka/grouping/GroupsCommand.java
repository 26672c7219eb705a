package se.samverka.grouping;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.DateReader;
import se.samverka.chat.Message;
import se.samverka.meeting.AgendaSlot;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;

/**
 * {@code groups <size> [time]}: organisers split the people at the next meeting into
 * mixed groups for its group-work slot going on now, else the next one, or the one that
 * starts at the given time ({@code 10:15}, {@code 10.15}, {@code kl 10.15}). Running it
 * again for the same slot replaces the groups; for a later slot it makes new groups,
 * apart from the previous slot's.
 */
@Component
class GroupsCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("groups", "grupper", "dela in grupper", "nya grupper"), Access.ORGANISER, "help.groups")
		.refusingNonMembersWith("grouping.not-member");

	private final Meetings meetings;

	private final MixedGroups groups;

	private final GroupAnnouncement announcement;

	GroupsCommand(Meetings meetings, MixedGroups groups, GroupAnnouncement announcement) {
		this.meetings = meetings;
		this.groups = groups;
		this.announcement = announcement;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		String[] typed = ctx.args().split("\\s+", 2);
		Optional<LocalTime> start = typed.length == 2 ? DateReader.time(typed[1]) : Optional.empty();
		if (!typed[0].matches("[+-]?\\d{1,9}") || (typed.length == 2 && start.isEmpty())) {
			return List.of(Message.text(ctx.t("grouping.usage")));
		}
		int size = Integer.parseInt(typed[0]);
		if (size < 1) {
			return List.of(Message.text(ctx.t("grouping.size-too-small")));
		}
		if (size > MixedGroups.MAX_SIZE) {
			return List.of(Message.text(ctx.t("grouping.size-too-large", MixedGroups.MAX_SIZE)));
		}
		Optional<Meeting> next = meetings.next(ctx.network());
		if (next.isEmpty()) {
			return List.of(Message.text(ctx.t("grouping.no-meeting")));
		}
		Meeting meeting = next.get();
		Optional<AgendaSlot> slot = start.isPresent() ? groups.slotAt(meeting, start.get()) : groups.slotFor(meeting);
		if (slot.isEmpty()) {
			return List.of(Message
				.text(start.isPresent() ? ctx.t("grouping.no-slot-at", meeting.number(), meeting.title(), typed[1])
						: ctx.t("grouping.no-slot", meeting.number(), meeting.title())));
		}
		Optional<MixedGroups.Made> made = groups.make(meeting, slot.get(), size, ctx.person());
		if (made.isEmpty()) {
			return List.of(Message.text(ctx.t("grouping.nobody")));
		}
		GroupAnnouncement.Reach reach = announcement.announce(made.get(), slot.get());
		return List.of(reply(ctx, made.get(), slot.get(), reach));
	}

	private static Message reply(CommandContext ctx, MixedGroups.Made made, AgendaSlot slot,
			GroupAnnouncement.Reach reach) {
		Grouping grouping = made.grouping();
		Message.Builder reply = Message.builder()
			.paragraph(ctx.t(made.separated() ? "grouping.done-new" : "grouping.done", GroupCard.slotLine(slot),
					count(ctx, "grouping.count.people", grouping.people()),
					count(ctx, "grouping.count.groups", grouping.groups().size())))
			.paragraph(ctx.t(made.present() ? "grouping.from-present" : "grouping.from-participants"));
		if (made.replaced()) {
			reply.paragraph(ctx.t("grouping.replaced"));
		}
		reply.paragraph(ctx.t("grouping.posted", reach.posted()));
		if (reach.unreached().isEmpty()) {
			reply.paragraph(ctx.t("grouping.reached-all", reach.reached()));
		}
		else {
			reply.paragraph(ctx.t("grouping.reached-some", reach.reached(), grouping.people(),
					String.join(", ", reach.unreached())));
		}
		return reply.build();
	}

	/**
	 * "en grupp", "3 grupper": the bundles hold the singular apart, so no nested choice
	 * formats are needed.
	 */
	private static String count(CommandContext ctx, String key, int n) {
		return n == 1 ? ctx.t(key + ".one") : ctx.t(key, n);
	}

}
