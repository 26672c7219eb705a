package se.samverka.digest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Block;
import se.samverka.chat.PersonId;
import se.samverka.delivery.SendReports;
import se.samverka.network.People;
import se.samverka.network.Person;

/**
 * People the bot could not reach since the last digest (bot removed, chat blocked,
 * account gone), by name, so that the steering group can ask their organisations to fix
 * it. Left out when everyone was reached.
 */
@Component
class UnreachableSection implements DigestSection {

	static final int MAX_NAMES = 20;

	private final SendReports reports;

	private final People people;

	UnreachableSection(SendReports reports, People people) {
		this.reports = reports;
		this.people = people;
	}

	@Override
	public int order() {
		return 700;
	}

	@Override
	public List<Block> render(DigestContext ctx) {
		List<String> persons = reports.unreachablePersonsSince(ctx.network(), ctx.previousDigest());
		if (persons.isEmpty()) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (String id : persons.subList(0, Math.min(MAX_NAMES, persons.size()))) {
			names.add(people.find(new PersonId(id)).map(Person::displayName).orElse("?"));
		}
		String list = String.join(", ", names);
		if (persons.size() > MAX_NAMES) {
			list += " " + ctx.t("digest.unreachable.more", persons.size() - MAX_NAMES);
		}
		return List.of(new Block.Heading(ctx.t("digest.unreachable.heading")),
				new Block.Paragraph(ctx.t("digest.unreachable.names", persons.size(), list), Block.Tone.WARNING));
	}

}
