package se.samverka.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Files of the checkout the tests run in. Maven runs the bot module's tests in
 * {@code bot/}, an IDE may run them from the root, so the root is found by walking up to
 * the Maven wrapper.
 */
public final class Checkout {

	private Checkout() {
	}

	public static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !(Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("bot")))) {
			dir = dir.getParent();
		}
		assertThat(dir).as("the checkout root (a folder with mvnw and bot/) above %s", Path.of("").toAbsolutePath())
			.isNotNull();
		return dir;
	}

	public static Path file(String relative) {
		Path file = root().resolve(relative);
		assertThat(file).as(relative).isRegularFile();
		return file;
	}

	/**
	 * A file in {@code ../shared} beside the checkout; skips the test when that folder is
	 * not there.
	 */
	public static Path shared(String relative) {
		Path shared = root().resolveSibling("shared");
		Assumptions.assumeTrue(Files.isDirectory(shared), () -> "Skipped: " + shared
				+ " (../shared beside the checkout) is missing, so " + relative + " cannot be read");
		Path file = shared.resolve(relative);
		Assumptions.assumeTrue(Files.isRegularFile(file), () -> "Skipped: " + file + " is missing");
		return file;
	}

}
