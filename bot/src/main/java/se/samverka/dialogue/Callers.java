package se.samverka.dialogue;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Caller;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.network.Membership;
import se.samverka.network.Network;
import se.samverka.network.NetworkLink;
import se.samverka.network.Networks;
import se.samverka.network.Role;

/**
 * Who is speaking, in which network, with which access: the one membership rule of the
 * README's "Who may do what". The network is the one the conversation is linked to, else
 * the one the person last created or joined; a member is someone who joined it; anyone in
 * a conversation linked to it is in the network too, member or not.
 */
@Component
class Callers {

	private final Networks networks;

	Callers(Networks networks) {
		this.networks = networks;
	}

	Caller resolve(ConversationKey conversation, PersonId person) {
		Optional<NetworkLink> link = networks.linkOf(conversation);
		Optional<NetworkId> network = link.map(l -> new NetworkId(l.networkId()))
			.or(() -> networks.contextFor(conversation, person));
		if (network.isEmpty()) {
			return Caller.outsideAnyNetwork();
		}
		NetworkId id = network.get();
		Optional<Network> found = networks.find(id);
		Optional<Membership> membership = networks.membership(id, person);
		ZoneId zone = found.map(Network::timezone).map(ZoneId::of).orElseGet(() -> networks.zoneOf(id));
		return new Caller(id, found.map(Network::name).orElse(null), access(membership, link.isPresent()),
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

}
