package se.samverka.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.util.ULocale;

/**
 * Every text of a bundle, rendered as people will read it: each count argument in turn
 * with 0, 1, 2 and 5 (the others with 7), each text argument with a place name, each date
 * with a fixed day.
 */
final class BundleTexts {

	static final List<Integer> COUNTS = List.of(0, 1, 2, 5);

	static final int OTHER_COUNTS = 7;

	static final String SAMPLE_TEXT = "Växjö";

	/** The bundles people read, with the language each is in. */
	static final Map<String, Locale> BUNDLES = Map.of("messages", Languages.SWEDISH, "messages_en", Languages.ENGLISH,
			"teams", Languages.SWEDISH, "teams_en", Languages.ENGLISH, "slack", Languages.SWEDISH, "slack_en",
			Languages.ENGLISH, "playground", Languages.SWEDISH, "playground_en", Languages.ENGLISH);

	private BundleTexts() {
	}

	/**
	 * One text as rendered: the key, which count argument was varied (or -1) and to what.
	 */
	record Rendered(String key, int argument, int count, String text) {

		String where() {
			return argument < 0 ? key : key + " with {" + argument + "} = " + count;
		}

	}

	/** The patterns of a bundle by key, sorted. */
	static Map<String, String> patterns(String bundle) {
		Properties texts = new Properties();
		try (InputStream in = BundleTexts.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
			if (in == null) {
				throw new IllegalArgumentException("no bundle " + bundle);
			}
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> sorted = new TreeMap<>();
		texts.stringPropertyNames().forEach(key -> sorted.put(key, texts.getProperty(key)));
		return sorted;
	}

	/**
	 * How each argument of a pattern is declared: NONE, SIMPLE (number, date), PLURAL …
	 */
	static Map<Integer, Declared> arguments(String pattern) {
		MessagePattern parsed = new MessagePattern(pattern);
		Map<Integer, Declared> arguments = new TreeMap<>();
		for (int i = 0; i < parsed.countParts(); i++) {
			Part part = parsed.getPart(i);
			if (part.getType() == Part.Type.ARG_START) {
				Part name = parsed.getPart(i + 1);
				String type = part.getArgType() == ArgType.SIMPLE ? parsed.getSubstring(parsed.getPart(i + 2)) : "";
				arguments.putIfAbsent(name.getValue(), new Declared(part.getArgType(), type));
			}
		}
		return arguments;
	}

	/**
	 * How one argument is declared; {@code type} is "number", "date" … for SIMPLE ones.
	 */
	record Declared(ArgType kind, String type) {

		boolean count() {
			return kind == ArgType.PLURAL || kind == ArgType.SELECTORDINAL || kind == ArgType.CHOICE
					|| (kind == ArgType.SIMPLE && type.equals("number"));
		}

	}

	/** Every key of a bundle, each count argument in turn with 0, 1, 2 and 5. */
	static List<Rendered> render(String bundle) {
		List<Rendered> rendered = new ArrayList<>();
		eachPattern(bundle, (key, arguments, format) -> {
			List<Integer> counts = arguments.entrySet()
				.stream()
				.filter(e -> e.getValue().count())
				.map(Map.Entry::getKey)
				.toList();
			if (counts.isEmpty()) {
				rendered.add(new Rendered(key, -1, -1, format.format(samples(arguments, -1, 0))));
			}
			for (int argument : counts) {
				for (int count : COUNTS) {
					rendered
						.add(new Rendered(key, argument, count, format.format(samples(arguments, argument, count))));
				}
			}
		});
		return rendered;
	}

	/**
	 * Every key of a bundle once, or twice where it has counts: every count at 1, then
	 * every count at 5 (each plural form once).
	 */
	static List<Rendered> renderOnce(String bundle) {
		List<Rendered> rendered = new ArrayList<>();
		eachPattern(bundle, (key, arguments, format) -> {
			boolean counts = arguments.values().stream().anyMatch(Declared::count);
			for (int count : counts ? List.of(1, 5) : List.of(5)) {
				Object[] samples = samples(arguments, -1, 0);
				arguments.forEach((i, d) -> samples[i] = d.count() ? count : samples[i]);
				rendered.add(new Rendered(key, counts ? 0 : -1, count, format.format(samples)));
			}
		});
		return rendered;
	}

	private interface PatternVisitor {

		void visit(String key, Map<Integer, Declared> arguments, MessageFormat format);

	}

	private static void eachPattern(String bundle, PatternVisitor visitor) {
		Locale language = BUNDLES.get(bundle);
		patterns(bundle).forEach((key, pattern) -> visitor.visit(key, arguments(pattern),
				new MessageFormat(pattern, ULocale.forLocale(language))));
	}

	private static Object[] samples(Map<Integer, Declared> arguments, int varied, int count) {
		int size = arguments.isEmpty() ? 0 : arguments.keySet().stream().mapToInt(i -> i).max().getAsInt() + 1;
		Object[] samples = new Object[size];
		Map<Integer, Declared> declared = new LinkedHashMap<>(arguments);
		for (int i = 0; i < size; i++) {
			Declared d = declared.get(i);
			if (i == varied) {
				samples[i] = count;
			}
			else if (d != null && d.count()) {
				samples[i] = OTHER_COUNTS;
			}
			else if (d != null && (d.type().equals("date") || d.type().equals("time"))) {
				samples[i] = new Date(1_790_000_000_000L);
			}
			else {
				samples[i] = SAMPLE_TEXT;
			}
		}
		return samples;
	}

}
