package se.samverka.network;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What the database says a person's organisation in a network is. */
final class StoredOrganisations {

	private StoredOrganisations() {
	}

	/**
	 * The organisation stored for the platform user {@code userId} in the named network.
	 */
	static String of(MongoTemplate mongo, String networkName, String userId) {
		String network = mongo.getCollection("networks")
			.find(new Document("name", networkName))
			.first()
			.getString("_id");
		String person = mongo.getCollection("people").find(new Document("userId", userId)).first().getString("_id");
		return mongo.getCollection("memberships")
			.find(new Document("_id", network + ":" + person))
			.first()
			.getString("organisation");
	}

}
