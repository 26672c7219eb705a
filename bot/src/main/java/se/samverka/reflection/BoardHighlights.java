package se.samverka.reflection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
	 * A reading of the network's boards for one digest: each board's shown notes are read
	 * once, however many sections ask, so the sections also agree on which notes there
	 * are.
	 */
	public Reading read(NetworkId network) {
		return new Reading(network);
	}

	/** One digest's view of a network's boards; see {@link BoardHighlights#read}. */
	public final class Reading {

		private final NetworkId network;

		private final Map<String, List<Note>> shown = new HashMap<>();

		private Reading(NetworkId network) {
			this.network = network;
		}

		/**
		 * The prompts of the network's boards made since {@code since} (all when null),
		 * newest board last, at most {@code maxBoards} boards, each prompt with its
		 * {@code perPrompt} most +1'd notes.
		 */
		public List<Prompt> mostAgreed(Instant since, int maxBoards, int perPrompt) {
			List<Prompt> prompts = new ArrayList<>();
			for (Board board : boardsSince(network, since, maxBoards)) {
				List<Note> notesShown = shownOn(board);
				Map<String, Integer> counts = notes.plusOnes(board);
				for (int column = 0; column < board.columns().size(); column++) {
					List<TopNote> top = top(notesShown, counts, column, perPrompt);
					if (!top.isEmpty()) {
						prompts.add(new Prompt(board.title(), board.columns().get(column), top));
					}
				}
			}
			return prompts;
		}

		/**
		 * The shown notes of boards made since {@code since}, counted per organisation.
		 */
		public NoteCounts notesPerOrganisation(Instant since) {
			Map<String, Integer> perOrganisation = new TreeMap<>();
			int anonymous = 0;
			for (Board board : boardsSince(network, since, Integer.MAX_VALUE)) {
				for (Note note : shownOn(board)) {
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

		private List<Note> shownOn(Board board) {
			return shown.computeIfAbsent(board.id(), id -> notes.visibleOn(board));
		}

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
