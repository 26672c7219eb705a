package se.samverka;

import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A chat platform's answer to the production guard: whether the environment holds
 * credentials it can use. Read before any bean exists, so the adapters list theirs in
 * {@code META-INF/spring.factories} rather than as beans.
 */
public interface PlatformCredentials {

	boolean configured(ConfigurableEnvironment environment);

}
