package se.samverka.email;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The e-mail channel's own settings; the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param from the sender address of every e-mail ({@code SAMVERKA_EMAIL_FROM}), required
 * once {@code spring.mail.host} is set; may carry a name:
 * {@code Samverka <bot@kommun.se>}
 */
@ConfigurationProperties("samverka.email")
record EmailSettings(String from) {

	boolean hasFrom() {
		return from != null && !from.isBlank();
	}

}
