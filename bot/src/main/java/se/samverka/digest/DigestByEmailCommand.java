package se.samverka.digest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.network.EmailAddresses;
import se.samverka.network.WebMember;
import se.samverka.network.WebMembers;

/**
 * {@code lägesrapport e-post <adress>} / {@code digest email <address>}: a steering
 * member (or organiser) also gets the steering group's digests by e-mail, besides the
 * steering conversation; {@code … av} / {@code … off} stops that. Alone it says what is
 * chosen. The e-mail's own links (unsubscribe, settings) change the same choice.
 */
@Component
class DigestByEmailCommand implements CommandHandler {

	static final CommandNames NAMES = CommandNames.of("digest email", "lägesrapport e-post", "lagesrapport e-post",
			"lägesrapport epost", "digest e-mail");

	private static final CommandSpec SPEC = new CommandSpec(NAMES, Access.STEERING, "help.digest-email");

	private static final Logger log = LoggerFactory.getLogger(DigestByEmailCommand.class);

	private final WebMembers members;

	DigestByEmailCommand(WebMembers members) {
		this.members = members;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		String args = ctx.args().strip();
		Optional<WebMember> known = members.of(ctx.person());
		if (args.isEmpty()) {
			boolean on = known.map(m -> m.digestsByEmail() && !m.emailOff()).orElse(false);
			return List.of(Message
				.text(on ? ctx.t("digest.email.status-on", known.get().email()) : ctx.t("digest.email.status-off")));
		}
		String word = args.toLowerCase(Locale.ROOT);
		if (word.equals("av") || word.equals("off")) {
			if (known.isPresent()) {
				members.setDigestsByEmail(ctx.person(), false);
			}
			log.info("Person {} stopped digests by e-mail", ctx.person());
			return List.of(Message.text(ctx.t("digest.email.off")));
		}
		Optional<String> email = EmailAddresses.tidy(args);
		if (email.isEmpty()) {
			return List.of(Message.text(ctx.t("digest.email.not-an-address", args)));
		}
		if (!members.addEmail(ctx.person(), email.get())) {
			return List.of(Message.text(ctx.t("digest.email.taken", email.get())));
		}
		members.setDigestsByEmail(ctx.person(), true);
		members.setEmailOff(ctx.person(), false);
		log.info("Person {} gets digests by e-mail", ctx.person());
		return List.of(Message.text(ctx.t("digest.email.on", email.get())));
	}

}
