package se.samverka.network;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.network.NetworkLink.Purpose;

/**
 * Networks, their members and the conversations that belong to them. Every change is one
 * atomic single-document write, so repeating a command does no harm.
 */
@Service
public class Networks {

	private final MongoTemplate mongo;

	private final People people;

	private final Clock clock;

	private final NetworkSettings settings;

	private final InviteCodes codes = new InviteCodes();

	Networks(MongoTemplate mongo, People people, Clock clock, NetworkSettings settings) {
		this.mongo = mongo;
		this.people = people;
		this.clock = clock;
		this.settings = settings;
	}

	/** A new network homed in {@code home}; its creator is its first organiser. */
	Network create(String name, PersonId creator, ConversationKey home) {
		Network network = insertWithFreshCodes(name, creator);
		NetworkId id = new NetworkId(network.id());
		join(id, creator, null, Role.ORGANISER);
		link(id, home, Purpose.HOME, creator);
		return network;
	}

	private Network insertWithFreshCodes(String name, PersonId creator) {
		for (int attempt = 0;; attempt++) {
			Network network = new Network(UUID.randomUUID().toString(), name, codes.next(InviteCodes.MEMBER_LENGTH),
					codes.next(InviteCodes.ORGANISER_LENGTH), settings.timezone().getId(), creator.value(),
					clock.instant());
			try {
				return mongo.insert(network);
			}
			catch (DuplicateKeyException clash) {
				if (attempt >= 5) {
					throw clash;
				}
			}
		}
	}

	/**
	 * Gives the network a fresh invite code; the old one opens nothing from now on.
	 * Returns the new code.
	 */
	String newInviteCode(NetworkId network) {
		return replaceCode(network, "inviteCode", InviteCodes.MEMBER_LENGTH);
	}

	/**
	 * Gives the network a fresh organiser code; the old one opens nothing from now on.
	 * Returns the new code.
	 */
	String newOrganiserCode(NetworkId network) {
		return replaceCode(network, "organiserCode", InviteCodes.ORGANISER_LENGTH);
	}

	private String replaceCode(NetworkId network, String field, int length) {
		for (int attempt = 0;; attempt++) {
			String code = codes.next(length);
			try {
				mongo.updateFirst(Query.query(Criteria.where("_id").is(network.value())), Update.update(field, code),
						Network.class);
				return code;
			}
			catch (DuplicateKeyException clash) {
				if (attempt >= 5) {
					throw clash;
				}
			}
		}
	}

	/** The network's organisers. */
	List<PersonId> organisers(NetworkId network) {
		return mongo
			.find(Query.query(Criteria.where("networkId").is(network.value()).and("roles").is(Role.ORGANISER)),
					Membership.class)
			.stream()
			.map(m -> new PersonId(m.personId()))
			.toList();
	}

	public Optional<Network> find(NetworkId id) {
		return Optional.ofNullable(mongo.findById(id.value(), Network.class));
	}

	/** The zone the network's times are meant in. */
	public ZoneId zoneOf(NetworkId id) {
		return find(id).map(Network::timezone).map(ZoneId::of).orElse(settings.timezone());
	}

	/** The network a typed code opens, and the role it gives. */
	Optional<CodeMatch> byCode(String typed) {
		String code = InviteCodes.normalise(typed);
		if (code.isEmpty()) {
			return Optional.empty();
		}
		Network member = mongo.findOne(Query.query(Criteria.where("inviteCode").is(code)), Network.class);
		if (member != null) {
			return Optional.of(new CodeMatch(member, Role.PARTICIPANT));
		}
		Network organiser = mongo.findOne(Query.query(Criteria.where("organiserCode").is(code)), Network.class);
		return Optional.ofNullable(organiser).map(n -> new CodeMatch(n, Role.ORGANISER));
	}

