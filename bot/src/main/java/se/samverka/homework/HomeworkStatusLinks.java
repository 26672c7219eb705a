package se.samverka.homework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.samverka.chat.Languages;
import se.samverka.links.LinkSigner;

/**
 * Signed links to a homework's status person by person, as a file. The token is
 * {@code <expiry>.<language>.<signature>} over the homework, the expiry and the language:
 * it opens only that homework, for seven days, in the language it was given in. The list
 * has names, so it expires like the archive link rather than living for ever.
 */
@Component
class HomeworkStatusLinks {

	static final Duration VALID_FOR = Duration.ofDays(7);

	private static final String PURPOSE = "homework-status";

	private static final Pattern TOKEN = Pattern.compile("(\\d{1,12})\\.(sv|en)\\.([A-Za-z0-9_-]{43})");

	private final LinkSigner signer;

	private final Clock clock;

	HomeworkStatusLinks(LinkSigner signer, Clock clock) {
		this.signer = signer;
		this.clock = clock;
	}

	String csvUrl(Homework homework, Locale locale) {
		long expires = clock.instant().plus(VALID_FOR).truncatedTo(ChronoUnit.SECONDS).getEpochSecond();
		String language = Languages.isEnglish(locale) ? "en" : "sv";
		return signer.publicUrl() + "/homework/" + homework.id() + "/status.csv?t=" + expires + "." + language + "."
				+ signer.sign(PURPOSE, subject(homework.id(), expires, language));
	}

	/** The language the token was given in, if it is valid for this homework and now. */
	Optional<Locale> check(String homeworkId, String token) {
		Matcher m = token == null ? null : TOKEN.matcher(token);
		if (m == null || !m.matches()
				|| !signer.valid(PURPOSE, subject(homeworkId, Long.parseLong(m.group(1)), m.group(2)), m.group(3))
				|| !clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(m.group(1))))) {
			return Optional.empty();
		}
		return Languages.parse(m.group(2));
	}

	private static String subject(String homeworkId, long expires, String language) {
		return homeworkId + ":" + expires + ":" + language;
	}

}
