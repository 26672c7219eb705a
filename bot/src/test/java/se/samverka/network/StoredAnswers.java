package se.samverka.network;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What is stored for a network, read straight from the database: its id by name, and the
 * answers to its evaluation and homework.
 */
final class StoredAnswers {

	private StoredAnswers() {
	}

	static String networkId(MongoTemplate mongo, String name) {
		return mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
	}

	/** The answers to the network's (only) evaluation; none while it has none. */
	static List<Document> evaluationAnswers(MongoTemplate mongo, String networkId) {
		Document evaluation = mongo.getCollection("evaluations").find(new Document("networkId", networkId)).first();
		if (evaluation == null) {
			return List.of();
		}
		return mongo.getCollection("evaluation_answers")
			.find(new Document("evaluationId", evaluation.getString("_id")))
			.into(new ArrayList<>());
	}

	/** The answers to the network's (only) homework. */
	static List<Document> homeworkAnswers(MongoTemplate mongo, String networkId) {
		Document homework = mongo.getCollection("homework").find(new Document("networkId", networkId)).first();
		return mongo.getCollection("homework_answers")
			.find(new Document("homeworkId", homework.getString("_id")))
			.into(new ArrayList<>());
	}

}
