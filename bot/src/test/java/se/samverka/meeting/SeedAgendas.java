package se.samverka.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A real-sized agenda made from the seed documents in ../shared/seeds: the seed meeting's
 * agenda as it was written on the slides (section lines, presenters on their own lines),
 * each slot followed by the text of the slides that go with it, the way an organiser
 * pastes a whole slide deck's agenda part. About 16,000 characters, the size that was
 * refused at 8,000. Tests skip, saying why, when ../shared is not beside the checkout.
 */
public final class SeedAgendas {

	/** Slide text under each slot: about a slide's worth. */
	static final int SLIDE_TEXT_PER_SLOT = 1_450;

	private static final Pattern TIME_FIRST = Pattern.compile("^\\*?\\d{1,2}[:.]\\d{2}.*");

	private SeedAgendas() {
	}

	/** The agenda text as pasted after "möte skapa". */
	public static String realSized() {
		List<String> seed = lines("000_8dd63a43a63e4afe.txt");
		List<String> agendaPart = seed.subList(seed.indexOf("9.00 Välkommen"), seed.indexOf("11.40 Tack för idag") + 1);
		// the slides after the agenda and the other seed talks: ordinary prose and
		// bullets
		List<String> slides = Stream
			.concat(seed.subList(seed.indexOf("11.40 Tack för idag") + 1, seed.size()).stream(),
					Stream.of("001_a93c6e04df842370.txt", "003_2cd49f307444e2dc.txt")
						.flatMap(name -> lines(name).stream()))
			.map(String::strip)
			.filter(line -> line.length() > 3 && !TIME_FIRST.matcher(line).matches()
					&& !line.toLowerCase(java.util.Locale.ROOT).startsWith("del ") && !line.contains("http"))
			.toList();
		StringBuilder text = new StringBuilder("Nätverksträff 2 – Barnens bästa gäller! i Kronoberg\n")
			.append("2021-03-25 Digitalt via Teams\n");
		int next = 0;
		boolean inSlot = false;
		for (String line : agendaPart) {
			boolean startsSomething = TIME_FIRST.matcher(line).matches() || line.startsWith("Del ");
			if (startsSomething && inSlot) {
				next = appendSlides(text, slides, next);
			}
			text.append(line).append('\n');
			inSlot = inSlot || TIME_FIRST.matcher(line).matches();
		}
		appendSlides(text, slides, next);
		return text.toString();
	}

	private static int appendSlides(StringBuilder text, List<String> slides, int from) {
		int written = 0;
		int i = from;
		while (i < slides.size() && written + slides.get(i).length() < SLIDE_TEXT_PER_SLOT) {
			text.append("  ").append(slides.get(i)).append('\n');
			written += slides.get(i).length() + 1;
			i++;
		}
		return i;
	}

	private static List<String> lines(String name) {
		Path file = Stream.of("../shared/seeds", "../../shared/seeds")
			.map(dir -> Path.of(dir, name))
			.filter(Files::isRegularFile)
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(file != null, () -> "Skipped: the seed " + name
				+ " is not in ../shared/seeds beside this checkout (it is in CI and on the team's machines)");
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
