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

	/**
	 * Groups listed on the network's card; a big network's other groups are only named by
	 * their count (everyone gets their own group personally anyway), so the card stays
	 * within what Teams and Slack take.
	 */
	static final int MAX_GROUPS_SHOWN = 40;

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

	/**
	 * @param heading the bundle key of the heading, which takes the slot
	 */
	Message forNetwork(Locale locale, Grouping grouping, AgendaSlot slot, String heading) {
		Message.Builder card = Message.builder().heading(texts.get(locale, heading, slotLine(slot)));
		card.facts(grouping.groups()
			.stream()
			.limit(MAX_GROUPS_SHOWN)
			.map(g -> new Fact(texts.get(locale, "grouping.group", g.number()), people(g.personIds())))
			.toList());
		int more = grouping.groups().size() - MAX_GROUPS_SHOWN;
		if (more > 0) {
			card.paragraph(texts.get(locale, "grouping.card.more", more), Tone.SUBTLE);
		}
		if (!slot.prompt().isBlank()) {
			card.paragraph(slot.prompt());
		}
		if (grouping.revision() > 0) {
			card.paragraph(texts.get(locale, "grouping.card.replaces"), Tone.SUBTLE);
		}
		return card.paragraph(texts.get(locale, "grouping.card.footer"), Tone.SUBTLE).build();
	}

	/**
	 * @param kept the groups are the previous slot's, kept
	 */
	Message forPerson(Locale locale, Grouping grouping, Grouping.Group group, String personId, AgendaSlot slot,
			boolean kept) {
		Message.Builder message = ownGroup(locale, group, personId, slot);
		if (kept) {
			message.paragraph(texts.get(locale, "grouping.personal.same"), Tone.SUBTLE);
		}
		else if (grouping.revision() > 0) {
			message.paragraph(texts.get(locale, "grouping.personal.replaces"), Tone.SUBTLE);
		}
		return message.build();
	}

	/**
	 * Someone in a group that somebody moved into or out of: what changed, and the group
	 * now.
	 */
	Message forMovedPerson(Locale locale, String change, Grouping.Group group, String personId, AgendaSlot slot) {
		return ownGroup(locale, group, personId, slot).paragraph(change, Tone.SUBTLE).build();
	}

	private Message.Builder ownGroup(Locale locale, Grouping.Group group, String personId, AgendaSlot slot) {
		List<String> others = group.personIds().stream().filter(p -> !p.equals(personId)).toList();
		Message.Builder message = Message.builder()
			.heading(texts.get(locale, "grouping.personal.heading", group.number()))
			.paragraph(others.isEmpty() ? texts.get(locale, "grouping.personal.alone")
					: texts.get(locale, "grouping.personal.with", people(others)))
			.paragraph(texts.get(locale, "grouping.personal.slot", slotLine(slot)), Tone.GOOD);
		if (!slot.prompt().isBlank()) {
			message.paragraph(slot.prompt());
		}
		return message;
	}

	String name(String personId) {
		return names.getOrDefault(personId, "?");
	}

	private String people(List<String> personIds) {
		return personIds.stream().map(this::label).collect(Collectors.joining(", "));
	}

	/** The person's name with their organisation: {@code Anna Berg (Polisen)}. */
	String label(String personId) {
		String organisation = organisations.getOrDefault(personId, "");
		return organisation.isBlank() ? name(personId) : name(personId) + " (" + organisation + ")";
	}

	static String slotLine(AgendaSlot slot) {
		return Grouping.slotOf(slot.start()) + " " + slot.title();
	}

}
