package se.samverka;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Samverka: a chat bot for regional collaboration networks, in Teams, Slack and the
 * browser.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SamverkaApplication {

	public static void main(String[] args) {
		SpringApplication.run(SamverkaApplication.class, args);
	}

	/** The one source of time; tests replace it with a fixed or stepping clock. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
