package se.samverka.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code manifests/teams-app.sh} builds one Teams app zip per bot registration: the four
 * files at the root, the registration's app id as the app and bot id, and the host in
 * every URL and valid domain; no placeholder left.
 */
class TeamsAppScriptUnitTests {

	@TempDir
	Path dir;

	@Test
	void eachRegistrationGetsAZipWithItsAppIdAndTheHost() throws Exception {
		Path a = dir.resolve("a.zip");
		Path b = dir.resolve("b.zip");
		assertThat(run("aaaaaaaa-0000-0000-0000-00000000000a", "samverka.region.example", a)).isZero();
		assertThat(run("bbbbbbbb-0000-0000-0000-00000000000b", "samverka.region.example", b)).isZero();

		Map<String, byte[]> zipA = entries(a);
		assertThat(zipA).containsOnlyKeys("manifest.json", "sv-se.json", "color.png", "outline.png");
		JsonNode manifest = new ObjectMapper().readTree(zipA.get("manifest.json"));
		assertThat(manifest.path("id").asText()).isEqualTo("aaaaaaaa-0000-0000-0000-00000000000a");
		assertThat(manifest.path("bots").get(0).path("botId").asText())
			.isEqualTo("aaaaaaaa-0000-0000-0000-00000000000a");
		assertThat(manifest.path("developer").path("websiteUrl").asText())
			.isEqualTo("https://samverka.region.example/");
		String text = new String(zipA.get("manifest.json"), StandardCharsets.UTF_8)
				+ new String(zipA.get("sv-se.json"), StandardCharsets.UTF_8);
		assertThat(text).doesNotContain("00000000-0000-0000-0000-000000000000").doesNotContain("example.org");
		assertThat(new String(entries(b).get("manifest.json"), StandardCharsets.UTF_8))
			.contains("bbbbbbbb-0000-0000-0000-00000000000b")
			.doesNotContain("aaaaaaaa-0000-0000-0000-00000000000a");
	}

	@Test
	void refusesAnAppIdThatIsNotAGuidAndAHostWithAScheme() throws Exception {
		assertThat(run("not-a-guid", "samverka.region.example", dir.resolve("x.zip"))).isEqualTo(2);
		assertThat(run("aaaaaaaa-0000-0000-0000-00000000000a", "https://samverka.region.example", dir.resolve("y.zip")))
			.isEqualTo(2);
		assertThat(dir.resolve("x.zip")).doesNotExist();
		assertThat(dir.resolve("y.zip")).doesNotExist();
	}

	private static int run(String appId, String host, Path out) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("bash", Checkout.file("manifests/teams-app.sh").toString(), appId, host,
				out.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return process.exitValue();
	}

	private static Map<String, byte[]> entries(Path zip) throws IOException {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
