package se.samverka.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * bot/Dockerfile and manifests/compose.yaml, read as text and YAML (there is no Docker
 * engine to run them here): the image is built in stages, runs Spring Boot's layers as a
 * user without rights with a heap that follows the container; the compose file runs two
 * instances that share everything that must match and differ where they must, on a
 * three-member replica set, with secrets only from the environment.
 */
class ContainerFilesUnitTests {

	private static final List<String> SHARED = List.of("MONGODB_URI", "SAMVERKA_LINK_SECRET",
			"SAMVERKA_OUTBOX_INSTANCES", "SLACK_SIGNING_SECRET", "SLACK_TOKEN_KEY", "MICROSOFT_APP_ID",
			"SPRING_PROFILES_ACTIVE");

	private final Map<String, Object> compose = readCompose();

	@Test
	void theImageIsBuiltInStagesAndRunsTheLayersAsAnUnprivilegedUser() throws IOException {
		List<String> lines = Files.readAllLines(Checkout.file("bot/Dockerfile"))
			.stream()
			.map(String::strip)
			.filter(l -> !l.startsWith("#") && !l.isEmpty())
			.toList();
		String dockerfile = String.join("\n", lines);
		assertThat(lines.stream().filter(l -> l.startsWith("FROM "))).as("build, layers, run").hasSize(3);
		assertThat(dockerfile).contains("./mvnw")
			.contains("java -Djarmode=tools -jar samverka.jar extract --layers --launcher")
			.contains("EXPOSE 3978")
			.contains("-XX:MaxRAMPercentage=")
			.contains("org.springframework.boot.loader.launch.JarLauncher");
		int lastFrom = dockerfile.lastIndexOf("\nFROM ");
		String runStage = dockerfile.substring(lastFrom);
		assertThat(runStage).contains("FROM eclipse-temurin:17-jre");
		for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
			assertThat(runStage).contains("/extracted/" + layer + "/");
		}
		Matcher user = Pattern.compile("(?m)^USER (\\S+)$").matcher(runStage);
		assertThat(user.find()).as("the run stage names its user").isTrue();
		assertThat(user.group(1)).isNotIn("root", "0", "0:0");
		assertThat(runStage.indexOf("USER ")).as("the user is set before the process starts")
			.isLessThan(runStage.indexOf("ENTRYPOINT"));
	}

	@Test
	void twoInstancesShareTheDatabaseAndSecretsAndHaveTheirOwnSchedulerIds() {
		Map<String, Map<String, Object>> samverka = services("bot/Dockerfile");
		assertThat(samverka).hasSize(2);
		List<Map<String, Object>> environments = samverka.values().stream().map(ContainerFilesUnitTests::env).toList();
		for (String name : SHARED) {
			assertThat(environments.get(0).get(name)).as(name).isNotNull().isEqualTo(environments.get(1).get(name));
		}
		assertThat(environments.get(0).get("SAMVERKA_OUTBOX_INSTANCES")).hasToString("2");
		assertThat(environments.get(0).get("SPRING_PROFILES_ACTIVE")).isEqualTo("production");
		assertThat(environments.stream().map(e -> e.get("SAMVERKA_SCHEDULER_INSTANCE_ID"))).doesNotContainNull()
			.doesNotHaveDuplicates();
		assertThat(samverka.values().stream().map(s -> s.get("ports"))).doesNotHaveDuplicates();
	}

	@Test
	void theDatabaseIsAThreeMemberReplicaSetWrittenToByMajority() {
		String uri = (String) env(services("bot/Dockerfile").values().iterator().next()).get("MONGODB_URI");
		assertThat(uri).contains("replicaSet=rs0").contains("w=majority").contains("retryWrites=true");
		Map<String, Object> services = section("services");
		List<String> members = List.of("mongo1", "mongo2", "mongo3");
		for (String member : members) {
			assertThat(uri).contains(member + ":27017");
			Map<String, Object> mongo = map(services.get(member));
			assertThat(mongo.get("image")).isEqualTo("mongo:7");
			assertThat(String.join(" ", strings(mongo.get("command")))).contains("--replSet rs0");
		}
		String init = String.join(" ", strings(map(services.get("mongo-init")).get("command")));
		assertThat(init).contains("rs.initiate").contains("\"rs0\"");
		members.forEach(member -> assertThat(init).contains("\"" + member + ":27017\""));
	}

	@Test
	void secretsComeFromTheEnvironmentOnly() {
		for (Map<String, Object> service : services("bot/Dockerfile").values()) {
			env(service).forEach((name, value) -> {
				if (name.matches(".*(SECRET|PASSWORD|TOKEN|KEY).*")) {
					assertThat(String.valueOf(value)).as(name).matches("\\$\\{" + name + ":[-?].*}");
				}
			});
		}
	}

	/** The services built from {@code dockerfile}, by name. */
	private Map<String, Map<String, Object>> services(String dockerfile) {
		Map<String, Map<String, Object>> found = new java.util.TreeMap<>();
		section("services").forEach((name, service) -> {
			Object build = map(service).get("build");
			if (build instanceof Map<?, ?> b && dockerfile.equals(b.get("dockerfile"))) {
				found.put(name, map(service));
			}
		});
		return found;
	}

	private Map<String, Object> section(String name) {
		return map(compose.get(name));
	}

	private static Map<String, Object> env(Map<String, Object> service) {
		return map(service.get("environment"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static List<String> strings(Object value) {
		assertThat(value).isInstanceOf(List.class);
		return ((List<?>) value).stream().map(String::valueOf).toList();
	}

	private static Map<String, Object> readCompose() {
		try (Reader reader = Files.newBufferedReader(Checkout.file("manifests/compose.yaml"))) {
			return new Yaml().load(reader);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
