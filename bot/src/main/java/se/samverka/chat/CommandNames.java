package se.samverka.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a command is typed: its English and Swedish names (one or more words) and any extra
 * aliases. Every name works whatever the person's language; replies follow the person's
 * language.
 */
public record CommandNames(String english, String swedish, List<String> aliases) {

	public CommandNames {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}

	public static CommandNames of(String english, String swedish, String... aliases) {
		return new CommandNames(english, swedish, List.of(aliases));
	}

	public String in(Locale locale) {
		return Languages.isEnglish(locale) ? english : swedish;
	}

	public List<String> all() {
		List<String> names = new ArrayList<>();
		names.add(english);
		names.add(swedish);
		names.addAll(aliases);
		return names;
	}

}
