package se.samverka.archive;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.network.PersonalMessages;

/**
 * {@code archive link} (organisers and steering members): a signed link to the network's
 * archive that works for a while, in the person's language. The link is for the person
 * alone: asked for in a shared conversation, it goes to their personal chat and the
 * conversation is only told so.
 */
@Component
class ArchiveLinkCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("archive link", "arkiv länk", "arkiv lank", "arkivlänk", "archive"), Access.STEERING,
			"help.archive-link")
		.refusingWith("archive.link.refused");

	private static final Logger log = LoggerFactory.getLogger(ArchiveLinkCommand.class);

	private final ArchiveLinks links;

	private final PersonalMessages personal;

	ArchiveLinkCommand(ArchiveLinks links, PersonalMessages personal) {
		this.links = links;
		this.personal = personal;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		NetworkId id = ctx.network();
		ArchiveLinks.Grant grant = links.grant(ctx.locale());
		String expires = ArchivePage.MINUTE.format(grant.expires().atZone(ctx.zone()));
		Message link = Message.builder()
			.paragraph(ctx.t("archive.link.heading", ctx.caller().networkName()))
			.paragraph(links.pageUrl(id, grant))
			.paragraph(ctx.t("archive.link.note", expires), Tone.SUBTLE)
			.build();
		log.info("Archive link for network {} given to person {}", id, ctx.person());
		if (ctx.inbound().kind() == ConversationKind.PERSONAL) {
			return List.of(link);
		}
		// one message per request: a redelivered request is dropped before it gets here
		personal.send("archive-link:" + ctx.inbound().dedupKey(), ctx.person(), id, link);
		return List.of(Message.text(ctx.t("archive.link.sent-privately")));
	}

}
