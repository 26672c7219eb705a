package se.samverka.webpage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.Choice;
import se.samverka.chat.Block.ChoiceInput;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.PersonalSection;
import se.samverka.chat.Texts;
import se.samverka.network.Network;
import se.samverka.network.Networks;
import se.samverka.network.People;
import se.samverka.network.Person;
import se.samverka.network.PersonalNetworks;

/**
 * What a person's page shows: for the network their own commands are about (the one they
 * chose, else the first of theirs), every feature's section, read directly from the
 * features; then the network choice (when they are in several), the language and their
 * link. Reading keeps nothing in the conversation log: only what the person does with a
 * form becomes a turn.
 */
@Component
class PersonalPageView {

	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final List<PersonalSection> sections;

	private final PersonalNetworks personalNetworks;

	private final Networks networks;

	private final People people;

	private final Texts texts;

	PersonalPageView(List<PersonalSection> sections, PersonalNetworks personalNetworks, Networks networks,
			People people, Texts texts) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(PersonalSection::position)).toList();
		this.personalNetworks = personalNetworks;
		this.networks = networks;
		this.people = people;
		this.texts = texts;
	}

	String render(PersonId person, Instant expires, String reply) {
		Locale locale = people.localeOf(person);
		String name = people.find(person).map(Person::displayName).orElse("");
		List<Network> mine = personalNetworks.of(person);
		Optional<NetworkId> shown = personalNetworks.chosen(person, mine)
			.or(() -> mine.stream().findFirst().map(n -> new NetworkId(n.id())));
		List<PersonalPageHtml.Section> parts = new ArrayList<>();
		String networkName = null;
		// without a network of theirs, the default zone (what an unknown network has)
		ZoneId zone = networks.zoneOf(shown.orElse(new NetworkId("none")));
		if (shown.isPresent()) {
			NetworkId network = shown.get();
			networkName = mine.stream()
				.filter(n -> n.id().equals(network.value()))
				.findFirst()
				.map(Network::name)
				.orElse("");
			for (PersonalSection section : sections) {
				List<Message> messages = section.forPerson(network, person, locale)
					.stream()
					.map(m -> mine.size() > 1 ? m.scopedTo(network) : m)
					.toList();
				parts.add(new PersonalPageHtml.Section("section-" + section.position(),
						texts.get(locale, section.headingKey()), messages));
			}
		}
		parts.add(new PersonalPageHtml.Section("settings", texts.get(locale, "page.settings"), settings(locale, mine)));
		return new PersonalPageHtml(texts, locale).page(name, networkName, MINUTE.format(expires.atZone(zone)), reply,
				parts);
	}

	private List<Message> settings(Locale locale, List<Network> mine) {
		List<Message> settings = new ArrayList<>();
		if (mine.size() > 1) {
			List<Choice> choices = new ArrayList<>();
			for (int n = 1; n <= mine.size(); n++) {
				choices.add(new Choice(Integer.toString(n), mine.get(n - 1).name()));
			}
			settings.add(Message.builder()
				.choice(new ChoiceInput("network", texts.get(locale, "page.network.label"), choices))
				.buttons(new Button(texts.get(locale, "page.network.choose"), "network switch", false))
				.build());
		}
		settings.add(Message.builder()
			.choice(new ChoiceInput("language", texts.get(locale, "page.language.label"),
					List.of(new Choice("sv", "Svenska"), new Choice("en", "English"))))
			.buttons(new Button(texts.get(locale, "page.language.choose"), "language", false))
			.build());
		settings.add(Message.builder()
			.paragraph(texts.get(locale, "page.link.text"), Tone.SUBTLE)
			.buttons(new Button(texts.get(locale, "page.link.renew"), "web link", false),
					new Button(texts.get(locale, "page.link.revoke"), "web link revoke", false))
			.build());
		return settings;
	}

}
