package se.samverka.homework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.chat.PersonId;
import se.samverka.web.PlaygroundClient;

/**
 * A network as a whole region makes it, for the large-network test and benchmark: made by
 * its organiser in the playground (network, two meetings, a board), then seeded straight
 * into MongoDB: members in 40 organisations (400 in the region, the rest spread over 39
 * municipalities and agencies), notes on the board, and a homework to every member that
 * every other one has answered in full. With no members it is the empty network to
 * measure against: the same meetings, board and homework, to the organiser alone.
 */
public final class LargeNetwork {

	public static final int ORGANISATIONS = 40;

	public final String run;

	public final String organiser;

	public final String room;

	public final String networkId;

	public final String homeworkId;

	public final LocalDate due;

	private LargeNetwork(String run, String organiser, String room, String networkId, String homeworkId,
			LocalDate due) {
		this.run = run;
		this.organiser = organiser;
		this.room = room;
		this.networkId = networkId;
		this.homeworkId = homeworkId;
		this.due = due;
	}

	/**
	 * @param firstMeeting the day of the first of the two meetings (the second is eight
	 * weeks later; the homework is due 36 days after the first)
	 */
	public static LargeNetwork create(ApplicationContext context, PlaygroundClient client, int members, int notes,
			LocalDate firstMeeting) {
		MongoTemplate mongo = context.getBean(MongoTemplate.class);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String organiser = "organiser-" + run;
		String room = "network-" + run;
		String name = "Nätverk " + run;
		client.say(organiser, room, "nätverk skapa " + name);
		String networkId = mongo.getCollection("networks").find(new Document("name", name)).first().getString("_id");
		client.say(organiser, room, "möte skapa\nNätverksträff 1\n" + firstMeeting + " Växjö\n09:00 Välkommen\n"
				+ "09:30 Grupparbete (60 min)\n  Vad fungerar?\n11:00 Tack för idag");
		client.say(organiser, room,
				"möte skapa\nNätverksträff 2\n" + firstMeeting.plusWeeks(8) + " Växjö\n09:00 Välkommen\n11:00 Tack");
		client.say(organiser, room, "vägg skapa Stora väggen | Vad fungerar? | Vad saknas?");
		String organiserId = mongo.getCollection("people")
			.find(new Document("userId", organiser))
			.first()
			.getString("_id");

		Instant now = context.getBean(Clock.class).instant();
		List<String> recipients = new ArrayList<>(List.of(organiserId));
		List<Document> people = new ArrayList<>();
		List<Document> memberships = new ArrayList<>();
		for (int k = 0; k < members; k++) {
			String personId = "large-" + run + "-" + k;
			recipients.add(personId);
			people.add(new Document("_id", personId).append("channel", "PLAYGROUND")
				.append("tenant", "")
				.append("userId", personId)
				.append("displayName", String.format("Person %04d", k))
				.append("locale", "sv"));
			memberships.add(new Document("_id", networkId + ":" + personId).append("networkId", networkId)
				.append("personId", personId)
				.append("organisation", organisation(k))
				.append("roles", List.of("PARTICIPANT"))
				.append("joinedAt", Date.from(now)));
		}
		if (members > 0) {
			mongo.getCollection("people").insertMany(people);
			mongo.getCollection("memberships").insertMany(memberships);
		}

		Document board = mongo.getCollection("boards").find(new Document("networkId", networkId)).first();
		List<Document> seeded = new ArrayList<>();
		for (int n = 1; n <= notes; n++) {
			String author = recipients.get(n % recipients.size());
			seeded.add(new Document("_id", UUID.randomUUID().toString()).append("boardId", board.getString("_id"))
				.append("column", n % 2)
				.append("number", n)
				.append("group", 1 + n % 20)
				.append("authorId", author)
				.append("organisation", members == 0 ? null : organisation(n % members))
				.append("text", "Lapp " + n + ": tydliga kontaktvägar mellan skola, socialtjänst och polis")
				.append("hidden", false)
				.append("createdAt", Date.from(now)));
		}
		if (notes > 0) {
			mongo.getCollection("notes").insertMany(seeded);
			mongo.getCollection("boards")
				.updateOne(new Document("_id", board.getString("_id")),
						new Document("$set", new Document("nextNumber", notes + 1)));
		}

		LocalDate due = firstMeeting.plusDays(36);
		String homeworkId = UUID.randomUUID().toString();
		ZoneId zone = ZoneId.of("Europe/Stockholm");
		mongo.getCollection("homework")
			.insertOne(new Document("_id", homeworkId).append("networkId", networkId)
				.append("number", 1)
				.append("questions", List.of("Vad tar vi med oss?", "Vad gör vi till nästa gång?"))
				.append("due", due.toString())
				.append("dueAt", Date.from(due.plusDays(1).atStartOfDay(zone).toInstant()))
				.append("zone", zone.getId())
				.append("recipients", recipients)
				.append("reminders", List.of())
				.append("createdBy", organiserId)
				.append("createdAt", Date.from(now)));
		HomeworkRespondents respondents = context.getBean(HomeworkRespondents.class);
		List<Document> answers = new ArrayList<>();
		// every other member, from the first seeded one on
		for (int k = 1; k < recipients.size(); k += 2) {
			String respondent = respondents.of(homeworkId, new PersonId(recipients.get(k)));
			answers.add(new Document("_id", homeworkId + ":" + respondent).append("homeworkId", homeworkId)
				.append("respondent", respondent)
				.append("answers", new Document("1", "Rutinerna").append("2", "Kontakterna"))
				.append("updatedAt", Date.from(now)));
		}
		if (!answers.isEmpty()) {
			mongo.getCollection("homework_answers").insertMany(answers);
		}
		return new LargeNetwork(run, organiser, room, networkId, homeworkId, due);
	}

	/** 400 in the region, the rest spread evenly over 39 municipalities and agencies. */
	public static String organisation(int k) {
		return k < 400 ? "Region Kronoberg" : String.format("Kommun %02d", k % (ORGANISATIONS - 1));
	}

}
