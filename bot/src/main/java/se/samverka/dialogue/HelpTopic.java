package se.samverka.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import se.samverka.chat.CommandHandler;
import se.samverka.chat.Languages;

/**
 * What {@code hjälp <ämne>} / {@code help <topic>} can be about. A command belongs to the
 * topic of the feature it comes from (its package), organisations and the day's boards
 * being topics of their own; anything else is about the network.
 */
enum HelpTopic {

	MEETING("möte", "meeting", Set.of("möten", "meetings", "träff", "agenda", "dagordning"), "meeting"),
	GROUPS("grupper", "groups", Set.of("grupp", "group", "här", "here"), "grouping"),
	NOTES("lappar", "notes", Set.of("lapp", "note"), "reflection"),
	BOARDS("väggar", "boards", Set.of("vägg", "board", "padlet"), "reflection"),
	POLL("omröstning", "poll", Set.of("omröstningar", "polls", "rösta", "vote"), "poll"),
	HOMEWORK("läxa", "homework", Set.of("läxor", "svar", "answer"), "homework"),
	EVALUATION("utvärdering", "evaluation", Set.of("utvärdera", "evaluate"), "evaluation"),
	DIGEST("lägesrapport", "digest", Set.of("sammanfattning", "styrgrupp", "steering", "arkiv", "archive"), "digest",
			"archive"),
	NETWORK("nätverk", "network", Set.of("nätverket", "språk", "language"), "network"),
	ORGANISATIONS("organisationer", "organisations", Set.of("organisation", "organisations"), "network");

	private final String swedish;

	private final String english;

	private final Set<String> otherNames;

	private final List<String> packages;

	HelpTopic(String swedish, String english, Set<String> otherNames, String... packages) {
		this.swedish = swedish;
		this.english = english;
		this.otherNames = otherNames;
		this.packages = List.of(packages);
	}

	String name(Locale locale) {
		return Languages.isEnglish(locale) ? english : swedish;
	}

	/** The topic a word names, in either language. */
	static Optional<HelpTopic> named(String word) {
		String w = word.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(t -> t.swedish.equals(w) || t.english.equals(w) || t.otherNames.contains(w))
			.findFirst();
	}

	/** The topic a command belongs to. */
	static HelpTopic of(CommandHandler handler) {
		String key = handler.spec().helpKey();
		if (key.startsWith("help.organisation") || key.equals("help.steering-here")) {
			return key.equals("help.steering-here") ? DIGEST : ORGANISATIONS;
		}
		if (key.startsWith("help.board") || key.equals("help.gather")) {
			return BOARDS;
		}
		String pkg = handler.getClass().getPackageName();
		String feature = pkg.substring(pkg.lastIndexOf('.') + 1);
		return Arrays.stream(values())
			.filter(t -> t != BOARDS && t != ORGANISATIONS && t.packages.contains(feature))
			.findFirst()
			.orElse(NETWORK);
	}

}
