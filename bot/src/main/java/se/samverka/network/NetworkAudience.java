package se.samverka.network;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;

/**
 * Who hears what a network says to everyone (agendas, prompts, groups, summaries, poll
 * cards): its home and member conversations on every platform, but not a conversation
 * that is only for the steering group; and the language it is said in (its creator's,
 * until networks have their own).
 */
@Service
public class NetworkAudience {

	private final Networks networks;

	private final People people;

	private final WebMembers webMembers;

	NetworkAudience(Networks networks, People people, WebMembers webMembers) {
		this.networks = networks;
		this.people = people;
		this.webMembers = webMembers;
	}

	/**
	 * Members whose only way in is {@code WEB} (their page and e-mail): they are in none
	 * of the network's conversations, so what starts for everyone (a poll) must reach
	 * them personally.
	 */
	public List<PersonId> webMembers(NetworkId network) {
		return networks.members(network)
			.stream()
			.map(m -> new PersonId(m.personId()))
			.filter(p -> people.find(p).map(x -> x.channel() == Channel.WEB).orElse(false))
			.toList();
	}

	/**
	 * Steering members and organisers who get the steering group's digests by e-mail:
	 * those whose only way in is {@code WEB} always (they have no steering conversation),
	 * and Teams or Slack members who chose it ({@code digest email}) and have not turned
	 * e-mail off.
	 */
	public List<PersonId> digestReadersByEmail(NetworkId network) {
		return networks.members(network)
			.stream()
			.filter(m -> m.is(Role.STEERING) || m.is(Role.ORGANISER))
			.map(m -> new PersonId(m.personId()))
			.filter(p -> {
				boolean web = people.find(p).map(x -> x.channel() == Channel.WEB).orElse(false);
				return webMembers.of(p)
					.map(w -> web ? w.digestsByEmail() || isSteering(network, p) : w.digestsByEmail() && !w.emailOff())
					.orElse(false);
			})
			.toList();
	}

	/**
	 * True when a digest has someone to go to: a steering conversation or a reader by
	 * e-mail.
	 */
	public boolean hasDigestReaders(NetworkId network) {
		return !steeringConversations(network).isEmpty() || !digestReadersByEmail(network).isEmpty();
	}

	private boolean isSteering(NetworkId network, PersonId person) {
		return networks.rolesOf(network, person).contains(Role.STEERING);
	}

	public List<ConversationKey> conversations(NetworkId network) {
		return networks.links(network)
			.stream()
			.filter(link -> link.is(NetworkLink.Purpose.HOME) || link.is(NetworkLink.Purpose.MEMBERS)
					|| !link.is(NetworkLink.Purpose.STEERING))
			.map(NetworkLink::conversation)
			.toList();
	}

	/**
	 * The conversations that receive the steering group's digests
	 * ({@code steering here}).
	 */
	public List<ConversationKey> steeringConversations(NetworkId network) {
		return networks.links(network)
			.stream()
			.filter(link -> link.is(NetworkLink.Purpose.STEERING))
			.map(NetworkLink::conversation)
			.toList();
	}

	public Locale language(NetworkId network) {
		return networks.find(network)
			.map(Network::createdBy)
			.map(PersonId::new)
			.map(people::localeOf)
			.orElse(Locale.forLanguageTag("sv"));
	}

}
