package se.samverka.network;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

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
import se.samverka.links.LinkSigner;
import se.samverka.links.PersonalLinks;

/**
 * {@code webblänk} / {@code web link} (any member): a fresh link to the person's own web
 * page and when it stops working. The link is theirs alone: asked for in a shared
 * conversation it goes to their personal chat, and the conversation is only told so.
 */
@Component
class WebLinkCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("web link", "webblänk", "webblank", "webb länk", "min sida", "my page"), Access.EVERYONE,
			"help.web-link");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private static final Logger log = LoggerFactory.getLogger(WebLinkCommand.class);

	private final PersonalLinks links;

	private final LinkSigner signer;

	private final Networks networks;

	private final PersonalMessages personal;

	private final NetworkSettings settings;

	WebLinkCommand(PersonalLinks links, LinkSigner signer, Networks networks, PersonalMessages personal,
			NetworkSettings settings) {
		this.settings = settings;
		this.links = links;
		this.signer = signer;
		this.networks = networks;
		this.personal = personal;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public boolean takesArguments() {
		return false;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		if (networks.membershipsOf(ctx.person()).isEmpty()) {
			return List.of(Message.text(ctx.t("web-link.no-network")));
		}
		String token = links.token(ctx.person());
		ZoneId zone = ctx.zone() != null ? ctx.zone() : settings.timezone();
		String expires = MINUTE.format(links.check(token).expires().atZone(zone));
		Message link = Message.builder()
			.paragraph(ctx.t("web-link.heading"))
			.paragraph(signer.publicUrl() + PersonalLinks.PATH + token)
			.paragraph(ctx.t("web-link.note", expires), Tone.SUBTLE)
			.build();
		log.info("Personal page link given to person {}", ctx.person());
		if (ctx.inbound().kind() == ConversationKind.PERSONAL) {
			return List.of(link);
		}
		NetworkId network = ctx.network() != null ? ctx.network()
				: new NetworkId(networks.membershipsOf(ctx.person()).get(0).networkId());
		// one message per request: a redelivered request is dropped before it gets here
		personal.send("web-link:" + ctx.inbound().dedupKey(), ctx.person(), network, link);
		return List.of(Message.text(ctx.t("web-link.sent-privately")));
	}

}
