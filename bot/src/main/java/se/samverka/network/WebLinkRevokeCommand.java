package se.samverka.network;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.links.PersonalLinks;

/**
 * {@code webblänk stäng} / {@code web link revoke}: every link to the person's own page
 * given so far stops working at once (a lost or forwarded one, say). A new one is a
 * {@code webblänk} away.
 */
@Component
class WebLinkRevokeCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("web link revoke", "webblänk stäng", "webblank stang", "webblänk stang", "web link close"),
			Access.EVERYONE, "help.web-link-revoke");

	private static final Logger log = LoggerFactory.getLogger(WebLinkRevokeCommand.class);

	private final PersonalLinks links;

	WebLinkRevokeCommand(PersonalLinks links) {
		this.links = links;
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
		links.revoke(ctx.person());
		log.info("Personal page links of person {} revoked", ctx.person());
		return List.of(Message.builder().paragraph(ctx.t("web-link.revoked"), Tone.GOOD).build());
	}

}
