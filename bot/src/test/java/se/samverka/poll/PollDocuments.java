package se.samverka.poll;

import java.time.Instant;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What a poll test looks up in MongoDB: the network by name, its poll, its meeting. */
final class PollDocuments {

	private PollDocuments() {
	}

	static String networkNamed(MongoTemplate mongo, String name) {
		return mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
	}

	static int firstPollNumber(MongoTemplate mongo, String networkId) {
		return mongo.getCollection("polls").find(new Document("networkId", networkId)).first().getInteger("number");
	}

	static Instant firstMeetingStart(MongoTemplate mongo, String networkId) {
		return mongo.getCollection("meetings")
			.find(new Document("networkId", networkId))
			.first()
			.getDate("startsAt")
			.toInstant();
	}

}
