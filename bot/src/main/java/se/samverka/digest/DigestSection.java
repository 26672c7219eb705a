package se.samverka.digest;

import java.util.List;

import se.samverka.chat.Block;

/**
 * One kind of content in the steering group's digest. Every implementation that is a
 * Spring bean is part of every digest, in ascending {@link #order()}. Orders so far: 100
 * next meeting, 200 poll, 300 participation, 400 most agreed-with notes, 500 homework,
 * 600 evaluation, 700 people the bot could not reach.
 * <p>
 * A section keeps itself short (the digest goes to busy people and must fit the
 * platforms), never names authors of notes or answers, and keeps the "at least 5" rule
 * for anything broken down by organisation.
 */
public interface DigestSection {

	int order();

	/**
	 * The section's blocks, a heading first; empty to leave the section out of this
	 * digest.
	 */
	List<Block> render(DigestContext context);

}
