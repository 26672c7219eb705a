package se.samverka.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;

import se.samverka.chat.BundleTexts.Rendered;

/**
 * Every count agrees in number: "1 medlem", "2 medlemmar", "1 anonym lapp", "1 member".
 * Every text of both bundles is rendered with each count argument at 0, 1, 2 and 5, and
 * the words after the number are looked up in LanguageTool's Swedish and English
 * dictionaries: after 1 no word may be plural only, after 0, 2 and 5 no word may be
 * singular only. A number written as a plain {@code {0}} before a noun is caught too: a
 * count must say so ({@code {0,number,#}} or a plural pattern).
 */
class CountsAgreeUnitTests {

	private static JLanguageTool swedish;

	private static JLanguageTool english;

	/** English verbs that agree with a count standing as their subject. */
	private static final Set<String> ENGLISH_PLURAL_VERBS = Set.of("are", "have", "were");

	private static final Set<String> ENGLISH_SINGULAR_VERBS = Set.of("is", "has", "was");

	private static final Pattern PLAIN_ARGUMENT_BEFORE_A_WORD = Pattern.compile("\\{(\\d+)\\} (\\p{L}+)");

	@BeforeAll
	static void dictionaries() {
		swedish = new JLanguageTool(org.languagetool.Languages.getLanguageForShortCode("sv"));
		english = new JLanguageTool(org.languagetool.Languages.getLanguageForShortCode("en-GB"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "messages_en", "teams", "teams_en", "slack", "slack_en", "playground",
			"playground_en" })
	void everyTextRendersWithCountsZeroOneTwoAndFive(String bundle) {
		List<Rendered> rendered = BundleTexts.render(bundle);
		assertThat(rendered).isNotEmpty();
		assertThat(rendered).filteredOn(r -> r.text().contains("{") && !r.text().contains("{{"))
			.as("texts that kept a placeholder")
			.isEmpty();
	}

	@Test
	void swedishCountsAgreeInNumber() {
		assertThat(disagreements(swedish, List.of("messages", "teams", "slack", "playground"), this::swedishDisagrees))
			.as("Swedish counts that disagree with their word")
			.isEmpty();
	}

	@Test
	void englishCountsAgreeInNumber() {
		assertThat(disagreements(english, List.of("messages_en", "teams_en", "slack_en", "playground_en"),
				this::englishDisagrees))
			.as("English counts that disagree with their word")
			.isEmpty();
	}

	private static Set<String> disagreements(JLanguageTool tool, List<String> bundles, Disagreement check) {
		Set<String> wrong = new TreeSet<>();
		for (String bundle : bundles) {
			for (Rendered r : BundleTexts.render(bundle)) {
				if (r.argument() >= 0) {
					wrong.addAll(disagreements(tool, r, check));
				}
			}
		}
		return wrong;
	}

	@Test
	void aNumberBeforeANounIsDeclaredACount() {
		List<String> plain = new ArrayList<>();
		for (Map.Entry<String, JLanguageTool> bundle : Map.of("messages", swedish, "messages_en", english).entrySet()) {
			BundleTexts.patterns(bundle.getKey()).forEach((key, pattern) -> {
				Matcher m = PLAIN_ARGUMENT_BEFORE_A_WORD.matcher(pattern);
				while (m.find()) {
					List<AnalyzedTokenReadings> words = words(bundle.getValue(), m.group(2));
					if (!words.isEmpty() && pluralOnly(words.get(0), bundle.getValue() == english)) {
						plain.add(bundle.getKey() + ": " + key + " {" + m.group(1) + "} " + m.group(2));
					}
				}
			});
		}
		assertThat(plain).as("plain {n} before a plural noun: write {n,plural,one{# …} other{# …}}").isEmpty();
	}

	@Test
	void theCheckFindsWhatItIsFor() {
		assertThat(disagreements(swedish, new Rendered("k", 0, 1, "Ni har 1 medlemmar."), this::swedishDisagrees))
			.isNotEmpty();
		assertThat(
				disagreements(swedish, new Rendered("k", 0, 1, "Det finns 1 anonyma lappar."), this::swedishDisagrees))
			.isNotEmpty();
		assertThat(disagreements(swedish, new Rendered("k", 0, 2, "Det finns 2 anonym lapp."), this::swedishDisagrees))
			.isNotEmpty();
		assertThat(disagreements(swedish, new Rendered("k", 0, 1, "Det finns 1 anonym lapp under 1 rubrik."),
				this::swedishDisagrees))
			.isEmpty();
		assertThat(disagreements(swedish, new Rendered("k", 0, 5, "5 av 7 har svarat, 5 medlemmar."),
				this::swedishDisagrees))
			.isEmpty();
		assertThat(disagreements(english, new Rendered("k", 0, 1, "1 members answered."), this::englishDisagrees))
			.isNotEmpty();
		assertThat(disagreements(english, new Rendered("k", 0, 1, "1 have answered."), this::englishDisagrees))
			.isNotEmpty();
		assertThat(disagreements(english, new Rendered("k", 0, 2, "2 member has answered."), this::englishDisagrees))
			.isNotEmpty();
		assertThat(disagreements(english, new Rendered("k", 0, 1, "1 member has answered."), this::englishDisagrees))
			.isEmpty();
	}

	@FunctionalInterface
	interface Disagreement {

		boolean disagrees(int count, List<AnalyzedTokenReadings> following);

	}

	private static List<String> disagreements(JLanguageTool tool, Rendered r, Disagreement check) {
		List<AnalyzedTokenReadings> tokens = words(tool, r.text());
		List<String> found = new ArrayList<>();
		String count = String.valueOf(r.count());
		for (int i = 0; i < tokens.size() - 1; i++) {
			if (tokens.get(i).getToken().equals(count) && (i == 0 || !labelOrPart(tokens.get(i - 1)))
					&& check.disagrees(r.count(), tokens.subList(i + 1, Math.min(tokens.size(), i + 3)))) {
				found.add(r.where() + ": " + r.text());
			}
		}
		return found;
	}

	/**
	 * A number after a noun names something ("lapp 2", "meeting 2 is"), and after "av" /
	 * "of" it is a total ("7 av 9 besvarade"): neither is the count its next word agrees
	 * with.
	 */
	private static boolean labelOrPart(AnalyzedTokenReadings before) {
		String word = before.getToken().toLowerCase(java.util.Locale.ROOT);
		List<String> tags = before.getReadings().stream().map(AnalyzedToken::getPOSTag).filter(t -> t != null).toList();
		return word.equals("av") || word.equals("of")
				|| (tags.stream().anyMatch(t -> t.startsWith("NN") && !t.startsWith("NNP"))
						&& tags.stream().noneMatch(t -> t.startsWith("PP") || t.startsWith("IN")));
	}

	/**
	 * The words (no spaces, no sentence markers) of a text, as the dictionary reads them.
	 */
	private static List<AnalyzedTokenReadings> words(JLanguageTool tool, String text) {
		try {
			List<AnalyzedTokenReadings> words = new ArrayList<>();
			tool.analyzeText(text).forEach(s -> {
				for (AnalyzedTokenReadings t : s.getTokensWithoutWhitespace()) {
					if (!t.isSentenceStart() && !t.getToken().isBlank()) {
						words.add(t);
					}
				}
			});
			return words;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Swedish: the word after a count, and the noun after an adjective, must not be
	 * plural only after 1 or singular only after other counts.
	 */
	private boolean swedishDisagrees(int count, List<AnalyzedTokenReadings> following) {
		for (AnalyzedTokenReadings word : following) {
			if (word.getReadings()
				.stream()
				.map(AnalyzedToken::getPOSTag)
				.anyMatch(t -> t != null && (t.startsWith("PP") || t.startsWith("AB") || t.startsWith("KN")))) {
				return false;
			}
			List<String> tags = swedishNumberTags(word);
			if (tags.isEmpty()) {
				return false;
			}
			boolean plural = tags.stream().allMatch(CountsAgreeUnitTests::swedishPlural);
			boolean singular = tags.stream().noneMatch(CountsAgreeUnitTests::swedishPlural);
			if ((count == 1 && plural) || (count != 1 && singular)) {
				return true;
			}
			if (tags.stream().anyMatch(t -> t.startsWith("NN"))) {
				return false;
			}
		}
		return false;
	}

	/** The readings that inflect for number: nouns, adjectives and participles. */
	private static List<String> swedishNumberTags(AnalyzedTokenReadings word) {
		List<String> tags = word.getReadings().stream().map(AnalyzedToken::getPOSTag).filter(t -> t != null).toList();
		// "1 röstade" is a verb in the past, not the participle.
		boolean finiteVerb = tags.stream().anyMatch(t -> t.startsWith("VB:PRT") || t.startsWith("VB:PRS"));
		return tags.stream()
			.filter(t -> t.startsWith("NN") || t.startsWith("JJ") || (!finiteVerb && t.startsWith("VB:PPC")))
			.toList();
	}

	/** Plural readings; an adjective's definite form (BF) is the plural's form too. */
	private static boolean swedishPlural(String tag) {
		return tag.contains(":PLU") || tag.equals("JJ:P") || tag.equals("JJ:BF");
	}

	private boolean englishDisagrees(int count, List<AnalyzedTokenReadings> following) {
		for (AnalyzedTokenReadings word : following) {
			String token = word.getToken().toLowerCase(java.util.Locale.ROOT);
			if (word.hasPosTagStartingWith("DT")) {
				return false;
			}
			if ((count == 1 ? ENGLISH_PLURAL_VERBS : ENGLISH_SINGULAR_VERBS).contains(token)) {
				return true;
			}
			if (count == 1 ? pluralOnly(word, true) : singularOnly(word)) {
				return true;
			}
			if (!word.hasPosTagStartingWith("JJ")) {
				return false;
			}
		}
		return false;
	}

	private static boolean pluralOnly(AnalyzedTokenReadings word, boolean english) {
		if (english) {
			return word.hasPosTag("NNS") && !word.hasPosTag("NN") && !word.hasPosTagStartingWith("VB")
					&& !word.hasPosTagStartingWith("JJ");
		}
		List<String> tags = swedishNumberTags(word);
		return !tags.isEmpty() && tags.stream().allMatch(t -> t.startsWith("NN") && t.contains(":PLU"));
	}

	private static boolean singularOnly(AnalyzedTokenReadings word) {
		return word.hasPosTag("NN") && !word.hasPosTag("NNS") && !word.hasPosTag("NN:UN")
				&& !word.hasPosTagStartingWith("VB") && !word.hasPosTagStartingWith("JJ");
	}

}
