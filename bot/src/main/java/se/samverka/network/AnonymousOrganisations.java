package se.samverka.network;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Which organisation an anonymous answer may keep: only one with at least
 * {@value #SMALLEST} members in the network, so that no stored answer narrows its author
 * to fewer people. Breakdowns by organisation need five answers from it anyway, so they
 * lose nothing.
 */
@Service
public class AnonymousOrganisations {

	public static final int SMALLEST = 5;

	private final MongoTemplate mongo;

	AnonymousOrganisations(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The organisation when it is large enough in the network, else null. */
	public String kept(String networkId, String organisation) {
		if (networkId == null || organisation == null || organisation.isBlank()) {
			return null;
		}
		long members = mongo.count(
				Query.query(Criteria.where("networkId").is(networkId).and("organisation").is(organisation)),
				Membership.class);
		return members >= SMALLEST ? organisation : null;
	}

	/**
	 * Takes every organisation too small to be kept off the answers to one item (answers
	 * stored before this rule); returns how many answers changed. Running it again
	 * changes nothing.
	 * @param collection the answers' collection
	 * @param itemField the field of an answer that holds its item's id
	 */
	public long forgetSmall(String collection, String itemField, String itemId, String networkId) {
		Query ofItem = Query.query(Criteria.where(itemField).is(itemId).and("organisation").ne(null));
		long changed = 0;
		for (String organisation : mongo.findDistinct(ofItem, "organisation", collection, String.class)) {
			if (kept(networkId, organisation) == null) {
				changed += mongo
					.updateMulti(Query.query(Criteria.where(itemField).is(itemId).and("organisation").is(organisation)),
							new Update().unset("organisation"), collection)
					.getModifiedCount();
			}
		}
		return changed;
	}

}
