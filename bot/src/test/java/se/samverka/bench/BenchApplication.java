package se.samverka.bench;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverka.SamverkaApplication;

/**
 * Samverka as the benchmarks start it: profile test (an embedded MongoDB on a free port,
 * or {@code bench.mongodbUri}), any free port, quiet logs.
 */
final class BenchApplication {

	private BenchApplication() {
	}

	static ConfigurableApplicationContext start(List<String> extra) {
		// Command-line arguments, so that they outrank application.yml (default
		// properties would not).
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				// Every 429 is logged as a warning by the senders: thousands of lines
				// that say nothing here.
				"--logging.level.root=WARN", "--logging.level.se.samverka=ERROR"));
		args.addAll(extra);
		// The embedded database scans whole collections; a real MongoDB measures what
		// its indexes give.
		String mongo = System.getProperty("bench.mongodbUri", "");
		if (!mongo.isBlank()) {
			args.add("--samverka.storage.uri=" + mongo);
		}
		return new SpringApplicationBuilder(SamverkaApplication.class).profiles("test")
			.run(args.toArray(String[]::new));
	}

}
