package se.samverka.poll;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One voter's answers in one poll, by option number. The id is poll and voter key
 * together, so the database keeps one document per voter however the requests race; each
 * vote sets one option's answer in place. In an anonymous poll the voter key is a keyed
 * hash, {@code personId} is null and the time is kept to the minute.
 *
 * @param organisation the voter's organisation when they voted (for quorum), or null; in
 * an anonymous poll without quorum only an organisation of at least five members
 */
@Document("poll_votes")
record Vote(@Id String id, @Indexed String pollId, String voterKey, String personId, String organisation,
		Map<String, Answer> answers, Instant firstVotedAt) {

	Vote {
		answers = answers == null ? Map.of() : Map.copyOf(answers);
	}

	static String idOf(String pollId, String voterKey) {
		return pollId + "|" + voterKey;
	}

	Answer answerTo(int option) {
		return answers.get(Integer.toString(option));
	}

}
