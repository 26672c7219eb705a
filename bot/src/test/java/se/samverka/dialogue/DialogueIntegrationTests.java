package se.samverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import se.samverka.SamverkaTest;
import se.samverka.chat.Block;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Sender;
import se.samverka.conversation.TranscriptEntry;
import se.samverka.network.Membership;
import se.samverka.network.NetworkLink;
import se.samverka.network.Networks;
import se.samverka.network.Role;

/** The dialogue as every channel shares it, against the embedded database. */
@SamverkaTest
class DialogueIntegrationTests {

	@Autowired
	Turns turns;

	@Autowired
	Networks networks;

	@Autowired
	MongoTemplate mongo;

	final Person anna = new Person(Channel.TEAMS, "tenant-a", "anna");

	final Person bo = new Person(Channel.SLACK, "T-WS", "U-BO");

	final Person cecilia = new Person(Channel.PLAYGROUND, "playground", "cecilia");

	@Test
	void helpIsInSwedishByDefaultAndInEnglishAfterChoosingIt() {
		Person p = new Person(Channel.TEAMS, "t", "help-" + UUID.randomUUID());
		assertThat(text(say(p, p.personal(), "hjälp"))).contains("Samverka – det här kan jag")
			.contains("nätverk skapa <namn>");
		assertThat(text(say(p, p.personal(), "language en"))).isEqualTo("I'll talk to you in English now.");
		assertThat(text(say(p, p.personal(), "help"))).contains("Samverka – what I can do")
			.contains("network create <name>")
			.doesNotContain("steering here");
		assertThat(text(say(p, p.personal(), "språk svenska"))).isEqualTo("Jag pratar svenska med dig nu.");
	}

	@Test
	void aNetworkSpansTeamsSlackAndThePlayground() {
		ConversationKey teamsChannel = new ConversationKey(Channel.TEAMS, "tenant-a", "19:team-" + UUID.randomUUID());
		List<Message> created = say(anna, teamsChannel, ConversationKind.GROUP,
				"network create Barnens bästa Kronoberg");
		String code = fact(created, "Inbjudningskod");
		NetworkId network = networks.linkOf(teamsChannel).map(l -> new NetworkId(l.networkId())).orElseThrow();
		// created in a channel: the organiser code is not in the reply (it went to Anna's
		// personal chat)
		assertThat(text(created)).contains("personligt meddelande");
		String organiserCode = networks.find(network).orElseThrow().organiserCode();
		assertThat(text(created)).doesNotContain(organiserCode);

		assertThat(text(say(bo, bo.personal(), "join " + code.toLowerCase() + " Polisen Kronoberg")))
			.contains("Barnens bästa Kronoberg")
			.contains("deltagare")
			.contains("Polisen Kronoberg");
		assertThat(text(say(cecilia, cecilia.personal(), "gå med " + code + " Region Kronoberg")))
			.contains("Välkommen");

		List<Membership> members = networks.members(network);
		assertThat(members).hasSize(3);
		assertThat(networks.rolesOf(network, turnsPerson(bo))).containsExactly(Role.PARTICIPANT);
		assertThat(networks.rolesOf(network, turnsPerson(anna))).containsExactly(Role.ORGANISER);

		// A Slack co-organiser with the organiser code links a Slack channel to the same
		// network.
		Person dan = new Person(Channel.SLACK, "T-WS", "U-DAN");
		ConversationKey slackChannel = new ConversationKey(Channel.SLACK, "T-WS", "C-" + UUID.randomUUID());
		assertThat(text(say(dan, slackChannel, ConversationKind.GROUP, "join " + organiserCode + " Växjö kommun")))
			.contains("arrangör")
			.contains("kopplad");
		assertThat(networks.links(network)).extracting(NetworkLink::conversation).contains(teamsChannel, slackChannel);
	}

