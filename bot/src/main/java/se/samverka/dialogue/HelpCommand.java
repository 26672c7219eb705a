package se.samverka.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Caller;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Languages;
import se.samverka.chat.Message;
import se.samverka.dialogue.MeetingPhase.Phase;
import se.samverka.meeting.Meetings;

/**
 * {@code help}: what this person can do now, on one screen: for someone outside any
 * network how to start or join one, for a member what fits where the network is (before,
 * during or after a meeting) and their role; then the topics {@code help <topic>} tells
 * the rest of.
 */
@Component
class HelpCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("help", "hjälp", "hjalp", "?"),
			Access.EVERYONE, "help.help");

	/** At most this many suggestions, so that help fits on a phone's screen. */
	private static final int MOST = 6;

	private static final List<String> OUTSIDE = List.of("help.network-create", "help.join", "help.network-list",
			"help.language");

	private static final Map<Phase, List<String>> PARTICIPANT = Map.of(Phase.NONE,
			List.of("help.meeting-list", "help.vote", "help.answer", "help.organisations"), Phase.BEFORE,
			List.of("help.agenda", "help.meeting-ics", "help.vote", "help.answer"), Phase.DURING,
			List.of("help.now", "help.here", "help.note", "help.note-anon", "help.plus", "help.agenda"), Phase.AFTER,
			List.of("help.evaluate", "help.answer", "help.vote", "help.board-export", "help.meeting-list"));

	private static final Map<Phase, List<String>> ORGANISER = Map.of(Phase.NONE,
			List.of("help.meeting-create", "help.poll", "help.organisations", "help.network-new-code"), Phase.BEFORE,
			List.of("help.agenda", "help.meeting-edit", "help.poll", "help.homework", "help.meeting-ics"), Phase.DURING,
			List.of("help.now", "help.groups", "help.board-create", "help.gather", "help.here"), Phase.AFTER,
			List.of("help.evaluation-send", "help.homework", "help.poll", "help.digest-preview",
					"help.meeting-create"));

	private static final Map<Phase, String> STATE = Map.of(Phase.NONE, "help.state.none", Phase.BEFORE,
			"help.state.before", Phase.DURING, "help.state.during", Phase.AFTER, "help.state.after");

	private final ObjectProvider<CommandHandler> handlers;

	private final Meetings meetings;

	private final Clock clock;

	HelpCommand(ObjectProvider<CommandHandler> handlers, Meetings meetings, Clock clock) {
		this.handlers = handlers;
		this.meetings = meetings;
		this.clock = clock;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Message.Builder help = ctx.args().isEmpty() ? overview(ctx) : topic(ctx, ctx.args());
		help.buttons(Languages.isEnglish(ctx.locale()) ? Button.of("Svenska", "språk sv")
				: Button.of("English", "language en"));
		return List.of(help.build());
	}

	private Message.Builder overview(CommandContext ctx) {
		Message.Builder help = Message.builder().heading(ctx.t("help.heading"));
		Caller caller = ctx.caller();
		List<String> suggested = new ArrayList<>();
		if (caller.network() == null) {
			help.paragraph(ctx.t("help.no-network"));
			suggested.addAll(OUTSIDE);
		}
		else {
			MeetingPhase now = MeetingPhase.of(meetings, caller.network(), clock);
			help.paragraph(now.meeting() == null ? ctx.t(STATE.get(now.phase()), caller.networkName())
					: ctx.t(STATE.get(now.phase()), caller.networkName(), now.meeting().date(), now.meeting().title()));
			if (caller.may(Access.STEERING) && !caller.may(Access.ORGANISER)) {
				suggested.add("help.archive-link");
			}
			suggested.addAll((caller.may(Access.ORGANISER) ? ORGANISER : PARTICIPANT).get(now.phase()));
			if (!caller.member()) {
				suggested.add(0, "help.join");
			}
		}
		Map<String, CommandHandler> byKey = handlers.orderedStream()
			.collect(Collectors.toMap(h -> h.spec().helpKey(), h -> h, (a, b) -> a, LinkedHashMap::new));
		help.facts(suggested.stream()
			.map(byKey::get)
			.filter(h -> h != null && caller.may(h.spec().access()))
			.limit(MOST)
			.map(h -> fact(ctx, h))
			.toList());
		help.paragraph(ctx.t("help.topics", topics(ctx)), Tone.SUBTLE);
		return help;
	}

	private Message.Builder topic(CommandContext ctx, String word) {
		Optional<HelpTopic> topic = HelpTopic.named(word);
		if (topic.isEmpty()) {
			return Message.builder()
				.paragraph(ctx.t("help.topic.unknown", word))
				.paragraph(ctx.t("help.topics", topics(ctx)), Tone.SUBTLE);
		}
		List<Fact> commands = handlers.orderedStream()
			.filter(h -> HelpTopic.of(h) == topic.get() && ctx.caller().may(h.spec().access()))
			.sorted(Comparator.comparing((CommandHandler h) -> h.spec().access())
				.thenComparing(h -> h.spec().names().english()))
			.map(h -> fact(ctx, h))
			.toList();
		Message.Builder help = Message.builder().heading(ctx.t("help.topic.heading", topic.get().name(ctx.locale())));
		if (commands.isEmpty()) {
			help.paragraph(ctx.t("help.topic.nothing"));
		}
		help.facts(commands);
		return help.paragraph(ctx.t("help.topic.more"), Tone.SUBTLE);
	}

	/**
	 * A command's example and what it does; examples with dates get days a few weeks from
	 * today: {0}–{2} three days in a row three weeks ahead, {3} a deadline two weeks
	 * ahead.
	 */
	private Fact fact(CommandContext ctx, CommandHandler handler) {
		ZoneId zone = ctx.zone() != null ? ctx.zone() : clock.getZone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		String key = handler.spec().helpKey();
		return new Fact(ctx.t(key + ".example", today.plusWeeks(3), today.plusWeeks(3).plusDays(1),
				today.plusWeeks(3).plusDays(2), today.plusWeeks(2)), ctx.t(key));
	}

	private static String topics(CommandContext ctx) {
		return Arrays.stream(HelpTopic.values()).map(t -> t.name(ctx.locale())).collect(Collectors.joining(", "));
	}

}
