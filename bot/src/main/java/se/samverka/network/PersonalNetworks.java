package se.samverka.network;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.samverka.chat.Block.Button;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.Texts;

/**
 * The networks a person is in, numbered by name, and the one they chose with
 * {@code network switch}: what a command typed where no conversation decides the network
 * is about when they are in several.
 */
@Service
public class PersonalNetworks {

	private final Networks networks;

	private final People people;

	private final Texts texts;

	PersonalNetworks(Networks networks, People people, Texts texts) {
		this.networks = networks;
		this.people = people;
		this.texts = texts;
	}

	/**
	 * The person's networks, numbered from 1 in this order: by name, so the numbers stay
	 * put whatever they join later only when it sorts last.
	 */
	public List<Network> of(PersonId person) {
		return networks.membershipsOf(person)
			.stream()
			.map(m -> networks.find(new NetworkId(m.networkId())))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing((Network n) -> n.name().toLowerCase(Locale.ROOT)).thenComparing(Network::id))
			.toList();
	}

	/**
	 * The network the person's own commands are about: the one they chose while still a
	 * member of it, else their only one.
	 */
	public Optional<NetworkId> chosen(PersonId person, List<Network> mine) {
		Optional<String> chosen = people.find(person).map(Person::chosenNetworkId);
		Optional<Network> network = mine.stream()
			.filter(n -> chosen.isPresent() && n.id().equals(chosen.get()))
			.findFirst();
		if (network.isEmpty() && mine.size() == 1) {
			network = Optional.of(mine.get(0));
		}
		return network.map(n -> new NetworkId(n.id()));
	}

	void choose(PersonId person, NetworkId network) {
		people.chooseNetwork(person, network);
	}

	/**
	 * The question for someone in several networks whose command could be about more than
	 * one of {@code candidates}: it names them and says how to choose.
	 */
	public Message whichNetwork(Locale locale, String command, List<Network> mine, List<Network> candidates) {
		Message.Builder question = Message.builder()
			.paragraph(texts.get(locale, "network.which.question", command))
			.paragraph(numbered(locale, mine, candidates, null))
			.paragraph(texts.get(locale, "network.which.how"));
		question.buttons(candidates.stream()
			.map(n -> Button.of(n.name(), "network switch " + (mine.indexOf(n) + 1)))
			.limit(5)
			.toArray(Button[]::new));
		return question.build();
	}

	/** One line per network: its number and name, marking the {@code current} one. */
	String numbered(Locale locale, List<Network> mine, List<Network> shown, NetworkId current) {
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < mine.size(); i++) {
			Network network = mine.get(i);
			if (!shown.contains(network)) {
				continue;
			}
			if (!lines.isEmpty()) {
				lines.append('\n');
			}
			boolean isCurrent = current != null && current.value().equals(network.id());
			lines.append(
					texts.get(locale, isCurrent ? "network.list.current" : "network.list.line", i + 1, network.name()));
		}
		return lines.toString();
	}

}
