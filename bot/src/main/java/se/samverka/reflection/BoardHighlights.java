package se.samverka.reflection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import se.samverka.chat.NetworkId;

/**
 * What a network's boards came to, for readers outside the room (the steering group's
 * digest): the most agreed-with notes per prompt, and how many notes each organisation
 * wrote. Never with authors, and never a hidden note.
 */
@Service
public class BoardHighlights {

	private final MongoTemplate mongo;

	private final Notes notes;

	BoardHighlights(MongoTemplate mongo, Notes notes) {
		this.mongo = mongo;
		this.notes = notes;
	}

	/** One prompt (a board's column) and its most +1'd notes, most first. */
	public record Prompt(String board, String question, List<TopNote> notes) {
	}

	/** A note's text and its +1 count; who wrote it is deliberately not here. */
	public record TopNote(String text, int plusOnes) {
	}

	/**
	 * Notes per organisation; anonymous notes only as a count, never under an
	 * organisation.
	 */
	public record NoteCounts(Map<String, Integer> perOrganisation, int anonymous) {
	}

	/**
	 * The prompts of the network's boards made since {@code since} (all when null),
	 * newest board last, at most {@code maxBoards} boards, each prompt with its
	 * {@code perPrompt} most +1'd notes.
	 */
	public List<Prompt> mostAgreed(NetworkId network, Instant since, int maxBoards, int perPrompt) {
		List<Board> boards = boardsSince(network, since, maxBoards);
		List<Prompt> prompts = new ArrayList<>();
		for (Board board : boards) {
			List<Note> shown = notes.visibleOn(board);
			Map<String, Integer> counts = notes.plusOnes(board);
			for (int column = 0; column < board.columns().size(); column++) {
				List<TopNote> top = top(shown, counts, column, perPrompt);
				if (!top.isEmpty()) {
					prompts.add(new Prompt(board.title(), board.columns().get(column), top));
				}
			}
		}
		return prompts;
	}

	/** The shown notes of boards made since {@code since}, counted per organisation. */
	public NoteCounts notesPerOrganisation(NetworkId network, Instant since) {
		Map<String, Integer> perOrganisation = new TreeMap<>();
		int anonymous = 0;
		for (Board board : boardsSince(network, since, Integer.MAX_VALUE)) {
			for (Note note : notes.visibleOn(board)) {
				if (note.anonymous()) {
					anonymous++;
				}
				else {
					perOrganisation.merge(note.organisation() == null ? "" : note.organisation(), 1, Integer::sum);
				}
			}
		}
		return new NoteCounts(perOrganisation, anonymous);
	}

	/**
	 * The most +1'd shown notes of one column, most first, then in the order they came.
	 */
	static List<TopNote> top(List<Note> notes, Map<String, Integer> plusOnes, int column, int limit) {
		return notes.stream()
			.filter(n -> n.column() == column && !n.hidden())
			.sorted(Comparator.comparingInt((Note n) -> plusOnes.getOrDefault(n.id(), 0))
				.reversed()
				.thenComparingInt(Note::number))
			.limit(limit)
			.map(n -> new TopNote(n.text(), plusOnes.getOrDefault(n.id(), 0)))
			.toList();
	}

	private List<Board> boardsSince(NetworkId network, Instant since, int max) {
		Criteria criteria = Criteria.where("networkId").is(network.value());
		if (since != null) {
			criteria = criteria.and("createdAt").gte(since);
		}
		List<Board> newestFirst = mongo
			.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(max), Board.class);
		List<Board> oldestFirst = new ArrayList<>(newestFirst);
		java.util.Collections.reverse(oldestFirst);
		return oldestFirst;
	}

}
