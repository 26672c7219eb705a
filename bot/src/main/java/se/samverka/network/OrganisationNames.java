package se.samverka.network;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When two typed organisation names mean the same organisation. The same: equal after
 * Unicode NFKD, without diacritics (so "Vaxjo kommun" is "Växjö kommun"), with runs of
 * whitespace as one space, in lower case. A near miss (a typo, offered as "did you
 * mean"): both at least {@value #NEAR_FROM} characters, the same digits, at most one edit
 * apart (two from {@value #TWO_EDITS_FROM} characters; an edit is an inserted, removed,
 * replaced or swapped character), and where words differ both are at least
 * {@value #SHORT_WORD} characters, so that "Skola 1" and "Skola 2" or "Region A" and
 * "Region B" stay different organisations.
 */
final class OrganisationNames {

	static final int NEAR_FROM = 6;

	static final int TWO_EDITS_FROM = 10;

	static final int SHORT_WORD = 4;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACE = Pattern.compile("\\s+");

	private OrganisationNames() {
	}

	/** The name as typed, with its whitespace tidied: what is stored. */
	static String tidy(String typed) {
		return typed == null ? "" : SPACE.matcher(typed).replaceAll(" ").strip();
	}

	/** Equal for names of the same organisation. */
	static String key(String name) {
		String decomposed = Normalizer.normalize(tidy(name), Normalizer.Form.NFKD);
		return SPACE.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
	}

	static boolean same(String a, String b) {
		return key(a).equals(key(b));
	}

	/** True when {@code typed} looks like a misspelling of {@code existing}. */
	static boolean nearMiss(String typed, String existing) {
		String a = key(typed);
		String b = key(existing);
		int shorter = Math.min(a.length(), b.length());
		if (a.equals(b) || shorter < NEAR_FROM || !digits(a).equals(digits(b))) {
			return false;
		}
		int allowed = shorter >= TWO_EDITS_FROM ? 2 : 1;
		return distance(a, b) <= allowed && differingWordsAreLong(a, b);
	}

	private static String digits(String key) {
		return key.replaceAll("\\D", "");
	}

	private static boolean differingWordsAreLong(String a, String b) {
		String[] as = a.split(" ");
		String[] bs = b.split(" ");
		if (as.length != bs.length) {
			// a space too many or too few: "RegionKronoberg"
			return true;
		}
		for (int i = 0; i < as.length; i++) {
			if (!as[i].equals(bs[i]) && Math.min(as[i].length(), bs[i].length()) < SHORT_WORD) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Damerau-Levenshtein distance (optimal string alignment): insertions, deletions,
	 * substitutions and swaps of neighbours.
	 */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
