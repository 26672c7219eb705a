package se.samverka.archive;

import java.util.List;

/**
 * One kind of thing the archive keeps for each meeting: its agenda, groups, boards,
 * polls, homework. Each is a bean; {@link org.springframework.core.annotation.Order}
 * decides where its part stands under a meeting, and adding a kind (evaluations, digests)
 * is one more small class.
 */
interface ArchiveSection {

	/** The message-bundle key of the part's heading (h3 on the page, ## in Markdown). */
	String headingKey();

	/**
	 * What the section holds for the network. An entry that names no meeting goes under
	 * the meeting that had last begun when it was made (before the first meeting: under
	 * the first).
	 */
	List<ArchiveEntry> entries(ArchiveScope scope);

}
