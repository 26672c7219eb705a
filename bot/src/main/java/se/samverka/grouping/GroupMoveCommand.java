package se.samverka.grouping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.meeting.AgendaSlot;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;
import se.samverka.network.Membership;
import se.samverka.network.Networks;

/**
 * {@code group move <name> <group>} / {@code grupp flytta <namn> <grupp>}: organisers
 * move one person to another group; both groups are told.
 */
@Component
class GroupMoveCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("group move", "grupp flytta", "flytta grupp", "move group"), Access.ORGANISER,
			"help.group-move")
		.refusingNonMembersWith("grouping.not-member");

	/**
	 * A name, then the group's number: {@code Anna Berg 3}, {@code Anna till grupp 3}.
	 */
	private static final Pattern TYPED = Pattern
		.compile("(?iu)(.+?)\\s+(?:(?:till|to|into)\\s+)?(?:(?:grupp|group)\\s+)?(\\d{1,4})");

	private final Meetings meetings;

	private final Networks networks;

	private final GroupMoves moves;

	private final GroupAnnouncement announcement;

	GroupMoveCommand(Meetings meetings, Networks networks, GroupMoves moves, GroupAnnouncement announcement) {
		this.meetings = meetings;
		this.networks = networks;
		this.moves = moves;
		this.announcement = announcement;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Matcher typed = TYPED.matcher(ctx.args());
		if (!typed.matches()) {
			return text(ctx.t("grouping.move.usage"));
		}
		Optional<Meeting> next = meetings.next(ctx.network());
		if (next.isEmpty()) {
			return text(ctx.t("grouping.no-meeting"));
		}
		Meeting meeting = next.get();
		Optional<Grouping> current = moves.current(meeting);
		Optional<AgendaSlot> slot = current.flatMap(g -> GroupMoves.slotOf(meeting, g));
		if (slot.isEmpty()) {
			return text(ctx.t("grouping.move.no-groups", meeting.number(), meeting.title()));
		}
		Grouping grouping = current.get();
		List<Membership> members = networks.members(new NetworkId(meeting.networkId()));
		GroupCard card = announcement.card(members);
		Map<String, String> names = new HashMap<>();
		Map<String, String> labels = new HashMap<>();
		grouping.groups().forEach(g -> g.personIds().forEach(p -> {
			names.put(p, card.name(p));
			labels.put(p, card.label(p));
		}));
		String name = typed.group(1).strip();
		List<String> found = GroupMoves.matching(name, names, labels);
		String slotLine = GroupCard.slotLine(slot.get());
		if (found.isEmpty()) {
			return text(ctx.t("grouping.move.unknown-name", name, slotLine));
		}
		if (found.size() > 1) {
			String who = found.stream()
				.map(p -> ctx.t("grouping.move.candidate", card.label(p),
						grouping.groupOf(new PersonId(p)).orElseThrow()))
				.sorted()
				.collect(Collectors.joining(", "));
			return text(ctx.t("grouping.move.ambiguous", name, who));
		}
		String personId = found.get(0);
		int to = Integer.parseInt(typed.group(2));
		int from = grouping.groupOf(new PersonId(personId)).orElseThrow();
		if (grouping.groups().stream().noneMatch(g -> g.number() == to)) {
			String numbers = grouping.groups()
				.stream()
				.map(g -> String.valueOf(g.number()))
				.collect(Collectors.joining(", "));
			return text(ctx.t("grouping.move.unknown-group", to, slotLine, numbers));
		}
		if (from == to) {
			return text(ctx.t("grouping.move.already", card.name(personId), to));
		}
		Optional<GroupMoves.Moved> moved = moves.move(grouping, personId, to, ctx.person());
		if (moved.isEmpty()) {
			return text(ctx.t("grouping.move.changed"));
		}
		GroupAnnouncement.Reach reach = announcement.announceMove(moved.get(), members, slot.get());
		Message.Builder reply = Message.builder()
			.paragraph(ctx.t("grouping.move.done", card.name(personId), from, to, slotLine), Tone.GOOD);
		int left = moved.get()
			.grouping()
			.groups()
			.stream()
			.filter(g -> g.number() == from)
			.mapToInt(g -> g.personIds().size())
			.sum();
		if (left < 2) {
			reply.paragraph(ctx.t("grouping.move.left-small", from, left));
		}
		reply.paragraph(ctx.t("grouping.move.told", from, to, reach.reached(), reach.posted()), Tone.SUBTLE);
		if (!reach.unreached().isEmpty()) {
			reply.paragraph(ctx.t("grouping.move.unreached", String.join(", ", reach.unreached())));
		}
		return List.of(reply.build());
	}

	private static List<Message> text(String text) {
		return List.of(Message.text(text));
	}

}
