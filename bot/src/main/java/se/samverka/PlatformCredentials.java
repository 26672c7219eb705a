package se.samverka;

import java.util.List;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * A chat platform's answer to the production guard and to {@link DevMode}: whether the
 * environment holds credentials it can use, and whether it names the platform's bot at
 * all. Read before any bean exists, so the adapters list theirs in
 * {@code META-INF/spring.factories} rather than as beans.
 */
public interface PlatformCredentials {

	/** Whether the environment holds credentials the platform can sign in with. */
	boolean configured(ConfigurableEnvironment environment);

	/**
	 * Whether the environment names at least one of the platform's bots (an app id), with
	 * credentials or not, however it is given: such an instance is never in local dev
	 * mode.
	 */
	boolean registered(ConfigurableEnvironment environment);

	/** Every platform's answer, as listed in {@code META-INF/spring.factories}. */
	static List<PlatformCredentials> listed() {
		return SpringFactoriesLoader.loadFactories(PlatformCredentials.class,
				PlatformCredentials.class.getClassLoader());
	}

}
