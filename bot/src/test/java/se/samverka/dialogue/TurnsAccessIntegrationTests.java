package se.samverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;

import se.samverka.chat.Access;
import se.samverka.chat.Channel;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Sender;
import se.samverka.chat.Texts;
import se.samverka.conversation.ConversationReferences;
import se.samverka.conversation.Transcript;
import se.samverka.metrics.TurnMeters;
import se.samverka.network.Network;
import se.samverka.network.Networks;
import se.samverka.network.People;

/**
 * Turns decides who may run a command, once, from the command's declared access: a
 * refused command is never run and changes nothing, an admitted one gets the resolved
 * network. Probe commands (one per level) run through a Turns of their own; the real
 * commands through the application's.
 */
@SpringBootTest
@ActiveProfiles("test")
class TurnsAccessIntegrationTests {

	@Autowired
	Turns turns;

	@Autowired
	People people;

	@Autowired
	Networks networks;

	@Autowired
	Callers callers;

	@Autowired
	Transcript transcript;

	@Autowired
	ConversationReferences references;

	@Autowired
	Texts texts;

	@Autowired
	SharedConversationRefusal refusal;

	@Autowired
	TurnMeters meters;

	@Autowired
	MongoTemplate mongo;

	final List<CommandContext> ran = new ArrayList<>();

	Turns probing;

	String tag;

	ConversationKey channel;

	NetworkId network;

	Speaker organiser;

	@BeforeEach
	void aNetworkWithALinkedChannel() {
		probing = new Turns(people, networks, callers, transcript, references, texts, List.of(
				probe("everyone", Access.EVERYONE), probe("in", Access.IN_NETWORK), probe("member", Access.MEMBER),
				probe("steering", Access.STEERING), probe("organiser", Access.ORGANISER),
				new Probe(spec("vote", Access.MEMBER).refusingNonMembersWith("poll.members-only")),
				new Probe(spec("evaluation", Access.ORGANISER).refusingNonMembersWith("evaluation.members-only")),
				new Probe(spec("archive", Access.STEERING).refusingWith("archive.link.refused"))), refusal, meters);
		tag = UUID.randomUUID().toString().substring(0, 8);
		channel = new ConversationKey(Channel.TEAMS, "tenant-a", "19:access-" + tag);
		organiser = new Speaker(Channel.TEAMS, "tenant-a", "org-" + tag);
		say(turns, organiser, channel, "nätverk skapa Tillträde " + tag);
		network = networks.linkOf(channel).map(l -> new NetworkId(l.networkId())).orElseThrow();
	}

	@Test
	void outsideAnyNetworkOnlyCommandsForEveryoneRun() {
		Speaker stranger = new Speaker(Channel.SLACK, "T-1", "stranger-" + tag);
		assertThat(say(probing, stranger, stranger.personal(), "probe everyone")).isEqualTo("ran");
		assertThat(ran).singleElement().satisfies(ctx -> assertThat(ctx.network()).isNull());
		ran.clear();
		for (String level : List.of("in", "member", "steering", "organiser", "vote", "evaluation", "archive")) {
			assertThat(say(probing, stranger, stranger.personal(), "probe " + level))
				.isEqualTo(texts.get(null, "error.no-network"));
		}
		assertThat(ran).isEmpty();
	}

