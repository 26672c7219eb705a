package se.samverka.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class GroupMixingUnitTests {

	static final List<String> SEVEN = List.of("Polisen", "Skolan", "Socialtjänsten", "Regionen", "BUP", "Fritid",
			"Kyrkan");

	@Test
	void mixesSevenOrganisationsOfFortyIntoEvenGroupsWithEveryOrganisationItCan() {
		List<Participant> people = people(SEVEN, 40);

		for (int size : List.of(3, 4, 5, 6, 10, 13)) {
			List<List<Participant>> groups = GroupMixing.split(people, size, Map.of(), 42);

			assertThat(groups).hasSize((280 + size - 1) / size);
			assertEvenAndComplete(groups, people);
			// Each organisation has 40 people, at least as many as there are groups here,
			// so every
			// group can hold as many organisations as it has seats, up to all seven.
			for (List<Participant> group : groups) {
				assertThat(organisations(group)).as("organisations in a group of %d (size %d)", group.size(), size)
					.isEqualTo(Math.min(group.size(), SEVEN.size()));
			}
		}
	}

	@Test
	void reachesTheDiversityBoundWhenOrganisationsAreUneven() {
		// 1 + 2 + 9 people: with 4 groups the most organisations the groups can hold
		// together is
		// min(1,4) + min(2,4) + min(9,4) = 7.
		List<Participant> people = new ArrayList<>();
		people.addAll(people(List.of("Liten"), 1));
		people.addAll(people(List.of("Mellan"), 2));
		people.addAll(people(List.of("Stor"), 9));

		List<List<Participant>> groups = GroupMixing.split(people, 3, Map.of(), 7);

		assertThat(groups).hasSize(4);
		assertEvenAndComplete(groups, people);
		assertThat(groups.stream().mapToInt(GroupMixingUnitTests::organisations).sum()).isEqualTo(7);
	}

	@Test
	void aSecondGroupingSeparatesMostPeopleWhoWereTogether() {
		List<Participant> people = people(SEVEN, 40);
		List<List<Participant>> first = GroupMixing.split(people, 5, Map.of(), 1);
		Map<String, Integer> previous = numbered(first);
		Set<String> firstPairs = pairs(first);
		// What the same seed gives without knowing the previous grouping: the same groups
		// again.
		int unaware = overlap(pairs(GroupMixing.split(people, 5, Map.of(), 1)), firstPairs);
		assertThat(unaware).isEqualTo(firstPairs.size());

		List<List<Participant>> second = GroupMixing.split(people, 5, previous, 1);

		assertEvenAndComplete(second, people);
		assertThat(second).allSatisfy(group -> assertThat(organisations(group)).isEqualTo(5));
		int again = overlap(pairs(second), firstPairs);
		assertThat(again).as("pairs together again, of %d", firstPairs.size())
			.isLessThanOrEqualTo(firstPairs.size() / 20);
	}

	@Test
	void findsTheSplitWhereNobodyMeetsAgainWhenOneExists() {
		// Four organisations of four in groups of four: a Latin square gives every group
		// all four
		// organisations and nobody anyone from their old group. Whatever the seed, it is
		// found.
		List<Participant> people = people(List.of("Polisen", "Skolan", "BUP", "Fritid"), 4);
		for (long seed = 0; seed < 50; seed++) {
			List<List<Participant>> first = GroupMixing.split(people, 4, Map.of(), seed);

			List<List<Participant>> second = GroupMixing.split(people, 4, numbered(first), seed + 1);

			assertThat(second).allSatisfy(group -> assertThat(organisations(group)).isEqualTo(4));
			assertThat(overlap(pairs(second), pairs(first))).as("pairs again with seed %d", seed).isZero();
		}
	}

	@Test
	void keepsEveryOrganisationInAGroupBeforeSeparatingOldGroups() {
		// Three organisations of two in two groups of three: every split that keeps all
		// three
		// organisations in each group puts two old pairs together again (and no split
		// does better
		// than two). Organisations come first.
		List<Participant> people = people(List.of("Polisen", "Skolan", "BUP"), 2);
		List<List<Participant>> first = GroupMixing.split(people, 3, Map.of(), 1);

		List<List<Participant>> second = GroupMixing.split(people, 3, numbered(first), 2);

		assertThat(second).allSatisfy(group -> assertThat(organisations(group)).isEqualTo(3));
		assertThat(overlap(pairs(second), pairs(first))).isEqualTo(2);
	}

	@Test
	void separatesPreviousGroupsWithinOneOrganisation() {
		List<Participant> people = people(List.of("Skolan"), 12);
		List<List<Participant>> first = GroupMixing.split(people, 3, Map.of(), 3);

		List<List<Participant>> second = GroupMixing.split(people, 3, numbered(first), 3);

		assertThat(second).hasSize(4);
		assertEvenAndComplete(second, people);
		assertThat(second).allSatisfy(group -> assertThat(organisations(group)).isEqualTo(1));
		// Four old groups of three into four new groups of three: nobody needs to meet
		// anyone again.
		assertThat(overlap(pairs(second), pairs(first))).isZero();
	}

	@Test
	void fewerPeopleThanTheGroupSizeMakeOneGroup() {
		List<Participant> people = people(List.of("Polisen", "Skolan"), 2);

		List<List<Participant>> groups = GroupMixing.split(people, 6, Map.of(), 1);

		assertThat(groups).hasSize(1);
		assertThat(groups.get(0)).containsExactlyInAnyOrderElementsOf(people);
	}

	@Test
	void aSizeLargerThanEveryoneMakesOneGroup() {
		List<Participant> people = people(SEVEN, 1);

		assertThat(GroupMixing.split(people, 50, Map.of(), 1)).singleElement()
			.satisfies(group -> assertThat(group).hasSize(7));
	}

	@Test
	void exactlyDivisiblePeopleMakeFullGroups() {
		List<Participant> people = people(List.of("Polisen", "Skolan", "BUP"), 4);

		List<List<Participant>> groups = GroupMixing.split(people, 3, Map.of(), 1);

		assertThat(groups).hasSize(4).allSatisfy(group -> {
			assertThat(group).hasSize(3);
			assertThat(organisations(group)).isEqualTo(3);
		});
	}

	@Test
	void fivePeopleInGroupsOfTwoAreTwoAndThreeNotTwoTwoAndOneAlone() {
		List<Participant> people = people(List.of("Polisen", "Skolan", "BUP", "Fritid", "Kyrkan"), 1);

		List<List<Participant>> groups = GroupMixing.split(people, 2, Map.of(), 1);

		assertThat(groups.stream().map(List::size).sorted().toList()).containsExactly(2, 3);
		assertEvenAndComplete(groups, people);
	}

	@Test
	void noSplitOfTwoOrMorePeopleLeavesAnyoneAlone() {
		for (int n = 2; n <= 40; n++) {
			List<Participant> everyone = people(List.of("Polisen", "Skolan", "BUP", "Fritid"), 10).subList(0, n);
			for (int size = 1; size <= 12; size++) {
				List<List<Participant>> groups = GroupMixing.split(everyone, size, Map.of(), n * 100L + size);

				String split = n + " people in groups of " + size;
				assertThat(groups).as(split)
					.hasSize(GroupMixing.groupCount(n, size))
					.allSatisfy(group -> assertThat(group).as(split).hasSizeGreaterThan(1));
				assertThat(groups.size()).as("no more groups than groups of %d need", size)
					.isLessThanOrEqualTo((n + size - 1) / size);
				assertEvenAndComplete(groups, everyone);
			}
		}
	}

	@Test
	void sevenInGroupsOfThreeAreThreeGroupsWithNobodyAlone() {
		List<Participant> people = people(SEVEN, 1);

		assertThat(GroupMixing.split(people, 3, Map.of(), 1).stream().map(List::size).sorted().toList())
			.containsExactly(2, 2, 3);
	}

	@Test
	void nobodyMakesNoGroupsAndASizeBelowOneIsRefused() {
		assertThat(GroupMixing.split(List.of(), 3, Map.of(), 1)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> GroupMixing.split(people(SEVEN, 1), 0, Map.of(), 1));
	}

	@Test
	void theSameSeedGivesTheSameGroupsAndAnotherSeedOthers() {
		List<Participant> people = people(SEVEN, 6);

		assertThat(GroupMixing.split(people, 4, Map.of(), 99)).isEqualTo(GroupMixing.split(people, 4, Map.of(), 99));
		assertThat(GroupMixing.split(people, 4, Map.of(), 99))
			.isNotEqualTo(GroupMixing.split(people, 4, Map.of(), 100));
	}

	@Test
	void peopleWithoutAnOrganisationAreSpreadLikeOne() {
		List<Participant> people = new ArrayList<>(people(List.of("Polisen"), 3));
		for (int i = 0; i < 3; i++) {
			people.add(new Participant("anon-" + i, null));
		}

		List<List<Participant>> groups = GroupMixing.split(people, 2, Map.of(), 5);

		assertThat(groups).hasSize(3).allSatisfy(group -> assertThat(organisations(group)).isEqualTo(2));
	}

	static List<Participant> people(List<String> organisations, int each) {
		List<Participant> people = new ArrayList<>();
		for (String organisation : organisations) {
			for (int i = 0; i < each; i++) {
				people.add(new Participant(organisation + "-" + i, organisation));
			}
		}
		return people;
	}

	private static void assertEvenAndComplete(List<List<Participant>> groups, List<Participant> people) {
		int smallest = groups.stream().mapToInt(List::size).min().orElseThrow();
		int largest = groups.stream().mapToInt(List::size).max().orElseThrow();
		assertThat(largest - smallest).as("size spread").isLessThanOrEqualTo(1);
		assertThat(groups.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(people);
	}

	private static int organisations(List<Participant> group) {
		return group.stream().map(Participant::organisation).collect(Collectors.toSet()).size();
	}

	private static Map<String, Integer> numbered(List<List<Participant>> groups) {
		Map<String, Integer> numbers = new HashMap<>();
		for (int g = 0; g < groups.size(); g++) {
			for (Participant p : groups.get(g)) {
				numbers.put(p.personId(), g + 1);
			}
		}
		return numbers;
	}

	private static Set<String> pairs(List<List<Participant>> groups) {
		Set<String> pairs = new HashSet<>();
		for (List<Participant> group : groups) {
			for (Participant a : group) {
				for (Participant b : group) {
					if (a.personId().compareTo(b.personId()) < 0) {
						pairs.add(a.personId() + "|" + b.personId());
					}
				}
			}
		}
		return pairs;
	}

	private static int overlap(Set<String> a, Set<String> b) {
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		return both.size();
	}

}
