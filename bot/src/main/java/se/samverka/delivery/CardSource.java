package se.samverka.delivery;

import java.util.Locale;
import java.util.Optional;

import se.samverka.chat.Message;

/**
 * A feature's cards that update in place (a poll, an agenda, a board): the drainer asks
 * for the card as it stands when it sends a post or an update, so the last state is what
 * goes out however many changes came before.
 */
public interface CardSource {

	/** Names the cards of this source: {@code poll}, {@code agenda}, {@code board}. */
	String kind();

	/** The card for {@code subject} (the feature's id) now; empty when it is gone. */
	Optional<Message> render(String subject, Locale locale);

	/**
	 * Where this kind of card was remembered before {@code live_cards}, copied once at
	 * start-up so that cards posted before the upgrade keep updating; null when nowhere.
	 */
	default LegacyPosts legacyPosts() {
		return null;
	}

	/**
	 * A collection of posted cards in the old shape: {@code _id}, the subject's id under
	 * {@code subjectField}, channel, tenant, conversationId, messageId, language,
	 * postedAt; and the collection of the subjects themselves, whose documents name their
	 * network ({@code networkId}).
	 */
	record LegacyPosts(String collection, String subjectField, String subjectCollection) {
	}

}
