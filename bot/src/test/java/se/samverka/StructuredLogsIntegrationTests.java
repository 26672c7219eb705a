package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverka.web.PlaygroundClient;

/**
 * One setting, SAMVERKA_LOG_FORMAT=ecs, and every line Samverka logs is a JSON object
 * (Elastic Common Schema) that a log collector reads as it is; and, as in plain text, the
 * lines carry ids, never what people wrote. Samverka runs as a JVM of its own with the
 * variable set, since logging is set up once per JVM.
 */
class StructuredLogsIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyLineIsJsonWithIdsAndNoMessageText() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Path dir = Path.of("target", "structured-logs", tag);
		Files.createDirectories(dir);
		Path out = dir.resolve("stdout.log");
		int port = OwnJvm.freePort();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m", "-cp", System.getProperty("java.class.path"),
				"se.samverka.SamverkaApplication", "--server.port=" + port, "--samverka.storage.embedded-port=0",
				"--samverka.storage.data-dir=" + dir.resolve("data"))
			.redirectOutput(out.toFile())
			.redirectError(dir.resolve("stderr.log").toFile());
		builder.environment().put("SAMVERKA_LOG_FORMAT", "ecs");
		Process process = builder.start();
		try {
			await("Samverka is up").atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(250))
				.until(() -> OwnJvm.healthy(process, port, "target/structured-logs"));
			PlaygroundClient playground = new PlaygroundClient(port);
			String network = "Hemligt nätverk " + tag;
			String code = PlaygroundClient
				.inviteCode(playground.say("anna-" + tag, "room-" + tag, "nätverk skapa " + network));
			playground.say("bo-" + tag, "dm-bo-" + tag, "gå med " + code + " Hemliga skolan " + tag);
			assertThat(
					playground.say("anna-" + tag, "room-" + tag, "omröstning Hemlig fråga " + tag + " | a | b").html())
				.contains("Hemlig fråga");
			await("the turns are logged").atMost(Duration.ofSeconds(20))
				.until(() -> lines(out).stream().anyMatch(l -> l.contains("joined network"))
						&& lines(out).stream().anyMatch(l -> l.contains("created in network")));
		}
		finally {
			process.destroy();
			process.waitFor();
		}

		List<String> all = lines(out);
		int first = 0;
		while (first < all.size() && !all.get(first).startsWith("{")) {
			// ical4j (a test dependency, not in the jar) speaks before logging is set up
			assertThat(all.get(first)).contains("net.fortuna.ical4j");
			first++;
		}
		List<String> lines = all.subList(first, all.size());
		assertThat(lines).hasSizeGreaterThan(5);
		for (String line : lines) {
			JsonNode logged = json.readTree(line);
			assertThat(logged.isObject()).as(line).isTrue();
			assertThat(logged.has("message")).as(line).isTrue();
			assertThat(logged.path("log").path("level").isMissingNode() && !logged.has("log.level")).as(line).isFalse();
			assertThat(line).doesNotContain("Hemlig").doesNotContain(tag + " |");
		}
		assertThat(lines).anyMatch(l -> l.contains("joined network") && l.contains("\"@timestamp\""));
	}

	private static List<String> lines(Path out) throws IOException {
		return Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
	}

}
