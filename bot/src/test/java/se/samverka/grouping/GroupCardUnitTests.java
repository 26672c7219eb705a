package se.samverka.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Block;
import se.samverka.chat.AppTexts;
import se.samverka.chat.Message;
import se.samverka.meeting.AgendaSlot;
import se.samverka.meeting.SlotKind;

/**
 * The network's group card in a network of 2,000: it lists the first groups and counts
 * the rest, instead of one line per group for hundreds of groups.
 */
class GroupCardUnitTests {

	@Test
	void aCardForHundredsOfGroupsListsTheFirstAndCountsTheRest() {
		Map<String, String> names = new HashMap<>();
		Map<String, String> organisations = new HashMap<>();
		List<Grouping.Group> groups = new ArrayList<>();
		for (int g = 1; g <= 500; g++) {
			List<String> people = new ArrayList<>();
			for (int p = 0; p < 4; p++) {
				String id = "p" + g + "-" + p;
				names.put(id, "Person " + g + "-" + p);
				organisations.put(id, "Kommun " + (p + 1));
				people.add(id);
			}
			groups.add(new Grouping.Group(g, people));
		}
		Grouping grouping = new Grouping("g", "m", "n", "10:00", "Grupparbete", 4, groups, 1, "anna",
				Instant.parse("2026-03-20T09:00:00Z"), 0);
		AgendaSlot slot = new AgendaSlot(LocalTime.of(10, 0), LocalTime.of(11, 0), "Grupparbete", SlotKind.GROUP_WORK,
				List.of(), "Vad fungerar?", null);

		Message card = new GroupCard(AppTexts.texts(), names, organisations).forNetwork(Locale.forLanguageTag("sv"),
				grouping, slot, "grouping.card.heading");

		List<Block.Fact> listed = card.blocks()
			.stream()
			.filter(Block.Facts.class::isInstance)
			.flatMap(b -> ((Block.Facts) b).facts().stream())
			.toList();
		assertThat(listed).hasSize(GroupCard.MAX_GROUPS_SHOWN);
		assertThat(card.fallbackText()).contains("… och 460 grupper till.")
			.contains("Person 40-0")
			.doesNotContain("Person 41-0");
		assertThat(IntStream.of(card.fallbackText().length())).allMatch(length -> length < 20_000);
	}

}
