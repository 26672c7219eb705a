package se.samverka.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.SamverkaTest;
import se.samverka.chat.NetworkId;

/**
 * The start-up merge of organisations written in several ways, on data as an older
 * version stored it: each organisation ends with its most common spelling (the earliest
 * of equally common ones), votes follow, different organisations stay apart, and running
 * it again changes nothing.
 */
@SamverkaTest
class OrganisationMigrationIntegrationTests {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	OrganisationMigration migration;

	final String network = "migration-" + UUID.randomUUID();

	final String poll = "poll-" + UUID.randomUUID();

	int joined;

	@Test
	void mergesTheSpellingsOfEachOrganisationIntoTheMostCommonOneOnceAndVotesFollow() {
		member("a", "region kronoberg");
		member("b", "Region Kronoberg");
		member("c", "Region  Kronoberg ");
		member("d", "Region Kronoberg");
		member("e", "polisen");
		member("f", "Polisen");
		member("g", "Skola 1");
		member("h", "Skola 2");
		member("i", "Växjö kommun");
		member("j", "Vaxjo kommun");
		member("k", null);
		mongo.getCollection("polls")
			.insertOne(new Document("_id", poll).append("networkId", network)
				.append("number", 1)
				.append("question", "Träff?")
				.append("options", List.of())
				.append("anonymous", false)
				.append("quorum", false)
				.append("state", "CLOSED"));
		copy("homework", "homework_answers", "homeworkId", "REGION KRONOBERG");
		copy("evaluations", "evaluation_answers", "evaluationId", "Region  Kronoberg ");
		copy("boards", "notes", "boardId", "Vaxjo kommun");
		vote("a", "region kronoberg");
		vote("e", "polisen");
		vote("f", "Polisen");
		Document otherNetworks = new Document("_id", "other-" + UUID.randomUUID()).append("pollId", "elsewhere")
			.append("organisation", "Polisen");
		mongo.getCollection("poll_votes").insertOne(otherNetworks);

		assertThat(migration.migrate(new NetworkId(network))).isEqualTo(3);

		assertThat(organisations()).containsEntry("a", "Region Kronoberg")
			.containsEntry("b", "Region Kronoberg")
			.containsEntry("c", "Region Kronoberg")
			.containsEntry("d", "Region Kronoberg")
			.as("equally common: the one given first")
			.containsEntry("e", "polisen")
			.containsEntry("f", "polisen")
			.containsEntry("g", "Skola 1")
			.containsEntry("h", "Skola 2")
			.containsEntry("i", "Växjö kommun")
			.containsEntry("j", "Växjö kommun")
			.containsEntry("k", null);
		assertThat(mongo.getCollection("poll_votes")
			.find(new Document("pollId", poll))
			.map(v -> v.getString("organisation"))
			.into(new ArrayList<>())).containsExactlyInAnyOrder("Region Kronoberg", "polisen", "polisen");
		assertThat(mongo.getCollection("poll_votes")
			.find(new Document("_id", otherNetworks.get("_id")))
			.first()
			.getString("organisation")).as("another network's votes are its own").isEqualTo("Polisen");

		assertThat(copied("homework_answers", "homeworkId")).isEqualTo("Region Kronoberg");
		assertThat(copied("evaluation_answers", "evaluationId")).isEqualTo("Region Kronoberg");
		assertThat(copied("notes", "boardId")).isEqualTo("Växjö kommun");

		Map<String, String> once = organisations();
		assertThat(migration.migrate(new NetworkId(network))).isZero();
		assertThat(organisations()).isEqualTo(once);
	}

	private void member(String person, String organisation) {
		Document membership = new Document("_id", network + ":" + person).append("networkId", network)
			.append("personId", person)
			.append("roles", List.of("PARTICIPANT"))
			.append("joinedAt", Date.from(Instant.parse("2025-01-01T10:00:00Z").plusSeconds(60L * joined++)));
		if (organisation != null) {
			membership.append("organisation", organisation);
		}
		mongo.getCollection("memberships").insertOne(membership);
	}

	private void vote(String person, String organisation) {
		mongo.getCollection("poll_votes")
			.insertOne(new Document("_id", poll + ":" + person).append("pollId", poll)
				.append("personId", person)
				.append("organisation", organisation));
	}

	/** A homework answer, evaluation answer or note of an owner in the network. */
	private void copy(String ownerCollection, String collection, String ownerField, String organisation) {
		mongo.getCollection(ownerCollection)
			.insertOne(new Document("_id", owner(ownerField)).append("networkId", network));
		mongo.getCollection(collection)
			.insertOne(new Document("_id", "copy-" + UUID.randomUUID()).append(ownerField, owner(ownerField))
				.append("organisation", organisation));
	}

	private String copied(String collection, String ownerField) {
		return mongo.getCollection(collection)
			.find(new Document(ownerField, owner(ownerField)))
			.first()
			.getString("organisation");
	}

	private String owner(String ownerField) {
		return ownerField + "-" + network;
	}

	private Map<String, String> organisations() {
		Map<String, String> byPerson = new TreeMap<>();
		mongo.getCollection("memberships")
			.find(new Document("networkId", network))
			.forEach(m -> byPerson.put(m.getString("personId"), m.getString("organisation")));
		return byPerson;
	}

}
