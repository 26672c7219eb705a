package se.samverka.archive;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.samverka.archive.ArchiveEntry.Items;
import se.samverka.meeting.AgendaSlot;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.SlotKind;

/**
 * A meeting's agenda: one line per slot, with presenters and a group-work slot's
 * question.
 */
@Component
@Order(10)
class AgendaSection implements ArchiveSection {

	@Override
	public String headingKey() {
		return "archive.agenda";
	}

	@Override
	public List<ArchiveEntry> entries(ArchiveScope scope) {
		List<ArchiveEntry> entries = new ArrayList<>();
		for (Meeting meeting : scope.meetings()) {
			List<String> lines = new ArrayList<>();
			for (AgendaSlot slot : meeting.slots()) {
				if (!slot.section().isBlank()) {
					lines.add(slot.section());
				}
				lines.add(line(slot, scope));
			}
			entries.add(new ArchiveEntry(meeting.id(), meeting.startsAt(), null, List.of(new Items(null, lines))));
		}
		return entries;
	}

	private static String line(AgendaSlot slot, ArchiveScope scope) {
		StringBuilder line = new StringBuilder(slot.start().toString());
		if (slot.end() != null) {
			line.append('–').append(slot.end());
		}
		line.append(' ').append(slot.title());
		if (!slot.presenters().isEmpty()) {
			line.append(" (").append(String.join(", ", slot.presenters())).append(')');
		}
		if (slot.kind() == SlotKind.GROUP_WORK && !slot.prompt().isBlank() && !slot.title().endsWith(slot.prompt())) {
			line.append(" – ").append(scope.t("archive.agenda.question", slot.prompt()));
		}
		return line.toString();
	}

}
