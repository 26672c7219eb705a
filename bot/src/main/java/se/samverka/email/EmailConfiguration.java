package se.samverka.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import se.samverka.chat.Texts;
import se.samverka.network.People;
import se.samverka.network.WebMembers;

/**
 * E-mail is on when an SMTP server is configured ({@code spring.mail.host}); then a
 * sender address is required, and start-up stops with a plain message without one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.mail.host")
class EmailConfiguration {

	@Bean
	EmailSender emailSender(JavaMailSender mail, EmailSettings settings, People people, WebMembers members,
			EmailRenderer renderer) {
		if (!settings.hasFrom()) {
			throw new IllegalStateException("E-mail is configured (spring.mail.host) but has no sender address: "
					+ "set SAMVERKA_EMAIL_FROM (samverka.email.from), for example samverka@kommun.se");
		}
		try {
			new InternetAddress(settings.from(), true);
		}
		catch (AddressException ex) {
			throw new IllegalStateException("SAMVERKA_EMAIL_FROM (samverka.email.from) is not an e-mail address", ex);
		}
		return new EmailSender(mail, settings, people, members, renderer);
	}

	@Bean
	EmailRenderer emailRenderer(Texts texts, se.samverka.links.PersonalLinks pages, EmailLinks links) {
		return new EmailRenderer(texts, pages, links);
	}

}
