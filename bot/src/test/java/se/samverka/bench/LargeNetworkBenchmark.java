package se.samverka.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ConfigurableApplicationContext;

import se.samverka.homework.LargeNetwork;
import se.samverka.web.PlaygroundClient;

/**
 * The large-network benchmark (issue 16): starts Samverka (profile test: an embedded
 * MongoDB on a free port, the playground), makes an empty network and one of 2,000
 * members in 40 organisations with 5,000 notes and a homework half of them answered
 * ({@link LargeNetwork}), and times each command an organiser reads, and the pages and
 * files behind its links, in both, alternating: the median of {@code bench.rounds} rounds
 * after two to warm up, and the size of the answer. Run it with
 * {@code ./mvnw -B -pl bot -am -Pbench-large -DskipTests verify}; system properties
 * {@code bench.members}, {@code bench.notes} and {@code bench.rounds} change the sizes;
 * {@code bench.mongodbUri} uses that MongoDB. Exits 1 when a command on the large network
 * takes a second or more.
 */
public final class LargeNetworkBenchmark {

	static final long LIMIT_MS = 1_000;

	static final Pattern ARCHIVE = Pattern
		.compile("https?://[^/\\s\"<]+(/archive/[0-9a-f-]{36}\\?t=[0-9]+\\.(?:sv|en)\\.[A-Za-z0-9_-]+)");

	static final Pattern STATUS_FILE = Pattern
		.compile("https?://[^/\\s\"<]+(/homework/[0-9a-f-]{36}/status\\.csv\\?t=[0-9]+\\.(?:sv|en)\\.[A-Za-z0-9_-]+)");

	/**
	 * Each network's links, asked for once: the timing is the page's, not the command's.
	 */
	private static final Map<String, String> LINKS = new ConcurrentHashMap<>();

	private LargeNetworkBenchmark() {
	}

	/** What one probe returns: the bytes of the answer. */
	private record Probe(String name, Function<LargeNetwork, Integer> run) {
	}

	public static void main(String[] args) throws Exception {
		int members = Integer.getInteger("bench.members", 2_000);
		int notes = Integer.getInteger("bench.notes", 5_000);
		int rounds = Integer.getInteger("bench.rounds", 5);
		List<String> lines = new ArrayList<>();
		boolean slow = false;
		try (ConfigurableApplicationContext app = BenchApplication.start(List.of())) {
			PlaygroundClient client = new PlaygroundClient(
					Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
			LocalDate first = LocalDate.now().plusDays(7);
			LargeNetwork empty = LargeNetwork.create(app, client, 0, 0, first);
			LargeNetwork large = LargeNetwork.create(app, client, members, notes, first);
			lines.add(String.format(Locale.ROOT, "%-28s %9s %9s %7s %10s %10s", "command", "empty ms", "large ms",
					"ratio", "empty B", "large B"));
			for (Probe probe : probes(client)) {
				long[] emptyMs = new long[rounds];
				long[] largeMs = new long[rounds];
				int emptyBytes = 0;
				int largeBytes = 0;
				for (int round = -2; round < rounds; round++) {
					long start = System.nanoTime();
					emptyBytes = probe.run().apply(empty);
					long between = System.nanoTime();
					largeBytes = probe.run().apply(large);
					long end = System.nanoTime();
					if (round >= 0) {
						emptyMs[round] = (between - start) / 1_000_000;
						largeMs[round] = (end - between) / 1_000_000;
					}
				}
				long e = median(emptyMs);
				long l = median(largeMs);
				slow |= l >= LIMIT_MS;
				lines.add(String.format(Locale.ROOT, "%-28s %9d %9d %7.1f %10d %10d", probe.name(), e, l,
						(double) l / Math.max(1, e), emptyBytes, largeBytes));
			}
		}
		System.out
			.println("Large network: " + members + " members, " + notes + " notes; medians of " + rounds + " rounds");
		lines.forEach(System.out::println);
		System.exit(slow ? 1 : 0);
	}

	/** What an organiser types (in the network's room, or their own chat) and opens. */
	private static List<Probe> probes(PlaygroundClient client) {
		List<Probe> probes = new ArrayList<>();
		for (String command : List.of("läxa status", "vägg", "organisationer", "utskick", "möte lista", "agenda",
				"utvärdering 1", "hjälp")) {
			probes.add(new Probe(command, n -> bytes(client.say(n.organiser, n.room, command).html())));
		}
		probes.add(new Probe("lägesrapport förhandsvisa",
				n -> bytes(client.say(n.organiser, "dm-" + n.organiser, "lägesrapport förhandsvisa").html())));
		probes.add(new Probe("archive page (newest)", n -> get(client, link(client, n, "arkiv länk", ARCHIVE))));
		probes.add(new Probe("archive page (meeting 1)",
				n -> get(client, link(client, n, "arkiv länk", ARCHIVE) + "&m=1")));
		probes.add(new Probe("homework status file", n -> get(client, link(client, n, "läxa status", STATUS_FILE))));
		return probes;
	}

	/** The link a command gives in the organiser's own chat. */
	private static String link(PlaygroundClient client, LargeNetwork network, String command, Pattern pattern) {
		return LINKS.computeIfAbsent(network.run + command, k -> {
			Matcher m = pattern.matcher(client.say(network.organiser, "dm-" + network.organiser, command).html());
			if (!m.find()) {
				throw new IllegalStateException("No link in the answer to " + command);
			}
			return m.group(1);
		});
	}

	private static int get(PlaygroundClient client, String path) {
		HttpResponse<String> response = client.getRaw(path);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET answered " + response.statusCode());
		}
		return bytes(response.body());
	}

	private static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
