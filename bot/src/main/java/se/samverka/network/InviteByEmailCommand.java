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
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.Channel;
import se.samverka.delivery.Outbox;

/**
 * {@code bjud in <e-post> <organisation>}: an organiser brings in someone with neither
 * Teams nor Slack. They become a participant from the organisation and get an invitation
 * by e-mail with the link to their own page. Inviting an address again sends a new
 * invitation (and a fresh link); a replayed request sends one.
 */
@Component
class InviteByEmailCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("bjud in", "invite", "bjud", "bjudin", "invite by email", "bjud in med e-post"),
			Access.ORGANISER, "help.invite");

	private static final Logger log = LoggerFactory.getLogger(InviteByEmailCommand.class);

	private static final int MAX_ORGANISATION = 120;

	private final Networks networks;

	private final Organisations organisations;

	private final WebMembers members;

	private final People people;

	private final PersonalMessages personal;

	private final Outbox outbox;

	InviteByEmailCommand(Networks networks, Organisations organisations, WebMembers members, People people,
			PersonalMessages personal, Outbox outbox) {
		this.outbox = outbox;
		this.networks = networks;
		this.organisations = organisations;
		this.members = members;
		this.people = people;
		this.personal = personal;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		String[] parts = ctx.args().strip().split("\\s+", 2);
		if (parts[0].isEmpty()) {
			return List.of(Message.text(ctx.t("invite.usage")));
		}
		Optional<String> email = EmailAddresses.tidy(parts[0]);
		if (email.isEmpty()) {
			return List.of(Message.text(ctx.t("invite.not-an-address", parts[0])));
		}
		String organisation = parts.length > 1 ? OrganisationNames.tidy(parts[1]) : "";
		if (organisation.isEmpty()) {
			return List.of(Message.text(ctx.t("invite.missing-organisation", email.get())));
		}
		if (organisation.length() > MAX_ORGANISATION) {
			return List.of(Message.text(ctx.t("join.organisation-too-long", MAX_ORGANISATION)));
		}
		NetworkId network = ctx.network();
		Organisations.Resolved resolved = organisations.resolve(network, organisation);
		PersonId invited = members.enrol(email.get(), ctx.locale());
		Optional<Membership> before = networks.membership(network, invited);
		Membership membership = before.isPresent() ? before.get()
				: networks.join(network, invited, resolved.name(), Role.PARTICIPANT);
		String networkName = ctx.caller().networkName();
		String inviter = people.find(ctx.person()).map(Person::displayName).orElse("?");
		String joinedAs = membership.organisation() == null ? resolved.name() : membership.organisation();
		Message invitation = Message.builder()
			.heading(ctx.t("invite.letter.heading", networkName))
			.paragraph(ctx.t("invite.letter.body", inviter, networkName, joinedAs))
			.paragraph(ctx.t("invite.letter.what"), Tone.SUBTLE)
			.build();
		personal.send("invite:" + network.value() + ":" + ctx.inbound().dedupKey(), invited, network, invitation);
		if (!outbox.reaches(Channel.WEB)) {
			log.warn("Person {} invited to network {}, but e-mail is not configured (spring.mail.host)", invited,
					network);
			return List.of(Message.builder()
				.paragraph(ctx.t("invite.email-off", email.get(), joinedAs), Tone.WARNING)
				.build());
		}
		log.info("Person {} invited person {} to network {} by e-mail", ctx.person(), invited, network);
		Message.Builder reply = Message.builder();
		if (before.isPresent()) {
			reply.paragraph(ctx.t("invite.again", email.get(), joinedAs), Tone.GOOD);
		}
		else {
			reply.paragraph(ctx.t("invite.sent", email.get(), joinedAs), Tone.GOOD);
		}
		return List.of(reply.build());
	}

}
