package se.samverka.reflection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code gather} sums up, before it is put into words: per column and group the
 * notes, most +1 first; and for a column with at least {@link #MIN_NOTES_FOR_BREAKDOWN}
 * notes how many came from each organisation, with organisations of fewer than
 * {@link #MIN_BUCKET} notes (and anonymous notes) counted together as "other", so that no
 * small count points at a person.
 */
final class Gathering {

	static final int MIN_NOTES_FOR_BREAKDOWN = 5;

	static final int MIN_BUCKET = 3;

	/** The key of the "other" bucket of a breakdown. */
	static final String OTHER = "";

	record Ranked(Note note, int plusOnes) {
	}

	record Group(Integer group, List<Ranked> notes) {
	}

	/**
	 * @param breakdown notes per organisation, biggest first, "other" ({@link #OTHER})
	 * last; empty when not shown
	 */
	record Column(String name, int notes, List<Group> groups, Map<String, Integer> breakdown) {
	}

	private Gathering() {
	}

	static List<Column> of(Board board, List<Note> notes, Map<String, Integer> plusOnes) {
		List<Column> columns = new ArrayList<>();
		for (int c = 0; c < board.columns().size(); c++) {
			List<Group> groups = new ArrayList<>();
			int count = 0;
			for (Map.Entry<Integer, List<Note>> group : BoardCard.byGroup(notes, c).entrySet()) {
				List<Ranked> ranked = group.getValue()
					.stream()
					.map(n -> new Ranked(n, plusOnes.getOrDefault(n.id(), 0)))
					.sorted(Comparator.comparingInt(Ranked::plusOnes)
						.reversed()
						.thenComparingInt(r -> r.note().number()))
					.toList();
				count += ranked.size();
				groups.add(new Group(group.getKey(), ranked));
			}
			final int column = c;
			List<Note> inColumn = notes.stream().filter(n -> n.column() == column).toList();
			columns.add(new Column(board.columns().get(c), count, groups, breakdown(inColumn)));
		}
		return columns;
	}

	static Map<String, Integer> breakdown(List<Note> notes) {
		if (notes.size() < MIN_NOTES_FOR_BREAKDOWN) {
			return Map.of();
		}
		Map<String, Integer> counts = new TreeMap<>();
		int other = 0;
		for (Note note : notes) {
			if (note.organisation() == null || note.organisation().isBlank()) {
				other++;
			}
			else {
				counts.merge(note.organisation(), 1, Integer::sum);
			}
		}
		Map<String, Integer> shown = new LinkedHashMap<>();
		List<Map.Entry<String, Integer>> biggestFirst = new ArrayList<>(counts.entrySet());
		biggestFirst.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
		for (Map.Entry<String, Integer> entry : biggestFirst) {
			if (entry.getValue() >= MIN_BUCKET) {
				shown.put(entry.getKey(), entry.getValue());
			}
			else {
				other += entry.getValue();
			}
		}
		if (other > 0) {
			shown.put(OTHER, other);
		}
		return shown;
	}

}
