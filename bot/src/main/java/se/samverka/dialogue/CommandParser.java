package se.samverka.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverka.chat.CommandHandler;

/**
 * Finds which command a text starts with. Names are matched word by word, ignoring case
 * and extra spaces; the longest matching name wins, so {@code network create} beats a
 * hypothetical {@code network}. The rest of the text, as typed, is the command's
 * arguments.
 * <p>
 * Near misses count too, looking only at the first words: punctuation around them
 * ({@code Här!}, {@code lapp: text}), no å, ä or ö ({@code ga med}), words glued together
 * ({@code gåmed}), and in names of five letters or more one slip of the finger
 * ({@code grupepr}). A near miss of a command that takes no arguments, followed by more
 * text, is ordinary chat ({@code har du sett…}), not a command. When one command fits it
 * is {@link #parse parsed}; when several do (a slip of a longer name beside an exact
 * shorter one: {@code lapp anom …}), none is, and {@link #suggest} names them; so it does
 * for the bare first word of several commands ({@code lägesrapport}).
 */
final class CommandParser {

	/** Shorter names are one slip away from too many ordinary words. */
	static final int MIN_SLIP_LENGTH = 5;

	static final int MAX_SUGGESTIONS = 4;

	/** Commands offered for a bare first word: {@code möte} has five. */
	static final int MAX_FAMILY = 6;

	private static final String ENDINGS = "nrst";

	private static final Pattern WORD = Pattern.compile("\\S+");

	/** A colon after the name ({@code lapp : text}) is not part of the text. */
	private static final Pattern LEADING_COLON = Pattern.compile("^:(\\s+|$)");

	private final List<Candidate> candidates = new ArrayList<>();

	private final int longest;

	CommandParser(List<CommandHandler> handlers) {
		for (CommandHandler handler : handlers) {
			List<String> names = handler.spec().names().all();
			for (int i = 0; i < names.size(); i++) {
				candidates.add(new Candidate(names.get(i), words(names.get(i)), handler, i));
			}
		}
		candidates.sort(Comparator.comparingInt((Candidate c) -> c.words().size()).reversed());
		longest = candidates.isEmpty() ? 0 : candidates.get(0).words().size();
	}

	/** The one command the text is, exactly or as a near miss. */
	Optional<Parsed> parse(String text) {
		return Optional.ofNullable(read(text).parsed());
	}

	/** The commands the text could be, when it is a near miss of several. */
	Optional<Suggestions> suggest(String text) {
		List<Suggestion> suggestions = read(text).suggestions();
		return suggestions.isEmpty() ? Optional.empty() : Optional.of(new Suggestions(suggestions));
	}