	@Test
	void aNonMemberInALinkedChannelIsInTheNetworkButNotAMember() {
		Speaker guest = new Speaker(Channel.TEAMS, "tenant-a", "guest-" + tag);
		assertThat(say(probing, guest, channel, "probe in")).isEqualTo("ran");
		assertThat(ran).singleElement().satisfies(ctx -> {
			assertThat(ctx.network()).isEqualTo(network);
			assertThat(ctx.organisation()).isNull();
			assertThat(ctx.zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
			assertThat(ctx.caller().networkName()).isEqualTo("Tillträde " + tag);
		});
		ran.clear();
		assertThat(say(probing, guest, channel, "probe member")).isEqualTo(sv("error.no-network"));
		assertThat(say(probing, guest, channel, "probe vote")).isEqualTo(sv("poll.members-only"));
		assertThat(say(probing, guest, channel, "probe evaluation")).isEqualTo(sv("evaluation.members-only"));
		assertThat(say(probing, guest, channel, "probe organiser"))
			.isEqualTo(sv("error.organisers-only", "prov organiser"));
		assertThat(say(probing, guest, channel, "probe archive"))
			.isEqualTo(sv("archive.link.refused", "prov archive", "Tillträde " + tag));
		assertThat(ran).isEmpty();
		// the same person in a personal chat is in no network at all
		assertThat(say(probing, guest, guest.personal(), "probe in")).isEqualTo(sv("error.no-network"));
		assertThat(ran).isEmpty();
	}

	@Test
	void aParticipantRunsMemberCommandsWithTheirOrganisationAndIsRefusedTheRest() {
		Speaker participant = joined("part", "Växjö kommun");
		for (String level : List.of("in", "member", "vote", "everyone")) {
			assertThat(say(probing, participant, participant.personal(), "probe " + level)).isEqualTo("ran");
		}
		assertThat(ran).hasSize(4).allSatisfy(ctx -> {
			assertThat(ctx.network()).isEqualTo(network);
			assertThat(ctx.organisation()).isEqualTo("Växjö kommun");
		});
		ran.clear();
		assertThat(say(probing, participant, participant.personal(), "probe organiser"))
			.isEqualTo(sv("error.organisers-only", "prov organiser"));
		assertThat(say(probing, participant, participant.personal(), "probe evaluation"))
			.isEqualTo(sv("error.organisers-only", "prov evaluation"));
		assertThat(say(probing, participant, participant.personal(), "probe steering"))
			.isEqualTo(sv("error.organisers-only", "prov steering"));
		assertThat(ran).isEmpty();
	}

	@Test
	void anOrganiserRunsEverything() {
		for (String level : List.of("everyone", "in", "member", "steering", "organiser", "vote", "evaluation",
				"archive")) {
			assertThat(say(probing, organiser, organiser.personal(), "probe " + level)).isEqualTo("ran");
		}
		assertThat(ran).hasSize(8).allSatisfy(ctx -> assertThat(ctx.network()).isEqualTo(network));
	}

	@Test
	void refusedCommandsChangeNothing() {
		Speaker participant = joined("part", "Region Kronoberg");
		Speaker guest = new Speaker(Channel.TEAMS, "tenant-a", "guest-" + tag);
		Map<String, Long> before = stored();
		assertThat(say(turns, participant, channel, "möte skapa\n09:00 Välkomna\n10:00 Fika"))
			.isEqualTo(sv("error.organisers-only", "möte skapa"));
		assertThat(say(turns, participant, channel, "vägg skapa Erfarenheter | Vad fungerar?"))
			.isEqualTo(sv("error.organisers-only", "vägg skapa"));
		assertThat(say(turns, participant, channel, "omröstning Nästa träff | 2030-09-29 | 2030-10-01"))
			.isEqualTo(sv("error.organisers-only", "omröstning"));
		assertThat(say(turns, participant, channel, "styrgrupp här"))
			.isEqualTo(sv("error.organisers-only", "styrgrupp här"));
		assertThat(say(turns, participant, channel, "utskick")).isEqualTo(sv("error.organisers-only", "utskick"));
		assertThat(say(turns, guest, channel, "utskick")).isEqualTo(sv("error.no-network"));
		assertThat(say(turns, guest, channel, "här")).isEqualTo(sv("grouping.not-member"));
		assertThat(say(turns, guest, channel, "rösta 1 1 ja")).isEqualTo(sv("poll.members-only"));
		// typed in a channel, an anonymous command is refused as such first, and kept
		// nowhere
		assertThat(say(turns, guest, channel, "svar 1 Vi tar upp det")).isEqualTo(sv("anonymity.shared.reply", "svar"));
		assertThat(say(turns, guest, channel, "arkiv länk"))
			.isEqualTo(sv("archive.link.refused", "arkiv länk", "Tillträde " + tag));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void helpListsWhatThePersonMayRun() {
		Speaker participant = joined("part", "Polisen");
		Speaker guest = new Speaker(Channel.TEAMS, "tenant-a", "guest-" + tag);
		String forGuest = say(turns, guest, channel, "hjälp möte") + say(turns, guest, channel, "hjälp väggar")
				+ say(turns, guest, channel, "hjälp omröstning") + say(turns, guest, channel, "hjälp nätverk");
		assertThat(forGuest).contains(sv("help.agenda.example"), sv("help.board.example"))
			.doesNotContain(sv("help.vote.example"), sv("help.deliveries.example"));
		String forParticipant = String.join("\n",
				List.of("hjälp möte", "hjälp omröstning", "hjälp nätverk", "hjälp lägesrapport")
					.stream()
					.map(topic -> say(turns, participant, participant.personal(), topic))
					.toList());
		assertThat(forParticipant).contains(sv("help.agenda.example"), sv("help.vote.example"))
			.doesNotContain(sv("help.deliveries.example"), sv("help.poll-close.example"),
					sv("help.archive-link.example"));
		assertThat(say(turns, organiser, organiser.personal(), "hjälp nätverk")
				+ say(turns, organiser, organiser.personal(), "hjälp lägesrapport")
				+ say(turns, organiser, organiser.personal(), "hjälp omröstning"))
			.contains(sv("help.deliveries.example"), sv("help.archive-link.example"), sv("help.poll-close.example"));
	}

	// --- fixtures

	Speaker joined(String name, String organisation) {
		Speaker who = new Speaker(Channel.SLACK, "T-1", name + "-" + tag);
		String code = networks.find(network).map(Network::inviteCode).orElseThrow();
		say(turns, who, who.personal(), "gå med " + code + " " + organisation);
		return who;
	}

	Map<String, Long> stored() {
		Map<String, Long> counts = new LinkedHashMap<>();
		Query ofNetwork = Query.query(Criteria.where("networkId").is(network.value()));
		for (String collection : List.of("meetings", "boards", "polls", "homework", "network_links", "memberships",
				"evaluations", "digest_settings")) {
			counts.put(collection, mongo.count(ofNetwork, collection));
		}
		for (String collection : List.of("poll_votes", "homework_answers", "attendance", "notes")) {
			counts.put(collection, mongo.count(new Query(), collection));
		}
		return counts;
	}

	String sv(String key, Object... arguments) {
		return texts.get(null, key, arguments);
	}

	String say(Turns through, Speaker who, ConversationKey where, String text) {
		ConversationKind kind = where.conversationId().startsWith("dm-") ? ConversationKind.PERSONAL
				: ConversationKind.GROUP;
		TurnOutcome outcome = through
			.handle(Inbound.typed(UUID.randomUUID().toString(), where, kind, who.sender(), text, null));
		return String.join("\n", outcome.replies().stream().map(Message::fallbackText).toList());
	}

	CommandHandler probe(String name, Access access) {
		return new Probe(spec(name, access));
	}

	static CommandHandler.CommandSpec spec(String name, Access access) {
		return new CommandHandler.CommandSpec(CommandNames.of("probe " + name, "prov " + name), access, "help.help");
	}

	class Probe implements CommandHandler {

		private final CommandSpec spec;

		Probe(CommandSpec spec) {
			this.spec = spec;
		}

		@Override
		public CommandSpec spec() {
			return spec;
		}

		@Override
		public List<Message> handle(CommandContext context) {
			ran.add(context);
			return List.of(Message.text("ran"));
		}

	}

	record Speaker(Channel channel, String tenant, String userId) {

		ConversationKey personal() {
			return new ConversationKey(channel, tenant, "dm-" + userId);
		}

		Sender sender() {
			return new Sender(channel, tenant, userId, "Name " + userId, null);
		}

	}

}
