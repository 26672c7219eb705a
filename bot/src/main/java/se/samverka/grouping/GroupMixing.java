package se.samverka.grouping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Splits people into mixed groups. Groups differ in size by at most one; the number of
 * different organisations in the groups is as high as it can be; among the splits that
 * achieve that, people who were together in the previous grouping are kept apart where
 * possible. The same people, size, previous grouping and seed give the same groups.
 *
 * <p>
 * People are sorted by organisation and dealt round the groups like cards, which spreads
 * every organisation over as many groups as it has people (the most any split can). Swaps
 * that lower the number of previous pairs without losing any organisation from a group
 * then separate old groups.
 */
final class GroupMixing {

	private static final int ATTEMPTS = 12;

	private GroupMixing() {
	}

	/**
	 * How many groups {@code people} people make with groups of about {@code size}: as
	 * many as groups of at most {@code size} need, but never so many that a group would
	 * hold one person alone (five in groups of two are two groups, 2 + 3).
	 */
	static int groupCount(int people, int size) {
		if (size < 1) {
			throw new IllegalArgumentException("Group size must be at least 1: " + size);
		}
		return Math.max(1, Math.min((people + size - 1) / size, people / 2));
	}

	/**
	 * @param previousGroupOf the group number each person had in the previous grouping
	 * (people not in it are left out)
	 * @return the groups, each a list of participants; empty when there is nobody
	 */
	static List<List<Participant>> split(List<Participant> people, int size, Map<String, Integer> previousGroupOf,
			long seed) {
		int k = groupCount(people.size(), size);
		if (people.isEmpty()) {
			return List.of();
		}
		List<List<Participant>> best = null;
		long fewestPairs = Long.MAX_VALUE;
		// Hill climbing can stop short of the best split; a few fresh starts from the
		// seed find it far more often.
		for (int attempt = 0; attempt < ATTEMPTS && fewestPairs > 0; attempt++) {
			List<List<Participant>> groups = dealt(people, k, new Random(seed + attempt * 1_000_003L));
			Separation separation = new Separation(groups, previousGroupOf);
			separation.run();
			if (separation.pairs() < fewestPairs) {
				fewestPairs = separation.pairs();
				best = groups;
			}
		}
		return best.stream().map(List::copyOf).toList();
	}

	private static List<List<Participant>> dealt(List<Participant> people, int k, Random random) {
		List<Participant> order = dealingOrder(people, random);
		List<List<Participant>> groups = new ArrayList<>();
		for (int g = 0; g < k; g++) {
			groups.add(new ArrayList<>());
		}
		for (int i = 0; i < order.size(); i++) {
			groups.get(i % k).add(order.get(i));
		}
		return groups;
	}

	/**
	 * Largest organisations first, each shuffled by the seed, so that equal inputs still
	 * give fresh groups per seed.
	 */
	private static List<Participant> dealingOrder(List<Participant> people, Random random) {
		Map<String, List<Participant>> byOrganisation = new LinkedHashMap<>();
		people.stream()
			.sorted(Comparator.comparing(Participant::organisation).thenComparing(Participant::personId))
			.forEach(p -> byOrganisation.computeIfAbsent(p.organisation(), o -> new ArrayList<>()).add(p));
		List<List<Participant>> organisations = new ArrayList<>(byOrganisation.values());
		Collections.shuffle(organisations, random);
		organisations.sort(Comparator.comparingInt((List<Participant> o) -> o.size()).reversed());
		List<Participant> order = new ArrayList<>();
		for (List<Participant> members : organisations) {
			Collections.shuffle(members, random);
			order.addAll(members);
		}
		return order;
	}

}
