package se.samverka.network;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.network.NetworkLink.Purpose;

/**
 * {@code steering here}: organisers make this conversation receive the steering group's
 * digests.
 */
@Component
class SteeringHereCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("steering here", "styrgrupp här", "styrgrupp har", "styrgruppen här"), Access.ORGANISER,
			"help.steering-here");

	private static final Logger log = LoggerFactory.getLogger(SteeringHereCommand.class);

	private final Networks networks;

	private final ApplicationEventPublisher events;

	SteeringHereCommand(Networks networks, ApplicationEventPublisher events) {
		this.networks = networks;
		this.events = events;
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
		NetworkId network = ctx.network();
		Optional<NetworkLink> link = networks.link(network, ctx.conversation(), Purpose.STEERING, ctx.person());
		if (link.isEmpty()) {
			return List.of(Message.text(ctx.t("join.channel-other-network")));
		}
		events.publishEvent(new SteeringConversationLinked(network, ctx.conversation()));
		String name = ctx.caller().networkName();
		log.info("Conversation {} receives steering digests of network {}", ctx.conversation().asString(), network);
		return List.of(Message.text(ctx.t("steering.done", name)));
	}

}
