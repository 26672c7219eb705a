package se.samverka.network;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.CommandNames;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.delivery.Outbox;
import se.samverka.delivery.Recipient;
import se.samverka.network.Networks.CodeMatch;
import se.samverka.network.NetworkLink.Purpose;

/**
 * {@code join <code> <organisation>}: the caller becomes a member of the network with
 * that code. An organiser running it in a shared channel also links that channel, on any
 * platform, to the network; in the steering conversation it makes the caller a steering
 * member. Whoever becomes organiser with the organiser code is announced to the other
 * organisers in their personal chats. The organiser code typed in a shared conversation
 * has been seen there: it is replaced at once and the new one goes to every organiser's
 * personal chat. An organisation the network has already, however it is typed, is stored
 * under its existing name; a near miss of one is asked about.
 */
@Component
class JoinCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("join", "gå med", "ga med", "gå med i"),
			Access.EVERYONE, "help.join");

	static final int MAX_ORGANISATION = 100;

	private static final Logger log = LoggerFactory.getLogger(JoinCommand.class);

	private final Networks networks;

	private final People people;

	private final Outbox outbox;

	private final PersonalMessages personal;

	private final OrganiserCodes organiserCodes;

	private final Organisations organisations;

	JoinCommand(Networks networks, People people, Outbox outbox, PersonalMessages personal,
			OrganiserCodes organiserCodes, Organisations organisations) {
		this.networks = networks;
		this.people = people;
		this.outbox = outbox;
		this.personal = personal;
		this.organiserCodes = organiserCodes;
		this.organisations = organisations;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		String[] parts = ctx.args().split("\\s+", 2);
		if (parts[0].isEmpty()) {
			return List.of(Message.text(ctx.t("join.usage")));
		}
		Optional<CodeMatch> match = networks.byCode(parts[0]);
		if (match.isEmpty()) {
			return List.of(Message.text(ctx.t("join.unknown-code", InviteCodes.normalise(parts[0]))));
		}
		String organisation = parts.length > 1 ? OrganisationNames.tidy(parts[1]) : "";
		if (organisation.isEmpty()) {
			return List.of(Message.text(ctx.t("join.missing-organisation", InviteCodes.normalise(parts[0]))));
		}
		if (organisation.length() > MAX_ORGANISATION) {
			return List.of(Message.text(ctx.t("join.organisation-too-long", MAX_ORGANISATION)));
		}
		Network network = match.get().network();
		NetworkId id = new NetworkId(network.id());
		Organisations.Resolved resolved = organisations.resolve(id, organisation);
		organisation = resolved.name();
		Optional<NetworkLink> here = networks.linkOf(ctx.conversation());
		boolean steeringHere = here.filter(l -> l.networkId().equals(network.id()))
			.map(l -> l.is(Purpose.STEERING))
			.orElse(false);
		Role role = match.get().role() == Role.ORGANISER ? Role.ORGANISER
				: (steeringHere ? Role.STEERING : Role.PARTICIPANT);
		Optional<Membership> before = networks.membership(id, ctx.person());
		boolean wasMember = before.isPresent();
		boolean wasOrganiser = before.map(m -> m.is(Role.ORGANISER)).orElse(false);
		Membership membership = networks.join(id, ctx.person(), organisation, role);
		log.info("Person {} joined network {} as {}", ctx.person(), network.id(), role);

		Message.Builder reply = Message.builder()
			.paragraph(ctx.t("join.joined", network.name(), roleNames(ctx, membership), organisation), Tone.GOOD);
		String typed = organisation;
		resolved.suggestion().ifPresent(s -> OrganisationQuestion.ask(reply, ctx, id, typed, s));
		if (ctx.inbound().kind() == ConversationKind.GROUP) {
			reply.paragraph(linkHere(ctx, id, membership, here), Tone.SUBTLE);
		}
		if (!wasMember) {
			announce(ctx, network, organisation);
		}
		if (role == Role.ORGANISER && !wasOrganiser) {
			tellOrganisers(ctx, network, organisation);
		}
		if (match.get().role() == Role.ORGANISER && !OrganiserCodes.mayShowHere(ctx)) {
			organiserCodes.replaceExposed(ctx, id, network.name());
			reply.paragraph(ctx.t("join.organiser-code-exposed"), Tone.SUBTLE);
		}
		return List.of(reply.build());
	}

	private String linkHere(CommandContext ctx, NetworkId id, Membership membership, Optional<NetworkLink> here) {
		if (here.isPresent() && here.get().networkId().equals(id.value())) {
			return ctx.t("join.channel-already-linked");
		}
		if (!membership.is(Role.ORGANISER)) {
			return ctx.t("join.channel-not-linked");
		}
		Optional<NetworkLink> linked = networks.link(id, ctx.conversation(), Purpose.MEMBERS, ctx.person());
		if (linked.isEmpty()) {
			return ctx.t("join.channel-other-network");
		}
		log.info("Conversation {} linked to network {}", ctx.conversation().asString(), id);
		return ctx.t("join.channel-linked");
	}

	/** Tells the network's home conversations, wherever they are, that someone joined. */
	private void announce(CommandContext ctx, Network network, String organisation) {
		String name = people.find(ctx.person()).map(Person::displayName).orElse("?");
		NetworkId id = new NetworkId(network.id());
		String key = "join:" + network.id() + ":" + ctx.person().value() + ":" + java.util.UUID.randomUUID();
		for (NetworkLink link : networks.links(id)) {
			if (link.is(Purpose.HOME) && !link.conversation().equals(ctx.conversation())) {
				outbox.enqueue(key, id, Recipient.conversation(link.conversation()), Message
					.text(ctx.texts().get(homeLocale(network), "join.announce", name, organisation, network.name())));
			}
		}
	}

	/**
	 * Tells every other organiser, in their personal chat and language, that someone
	 * became organiser with the organiser code: a code that leaked shows at once.
	 */
	private void tellOrganisers(CommandContext ctx, Network network, String organisation) {
		String name = people.find(ctx.person()).map(Person::displayName).orElse("?");
		NetworkId id = new NetworkId(network.id());
		for (se.samverka.chat.PersonId organiser : networks.organisers(id)) {
			if (organiser.equals(ctx.person())) {
				continue;
			}
			Message told = Message.text(ctx.texts()
				.get(personal.languageOf(organiser), "join.organiser-announce", name, organisation, network.name()));
			personal.send("organiser-joined:" + network.id() + ":" + ctx.person().value() + ":" + organiser.value(),
					organiser, id, told);
		}
	}

	private java.util.Locale homeLocale(Network network) {
		return people.localeOf(new se.samverka.chat.PersonId(network.createdBy()));
	}

	static String roleNames(CommandContext ctx, Membership membership) {
		return membership.roles()
			.stream()
			.sorted()
			.map(r -> ctx.t("role." + r.name()))
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
	}

}
