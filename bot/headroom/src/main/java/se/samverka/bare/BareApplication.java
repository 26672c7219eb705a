package se.samverka.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The yardstick of the headroom benchmark: Spring Boot webmvc and actuator with defaults
 * and one endpoint that checks a Slack request's signature as Samverka does, and nothing
 * else.
 */
@SpringBootApplication
public class BareApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareApplication.class, args);
	}

}
