package se.samverka.chat;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Swedish and English strings from the message bundles (i18n/messages*.properties). */
@Component
public class Texts {

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	public String get(Locale locale, String key, Object... arguments) {
		try {
			return messages.getMessage(key, arguments,
					Languages.isEnglish(locale) ? Languages.ENGLISH : Languages.SWEDISH);
		}
		catch (NoSuchMessageException ex) {
			return key;
		}
	}

}
