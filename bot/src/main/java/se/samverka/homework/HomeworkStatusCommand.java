package se.samverka.homework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.network.Membership;
import se.samverka.network.Networks;
import se.samverka.network.People;
import se.samverka.network.Person;

/**
 * {@code homework status [n]} (organisers): how many questions each recipient has
 * answered, and how many recipients of each organisation have answered them all.
 */
@Component
class HomeworkStatusCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("homework status", "läxa status", "laxa status"), Access.ORGANISER, "help.homework-status");

	private final Homeworks homeworks;

	private final People people;

	private final Networks networks;

	private final HomeworkRespondents respondents;

	HomeworkStatusCommand(Homeworks homeworks, People people, Networks networks, HomeworkRespondents respondents) {
		this.respondents = respondents;
		this.networks = networks;
		this.homeworks = homeworks;
		this.people = people;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Optional<Homework> found = HomeworkChoice.choose(ctx, homeworks, ctx.network());
		if (found.isEmpty()) {
			return List.of(HomeworkChoice.missing(ctx));
		}
		Homework homework = found.get();
		Map<String, HomeworkAnswers> byRespondent = new TreeMap<>();
		homeworks.answersTo(homework).forEach(a -> byRespondent.put(a.respondent(), a));
		List<Fact> persons = new ArrayList<>();
		Map<String, int[]> organisations = new TreeMap<>();
		int complete = 0;
		for (String recipient : homework.recipients()) {
			HomeworkAnswers answers = byRespondent.get(respondents.of(homework.id(), new PersonId(recipient)));
			int count = answers == null ? 0 : answers.count();
			boolean done = answers != null && answers.complete(homework);
			String organisation = Optional.ofNullable(organisationOf(ctx.network(), new PersonId(recipient)))
				.filter(o -> !o.isBlank())
				.orElse(ctx.t("homework.status.no-organisation"));
			String name = people.find(new PersonId(recipient)).map(Person::displayName).orElse(recipient);
			persons.add(new Fact(name + " (" + organisation + ")",
					ctx.t("homework.status.person", count, homework.questions().size())));
			int[] tally = organisations.computeIfAbsent(organisation, o -> new int[2]);
			tally[1]++;
			if (done) {
				tally[0]++;
				complete++;
			}
		}
		List<Fact> perOrganisation = organisations.entrySet()
			.stream()
			.map(e -> new Fact(e.getKey(), ctx.t("homework.status.organisation", e.getValue()[0], e.getValue()[1])))
			.toList();
		return List.of(Message.builder()
			.heading(ctx.t("homework.status.heading", homework.number(), homework.due()))
			.paragraph(ctx.t("homework.status.total", complete, homework.recipients().size()),
					homeworks.open(homework) ? Tone.NORMAL : Tone.SUBTLE)
			.facts(persons)
			.paragraph(ctx.t("homework.status.per-organisation"))
			.facts(perOrganisation)
			.build());
	}

	private String organisationOf(NetworkId network, PersonId person) {
		return networks.membership(network, person).map(Membership::organisation).orElse(null);
	}

}
