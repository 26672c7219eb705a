package se.samverka.chat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

import se.samverka.chat.BundleTexts.Rendered;

/**
 * How the grammar tests read the bundles: LanguageTool reads every text of both bundles
 * as people get them (each plural form once) and finds no grammar or spelling slip.
 * Swedish LanguageTool has few grammar rules, so the Swedish dictionary also checks that
 * en/ett/ingen/inget/någon/något agree in gender with their noun ("ingen klockslag"). Our
 * own words, and rules that misfire on commands and placeholders, are allowed below, each
 * for a reason.
 */
final class BundleGrammar {

	private BundleGrammar() {
	}

	/** The kinds of rule that find slips; style and typography are a matter of taste. */
	private static final Set<String> CATEGORIES = Set.of("GRAMMAR", "TYPOS", "CONFUSED_WORDS", "COLLOCATIONS",
			"SEMANTICS", "MISC", "COMPOUNDING", "SPELLING", "WORD_ORDER", "AGREEMENT");

	/**
	 * Rules that misfire on what bundles are: labels and fragments start in lower case
	 * ("inställd", "… och 5 till"), and Samverka writes British English with -ise
	 * ("organiser"), as the Swedish public sector does.
	 */
	private static final Set<String> OFF = Set.of("UPPERCASE_SENTENCE_START", "OXFORD_SPELLING_Z_NOT_S",
			"ENGLISH_WORD_REPEAT_BEGINNING_RULE");

	/** Our own words and the commands people type, which no dictionary has. */
	private static final Set<String> OUR_WORDS = Set.of("Samverka", "padlet", "ÅÅÅÅ-MM-DD", "TT:MM", "cron", "MON",
			"monday", "anon", "K7MX2Q", "sv", "språk sv", "ics", "Enter", "CSV-fil", "Markdown-", "Läsversion",
			"kalenderfil", "Kalenderfil", "arrangörskod", "arrangörskoden", "Arrangörskod", "Arrangörskoden",
			// Swedish names in the examples, and the example of a misspelt one
			"kommun", "Kronoberg", "Fika", "Vaxjo",
			// month abbreviations as people write dates ("29 sep")
			"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "okt", "nov", "dec");

	/** Single matches that misfire, as "RULE: the words it marks". */
	private static final Set<String> MISFIRES = Set.of(
			// The sample text for two placeholders in a row ("gå med {0} {1}").
			"WORD_REPEAT_RULE: Växjö Växjö", "ENGLISH_WORD_REPEAT_RULE: Växjö Växjö",
			// "no" is the answer counted, as in "5 yes · 5 no".
			"CD_NN: no",
			// "Alternativ" is the noun (neuter) here, not an adjective.
			"JJ.OCH_n-ord.NN: ett alternativ får",
			// "i efterhand" is written as one word (SAOL).
			"efter-hand: efterhand");

	static JLanguageTool tool(String language) {
		JLanguageTool tool = new JLanguageTool(org.languagetool.Languages.getLanguageForShortCode(language));
		for (Rule rule : tool.getAllRules()) {
			if (OFF.contains(rule.getId()) || !CATEGORIES.contains(rule.getCategory().getId().toString())) {
				tool.disableRule(rule.getId());
			}
			else if (rule instanceof SpellingCheckRule spelling) {
				// Known words get no match, so no (slow) suggestions are looked for.
				spelling.addIgnoreTokens(OUR_WORDS.stream().filter(w -> !w.contains(" ")).toList());
			}
		}
		return tool;
	}

	static List<Rendered> texts(List<String> bundles) {
		List<Rendered> texts = new ArrayList<>();
		bundles.forEach(bundle -> texts.addAll(BundleTexts.renderOnce(bundle)));
		return texts;
	}

	static List<String> slips(JLanguageTool tool, List<Rendered> rendered) throws IOException {
		Map<String, String> texts = new LinkedHashMap<>();
		rendered.forEach(r -> texts.putIfAbsent(r.text(), r.key()));
		// One long text (a paragraph per text) is checked much faster than each alone.
		StringBuilder all = new StringBuilder();
		List<Integer> starts = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		texts.forEach((text, key) -> {
			starts.add(all.length());
			keys.add(key);
			all.append(text).append("\n\n");
		});
		Set<String> found = new TreeSet<>();
		for (RuleMatch match : tool.check(all.toString())) {
			String marked = all.substring(match.getFromPos(), match.getToPos());
			if (OUR_WORDS.contains(marked) || MISFIRES.contains(match.getRule().getId() + ": " + marked)) {
				continue;
			}
			int i = indexOf(starts, match.getFromPos());
			String text = all.substring(starts.get(i), all.indexOf("\n\n", starts.get(i)));
			found.add(keys.get(i) + " [" + match.getRule().getId() + "] " + marked + " — " + match.getMessage() + " — "
					+ text);
		}
		return new ArrayList<>(found);
	}

	private static int indexOf(List<Integer> starts, int position) {
		int i = 0;
		while (i + 1 < starts.size() && starts.get(i + 1) <= position) {
			i++;
		}
		return i;
	}

	private static final Set<String> COMMON_GENDER = Set.of("en", "ingen", "någon", "annan");

	private static final Set<String> NEUTER = Set.of("ett", "inget", "något", "annat");

	/**
	 * A determiner and the noun it goes with (adjectives between) agree in gender: not
	 * "ingen klockslag", not "ett ny vägg".
	 */
	static List<String> genderSlips(JLanguageTool swedish, List<Rendered> rendered) throws IOException {
		Set<String> found = new TreeSet<>();
		for (Rendered r : rendered) {
			List<AnalyzedTokenReadings> words = new ArrayList<>();
			swedish.analyzeText(r.text()).forEach(s -> {
				for (AnalyzedTokenReadings t : s.getTokensWithoutWhitespace()) {
					if (!t.isSentenceStart()) {
						words.add(t);
					}
				}
			});
			for (int i = 0; i < words.size() - 1; i++) {
				String determiner = words.get(i).getToken().toLowerCase(Locale.ROOT);
				if (!COMMON_GENDER.contains(determiner) && !NEUTER.contains(determiner)) {
					continue;
				}
				String wrong = COMMON_GENDER.contains(determiner) ? "NEU" : "UTR";
				for (int j = i + 1; j < Math.min(words.size(), i + 3); j++) {
					List<String> tags = tags(words.get(j));
					if (tags.stream().anyMatch(t -> t.startsWith("NN"))) {
						if (tags.stream().allMatch(t -> t.startsWith("NN") && t.endsWith(wrong))) {
							found.add(r.key() + ": " + determiner + " " + words.get(j).getToken() + " — " + r.text());
						}
						break;
					}
					boolean adjective = !tags.isEmpty() && tags.stream().allMatch(t -> t.startsWith("JJ"));
					if (!adjective) {
						break;
					}
					// "ett ny": a neuter determiner wants the adjective's neuter form.
					if (NEUTER.contains(determiner) && tags.stream().allMatch(t -> t.equals("JJ:PU"))) {
						found.add(r.key() + ": " + determiner + " " + words.get(j).getToken() + " — " + r.text());
						break;
					}
				}
			}
		}
		return new ArrayList<>(found);
	}

	private static List<String> tags(AnalyzedTokenReadings word) {
		return word.getReadings().stream().map(AnalyzedToken::getPOSTag).filter(t -> t != null).toList();
	}

}
