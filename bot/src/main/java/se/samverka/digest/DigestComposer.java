package se.samverka.digest;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.samverka.chat.Block;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;
import se.samverka.network.Network;
import se.samverka.network.Networks;
import se.samverka.reflection.BoardHighlights;

/**
 * Puts a digest together: a title, then every {@link DigestSection} that has something to
 * say, in order.
 */
@Component
class DigestComposer {

	private final List<DigestSection> sections;

	private final Networks networks;

	private final Texts texts;

	private final Clock clock;

	private final BoardHighlights boards;

	DigestComposer(List<DigestSection> sections, Networks networks, Texts texts, Clock clock, BoardHighlights boards) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(DigestSection::order)).toList();
		this.networks = networks;
		this.texts = texts;
		this.clock = clock;
		this.boards = boards;
	}

	/**
	 * @param occasion what the digest is for, already in {@code locale} (shown under the
	 * title)
	 * @param previousDigest when the last digest went out, or null
	 */
	Message compose(NetworkId network, Locale locale, String occasion, java.time.Instant previousDigest) {
		Network found = networks.find(network).orElseThrow();
		ZoneId zone = ZoneId.of(found.timezone());
		DigestContext context = new DigestContext(network, zone, locale, clock.instant(), previousDigest, texts,
				boards.read(network));
		Message.Builder digest = Message.builder()
			.heading(texts.get(locale, "digest.heading", found.name()))
			.paragraph(occasion, Tone.SUBTLE);
		for (DigestSection section : sections) {
			List<Block> blocks = section.render(context);
			if (!blocks.isEmpty()) {
				digest.divider().blocks(blocks);
			}
		}
		return digest.build();
	}

}
