package se.samverka.digest;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.network.NetworkAudience;

/**
 * {@code digest schedule <day time | cron | off>} (organisers): when scheduled digests
 * are made; alone it shows the schedule, whether approval is on and when the next digest
 * is due.
 */
@Component
class DigestScheduleCommand implements CommandHandler {

	static final CommandNames NAMES = CommandNames.of("digest schedule", "lägesrapport schema", "lagesrapport schema");

	private static final CommandSpec SPEC = new CommandSpec(NAMES, Access.ORGANISER, "help.digest-schedule");

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final DigestSchedules schedules;

	private final NetworkAudience audience;

	private final Clock clock;

	DigestScheduleCommand(DigestSchedules schedules, NetworkAudience audience, Clock clock) {
		this.schedules = schedules;
		this.audience = audience;
		this.clock = clock;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		NetworkId network = ctx.network();
		ZoneId zone = schedules.zone(network);
		if (ctx.args().isEmpty()) {
			return List.of(status(ctx, network, zone));
		}
		DigestScheduleParser.Parsed parsed = DigestScheduleParser.parse(ctx.args(), zone, clock.instant());
		if (!parsed.ok()) {
			return List.of(Message
				.text(ctx.t(parsed.problem(), parsed.arguments().toArray()) + " " + ctx.t("digest.schedule.examples")));
		}
		schedules.schedule(network, parsed.cron());
		if (parsed.cron() == null) {
			return List.of(Message.text(ctx.t("digest.schedule.off")));
		}
		String next = schedules.nextScheduled(network).map(at -> WHEN.format(at.atZone(zone))).orElse("–");
		String reply = ctx.t("digest.schedule.set", parsed.cron(), next, zone.getId());
		if (!audience.hasDigestReaders(network)) {
			reply += " " + ctx.t("digest.no-steering");
		}
		return List.of(Message.text(reply));
	}

	private Message status(CommandContext ctx, NetworkId network, ZoneId zone) {
		DigestSettings settings = schedules.settings(network);
		String schedule = settings.cron() == null ? ctx.t("digest.schedule.status-off")
				: ctx.t("digest.schedule.status", settings.cron(),
						schedules.nextScheduled(network).map(at -> WHEN.format(at.atZone(zone))).orElse("–"),
						zone.getId());
		Message.Builder status = Message.builder()
			.paragraph(schedule)
			.paragraph(ctx.t(settings.approval() ? "digest.approval.status-on" : "digest.approval.status-off"));
		if (!audience.hasDigestReaders(network)) {
			status.paragraph(ctx.t("digest.no-steering"), se.samverka.chat.Block.Tone.WARNING);
		}
		return status.build();
	}

}
