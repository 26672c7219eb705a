package se.samverka.chat;

import java.util.List;
import java.util.Locale;

/**
 * One part of a person's own web page, given by a feature: what that person would be
 * shown of it in a personal chat (the next agenda, their group, the board, open polls,
 * their homework, the evaluation), read-only. Reading a section changes nothing and keeps
 * nothing in the conversation log; its buttons run commands through the dialogue like any
 * other.
 */
public interface PersonalSection {

	/** Where the section goes on the page, lowest first. */
	int position();

	/**
	 * What the section shows {@code person} of {@code network} (of which they are a
	 * member), in {@code locale}; empty when it has nothing for them now.
	 */
	List<Message> forPerson(NetworkId network, PersonId person, Locale locale);

	/** The bundle key of the section's heading. */
	String headingKey();

}
