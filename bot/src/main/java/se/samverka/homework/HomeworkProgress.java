package se.samverka.homework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.network.Membership;
import se.samverka.network.Networks;
import se.samverka.network.People;
import se.samverka.network.Person;

/**
 * How far each recipient of a homework has come, and each organisation: what
 * {@code läxa status} sums up and its file lists person by person. Reads the answers, the
 * members and the people once each, whatever the network's size.
 */
@Component
class HomeworkProgress {

	private final Homeworks homeworks;

	private final Networks networks;

	private final People people;

	private final HomeworkRespondents respondents;

	HomeworkProgress(Homeworks homeworks, Networks networks, People people, HomeworkRespondents respondents) {
		this.homeworks = homeworks;
		this.networks = networks;
		this.people = people;
		this.respondents = respondents;
	}

	/**
	 * One recipient.
	 *
	 * @param organisation null when they have none (or have left the network)
	 */
	record Row(String name, String organisation, int answered, boolean complete) {
	}

	/**
	 * One organisation: recipients who answered every question, of all its recipients.
	 */
	record Tally(String organisation, int complete, int recipients) {
	}

	/** Rows in the homework's order of recipients. */
	record Progress(Homework homework, List<Row> rows) {

		long complete() {
			return rows.stream().filter(Row::complete).count();
		}

		/** Largest organisation first, then by name; those without one last. */
		List<Tally> perOrganisation() {
			Map<String, int[]> tallies = new LinkedHashMap<>();
			for (Row row : rows) {
				int[] tally = tallies.computeIfAbsent(row.organisation() == null ? "" : row.organisation(),
						o -> new int[2]);
				tally[1]++;
				if (row.complete()) {
					tally[0]++;
				}
			}
			return tallies.entrySet()
				.stream()
				.map(e -> new Tally(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()[0], e.getValue()[1]))
				.sorted(Comparator.comparing((Tally t) -> t.organisation() == null)
					.thenComparing(Tally::recipients, Comparator.reverseOrder())
					.thenComparing(t -> t.organisation() == null ? "" : t.organisation()))
				.toList();
		}

	}

	Progress of(Homework homework) {
		return of(homework, true);
	}

	/**
	 * Per organisation only: the names are not read (the digest counts, it names nobody).
	 */
	List<Tally> perOrganisation(Homework homework) {
		return of(homework, false).perOrganisation();
	}

	private Progress of(Homework homework, boolean withNames) {
		Map<String, HomeworkAnswers> byRespondent = new HashMap<>();
		homeworks.answersTo(homework).forEach(a -> byRespondent.put(a.respondent(), a));
		Map<String, String> organisations = new HashMap<>();
		for (Membership member : networks.members(new NetworkId(homework.networkId()))) {
			if (member.organisation() != null && !member.organisation().isBlank()) {
				organisations.put(member.personId(), member.organisation());
			}
		}
		Map<String, Person> known = withNames ? people.findAll(homework.recipients()) : Map.of();
		List<Row> rows = new ArrayList<>(homework.recipients().size());
		for (String recipient : homework.recipients()) {
			HomeworkAnswers answers = byRespondent.get(respondents.of(homework.id(), new PersonId(recipient)));
			Person person = known.get(recipient);
			rows.add(new Row(person == null || person.displayName() == null ? recipient : person.displayName(),
					organisations.get(recipient), answers == null ? 0 : answers.count(),
					answers != null && answers.complete(homework)));
		}
		return new Progress(homework, rows);
	}

}
