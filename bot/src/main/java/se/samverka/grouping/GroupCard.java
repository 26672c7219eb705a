package se.samverka.grouping;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;
import se.samverka.chat.Texts;
import se.samverka.meeting.AgendaSlot;

/**
 * The groups as a neutral message: for the network's conversations (every group with its
 * people and their organisations) and for one person (their group, who else is in it, and
 * the slot's question).
 */
final class GroupCard {

	private final Texts texts;

	private final Map<String, String> names;

	private final Map<String, String> organisations;

	/**
	 * @param names display name by person id; @param organisations organisation by person
	 * id
	 */
	GroupCard(Texts texts, Map<String, String> names, Map<String, String> organisations) {
		this.texts = texts;
		this.names = names;
		this.organisations = organisations;
	}

	Message forNetwork(Locale locale, Grouping grouping, AgendaSlot slot, boolean fresh) {
		Message.Builder card = Message.builder()
			.heading(texts.get(locale, fresh ? "grouping.card.heading-new" : "grouping.card.heading", slotLine(slot)));
		card.facts(grouping.groups()
			.stream()
			.map(g -> new Fact(texts.get(locale, "grouping.group", g.number()), people(g.personIds())))
			.toList());
		if (!slot.prompt().isBlank()) {
			card.paragraph(slot.prompt());
		}
		if (grouping.revision() > 0) {
			card.paragraph(texts.get(locale, "grouping.card.replaces"), Tone.SUBTLE);
		}
		return card.paragraph(texts.get(locale, "grouping.card.footer"), Tone.SUBTLE).build();
	}

	Message forPerson(Locale locale, Grouping grouping, Grouping.Group group, String personId, AgendaSlot slot) {
		List<String> others = group.personIds().stream().filter(p -> !p.equals(personId)).toList();
		Message.Builder message = Message.builder()
			.heading(texts.get(locale, "grouping.personal.heading", group.number()))
			.paragraph(others.isEmpty() ? texts.get(locale, "grouping.personal.alone")
					: texts.get(locale, "grouping.personal.with", people(others)))
			.paragraph(texts.get(locale, "grouping.personal.slot", slotLine(slot)), Tone.GOOD);
		if (!slot.prompt().isBlank()) {
			message.paragraph(slot.prompt());
		}
		if (grouping.revision() > 0) {
			message.paragraph(texts.get(locale, "grouping.personal.replaces"), Tone.SUBTLE);
		}
		return message.build();
	}

	String name(String personId) {
		return names.getOrDefault(personId, "?");
	}

	private String people(List<String> personIds) {
		return personIds.stream().map(this::person).collect(Collectors.joining(", "));
	}

	private String person(String personId) {
		String organisation = organisations.getOrDefault(personId, "");
		return organisation.isBlank() ? name(personId) : name(personId) + " (" + organisation + ")";
	}

	static String slotLine(AgendaSlot slot) {
		return Grouping.slotOf(slot.start()) + " " + slot.title();
	}

}
