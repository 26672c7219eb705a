package se.samverka;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * For tests that run Samverka as a JVM of its own
 * ({@code java -cp … SamverkaApplication}): a free port to give it, and whether it is up
 * yet.
 */
public final class OwnJvm {

	private static final HttpClient http = HttpClient.newHttpClient();

	private OwnJvm() {
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * True once its health endpoint answers 200; fails at once when the process has died
	 * ({@code logs} says where its output is).
	 */
	public static boolean healthy(Process process, int port, String logs) {
		if (!process.isAlive()) {
			throw new AssertionError(
					"The application stopped while starting (exit " + process.exitValue() + "); its log is in " + logs);
		}
		try {
			return http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString())
				.statusCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