	@Test
	void aRedeliveredMessageHasOneEffect() {
		Person p = new Person(Channel.TEAMS, "t", "dup-" + UUID.randomUUID());
		ConversationKey room = p.personal();
		Inbound first = inbound(p, room, ConversationKind.PERSONAL, "network create Dubbel", "teams:dup:1");
		TurnOutcome once = turns.handle(first);
		TurnOutcome again = turns.handle(first);
		assertThat(once.duplicate()).isFalse();
		assertThat(once.replies()).hasSize(1);
		assertThat(again.duplicate()).isTrue();
		assertThat(again.replies()).isEmpty();
		assertThat(mongo.count(Query.query(Criteria.where("name").is("Dubbel")), "networks")).isEqualTo(1);
		assertThat(transcript(room)).extracting(TranscriptEntry::direction)
			.containsExactly(TranscriptEntry.Direction.IN, TranscriptEntry.Direction.OUT);
	}

	@Test
	void badInputGetsAFriendlyAnswerAndHarmsNothing() {
		Person org = new Person(Channel.TEAMS, "t", "org-" + UUID.randomUUID());
		ConversationKey home = new ConversationKey(Channel.TEAMS, "t", "19:bad-" + UUID.randomUUID());
		String code = fact(say(org, home, ConversationKind.GROUP, "nätverk skapa Tålamod"), "Inbjudningskod");
		Person eve = new Person(Channel.SLACK, "T", "eve-" + UUID.randomUUID());

		assertThat(text(say(eve, eve.personal(), "dansa")))
			.isEqualTo("Jag förstår inte ”dansa”. Skriv hjälp för att se vad jag kan.");
		assertThat(text(say(eve, eve.personal(), "gå med"))).startsWith("Skriv koden och din organisation");
		assertThat(text(say(eve, eve.personal(), "gå med ZZZZZZ Skolan"))).contains("ZZZZZZ");
		assertThat(text(say(eve, eve.personal(), "gå med " + code))).startsWith("Vilken organisation");
		assertThat(text(say(eve, eve.personal(), "nätverk skapa"))).startsWith("Skriv nätverkets namn");
		assertThat(text(say(eve, eve.personal(), "x".repeat(30_000)))).contains("30000").contains("28000");
		assertThat(text(say(eve, eve.personal(), "nätverk skapa " + "n".repeat(101)))).contains("100");
		assertThat(text(say(eve, eve.personal(), "   "))).startsWith("Skriv ett kommando");

		say(eve, eve.personal(), "gå med " + code + " Skolan");
		assertThat(text(say(eve, eve.personal(), "styrgrupp här"))).startsWith("Bara nätverkets arrangörer");
		assertThat(text(say(eve, home, ConversationKind.GROUP, "network create Kapning")))
			.contains("hör redan till nätverket ”Tålamod”");

		NetworkId network = networks.linkOf(home).map(l -> new NetworkId(l.networkId())).orElseThrow();
		assertThat(networks.find(network).orElseThrow().name()).isEqualTo("Tålamod");
		assertThat(networks.rolesOf(network, turnsPerson(org))).containsExactly(Role.ORGANISER);
		assertThat(networks.members(network)).hasSize(2);
		assertThat(transcript(eve.personal())).filteredOn(e -> e.direction() == TranscriptEntry.Direction.IN)
			.anySatisfy(e -> assertThat(e.text()).hasSize(30_000));
	}

	@Test
	void steeringHereMakesLaterJoinersSteeringMembers() {
		Person org = new Person(Channel.TEAMS, "t", "org-" + UUID.randomUUID());
		String code = fact(say(org, org.personal(), "network create Styrd"), "Inbjudningskod");
		ConversationKey steering = new ConversationKey(Channel.SLACK, "T", "C-steer-" + UUID.randomUUID());
		Person org2 = new Person(Channel.SLACK, "T", "org2-" + UUID.randomUUID());
		NetworkId network = networks.contextFor(org.personal(), turnsPerson(org)).orElseThrow();
		String organiserCode = networks.find(network).orElseThrow().organiserCode();
		say(org2, steering, ConversationKind.GROUP, "join " + organiserCode + " Region Kronoberg");
		assertThat(text(say(org2, steering, ConversationKind.GROUP, "styrgrupp här"))).contains("styrgruppens");
		Person chair = new Person(Channel.SLACK, "T", "chair-" + UUID.randomUUID());
		say(chair, steering, ConversationKind.GROUP, "gå med " + code + " Länsstyrelsen");
		assertThat(networks.rolesOf(network, turnsPerson(chair))).containsExactly(Role.STEERING);
		assertThat(networks.linkOf(steering).orElseThrow().is(NetworkLink.Purpose.STEERING)).isTrue();
	}

