package se.samverka.headroom;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One started JVM: how long it took from the process start to a healthy
 * {@code /actuator/health}, and its resident memory read from {@code /proc}.
 */
final class Launch implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Process process;

	private final long started;

	private final int port;

	private Launch(String name, Process process, long started, int port) {
		this.name = name;
		this.process = process;
		this.started = started;
		this.port = port;
	}

	/**
	 * Starts {@code java <jvm> -jar <jar>} in {@code dir} with the given environment
	 * added, its output in {@code log}.
	 */
	static Launch start(String name, Path dir, List<String> jvm, String jar, Map<String, String> env, int port,
			Path log) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvm);
		command.add("-jar");
		command.add(jar);
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		// only what is given here configures the app, never this shell's settings
		builder.environment()
			.keySet()
			.removeIf(key -> key.startsWith("SAMVERKA_") || key.startsWith("SLACK_") || key.startsWith("MICROSOFT_")
					|| key.startsWith("MONGODB_") || key.startsWith("SPRING_") || key.equals("JAVA_TOOL_OPTIONS"));
		builder.environment().putAll(env);
		builder.environment().put("PORT", Integer.toString(port));
		long started = System.nanoTime();
		return new Launch(name, builder.start(), started, port);
	}

	int port() {
		return this.port;
	}

	/** Milliseconds from the process start until the health endpoint says UP. */
	double awaitHealthy(Duration timeout) throws InterruptedException {
		long deadline = this.started + timeout.toNanos();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.name + " stopped while starting (exit " + this.process.exitValue() + "); see its log");
			}
			try {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return (System.nanoTime() - this.started) / 1e6;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(25);
		}
		throw new IllegalStateException(this.name + " was not healthy within " + timeout);
	}

	/**
	 * One look at the health endpoint: whether it answered UP within 2 seconds (false too
	 * when the process is gone).
	 */
	boolean healthyNow() {
		if (!this.process.isAlive()) {
			return false;
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	boolean alive() {
		return this.process.isAlive();
	}

	/** VmRSS in MiB. */
	double rssMib() throws IOException {
		return status("VmRSS:");
	}

	/** VmHWM (peak resident) in MiB. */
	double peakRssMib() throws IOException {
		return status("VmHWM:");
	}

	private double status(String field) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))) {
			if (line.startsWith(field)) {
				return Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) / 1024.0;
			}
		}
		throw new IOException(field + " not in /proc/" + this.process.pid() + "/status");
	}

	/** Waits for a process that ends by itself (a training run). */
	int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			close();
			throw new IllegalStateException(this.name + " did not finish within " + timeout);
		}
		return this.process.exitValue();
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
