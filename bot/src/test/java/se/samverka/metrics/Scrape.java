package se.samverka.metrics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Optional;

/**
 * One scrape of {@code /actuator/prometheus}, as Prometheus reads it (text format), and
 * the value of one series in it.
 */
record Scrape(int status, String text) {

	private static final HttpClient http = HttpClient.newHttpClient();

	static Scrape of(int port) {
		try {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Scrape(response.statusCode(), response.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The value of the first series called {@code name} that has every one of
	 * {@code labels} ({@code channel="slack"}, or a prefix such as
	 * {@code scope="tenant:slack:}).
	 */
	Optional<Double> value(String name, String... labels) {
		return text.lines()
			.filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.filter(line -> Arrays.stream(labels).allMatch(line::contains))
			.map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst();
	}

	double valueOrZero(String name, String... labels) {
		return value(name, labels).orElse(0.0);
	}

}
