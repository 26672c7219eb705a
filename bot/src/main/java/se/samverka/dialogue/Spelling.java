package se.samverka.dialogue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a typed word is compared with a command's name: without the punctuation people put
 * around words ({@code Här!}, {@code lapp:}), without å, ä, ö and other accents (typed on
 * a keyboard without them: {@code har}, {@code ga med}), and one slip of the finger
 * apart.
 */
final class Spelling {

	/** What may stand before or after a word without being part of it. */
	private static final Pattern EDGES = Pattern
		.compile("^[.,:;!?…\"'“”‘’«»()\\[\\]/*]+|[.,:;!?…\"'“”‘’«»()\\[\\]/*]+$");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Spelling() {
	}

	/** Lower case, as the exact match has always compared. */
	static String lower(String word) {
		return word.toLowerCase(Locale.ROOT);
	}

	/**
	 * Lower case without surrounding punctuation and accents; a word that is nothing but
	 * punctuation ({@code ?}) stays as it is.
	 */
	static String plain(String word) {
		if (asciiLettersAndDigits(word)) {
			// nothing to strip, no accents: the common case, without regular expressions
			return lower(word);
		}
		String bare = EDGES.matcher(word).replaceAll("");
		if (bare.isEmpty()) {
			bare = word;
		}
		return MARKS.matcher(Normalizer.normalize(lower(bare), Normalizer.Form.NFD)).replaceAll("");
	}

	private static boolean asciiLettersAndDigits(String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether {@code typed} is {@code name} with one letter added, left out, replaced, or
	 * two neighbours swapped (optimal string alignment distance 1).
	 */
	static boolean oneSlipApart(String typed, String name) {
		int m = typed.length();
		int n = name.length();
		if (Math.abs(m - n) > 1 || typed.equals(name)) {
			return false;
		}
		int[][] d = new int[m + 1][n + 1];
		for (int i = 0; i <= m; i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= n; j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= m; i++) {
			for (int j = 1; j <= n; j++) {
				int cost = typed.charAt(i - 1) == name.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && typed.charAt(i - 1) == name.charAt(j - 2)
						&& typed.charAt(i - 2) == name.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[m][n] == 1;
	}

}
