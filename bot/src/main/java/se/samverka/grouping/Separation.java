package se.samverka.grouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hill climbing over swaps between groups: a swap is taken when it strictly improves the
 * score, in which keeping every organisation counts for more than any number of pairs
 * from the previous groups. Swaps keep the sizes as they are.
 */
final class Separation {

	private static final int MAX_PASSES = 50;

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

	/**
	 * Change in distinct organisations of a group when {@code out} leaves and {@code in}
	 * joins.
	 */
	private static int diversityChange(Map<String, Integer> counts, String out, String in) {
		if (out.equals(in)) {
			return 0;
		}
		int lost = counts.getOrDefault(out, 0) == 1 ? 1 : 0;
		int gained = counts.getOrDefault(in, 0) == 0 ? 1 : 0;
		return gained - lost;
	}

	/**
	 * Change in previous pairs inside a group when {@code out} leaves and {@code in}
	 * joins.
	 */
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
