package se.samverka.dialogue;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.ActionInvocation;
import se.samverka.chat.Caller;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandHandler.ItemFinder;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.network.Membership;
import se.samverka.network.Network;
import se.samverka.network.NetworkLink;
import se.samverka.network.Networks;
import se.samverka.network.PersonalNetworks;
import se.samverka.network.Role;

/**
 * Who is speaking, in which network, with which access: the one membership rule of the
 * README's "Who may do what", and the one rule for people in several networks.
 * <p>
 * The network is the one the conversation is linked to. Elsewhere (a personal chat) it is
 * the one the card or form the action came from belongs to; for a typed command that
 * needs a network, from someone in several, the one its item is in when only one of
 * theirs holds one (see {@link CommandHandler#itemFinder()}), else the one they chose
 * with {@code network switch}; with none of these the person is asked which, and nothing
 * is done. Commands for everyone keep the chosen network, else the one last created or
 * joined. A member is someone who joined the network; anyone in a conversation linked to
 * it is in the network too, member or not.
 */
@Component
class Callers {

	private final Networks networks;

	private final PersonalNetworks personal;

	Callers(Networks networks, PersonalNetworks personal) {
		this.networks = networks;
		this.personal = personal;
	}

	/**
	 * The caller of {@code handler} (empty when the text is no command); {@code action}
	 * is the button or form behind the message, or null; {@code args} what follows the
	 * command's name.
	 */
	Resolution resolve(ConversationKey conversation, PersonId person, ActionInvocation action,
			Optional<CommandHandler> handler, String args) {
		Optional<NetworkLink> link = networks.linkOf(conversation);
		if (link.isPresent()) {
			Caller caller = caller(new NetworkId(link.get().networkId()), person, true);
			return new Resolution(caller, false, false, List.of(), List.of());
		}
		List<Network> mine = personal.of(person);
		boolean several = mine.size() > 1;
		if (action != null && action.network() != null) {
			return Resolution.of(caller(action.network(), person, false), true, several);
		}
		boolean needsNetwork = handler.map(h -> h.spec().access() != Access.EVERYONE).orElse(false);
		if (!needsNetwork || mine.size() < 2) {
			Optional<NetworkId> network = personal.chosen(person, mine)
				.or(() -> networks.contextFor(conversation, person));
			return Resolution.of(network.map(n -> caller(n, person, false)).orElseGet(Caller::outsideAnyNetwork), false,
					several);
		}
		Optional<NetworkId> chosen = personal.chosen(person, mine);
		List<Network> candidates = mine;
		Optional<ItemFinder> finder = handler.get().itemFinder();
		if (finder.isPresent()) {
			List<Network> holding = mine.stream()
				.filter(n -> finder.get().holdsItem(new NetworkId(n.id()), person, args))
				.toList();
			if (holding.size() == 1) {
				return Resolution.of(caller(new NetworkId(holding.get(0).id()), person, false), true, several);
			}
			if (!holding.isEmpty()) {
				candidates = holding;
			}
			else if (chosen.isEmpty()) {
				// nothing to act on anywhere: the command says so in the network last
				// joined, and changes nothing
				Optional<NetworkId> last = networks.contextFor(conversation, person);
				if (last.isPresent()) {
					return Resolution.of(caller(last.get(), person, false), true, several);
				}
			}
		}
		List<Network> among = candidates;
		Optional<NetworkId> chosenAmong = chosen.filter(c -> among.stream().anyMatch(n -> n.id().equals(c.value())));
		if (chosenAmong.isPresent()) {
			return Resolution.of(caller(chosenAmong.get(), person, false), true, several);
		}
		return new Resolution(Caller.outsideAnyNetwork(), false, true, mine, among);
	}

	/** What to ask instead of running {@code command} when the resolution asks. */
	Message whichNetwork(Resolution resolution, Locale locale, String command) {
		return personal.whichNetwork(locale, command, resolution.mine(), resolution.candidates());
	}

	private Caller caller(NetworkId id, PersonId person, boolean inLinkedConversation) {
		Optional<Network> found = networks.find(id);
		Optional<Membership> membership = networks.membership(id, person);
		ZoneId zone = found.map(Network::timezone).map(ZoneId::of).orElseGet(() -> networks.zoneOf(id));
		return new Caller(id, found.map(Network::name).orElse(null), access(membership, inLinkedConversation),
				membership.map(Membership::organisation).orElse(null), zone);
	}

	private static Set<Access> access(Optional<Membership> membership, boolean inLinkedConversation) {
		Set<Access> access = EnumSet.of(Access.EVERYONE);
		if (membership.isPresent() || inLinkedConversation) {
			access.add(Access.IN_NETWORK);
		}
		membership.ifPresent(m -> {
			access.add(Access.MEMBER);
			if (m.is(Role.ORGANISER) || m.is(Role.STEERING)) {
				access.add(Access.STEERING);
			}
			if (m.is(Role.ORGANISER)) {
				access.add(Access.ORGANISER);
			}
		});
		return access;
	}

	/**
	 * The caller, or the question to ask instead of running the command.
	 *
	 * @param pinned the network was decided by the rule for people in several networks (a
	 * card, an item, their choice), so the turn's log belongs to it
	 * @param personal no conversation decided the network (a personal chat) and the
	 * person is in several networks: buttons in the replies then carry it
	 * @param mine the person's networks when they must be asked, else empty
	 * @param candidates those of them the command could be about
	 */
	record Resolution(Caller caller, boolean pinned, boolean personal, List<Network> mine, List<Network> candidates) {

		static Resolution of(Caller caller, boolean pinned, boolean several) {
			return new Resolution(caller, pinned, several, List.of(), List.of());
		}

		/**
		 * The replies, their buttons carrying the network where no conversation decides
		 * it.
		 */
		List<Message> scope(List<Message> replies) {
			return personal ? replies.stream().map(m -> m.scopedTo(caller.network())).toList() : replies;
		}

		boolean asks() {
			return !candidates.isEmpty();
		}

	}

}
