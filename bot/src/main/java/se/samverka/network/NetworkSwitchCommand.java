package se.samverka.network;

import java.util.List;
import java.util.Locale;
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

/**
 * {@code network switch <number|name>} / {@code nätverk byt}: the network the caller's
 * own commands are about from now on, where no conversation decides it (their personal
 * chat). By its number in {@code network list} or its name (a unique part of it will do).
 */
@Component
class NetworkSwitchCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("network switch", "nätverk byt", "natverk byt", "nätverk byt till", "network switch to"),
			Access.EVERYONE, "help.network-switch");

	private static final Logger log = LoggerFactory.getLogger(NetworkSwitchCommand.class);

	private final PersonalNetworks personal;

	private final Networks networks;

	NetworkSwitchCommand(PersonalNetworks personal, Networks networks) {
		this.personal = personal;
		this.networks = networks;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		List<Network> mine = personal.of(ctx.person());
		if (mine.isEmpty()) {
			return List.of(Message.text(ctx.t("network.list.none")));
		}
		if (ctx.args().isBlank()) {
			return List.of(unknown(ctx, mine, "network.switch.usage"));
		}
		Optional<Network> found = find(ctx.args(), mine);
		if (found.isEmpty()) {
			return List.of(unknown(ctx, mine, "network.switch.unknown"));
		}
		Network network = found.get();
		personal.choose(ctx.person(), new NetworkId(network.id()));
		log.debug("Person {} chose network {}", ctx.person(), network.id());
		Message.Builder reply = Message.builder().paragraph(ctx.t("network.switch.done", network.name()), Tone.GOOD);
		networks.linkOf(ctx.conversation())
			.filter(l -> !l.networkId().equals(network.id()))
			.ifPresent(l -> reply.paragraph(ctx.t("network.list.here", ctx.caller().networkName()), Tone.SUBTLE));
		return List.of(reply.build());
	}

	private Message unknown(CommandContext ctx, List<Network> mine, String key) {
		return Message.builder()
			.paragraph(ctx.t(key, ctx.args()))
			.paragraph(personal.numbered(ctx.locale(), mine, mine, null))
			.build();
	}

	/** By number, by whole name, or by a part of the name only one of them has. */
	static Optional<Network> find(String typed, List<Network> mine) {
		String wanted = typed.strip().replaceFirst("^#", "");
		if (wanted.matches("\\d{1,4}")) {
			int number = Integer.parseInt(wanted);
			return number >= 1 && number <= mine.size() ? Optional.of(mine.get(number - 1)) : Optional.empty();
		}
		String folded = fold(wanted);
		Optional<Network> whole = mine.stream().filter(n -> fold(n.name()).equals(folded)).findFirst();
		if (whole.isPresent()) {
			return whole;
		}
		List<Network> partly = mine.stream().filter(n -> fold(n.name()).contains(folded)).toList();
		return partly.size() == 1 ? Optional.of(partly.get(0)) : Optional.empty();
	}

	private static String fold(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
