package se.samverka.grouping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Splits people into mixed groups. Groups differ in size by at most one; the number of different
 * organisations in the groups is as high as it can be; among the splits that achieve that, people who
 * were together in the previous grouping are kept apart where possible. The same people, size,
 * previous grouping and seed give the same groups.
 *
 * <p>
 * People are sorted by organisation and dealt round the groups like cards, which spreads every
 * organisation over as many groups as it has people (the most any split can). Swaps that lower the
 * number of previous pairs without losing any organisation from a group then separate old groups.
 */
final class GroupMixing {

	private static final int MAX_PASSES = 50;

	private static final int ATTEMPTS = 12;

	private GroupMixing() {
	}

	/** How many groups {@code people} people make with groups of about {@code size}. */
	static int groupCount(int people, int size) {
		if (size < 1) {
			throw new IllegalArgumentException("Group size must be at least 1: " + size);
		}
		return Math.max(1, (people + size - 1) / size);
	}

	/**
	 * @param previousGroupOf the group number each person had in the previous grouping (people not in
	 * it are left out)
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
		// Hill climbing can stop short of the best split; a few fresh starts from the seed find it far more often.
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

	/** Largest organisations first, each shuffled by the seed, so that equal inputs still give fresh groups per seed. */
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

	/** Hill climbing over swaps between groups; a swap is taken when it strictly improves the score. */
	private static final class Separation {

		private final List<List<Participant>> groups;

		private final Map<String, Integer> previous;

		private final List<Map<String, Integer>> organisations = new ArrayList<>();

		private final List<Map<Integer, Integer>> previousGroups = new ArrayList<>();

		private final long diversityWeight;

		Separation(List<List<Participant>> groups, Map<String, Integer> previous) {
			this.groups = groups;
			this.previous = previous;
			long n = groups.stream().mapToLong(List::size).sum();
			// Any change in diversity outweighs every possible change in pairs.
			this.diversityWeight = n * n + 1;
			for (List<Participant> group : groups) {
				Map<String, Integer> orgs = new HashMap<>();
				Map<Integer, Integer> prev = new HashMap<>();
				for (Participant p : group) {
					orgs.merge(p.organisation(), 1, Integer::sum);
					Integer was = previous.get(p.personId());
					if (was != null) {
						prev.merge(was, 1, Integer::sum);
					}
				}
				organisations.add(orgs);
				previousGroups.add(prev);
			}
		}

		/** How many pairs of people from the same previous group share a group now. */
		long pairs() {
			long pairs = 0;
			for (Map<Integer, Integer> counts : previousGroups) {
				for (int c : counts.values()) {
					pairs += (long) c * (c - 1) / 2;
				}
			}
			return pairs;
		}

		void run() {
			if (previous.isEmpty() || groups.size() < 2) {
				return;
			}
			for (int pass = 0; pass < MAX_PASSES; pass++) {
				if (!improveOnce()) {
					return;
				}
			}
		}

		private boolean improveOnce() {
			boolean improved = false;
			for (int g = 0; g < groups.size(); g++) {
				for (int i = 0; i < groups.get(g).size(); i++) {
					for (int h = g + 1; h < groups.size(); h++) {
						for (int j = 0; j < groups.get(h).size(); j++) {
							if (gain(g, i, h, j) > 0) {
								swap(g, i, h, j);
								improved = true;
							}
						}
					}
				}
			}
			return improved;
		}

		private long gain(int g, int i, int h, int j) {
			Participant a = groups.get(g).get(i);
			Participant b = groups.get(h).get(j);
			long diversity = diversityChange(organisations.get(g), a.organisation(), b.organisation())
					+ diversityChange(organisations.get(h), b.organisation(), a.organisation());
			long pairs = pairChange(previousGroups.get(g), a, b) + pairChange(previousGroups.get(h), b, a);
			return diversity * diversityWeight - pairs;
		}

		/** Change in distinct organisations of a group when {@code out} leaves and {@code in} joins. */
		private static int diversityChange(Map<String, Integer> counts, String out, String in) {
			if (out.equals(in)) {
				return 0;
			}
			int lost = counts.getOrDefault(out, 0) == 1 ? 1 : 0;
			int gained = counts.getOrDefault(in, 0) == 0 ? 1 : 0;
			return gained - lost;
		}

		/** Change in previous pairs inside a group when {@code out} leaves and {@code in} joins. */
		private long pairChange(Map<Integer, Integer> counts, Participant out, Participant in) {
			Integer was = previous.get(out.personId());
			Integer comes = previous.get(in.personId());
			long change = 0;
			if (was != null) {
				change -= counts.getOrDefault(was, 0) - 1;
			}
			if (comes != null) {
				change += counts.getOrDefault(comes, 0) - (comes.equals(was) ? 1 : 0);
			}
			return change;
		}

		private void swap(int g, int i, int h, int j) {
			Participant a = groups.get(g).get(i);
			Participant b = groups.get(h).get(j);
			move(g, a, -1);
			move(h, b, -1);
			groups.get(g).set(i, b);
			groups.get(h).set(j, a);
			move(g, b, 1);
			move(h, a, 1);
		}

		private void move(int group, Participant p, int delta) {
			organisations.get(group).merge(p.organisation(), delta, Integer::sum);
			Integer was = previous.get(p.personId());
			if (was != null) {
				previousGroups.get(group).merge(was, delta, Integer::sum);
			}
		}

	}

}
