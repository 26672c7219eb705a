package se.samverka.headroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The headroom benchmark (issue 16): Samverka's jar, started with the java line of README
 * "Run" (AppCDS archive from Spring Boot's training run), against a bare Spring Boot
 * webmvc + actuator app whose one endpoint checks the same Slack signature, in the same
 * run and alternating. Measures
 * <ul>
 * <li>start to a healthy {@code /actuator/health} and resident memory after start, each
 * app started {@code headroom.starts} times;</li>
 * <li>signed {@code /samverka hjälp} slash commands (both apps) and Teams message
 * activities in local dev mode (Samverka) at each concurrency for
 * {@code headroom.seconds}: acknowledgements per second, acknowledgement latency, errors,
 * and how many acknowledged requests never reached the conversation log.</li>
 * </ul>
 * Ends with one line per figure and exits 1 when one misses its target (with
 * {@code headroom.failOnMiss}). Run with
 * {@code ./mvnw -B -Pheadroom -pl bot/headroom -am -DskipTests verify}.
 */
public final class HeadroomBenchmark {

	private static final String SECRET = "headroom-signing-secret";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	/** Resident memory is read this long after the app first says it is healthy. */
	private static final Duration SETTLE_AFTER_START = Duration.ofSeconds(2);

	private final Path work = Path.of(System.getProperty("headroom.work", "target/headroom")).toAbsolutePath();

	private final Path samverkaJar = Path.of(System.getProperty("headroom.samverkaJar", "../target/samverka.jar"))
		.toAbsolutePath();

	private final Path bareJar = Path.of(System.getProperty("headroom.bareJar", "target/bare.jar")).toAbsolutePath();

	private final Duration load = Duration.ofSeconds(Long.getLong("headroom.seconds", 30));

	private final Duration warmup = Duration.ofSeconds(Long.getLong("headroom.warmup", 10));

	private final int starts = Integer.getInteger("headroom.starts", 5);

	private final int[] concurrency = Arrays.stream(System.getProperty("headroom.concurrency", "16,64").split(","))
		.map(String::strip)
		.mapToInt(Integer::parseInt)
		.toArray();

	private final List<String> samverkaJava = words(System.getProperty("headroom.samverkaJava",
			"-XX:SharedArchiveFile=samverka.jsa -Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));

	private final List<String> bareJava = words(System.getProperty("headroom.bareJava", ""));

	private final Duration settle = Duration.ofSeconds(Long.getLong("headroom.settle", 300));

	/** Seconds of the flood at concurrency 64 after the loads; 0: none. */
	private final Duration flood = Duration.ofSeconds(Long.getLong("headroom.flood", 0));

	private final boolean failOnMiss = Boolean.parseBoolean(System.getProperty("headroom.failOnMiss", "true"));

	private final String run = "hr" + UUID.randomUUID().toString().substring(0, 4);

	private final Path app = this.work.resolve("app");

	private Fakes fakes;

	private int dataDirs;

	public static void main(String[] args) throws Exception {
		System.exit(new HeadroomBenchmark().measure());
	}

	private int measure() throws Exception {
		for (Path jar : List.of(this.samverkaJar, this.bareJar)) {
			if (!Files.isRegularFile(jar)) {
				throw new IllegalStateException("No " + jar + ": build with -am (see the README)");
			}
		}
		delete(this.work);
		Files.createDirectories(this.work);
		print("Headroom benchmark %s: load %ds per run after %ds warm-up, concurrency %s, %d starts each; "
				+ "Samverka: java %s -jar samverka.jar (extracted); bare: java %s -jar bare.jar", Instant.now(),
				this.load.toSeconds(), this.warmup.toSeconds(), Arrays.toString(this.concurrency), this.starts,
				String.join(" ", this.samverkaJava), String.join(" ", this.bareJava));
		print("Load average at start: %s", loadAverage());
		try (Fakes started = new Fakes()) {
			this.fakes = started;
			prepareSamverka();
			double[][] startFigures = startRuns();
			Figures figures = loadRuns();
			figures.startMillis = startFigures;
			print("Load average at the end: %s", loadAverage());
			return figures.report();
		}
	}

	/**
	 * README "Run": the jar extracted (CDS needs plain jars on the class path) and, when
	 * the java line uses a shared archive, Spring Boot's training run to make it.
	 */
	private void prepareSamverka() throws Exception {
		int extracted = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", this.samverkaJar.toString(), "extract",
				"--destination", this.app.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.work.resolve("extract.log").toFile())
			.start()
			.waitFor();
		if (extracted != 0) {
			throw new IllegalStateException("Extracting the jar failed; see " + this.work.resolve("extract.log"));
		}
		if (this.samverkaJava.stream().noneMatch(flag -> flag.startsWith("-XX:SharedArchiveFile="))) {
			return;
		}
		long started = System.nanoTime();
		try (Launch training = Launch.start("training run", this.app,
				List.of("-XX:ArchiveClassesAtExit=samverka.jsa", "-Dspring.context.exit=onRefresh"), "samverka.jar",
				samverkaEnv(freePort()), freePort(), this.work.resolve("training.log"))) {
			int exit = training.awaitExit(START_TIMEOUT);
			if (exit != 0 || !Files.isRegularFile(this.app.resolve("samverka.jsa"))) {
				throw new IllegalStateException("The training run failed (exit " + exit + "); see training.log");
			}
		}
		print("AppCDS archive from the training run: %.1f MiB in %.1f s",
				Files.size(this.app.resolve("samverka.jsa")) / 1048576.0, (System.nanoTime() - started) / 1e9);
	}

	/** Each app started and stopped in turn; milliseconds to healthy and MiB resident. */
	private double[][] startRuns() throws Exception {
		double[][] figures = new double[4][this.starts];
		for (int i = 0; i < this.starts; i++) {
			try (Launch bare = startBare()) {
				figures[0][i] = bare.awaitHealthy(START_TIMEOUT);
				Thread.sleep(SETTLE_AFTER_START.toMillis());
				figures[1][i] = bare.rssMib();
			}
			try (Launch samverka = startSamverka(freePort())) {
				figures[2][i] = samverka.awaitHealthy(START_TIMEOUT);
				Thread.sleep(SETTLE_AFTER_START.toMillis());
				figures[3][i] = samverka.rssMib();
			}
			print("start %d: bare %.0f ms, %.0f MiB; Samverka %.0f ms, %.0f MiB (load average %s)", i + 1,
					figures[0][i], figures[1][i], figures[2][i], figures[3][i], loadAverage());
		}
		return figures;
	}

	private Figures loadRuns() throws Exception {
		Figures figures = new Figures();
		int mongoPort = freePort();
		Inbound.Setting setting = new Inbound.Setting(this.fakes.url(), SECRET);
		try (Launch bare = startBare(); Launch samverka = startSamverka(mongoPort)) {
			bare.awaitHealthy(START_TIMEOUT);
			samverka.awaitHealthy(START_TIMEOUT);
			try (ConversationLog log = new ConversationLog(mongoPort)) {
				checkSignaturesAreChecked(bare, samverka, setting);
				print("Warm-up, %ds each", this.warmup.toSeconds());
				Load.run("warm-up", bare.port(), Inbound.SLACK, setting, this.run + "w0", 16, this.warmup);
				for (Inbound kind : Inbound.values()) {
					String phase = this.run + "w" + (kind.ordinal() + 1);
					Load.Result warm = Load.run("warm-up", samverka.port(), kind, setting, phase, 16, this.warmup);
					log.missing(warm.acked(), kind.logPrefix(phase), Duration.ofSeconds(10), Duration.ofSeconds(30));
				}
				for (int c : this.concurrency) {
					figures.add(Load.run("bare Slack", bare.port(), Inbound.SLACK, setting, this.run + "b" + c, c,
							this.load), null, loadAverage());
					for (Inbound kind : Inbound.values()) {
						String phase = this.run + kind.name().toLowerCase(Locale.ROOT).charAt(0) + c;
						Load.Result result = Load.run("Samverka " + (kind == Inbound.SLACK ? "Slack" : "Teams"),
								samverka.port(), kind, setting, phase, c, this.load);
						String loadAverage = loadAverage();
						long started = System.nanoTime();
						ConversationLog.Check check = log.missing(result.acked(), kind.logPrefix(phase),
								Duration.ofSeconds(10), this.settle);
						figures.add(result, check, loadAverage);
						print("    (conversation log checked after %.0f s; Samverka now %.0f MiB resident)",
								(System.nanoTime() - started) / 1e9, samverka.rssMib());
					}
				}
			}
			if (!this.flood.isZero()) {
				figures.flood = flood(samverka, setting);
			}
			figures.bareRssAfterLoad = bare.rssMib();
			figures.samverkaRssAfterLoad = samverka.rssMib();
			figures.samverkaPeakRss = samverka.peakRssMib();
			print("Resident after the load: bare %.0f MiB (peak %.0f), Samverka %.0f MiB (peak %.0f); fakes: "
					+ "%d Slack Web API calls, %d response_url answers, %d Teams replies", figures.bareRssAfterLoad,
					bare.peakRssMib(), figures.samverkaRssAfterLoad, figures.samverkaPeakRss, this.fakes.slackApi.get(),
					this.fakes.responses.get(), this.fakes.teamsReplies.get());
		}
		return figures;
	}

	/**
	 * Signed slash commands at concurrency 64 for {@link #flood} while the health
	 * endpoint is asked every second and the resident memory read: whether Samverka stays
	 * up within the heap the README recommends.
	 */
	private Flood flood(Launch samverka, Inbound.Setting setting) throws Exception {
		print("Flood: Slack slash commands at concurrency 64 for %ds, health asked every second",
				this.flood.toSeconds());
		java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicLong highestRssKib = new java.util.concurrent.atomic.AtomicLong();
		java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
		Thread watcher = new Thread(() -> {
			while (!done.get()) {
				long started = System.nanoTime();
				asked.incrementAndGet();
				if (!samverka.healthyNow()) {
					failed.incrementAndGet();
				}
				try {
					highestRssKib.accumulateAndGet((long) (samverka.rssMib() * 1024), Math::max);
				}
				catch (IOException ex) {
					// gone: counted as a failed health check
				}
				long rest = 1_000_000_000L - (System.nanoTime() - started);
				if (rest > 0) {
					java.util.concurrent.locks.LockSupport.parkNanos(rest);
				}
			}
		}, "flood-health");
		watcher.start();
		Load.Result result;
		try {
			result = Load.run("Samverka Slack flood", samverka.port(), Inbound.SLACK, setting, this.run + "f", 64,
					this.flood);
		}
		finally {
			done.set(true);
			watcher.join();
		}
		String log = Files.readString(this.work.resolve("samverka-" + this.dataDirs + ".log"));
		Flood flood = new Flood(result, asked.get(), failed.get(), highestRssKib.get() / 1024.0,
				log.contains("OutOfMemoryError") || !samverka.alive(), samverka.peakRssMib());
		print("%s: %.0f acks/s, %d answered \"try again\", errors %d; health asked %d times, failed %d; "
				+ "resident at most %.0f MiB while flooded (peak of the whole run %.0f MiB); out of memory: %s",
				result.label(), result.perSecond(), result.answered(), result.errors(), flood.asked, flood.failed,
				flood.rssMib, flood.peakRssMib, flood.outOfMemory ? "yes" : "no");
		return flood;
	}

	/** What the flood showed. */
	record Flood(Load.Result result, int asked, int failed, double rssMib, boolean outOfMemory, double peakRssMib) {

	}

	/** Both apps refuse an unsigned request and acknowledge a signed one. */
	private void checkSignaturesAreChecked(Launch bare, Launch samverka, Inbound.Setting setting) throws IOException {
		Inbound.Request signed = Inbound.SLACK.request(setting, this.run + "check", 0, 0);
		for (Launch app : List.of(bare, samverka)) {
			Connection connection = new Connection(app.port());
			try (connection) {
				int unsigned = connection
					.post(Inbound.SLACK.path(), Inbound.SLACK.contentType(), signed.body(), "X-Slack-Signature",
							"v0=00", "X-Slack-Request-Timestamp", signed.headers()[1])
					.status();
				int genuine = connection
					.post(Inbound.SLACK.path(), Inbound.SLACK.contentType(), signed.body(), signed.headers())
					.status();
				if (unsigned != 401 || genuine != 200) {
					throw new IllegalStateException("Port " + app.port() + " answered " + unsigned
							+ " to a wrongly signed and " + genuine + " to a signed slash command");
				}
			}
		}
	}

	private Launch startBare() throws IOException {
		return Launch.start("bare app", this.work, this.bareJava, this.bareJar.toString(),
				Map.of("SLACK_SIGNING_SECRET", SECRET), freePort(), this.work.resolve("bare.log"));
	}

	private Launch startSamverka(int mongoPort) throws IOException {
		return Launch.start("Samverka", this.app, this.samverkaJava, "samverka.jar", samverkaEnv(mongoPort), freePort(),
				this.work.resolve("samverka-" + (this.dataDirs) + ".log"));
	}

	/** Slack on (against the fakes), Teams in local dev mode, a new embedded database. */
	private Map<String, String> samverkaEnv(int mongoPort) {
		Map<String, String> env = new HashMap<>();
		env.put("SAMVERKA_DATA_DIR", this.work.resolve("data-" + (++this.dataDirs)).toString());
		env.put("SAMVERKA_EMBEDDED_MONGO_PORT", Integer.toString(mongoPort));
		env.put("SLACK_SIGNING_SECRET", SECRET);
		env.put("SLACK_BOT_TOKEN", "xoxb-headroom");
		env.put("SLACK_API_URL", this.fakes.url() + "/api/");
		// The loads send about a million commands in two minutes, more than the default
		// limit of waiting ones (500,000): what is measured is how fast they are taken,
		// so
		// the limit is set above them (the flood still reaches it, and is told to try
		// again from then on).
		env.put("SAMVERKA_INBOUND_SLACK_JOURNAL", Long.getLong("headroom.journal", 1_500_000L).toString());
		return env;
	}

	/** The figures of one run and the lines that end it. */
	private static final class Figures {

		private final List<Load.Result> results = new ArrayList<>();

		private final Map<Load.Result, Long> missing = new HashMap<>();

		private final Map<Load.Result, Long> waiting = new HashMap<>();

		private double[][] startMillis;

		private double bareRssAfterLoad;

		private double samverkaRssAfterLoad;

		private double samverkaPeakRss;

		private Flood flood;

		void add(Load.Result result, ConversationLog.Check check, String loadAverage) {
			this.results.add(result);
			long missing = check == null ? -1 : check.missing();
			if (check != null) {
				this.missing.put(result, check.missing());
				this.waiting.put(result, check.waiting());
			}
			print("%-14s c=%-3d %8.0f acks/s  p50 %6.1f ms  p99 %6.1f ms  max %7.1f ms  errors %d%s  answered %d%s"
					+ "  (load average %s)", result.label(), result.concurrency(), result.perSecond(),
					result.percentileMillis(50), result.percentileMillis(99), result.maxMillis(), result.errors(),
					result.failures() > 0 ? " (" + result.failures() + " failed exchanges)" : "", result.answered(),
					missing >= 0 ? "  acknowledged " + result.acks() + ", missing " + missing
							+ ", still waiting in the journal " + check.waiting() : "",
					loadAverage);
		}

		int report() {
			double ratio = Double.MAX_VALUE;
			double slackP99 = Double.NaN;
			Load.Result bare = null;
			for (Load.Result result : this.results) {
				if (result.label().startsWith("bare")) {
					bare = result;
				}
				else if (result.label().equals("Samverka Slack") && bare != null) {
					ratio = Math.min(ratio, result.perSecond() / bare.perSecond());
				}
				if (result.label().equals("Samverka Slack") && result.concurrency() == 16) {
					slackP99 = result.percentileMillis(99);
				}
			}
			long missingTotal = this.missing.values().stream().mapToLong(Long::longValue).sum();
			double startRatio = median(this.startMillis[2]) / median(this.startMillis[0]);
			double rssRatio = median(this.startMillis[3]) / median(this.startMillis[1]);
			print("");
			print("Start to healthy, median of %d: bare %.0f ms, Samverka %.0f ms; resident after start: bare %.0f MiB, "
					+ "Samverka %.0f MiB", this.startMillis[0].length, median(this.startMillis[0]),
					median(this.startMillis[2]), median(this.startMillis[1]), median(this.startMillis[3]));
			boolean met = true;
			met &= line("inbound-ratio", "%.2f", ratio, ratio >= 0.5, ">= 0.50 (Samverka Slack acks/s / bare, lowest)");
			met &= line("slack-ack-p99-ms", "%.1f", slackP99, slackP99 < 50, "< 50 at concurrency 16");
			met &= line("missing", "%.0f", missingTotal, missingTotal == 0,
					"0 (acknowledged, neither in the log nor waiting in the journal)");
			print("    (acknowledged and still waiting in the journal when checked, worked off later: %d)",
					this.waiting.values().stream().mapToLong(Long::longValue).sum());
			met &= line("start-ratio", "%.2f", startRatio, startRatio <= 1.5, "<= 1.5 (medians)");
			met &= line("rss-ratio", "%.2f", rssRatio, rssRatio <= 1.5, "<= 1.5 (medians, after start)");
			if (this.flood != null) {
				met &= line("flood-health-failures", "%.0f", this.flood.failed(), this.flood.failed() == 0,
						"0 of " + this.flood.asked() + " asked during the flood");
				met &= line("flood-rss-mib", "%.0f", this.flood.peakRssMib(), this.flood.peakRssMib() < 1024,
						"< 1024 (peak resident of the whole run, VmHWM)");
				met &= line("flood-out-of-memory", "%.0f", this.flood.outOfMemory() ? 1 : 0, !this.flood.outOfMemory(),
						"0 (no OutOfMemoryError in the log, still running)");
			}
			return met || !Boolean.parseBoolean(System.getProperty("headroom.failOnMiss", "true")) ? 0 : 1;
		}

		private static boolean line(String name, String format, double value, boolean met, String target) {
			print("%s %s    (target %s: %s)", name, String.format(Locale.ROOT, format, value), target,
					met ? "met" : "MISSED");
			return met;
		}

	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
		System.out.flush();
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
			return String.join(" ", Arrays.copyOf(fields, 3));
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static List<String> words(String line) {
		return line.isBlank() ? List.of() : List.of(line.strip().split("\\s+"));
	}

	private static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