	@Test
	void theTranscriptKeepsBothSidesWithNetworkAndPerson() {
		Person p = new Person(Channel.PLAYGROUND, "playground", "t-" + UUID.randomUUID());
		say(p, p.personal(), "network create Minne");
		List<TranscriptEntry> entries = transcript(p.personal());
		assertThat(entries).hasSize(2);
		TranscriptEntry in = entries.get(0);
		TranscriptEntry out = entries.get(1);
		assertThat(in.text()).isEqualTo("network create Minne");
		assertThat(in.channel()).isEqualTo(Channel.PLAYGROUND);
		assertThat(in.personId()).isEqualTo(turnsPerson(p).value());
		assertThat(out.networkId()).isNotNull();
		assertThat(out.text()).contains("Minne");
		assertThat(out.card()).extracting(m -> m.get("type")).contains("heading", "facts");
	}

	@Test
	void personalIdentityNumbersNeverReachTheTranscript() {
		Person p = new Person(Channel.SLACK, "T", "pnr-" + UUID.randomUUID());
		say(p, p.personal(), "network create Barn 121212-1212 och 201212121212");
		List<TranscriptEntry> entries = transcript(p.personal());
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0).text()).isEqualTo("network create Barn [personnummer] och [personnummer]");
		assertThat(entries.get(1).text()).doesNotContain("121212-1212").doesNotContain("201212121212");
		assertThat(entries.get(1).card().toString()).doesNotContain("121212-1212").contains("[personnummer]");
	}

	// --- fixtures

	record Person(Channel channel, String tenant, String userId) {
		ConversationKey personal() {
			return new ConversationKey(channel, tenant, "dm-" + userId);
		}

		Sender sender() {
			return new Sender(channel, tenant, userId, "Name " + userId, null);
		}
	}

	List<Message> say(Person who, ConversationKey where, String text) {
		return say(who, where, ConversationKind.PERSONAL, text);
	}

	List<Message> say(Person who, ConversationKey where, ConversationKind kind, String text) {
		TurnOutcome outcome = turns.handle(inbound(who, where, kind, text, UUID.randomUUID().toString()));
		assertThat(outcome.duplicate()).isFalse();
		return outcome.replies();
	}

	static Inbound inbound(Person who, ConversationKey where, ConversationKind kind, String text, String key) {
		return Inbound.typed(key, where, kind, who.sender(), text, null);
	}

	se.samverka.chat.PersonId turnsPerson(Person p) {
		var person = mongo.findOne(Query.query(Criteria.where("userId").is(p.userId())),
				se.samverka.network.Person.class);
		return new se.samverka.chat.PersonId(person.id());
	}

	List<TranscriptEntry> transcript(ConversationKey key) {
		return mongo.find(Query.query(Criteria.where("conversation").is(key.asString())), TranscriptEntry.class);
	}

	static String text(List<Message> messages) {
		return String.join("\n", messages.stream().map(Message::fallbackText).toList());
	}

	static String fact(List<Message> messages, String label) {
		return messages.stream()
			.flatMap(m -> m.blocks().stream())
			.filter(Block.Facts.class::isInstance)
			.flatMap(b -> ((Block.Facts) b).facts().stream())
			.filter(f -> f.label().equals(label))
			.map(Block.Fact::value)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No fact " + label + " in " + text(messages)));
	}

}
