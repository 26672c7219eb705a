package se.samverka;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import se.samverka.slack.FakeSlack;

/**
 * The whole application on a random port, in local dev mode, with the {@link TestClock}
 * and Slack pointed at {@link FakeSlack#shared()}: its bot token serves workspace
 * {@code T1}, and other workspaces can install Samverka through OAuth. Every test class
 * with exactly this set-up shares one application context (and one embedded database), so
 * the suite starts it once: tests use their own random users, channels and networks, and
 * wait for effects rather than count everything. A class that needs other configuration
 * (another property, another bean) gets a context of its own; use plain
 * {@code @SpringBootTest} then, so it is plain to see.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
@ContextConfiguration(initializers = SamverkaTest.SharedFakes.class)
public @interface SamverkaTest {

	/** Points the application at the fakes that live as long as the test JVM. */
	class SharedFakes implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			FakeSlack slack = FakeSlack.shared();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("shared-fakes",
						Map.of("samverka.slack.bot-token", "xoxb-test-token", "samverka.slack.signing-secret",
								FakeSlack.SECRET, "samverka.slack.api-url", slack.apiUrl(), "samverka.slack.workers",
								"1", "samverka.slack.client-id", FakeSlack.CLIENT_ID, "samverka.slack.client-secret",
								FakeSlack.CLIENT_SECRET, "samverka.slack.token-key", FakeSlack.TOKEN_KEY,
								// small, so that a test can fill them quickly
								"samverka.inbound.slack-queue", "40", "samverka.inbound.slack-journal", "150")));
		}

	}

}