	/**
	 * Makes {@code person} a member with {@code role} added to any roles they had; a
	 * non-null {@code organisation} replaces the one they gave before.
	 */
	Membership join(NetworkId network, PersonId person, String organisation, Role role) {
		Update update = new Update().setOnInsert("networkId", network.value())
			.setOnInsert("personId", person.value())
			.setOnInsert("joinedAt", clock.instant())
			.addToSet("roles", role);
		if (organisation != null) {
			update.set("organisation", organisation);
		}
		Query query = Query.query(Criteria.where("_id").is(Membership.idOf(network.value(), person.value())));
		Membership membership = mongo.findAndModify(query, update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), Membership.class);
		people.setCurrentNetwork(person, network);
		return membership;
	}

	public Optional<Membership> membership(NetworkId network, PersonId person) {
		return Optional.ofNullable(mongo.findById(Membership.idOf(network.value(), person.value()), Membership.class));
	}

	public Set<Role> rolesOf(NetworkId network, PersonId person) {
		return membership(network, person).map(Membership::roles)
			.filter(r -> !r.isEmpty())
			.map(EnumSet::copyOf)
			.orElseGet(() -> EnumSet.noneOf(Role.class));
	}

	/** The person's memberships, in every network they are in. */
	public List<Membership> membershipsOf(PersonId person) {
		return mongo.find(Query.query(Criteria.where("personId").is(person.value())), Membership.class);
	}

	public List<Membership> members(NetworkId network) {
		return mongo.find(Query.query(Criteria.where("networkId").is(network.value())), Membership.class);
	}

	/**
	 * Links a conversation to a network for a purpose. Returns the link, or empty when
	 * the conversation already belongs to another network (it is then left as it was).
	 */
	Optional<NetworkLink> link(NetworkId network, ConversationKey conversation, Purpose purpose, PersonId by) {
		Optional<NetworkLink> existing = linkOf(conversation);
		if (existing.isPresent() && !existing.get().networkId().equals(network.value())) {
			return Optional.empty();
		}
		Update update = new Update().setOnInsert("networkId", network.value())
			.setOnInsert("channel", conversation.channel())
			.setOnInsert("tenant", conversation.tenant())
			.setOnInsert("conversationId", conversation.conversationId())
			.setOnInsert("linkedBy", by.value())
			.setOnInsert("linkedAt", clock.instant())
			.addToSet("purposes", purpose);
		Query query = Query
			.query(Criteria.where("_id").is(conversation.asString()).and("networkId").in(network.value(), null));
		try {
			return Optional.ofNullable(mongo.findAndModify(query, update,
					FindAndModifyOptions.options().upsert(true).returnNew(true), NetworkLink.class));
		}
		catch (DuplicateKeyException raced) {
			// Someone linked it to another network at the same moment.
			return Optional.empty();
		}
	}

	public Optional<NetworkLink> linkOf(ConversationKey conversation) {
		return Optional.ofNullable(mongo.findById(conversation.asString(), NetworkLink.class));
	}

	/** The networks that have at least one steering conversation. */
	public java.util.Set<NetworkId> withSteering() {
		Query steering = Query.query(Criteria.where("purposes").is(NetworkLink.Purpose.STEERING));
		return mongo.findDistinct(steering, "networkId", NetworkLink.class, String.class)
			.stream()
			.map(NetworkId::new)
			.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	/** Every conversation of the network, on every platform. */
	public List<NetworkLink> links(NetworkId network) {
		return mongo.find(Query.query(Criteria.where("networkId").is(network.value())), NetworkLink.class);
	}

	/**
	 * The network a message is about: the one its conversation belongs to, else the one
	 * the person last created or joined.
	 */
	public Optional<NetworkId> contextFor(ConversationKey conversation, PersonId person) {
		Optional<NetworkId> linked = linkOf(conversation).map(l -> new NetworkId(l.networkId()));
		if (linked.isPresent()) {
			return linked;
		}
		return people.find(person).map(Person::currentNetworkId).map(NetworkId::new);
	}

	record CodeMatch(Network network, Role role) {
	}

}
