package se.samverka.homework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import se.samverka.chat.Block;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;

/**
 * "Since last time": the answers to a homework per question, never with names; an
 * organisation is named only next to its own {@value #BREAKDOWN_FROM} or more answers,
 * the rest are "other organisations" (the rule {@link HomeworkResults} keeps), so that
 * few answers cannot be traced to a person. In full for {@code homework summary}, in
 * short for the steering group's digest.
 */
@Component
public class HomeworkSummary {

	static final int BREAKDOWN_FROM = HomeworkResults.BREAKDOWN_FROM;

	/** In short: this many answers per question, each cut to this many characters. */
	static final int SHORT_ANSWERS = 5;

	static final int SHORT_CHARS = 200;

	private final Homeworks homeworks;

	private final Texts texts;

	private final HomeworkProgress progress;

	HomeworkSummary(Homeworks homeworks, Texts texts, HomeworkProgress progress) {
		this.progress = progress;
		this.homeworks = homeworks;
		this.texts = texts;
	}

	/**
	 * The newest homework's answers in short, or empty when the network has given no
	 * homework.
	 */
	public Optional<List<Block>> newestInShort(NetworkId network, Locale locale) {
		return homeworks.latest(network).map(h -> blocks(h, locale, SHORT_ANSWERS, SHORT_CHARS));
	}

	/**
	 * How many people of each organisation have answered every question of the newest
	 * homework ("" for no organisation); empty when there is no homework. Counted from
	 * the recipients' memberships, as {@code läxa status} does: the answers keep a small
	 * organisation nowhere.
	 */
	public Map<String, Integer> completePerOrganisation(NetworkId network) {
		Map<String, Integer> complete = new TreeMap<>();
		homeworks.latest(network)
			.ifPresent(homework -> progress.perOrganisation(homework)
				.stream()
				.filter(t -> t.complete() > 0)
				.forEach(t -> complete.put(t.organisation() == null ? "" : t.organisation(), t.complete())));
		return complete;
	}

	/**
	 * The summary of one homework; at most {@code maxAnswers} per question, each at most
	 * {@code maxChars}.
	 */
	List<Block> blocks(Homework homework, Locale locale, int maxAnswers, int maxChars) {
		List<HomeworkAnswers> all = homeworks.answersTo(homework);
		Message.Builder summary = Message.builder()
			.heading(t(locale, "homework.summary.heading", homework.number()))
			.paragraph(t(locale, "homework.summary.intro", all.size(), homework.recipients().size()), Tone.SUBTLE);
		for (int n = 1; n <= homework.questions().size(); n++) {
			List<HomeworkResults.GivenAnswer> answers = HomeworkResults.answers(all, n);
			summary.divider().paragraph(t(locale, "homework.letter.question", n, homework.questions().get(n - 1)));
			if (answers.isEmpty()) {
				summary.paragraph(t(locale, "homework.summary.no-answers"), Tone.SUBTLE);
				continue;
			}
			if (answers.stream().allMatch(a -> a.organisation() == null)) {
				summary.paragraph(t(locale, "homework.summary.without-organisations", BREAKDOWN_FROM), Tone.SUBTLE);
			}
			summary.facts(spread(answers, maxAnswers).stream()
				.map(a -> new Fact(label(a, locale), shortened(a.text(), maxChars)))
				.toList());
			if (answers.size() > maxAnswers) {
				summary.paragraph(t(locale, "homework.summary.more", answers.size() - maxAnswers), Tone.SUBTLE);
			}
		}
		return summary.build().blocks();
	}

	/**
	 * "–" when no organisation is shown, "other organisations" for the rest, else the
	 * organisation.
	 */
	private String label(HomeworkResults.GivenAnswer answer, Locale locale) {
		if (answer.organisation() == null) {
			return "–";
		}
		return answer.amongOthers() ? t(locale, "homework.summary.other") : answer.organisation();
	}

	/**
	 * At most {@code max} answers, taken in turn from each organisation shown (and "other
	 * organisations"), so that a short summary is not only the first organisation's; in
	 * the order they were given.
	 */
	static List<HomeworkResults.GivenAnswer> spread(List<HomeworkResults.GivenAnswer> answers, int max) {
		if (answers.size() <= max) {
			return answers;
		}
		Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
		for (int i = 0; i < answers.size(); i++) {
			byLabel.computeIfAbsent(String.valueOf(answers.get(i).organisation()), o -> new ArrayList<>()).add(i);
		}
		Set<Integer> picked = new TreeSet<>();
		for (int round = 0; picked.size() < max; round++) {
			for (List<Integer> positions : byLabel.values()) {
				if (round < positions.size() && picked.size() < max) {
					picked.add(positions.get(round));
				}
			}
		}
		return picked.stream().map(answers::get).toList();
	}

	private String t(Locale locale, String key, Object... arguments) {
		return texts.get(locale, key, arguments);
	}

	private static String shortened(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
	}

}
