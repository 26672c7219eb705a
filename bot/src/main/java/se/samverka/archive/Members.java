package se.samverka.archive;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.network.Membership;
import se.samverka.network.Networks;
import se.samverka.network.People;
import se.samverka.network.Person;

/** Names and organisations of a network's members, looked up once per page. */
@Component
class Members {

	private final Networks networks;

	private final People people;

	Members(Networks networks, People people) {
		this.networks = networks;
		this.people = people;
	}

	Directory of(NetworkId network) {
		Map<String, String> organisations = new HashMap<>();
		for (Membership membership : networks.members(network)) {
			organisations.put(membership.personId(),
					membership.organisation() == null ? "" : membership.organisation());
		}
		return new Directory(organisations, people);
	}

	static final class Directory {

		private final Map<String, String> organisations;

		private final People people;

		private Map<String, Person> known;

		Directory(Map<String, String> organisations, People people) {
			this.organisations = organisations;
			this.people = people;
		}

		/** The member's organisation; "" when unknown. */
		String organisationOf(String personId) {
			return organisations.getOrDefault(personId, "");
		}

		String nameAndOrganisation(String personId) {
			if (known == null) {
				// every member's name in one query, the first time one is asked for: a
				// meeting of hundreds in groups must not ask once per person
				known = people.findAll(organisations.keySet());
			}
			Person person = known.containsKey(personId) ? known.get(personId)
					: people.find(new PersonId(personId)).orElse(null);
			String name = person == null || person.displayName() == null || person.displayName().isBlank() ? "?"
					: person.displayName();
			String organisation = organisationOf(personId);
			return organisation.isBlank() ? name : name + " (" + organisation + ")";
		}

	}

}
