package se.samverka.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.chat.NetworkId;

/**
 * The organisations of a network, as its members gave them: one name per organisation
 * (see {@link OrganisationNames}). Memberships are where an organisation's name lives;
 * features that keep a copy ({@link OrganisationCopies}) are changed with them when
 * organisations are renamed or merged.
 */
@Service
class Organisations {

	private static final Logger log = LoggerFactory.getLogger(Organisations.class);

	private final MongoTemplate mongo;

	private final Networks networks;

	private final ObjectProvider<OrganisationCopies> copies;

	private final ApplicationEventPublisher events;

	Organisations(MongoTemplate mongo, Networks networks, ObjectProvider<OrganisationCopies> copies,
			ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.networks = networks;
		this.copies = copies;
		this.events = events;
	}

	/**
	 * One of the network's organisations: its name, how many members gave it, and every
	 * spelling they used.
	 */
	record Organisation(String name, int members, Set<String> spellings) {
	}

	/** The network's organisations by name, each under its one name. */
	List<Organisation> of(NetworkId network) {
		Map<String, List<Membership>> byKey = new LinkedHashMap<>();
		networks.members(network)
			.stream()
			.filter(m -> m.organisation() != null && !m.organisation().isBlank())
			.sorted(Comparator.comparing(Membership::joinedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
			.forEach(
					m -> byKey.computeIfAbsent(OrganisationNames.key(m.organisation()), k -> new ArrayList<>()).add(m));
		return byKey.values()
			.stream()
			.map(Organisations::organisation)
			.sorted(Comparator.comparing(o -> OrganisationNames.key(o.name())))
			.toList();
	}

	/**
	 * The spelling most members used; of equally common ones the one given first
	 * ({@code members} come earliest first).
	 */
	private static Organisation organisation(List<Membership> members) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		members.forEach(m -> counts.merge(m.organisation(), 1, Integer::sum));
		String name = counts.entrySet()
			.stream()
			.max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
			.map(Map.Entry::getKey)
			.orElseThrow();
		return new Organisation(name, members.size(), Set.copyOf(counts.keySet()));
	}

	/** The network's organisation with this name (by the matching rule), if any. */
	Optional<Organisation> find(NetworkId network, String typed) {
		String key = OrganisationNames.key(typed);
		return of(network).stream().filter(o -> OrganisationNames.key(o.name()).equals(key)).findFirst();
	}

	/** How many members gave no organisation. */
	long withoutOrganisation(NetworkId network) {
		return networks.members(network)
			.stream()
			.filter(m -> m.organisation() == null || m.organisation().isBlank())
			.count();
	}

	/**
	 * What to store for a typed organisation: the existing name when it is the same
	 * organisation, else the typed name, with the existing one it nearly matches (a
	 * probable typo) as a suggestion.
	 */
	Resolved resolve(NetworkId network, String typed) {
		String tidy = OrganisationNames.tidy(typed);
		List<Organisation> existing = of(network);
		for (Organisation organisation : existing) {
			if (OrganisationNames.same(organisation.name(), tidy)) {
				return new Resolved(organisation.name(), Optional.empty());
			}
		}
		Optional<String> suggestion = existing.stream()
			.filter(o -> OrganisationNames.nearMiss(tidy, o.name()))
			.min(Comparator
				.comparingInt((Organisation o) -> OrganisationNames.distance(OrganisationNames.key(tidy),
						OrganisationNames.key(o.name())))
				.thenComparing(Comparator.comparingInt(Organisation::members).reversed()))
			.map(Organisation::name);
		return new Resolved(tidy, suggestion);
	}

	/** The name to store, and an existing organisation the person may have meant. */
	record Resolved(String name, Optional<String> suggestion) {
	}

	/**
	 * Gives every member and copy of {@code from} the name {@code to}; copies spelt like
	 * {@code to} in another way get it too.
	 */
	void rename(NetworkId network, Organisation from, String to) {
		long members = renameMembers(network, from, to);
		Map<String, String> names = new LinkedHashMap<>();
		names.put(OrganisationNames.key(from.name()), to);
		names.put(OrganisationNames.key(to), to);
		alignCopies(network, names);
		log.info("Renamed an organisation of {} members in network {}", members, network);
		announce(network);
	}

	private long renameMembers(NetworkId network, Organisation from, String to) {
		Set<String> former = from.spellings().stream().filter(s -> !s.equals(to)).collect(Collectors.toSet());
		if (former.isEmpty()) {
			return 0;
		}
		return mongo
			.updateMulti(Query.query(Criteria.where("networkId").is(network.value()).and("organisation").in(former)),
					Update.update("organisation", to), Membership.class)
			.getModifiedCount();
	}

	/**
	 * Gives each copy in the network whose organisation has one of the keys of
	 * {@code names} that name, whatever spelling it had (a copy may keep a spelling no
	 * member uses any more). Returns the keys of the organisations whose copies changed.
	 */
	private Set<String> alignCopies(NetworkId network, Map<String, String> names) {
		Set<String> changed = new HashSet<>();
		for (OrganisationCopies source : copies.orderedStream().toList()) {
			OrganisationCopies.Where where = source.organisationCopies();
			List<Object> owners = mongo
				.find(Query.query(Criteria.where("networkId").is(network.value())), Document.class,
						where.ownerCollection())
				.stream()
				.map(d -> d.get("_id"))
				.toList();
			if (owners.isEmpty()) {
				continue;
			}
			Query ofNetwork = Query.query(Criteria.where(where.ownerField()).in(owners));
			for (String spelling : mongo.findDistinct(ofNetwork, "organisation", where.collection(), String.class)) {
				String key = spelling == null ? null : OrganisationNames.key(spelling);
				String name = key == null ? null : names.get(key);
				if (name != null && !name.equals(spelling)) {
					Query spelt = Query
						.query(Criteria.where(where.ownerField()).in(owners).and("organisation").is(spelling));
					mongo.updateMulti(spelt, Update.update("organisation", name), where.collection());
					changed.add(key);
				}
			}
		}
		return changed;
	}

	/**
	 * Merges every organisation written in several ways, by members or in copies, into
	 * its most common spelling among members (start-up); returns how many organisations
	 * changed.
	 */
	int mergeSpellings(NetworkId network) {
		Map<String, String> names = new LinkedHashMap<>();
		Set<String> changed = new HashSet<>();
		for (Organisation organisation : of(network)) {
			String key = OrganisationNames.key(organisation.name());
			names.put(key, organisation.name());
			if (renameMembers(network, organisation, organisation.name()) > 0) {
				changed.add(key);
			}
		}
		changed.addAll(alignCopies(network, names));
		if (!changed.isEmpty()) {
			announce(network);
		}
		return changed.size();
	}

	/**
	 * Tells whoever shows organisations; the rename is stored whatever they do, so their
	 * trouble is logged, not passed on.
	 */
	private void announce(NetworkId network) {
		try {
			events.publishEvent(new OrganisationsRenamed(network));
		}
		catch (RuntimeException ex) {
			log.warn("Showing the renamed organisations of network {} again failed", network, ex);
		}
	}

	/** Every network that has members, for start-up. */
	List<NetworkId> networksWithMembers() {
		return mongo.findDistinct(new Query(), "networkId", Membership.class, String.class)
			.stream()
			.map(NetworkId::new)
			.toList();
	}

	/** Gives the member the organisation name they chose. */
	void choose(NetworkId network, se.samverka.chat.PersonId person, String name) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(Membership.idOf(network.value(), person.value()))),
				Update.update("organisation", name), Membership.class);
	}

}
