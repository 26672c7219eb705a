package se.samverka.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverka.chat.CommandHandler;

/**
 * Finds which command a text starts with. Names are matched word by word, ignoring case
 * and extra spaces; the longest matching name wins, so {@code network create} beats a
 * hypothetical {@code network}. The rest of the text, as typed, is the command's
 * arguments.
 */
final class CommandParser {

	private static final Pattern WORD = Pattern.compile("\\S+");

	private final List<Candidate> candidates = new ArrayList<>();

	CommandParser(List<CommandHandler> handlers) {
		for (CommandHandler handler : handlers) {
			for (String name : handler.spec().names().all()) {
				candidates.add(new Candidate(words(name), handler));
			}
		}
		candidates.sort(Comparator.comparingInt((Candidate c) -> c.words().size()).reversed());
	}

	Optional<Parsed> parse(String text) {
		List<Integer> ends = new ArrayList<>();
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			words.add(fold(m.group()));
			ends.add(m.end());
		}
		for (Candidate candidate : candidates) {
			int n = candidate.words().size();
			if (words.size() >= n && words.subList(0, n).equals(candidate.words())) {
				return Optional.of(new Parsed(candidate.handler(), text.substring(ends.get(n - 1)).strip()));
			}
		}
		return Optional.empty();
	}

	private static List<String> words(String name) {
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(name);
		while (m.find()) {
			words.add(fold(m.group()));
		}
		return List.copyOf(words);
	}

	private static String fold(String word) {
		return word.toLowerCase(Locale.ROOT);
	}

	record Parsed(CommandHandler handler, String args) {
	}

	private record Candidate(List<String> words, CommandHandler handler) {
	}

}
