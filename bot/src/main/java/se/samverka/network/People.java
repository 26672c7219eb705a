package se.samverka.network;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Languages;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.Sender;

/** The people who talk to Samverka, one per platform identity, and their language. */
@Service
public class People {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final NetworkSettings settings;

	People(MongoTemplate mongo, Clock clock, NetworkSettings settings) {
		this.mongo = mongo;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Finds or records the person behind a message, keeping their display name current.
	 */
	public PersonId identify(Sender sender) {
		Query query = Query.query(Criteria.where("channel")
			.is(sender.channel())
			.and("tenant")
			.is(sender.tenant())
			.and("userId")
			.is(sender.userId()));
		Update update = new Update().set("displayName", sender.displayName())
			.setOnInsert("_id", UUID.randomUUID().toString())
			.setOnInsert("firstSeen", clock.instant());
		Optional<Locale> hint = Languages.parse(sender.locale());
		hint.ifPresent(l -> update.setOnInsert("locale", l.toLanguageTag()));
		FindAndModifyOptions upsert = FindAndModifyOptions.options().upsert(true).returnNew(true);
		Person person;
		try {
			person = mongo.findAndModify(query, update, upsert, Person.class);
		}
		catch (DuplicateKeyException raced) {
			// Two first messages from one person at once: the other insert won; use it.
			person = mongo.findAndModify(query, update, upsert, Person.class);
		}
		return new PersonId(person.id());
	}

	public Optional<Person> find(PersonId id) {
		return Optional.ofNullable(mongo.findById(id.value(), Person.class));
	}

	/**
	 * The people with these ids that are known, by id: one query however many (a status
	 * of 2,000 recipients must not ask 2,000 times).
	 */
	public Map<String, Person> findAll(Collection<String> ids) {
		Map<String, Person> found = new HashMap<>();
		mongo.find(Query.query(Criteria.where("_id").in(ids)), Person.class).forEach(p -> found.put(p.id(), p));
		return found;
	}

	/** The person with this platform identity, if they are known. */
	public Optional<Person> findByIdentity(se.samverka.chat.Channel channel, String tenant, String userId) {
		return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("channel")
			.is(channel)
			.and("tenant")
			.is(tenant == null ? "" : tenant)
			.and("userId")
			.is(userId)), Person.class));
	}

	public Locale localeOf(PersonId id) {
		return find(id).map(Person::locale).flatMap(Languages::parse).orElse(settings.locale());
	}

	public void setLocale(PersonId id, Locale locale) {
		mongo.updateFirst(byId(id), Update.update("locale", locale.toLanguageTag()), Person.class);
	}

	/**
	 * Remembers how to reach the person privately: the conversation when they wrote in
	 * their one-to-one chat, and in any case the platform reference of where they wrote.
	 */
	public void rememberReach(PersonId id, ConversationKey conversation, ConversationKind kind, String reference) {
		Update update = new Update();
		if (kind == ConversationKind.PERSONAL) {
			update.set("personalConversation", conversation.asString());
		}
		if (reference != null) {
			update.set("reach", reference);
		}
		if (!update.getUpdateObject().isEmpty()) {
			mongo.updateFirst(byId(id), update, Person.class);
		}
	}

	void rememberPersonalConversation(PersonId id, ConversationKey conversation) {
		mongo.updateFirst(byId(id), Update.update("personalConversation", conversation.asString()), Person.class);
	}

	void setCurrentNetwork(PersonId id, NetworkId network) {
		mongo.updateFirst(byId(id), Update.update("currentNetworkId", network.value()), Person.class);
	}

	void chooseNetwork(PersonId id, NetworkId network) {
		mongo.updateFirst(byId(id), Update.update("chosenNetworkId", network.value()), Person.class);
	}

	private static Query byId(PersonId id) {
		return Query.query(Criteria.where("_id").is(id.value()));
	}

}
