package se.samverka.grouping;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.meeting.AgendaSlot;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;

/**
 * {@code groups <size> [time]}: organisers split the people at the next meeting into
 * mixed groups for its group-work slot going on now, else the next one, or the one that
 * starts at the given time. Running it again for the same slot replaces the groups; for a
 * later slot it makes new groups, apart from the previous slot's.
 */
@Component
class GroupsCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("groups", "grupper", "dela in grupper", "nya grupper"), Access.ORGANISER, "help.groups")
		.refusingNonMembersWith("grouping.not-member");

	private final SlotChoice slots;

	private final MixedGroups groups;

	private final GroupAnnouncement announcement;

	GroupsCommand(SlotChoice slots, MixedGroups groups, GroupAnnouncement announcement) {
		this.slots = slots;
		this.groups = groups;
		this.announcement = announcement;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		// the size, then perhaps a start time ("10:15", "kl 10.15")
		String[] typed = ctx.args().split("\\s+", 2);
		if (!typed[0].matches("[+-]?\\d{1,9}")) {
			return List.of(Message.text(ctx.t("grouping.usage")));
		}
		int size = Integer.parseInt(typed[0]);
		if (size < 2) {
			return List.of(Message.text(ctx.t("grouping.size-too-small")));
		}
		if (size > MixedGroups.MAX_SIZE) {
			return List.of(Message.text(ctx.t("grouping.size-too-large", MixedGroups.MAX_SIZE)));
		}
		SlotChoice.Chosen choice = slots.choose(ctx, typed.length == 2 ? typed[1] : null, "grouping.usage");
		if (choice.refused()) {
			return List.of(Message.text(choice.refusal()));
		}
		MixedGroups.Chosen chosen = groups.chosen(choice.meeting());
		int people = chosen.people().size();
		if (people == 0) {
			return List.of(Message.text(ctx.t("grouping.nobody")));
		}
		if (people == 1) {
			return List.of(Message.text(ctx.t("grouping.only-one")));
		}
		if (people < 4 && people > size) {
			// two groups would leave someone alone
			return List.of(Message.text(ctx.t("grouping.too-few", people)));
		}
		MixedGroups.Made made = groups.make(choice.meeting(), choice.slot(), size, ctx.person(), chosen);
		GroupAnnouncement.Reach reach = announcement.announce(made, choice.slot());
		return List.of(reply(ctx, made, choice.slot(), reach, size));
	}

	private static Message reply(CommandContext ctx, MixedGroups.Made made, AgendaSlot slot,
			GroupAnnouncement.Reach reach, int size) {
		Grouping grouping = made.grouping();
		Message.Builder reply = Message.builder()
			.paragraph(ctx.t(made.separated() ? "grouping.done-new" : "grouping.done", GroupCard.slotLine(slot),
					count(ctx, "grouping.count.people", grouping.people()),
					count(ctx, "grouping.count.groups", grouping.groups().size())))
			.paragraph(ctx.t(made.present() ? "grouping.from-present" : "grouping.from-participants"));
		if (grouping.groups().stream().anyMatch(g -> g.personIds().size() > size)) {
			reply.paragraph(ctx.t("grouping.larger", size));
		}
		if (made.replaced()) {
			reply.paragraph(ctx.t("grouping.replaced"));
		}
		reach.addTo(reply, ctx, grouping);
		return reply.build();
	}

	/**
	 * "en grupp", "3 grupper": the bundles hold the singular apart, so no nested choice
	 * formats are needed.
	 */
	static String count(CommandContext ctx, String key, int n) {
		return n == 1 ? ctx.t(key + ".one") : ctx.t(key, n);
	}

}