	private Reading read(String text) {
		// one word more than the longest name, to tell a bare first word from more
		List<Token> tokens = tokens(text, longest + 1);
		// each word's forms once, not once per command name
		Words words = Words.of(tokens);
		Map<CommandHandler, Match> best = new LinkedHashMap<>();
		for (Candidate candidate : candidates) {
			for (int k = 1; k <= Math.min(candidate.words().size(), tokens.size()); k++) {
				Match match = match(candidate, tokens, k, text, words);
				if (match != null && match.better(best.get(candidate.handler()))) {
					best.put(candidate.handler(), match);
				}
			}
		}
		Optional<Match> sure = best.values()
			.stream()
			.filter(m -> m.quality() != Quality.SLIP)
			.max(Comparator.comparingInt((Match m) -> m.candidate().words().size())
				.thenComparing(m -> m.quality() == Quality.EXACT));
		int beyond = sure.map(m -> m.candidate().words().size()).orElse(0);
		List<Match> slips = best.values()
			.stream()
			.filter(m -> m.quality() == Quality.SLIP && m.candidate().words().size() > beyond)
			.sorted(Comparator.comparingInt((Match m) -> m.candidate().words().size()).reversed())
			.toList();
		if (slips.isEmpty()) {
			return sure.map(m -> new Reading(m.parsed(), List.of())).orElseGet(() -> new Reading(null, family(tokens)));
		}
		if (sure.isEmpty() && slips.size() == 1) {
			return new Reading(slips.get(0).parsed(), List.of());
		}
		List<Suggestion> suggestions = new ArrayList<>();
		sure.ifPresent(m -> suggestions.add(m.suggestion()));
		slips.forEach(m -> suggestions.add(m.suggestion()));
		return new Reading(null, List.copyOf(suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size()))));
	}

	/**
	 * Only the first word(s) of several commands, and nothing else ({@code lagesrapport},
	 * {@code möte}): those commands, to choose from.
	 */
	private List<Suggestion> family(List<Token> tokens) {
		if (tokens.isEmpty()) {
			return List.of();
		}
		List<String> typed = tokens.stream().map(t -> Spelling.plain(t.text())).toList();
		Map<CommandHandler, Suggestion> family = new LinkedHashMap<>();
		candidates.stream()
			.sorted(Comparator.comparingInt(Candidate::index))
			.filter(c -> c.words().size() > typed.size() && c.plainWords().subList(0, typed.size()).equals(typed))
			.forEach(c -> family.putIfAbsent(c.handler(), new Suggestion(c.handler(), c.name(), "")));
		return family.values().stream().limit(MAX_FAMILY).toList();
	}

	/**
	 * The typed words in lower case and plain (see {@link Spelling#plain}), and the first
	 * k plain words joined, for every k.
	 */
	private record Words(List<String> lower, List<String> plain, List<String> joined) {

		static Words of(List<Token> tokens) {
			List<String> lower = tokens.stream().map(t -> Spelling.lower(t.text())).toList();
			List<String> plain = tokens.stream().map(t -> Spelling.plain(t.text())).toList();
			List<String> joined = new ArrayList<>();
			StringBuilder prefix = new StringBuilder();
			joined.add("");
			for (String word : plain) {
				joined.add(prefix.append(word).toString());
			}
			return new Words(lower, plain, joined);
		}

	}

	private static Match match(Candidate candidate, List<Token> tokens, int k, String text, Words words) {
		List<Token> typed = tokens.subList(0, k);
		List<String> plain = words.plain().subList(0, k);
		String joined = words.joined().get(k);
		Quality quality;
		if (words.lower().subList(0, k).equals(candidate.words())) {
			quality = Quality.EXACT;
		}
		else if (joined.equals(candidate.joined())) {
			quality = Quality.LOOSE;
		}
		else if (candidate.joined().length() >= MIN_SLIP_LENGTH && joined.length() >= MIN_SLIP_LENGTH - 1
				&& Spelling.oneSlipApart(joined, candidate.joined()) && !endingOf(joined, candidate.joined())) {
			quality = Quality.SLIP;
		}
		else {
			return null;
		}
		String args = LEADING_COLON.matcher(text.substring(typed.get(k - 1).end()).strip()).replaceFirst("");
		if (quality != Quality.EXACT && !args.isEmpty() && !candidate.handler().takesArguments()) {
			return null;
		}
		return new Match(candidate, quality, args, !plain.equals(candidate.plainWords()));
	}

	/**
	 * {@code agendan}, {@code röstar}: the name with a Swedish ending is a word about the
	 * thing, not a slip.
	 */
	private static boolean endingOf(String typed, String name) {
		return typed.length() == name.length() + 1 && typed.startsWith(name)
				&& ENDINGS.indexOf(typed.charAt(name.length())) >= 0;
	}

	/** The first {@code limit} words: a pasted agenda's thousands need not be split. */
	private static List<Token> tokens(String text, int limit) {
		List<Token> tokens = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (tokens.size() < limit && m.find()) {
			tokens.add(new Token(m.group(), m.end()));
		}
		return tokens;
	}

	private static List<String> words(String name) {
		return tokens(name, Integer.MAX_VALUE).stream().map(t -> Spelling.lower(t.text())).toList();
	}

	/**
	 * @param corrected the command as understood, to tell the person, when it was more
	 * than punctuation or missing accents; null otherwise
	 */
	record Parsed(CommandHandler handler, String args, String corrected) {

		Parsed(CommandHandler handler, String args) {
			this(handler, args, null);
		}

	}

	/** One command a near miss could be: its name, and its arguments as typed. */
	record Suggestion(CommandHandler handler, String name, String args) {

		String command() {
			return args.isEmpty() ? name : name + " " + args;
		}

		Parsed parsed() {
			return new Parsed(handler, args);
		}

	}

	record Suggestions(List<Suggestion> candidates) {

		boolean anonymous() {
			return candidates.stream().anyMatch(s -> s.handler().spec().anonymous());
		}

	}

	private enum Quality {

		EXACT, LOOSE, SLIP

	}

	private record Reading(Parsed parsed, List<Suggestion> suggestions) {
	}

	private record Token(String text, int end) {
	}

	private record Candidate(String name, List<String> words, CommandHandler handler, int index) {

		List<String> plainWords() {
			return words.stream().map(Spelling::plain).toList();
		}

		String joined() {
			return String.join("", plainWords());
		}

	}

	private record Match(Candidate candidate, Quality quality, String args, boolean reworded) {

		private static final Comparator<Match> RANK = Comparator.comparing((Match m) -> m.quality() != Quality.SLIP)
			.thenComparingInt(m -> m.candidate().words().size())
			.thenComparing(m -> m.quality() == Quality.EXACT)
			.thenComparingInt(m -> -m.candidate().index());

		/**
		 * Sure before slip, then the longer name, then exact before loose, then the first
		 * declared. Two readings of the same typed words (the same arguments left) put
		 * exact before loose first: {@code webblänk} is the command of that name, not a
		 * glued {@code webb länk}.
		 */
		boolean better(Match other) {
			if (other == null) {
				return true;
			}
			if (quality != Quality.SLIP && other.quality() != Quality.SLIP && quality != other.quality()
					&& args.equals(other.args())) {
				return quality == Quality.EXACT;
			}
			return RANK.compare(this, other) > 0;
		}

		Parsed parsed() {
			boolean tell = quality == Quality.SLIP || reworded;
			return new Parsed(candidate.handler(), args, tell ? candidate.name() : null);
		}

		Suggestion suggestion() {
			return new Suggestion(candidate.handler(), candidate.name(), args);
		}

	}

}
