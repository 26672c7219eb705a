package se.samverka.chat;

import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, formatted by ICU's MessageFormat rather than the JDK's, so that a
 * text with a count can say {@code {0, plural, one{# medlem} other{# medlemmar}}} and
 * agree in number in Swedish and English. Spring still finds the bundle and the key; only
 * the formatting is ICU's. A doubled apostrophe ({@code ''}) reads as one, as before.
 */
public class PluralMessages extends ResourceBundleMessageSource {

	private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

	public PluralMessages(String... basenames) {
		setBasenames(basenames);
		setDefaultEncoding(StandardCharsets.UTF_8.name());
		setFallbackToSystemLocale(false);
		setAlwaysUseMessageFormat(true);
	}

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null) {
			return null;
		}
		Locale language = locale == null ? Languages.SWEDISH : locale;
		String pattern = resolveCodeWithoutArguments(code, language);
		return pattern == null ? null : formatMessage(pattern, args, language);
	}

	@Override
	protected String formatMessage(String pattern, Object[] args, Locale locale) {
		MessageFormat format = formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
			.computeIfAbsent(pattern, p -> new MessageFormat(p, ULocale.forLocale(locale)));
		Object[] arguments = resolveArguments(args == null ? new Object[0] : args, locale);
		for (int i = 0; i < arguments.length; i++) {
			// ICU would format a LocalDate as "2026-03-25 00:00"; the texts mean its ISO
			// form.
			if (arguments[i] instanceof TemporalAccessor time) {
				arguments[i] = time.toString();
			}
		}
		// ICU's formats keep state while formatting: one thread at a time per pattern.
		synchronized (format) {
			return format.format(arguments);
		}
	}

}
