package se.samverka.archive;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.samverka.archive.ArchiveEntry.Items;
import se.samverka.digest.DigestRecord;
import se.samverka.digest.Digests;

/**
 * The digests the steering group received, each under the meeting that had last begun
 * when it went out: its parts as they were sent (headings become labels, lines become
 * items, charts stay text bars), with Markdown's escapes taken off again since the page
 * escapes for HTML itself.
 */
@Component
@Order(70)
class DigestsSection implements ArchiveSection {

	private final Digests digests;

	DigestsSection(Digests digests) {
		this.digests = digests;
	}

	@Override
	public String headingKey() {
		return "archive.digests";
	}

	@Override
	public List<ArchiveEntry> entries(ArchiveScope scope) {
		List<ArchiveEntry> entries = new ArrayList<>();
		for (DigestRecord digest : digests.list(scope.network())) {
			String title = null;
			List<ArchiveEntry.Part> parts = new ArrayList<>();
			String label = null;
			List<String> lines = new ArrayList<>();
			for (String line : digest.markdown().split("\\R")) {
				String text = line.strip();
				if (text.isEmpty() || text.equals("---")) {
					continue;
				}
				if (text.startsWith("# ") && title == null) {
					title = plain(text.substring(2));
				}
				else if (text.startsWith("#")) {
					if (label != null || !lines.isEmpty()) {
						parts.add(new Items(label, lines));
					}
					label = plain(text.replaceFirst("^#+\\s*", ""));
					lines = new ArrayList<>();
				}
				else {
					lines.add(plain(text.replaceFirst("^[-*]\\s+", "")));
				}
			}
			if (label != null || !lines.isEmpty()) {
				parts.add(new Items(label, lines));
			}
			String heading = scope.t("archive.digests.title", title == null ? "" : title,
					scope.t("archive.digests.kind." + digest.kind()));
			entries.add(new ArchiveEntry(null, digest.sentAt() != null ? digest.sentAt() : digest.createdAt(), heading,
					parts));
		}
		return entries;
	}

	/** The text without Markdown's emphasis and backslash escapes. */
	static String plain(String markdown) {
		String text = markdown.replaceAll("^_(.*)_$", "$1").replaceAll("\\*\\*(.*?)\\*\\*", "$1").replace("`", "");
		return text.replaceAll("\\\\(\\p{Punct})", "$1");
	}

}
