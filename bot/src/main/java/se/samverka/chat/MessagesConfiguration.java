package se.samverka.chat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bundles named in {@code spring.messages.basename}, with ICU's plural rules. */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
		return new PluralMessages(basenames);
	}

}
