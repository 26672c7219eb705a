package se.samverka.network;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.delivery.DeliveryCounts;
import se.samverka.delivery.SendReports;

/**
 * {@code deliveries} / {@code utskick}: for organisers, the network's recent proactive
 * sends with how many were sent, are still pending, could not be reached (by name) or may
 * or may not have arrived.
 */
@Component
class DeliveriesCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("deliveries", "utskick"), Access.ORGANISER,
			"help.deliveries")
		.refusingNonMembersWith("error.no-network");

	static final int SHOWN = 10;

	/**
	 * Names of the unreachable per send: a fan-out to thousands whose app was removed
	 * names the first few and counts the rest.
	 */
	static final int NAMES_SHOWN = 10;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final People people;

	private final SendReports reports;

	DeliveriesCommand(People people, SendReports reports) {
		this.people = people;
		this.reports = reports;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		List<SendReports.SendReport> recent = reports.recent(ctx.network(), SHOWN);
		if (recent.isEmpty()) {
			return List.of(Message.text(ctx.t("deliveries.empty")));
		}
		ZoneId zone = ctx.zone();
		List<Fact> facts = new ArrayList<>();
		for (SendReports.SendReport report : recent) {
			DeliveryCounts c = report.counts();
			String counts = ctx.t("deliveries.counts", c.sent(), c.pending(), c.unreachable(), c.uncertain(),
					c.failed());
			List<String> unreachable = report.unreachablePersons();
			if (!unreachable.isEmpty()) {
				List<String> named = unreachable.subList(0, Math.min(NAMES_SHOWN, unreachable.size()));
				Map<String, Person> known = people.findAll(named);
				String names = named.stream()
					.map(id -> known.containsKey(id) ? known.get(id).displayName() : "?")
					.collect(Collectors.joining(", "));
				if (unreachable.size() > NAMES_SHOWN) {
					names += " " + ctx.t("digest.unreachable.more", unreachable.size() - NAMES_SHOWN);
				}
				counts += " · " + ctx.t("deliveries.unreachable", names);
			}
			facts.add(new Fact(WHEN.format(report.at().atZone(zone)) + " · " + report.summary(), counts));
		}
		return List.of(Message.builder()
			.heading(ctx.t("deliveries.heading"))
			.facts(facts)
			.paragraph(ctx.t("deliveries.uncertain-note"), se.samverka.chat.Block.Tone.SUBTLE)
			.build());
	}

}
