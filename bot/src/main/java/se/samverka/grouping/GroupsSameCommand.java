package se.samverka.grouping;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;

/**
 * {@code groups same [time]} / {@code grupper samma [tid]}: the group work going on now
 * (or next, or at the time) keeps the groups of the slot before it, posted again for it,
 * the same people in the same groups.
 */
@Component
class GroupsSameCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("groups same", "grupper samma",
			"samma grupper", "same groups", "behåll grupperna", "keep groups"), Access.ORGANISER, "help.groups-same")
		.refusingNonMembersWith("grouping.not-member");

	private final SlotChoice slots;

	private final Groupings groupings;

	private final MixedGroups groups;

	private final GroupAnnouncement announcement;

	GroupsSameCommand(SlotChoice slots, Groupings groupings, MixedGroups groups, GroupAnnouncement announcement) {
		this.slots = slots;
		this.groupings = groupings;
		this.groups = groups;
		this.announcement = announcement;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		// perhaps a start time ("10:15", "kl 10.15"); the slot choice reads it
		String time = ctx.args().isBlank() ? null : ctx.args().strip();
		SlotChoice.Chosen choice = slots.choose(ctx, time, "grouping.same.usage");
		if (choice.refused()) {
			return List.of(Message.text(choice.refusal()));
		}
		String slotLine = GroupCard.slotLine(choice.slot());
		Optional<Grouping> earlier = groupings.before(choice.meeting().id(), choice.slot().start());
		if (earlier.isEmpty()) {
			return List.of(Message.text(ctx.t("grouping.same.none", slotLine)));
		}
		MixedGroups.Made made = groups.keep(choice.meeting(), choice.slot(), earlier.get(), ctx.person().value());
		GroupAnnouncement.Reach reach = announcement.announce(made, choice.slot());
		Grouping grouping = made.grouping();
		Message.Builder reply = Message.builder()
			.paragraph(ctx.t("grouping.same.done", slotLine, earlier.get().slot() + " " + earlier.get().slotTitle(),
					GroupsCommand.count(ctx, "grouping.count.people", grouping.people()),
					GroupsCommand.count(ctx, "grouping.count.groups", grouping.groups().size())));
		if (made.replaced()) {
			reply.paragraph(ctx.t("grouping.replaced"));
		}
		reach.addTo(reply, ctx, grouping);
		return List.of(reply.build());
	}

}
