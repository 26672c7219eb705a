package se.samverka.reflection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.meeting.AgendaSlot;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;
import se.samverka.meeting.SlotKind;
import se.samverka.reflection.Board.BoardState;

/**
 * The boards of each network. A group-work slot's board is made the first time someone
 * needs it during or after the slot (a note, or {@code board}); its columns are the
 * questions of the group-work slots that start at that time (parallel breakouts share one
 * board).
 */
@Service
class Boards {

	private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);

	private final MongoTemplate mongo;

	private final Meetings meetings;

	private final Clock clock;

	Boards(MongoTemplate mongo, Meetings meetings, Clock clock) {
		this.mongo = mongo;
		this.meetings = meetings;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	Board create(NetworkId network, String title, List<String> columns, PersonId organiser) {
		return mongo.insert(new Board(UUID.randomUUID().toString(), network.value(), null, null, title, columns,
				BoardState.OPEN, 1, organiser.value(), clock.instant()));
	}

	Optional<Board> find(String id) {
		return Optional.ofNullable(mongo.findById(id, Board.class));
	}

	/**
	 * The board notes go to: that of the group-work slot going on now (or the latest one
	 * earlier today), else the most recently created open board (or, when all are closed,
	 * the most recent one).
	 */
	Optional<Board> current(NetworkId network) {
		Instant now = clock.instant();
		for (Optional<Meeting> meeting : List.of(meetings.next(network), meetings.previous(network))) {
			if (meeting.isPresent() && LocalDate.ofInstant(now, meeting.get().zoneId()).equals(meeting.get().date())) {
				Optional<LocalTime> slot = latestGroupWork(meeting.get(), now);
				if (slot.isPresent()) {
					return Optional.of(slotBoard(meeting.get(), slot.get()));
				}
			}
		}
		Sort newestFirst = Sort.by(Sort.Direction.DESC, "createdAt", "_id");
		Board open = mongo
			.findOne(Query.query(Criteria.where("networkId").is(network.value()).and("state").is(BoardState.OPEN))
				.with(newestFirst), Board.class);
		if (open != null) {
			return Optional.of(open);
		}
		// all closed: the newest one, so that a note is told the board is closed rather
		// than that there is none
		return Optional.ofNullable(mongo
			.findOne(Query.query(Criteria.where("networkId").is(network.value())).with(newestFirst), Board.class));
	}

	static Optional<LocalTime> latestGroupWork(Meeting meeting, Instant now) {
		LocalTime latest = null;
		for (AgendaSlot slot : meeting.slots()) {
			if (slot.kind() == SlotKind.GROUP_WORK && !meeting.instantOf(slot.start()).isAfter(now)) {
				latest = slot.start();
			}
		}
		return Optional.ofNullable(latest);
	}

	/**
	 * The board of the group-work slot(s) starting at {@code start}, made now if it is
	 * not there yet.
	 */
	Board slotBoard(Meeting meeting, LocalTime start) {
		List<String> columns = new ArrayList<>();
		String title = null;
		for (AgendaSlot slot : meeting.slots()) {
			if (slot.kind() == SlotKind.GROUP_WORK && slot.start().equals(start)) {
				columns.add(slot.prompt().isBlank() ? slot.title() : slot.prompt());
				title = title == null ? slot.title() : title;
			}
		}
		String id = "slot:" + meeting.id() + "@" + HHMM.format(start);
		Update update = new Update().setOnInsert("networkId", meeting.networkId())
			.setOnInsert("meetingId", meeting.id())
			.setOnInsert("slotStart", start.toString())
			.setOnInsert("title", title)
			.setOnInsert("columns", columns)
			.setOnInsert("state", BoardState.OPEN)
			.setOnInsert("nextNumber", 1)
			.setOnInsert("createdAt", clock.instant());
		return mongo.findAndModify(Query.query(Criteria.where("_id").is(id)), update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), Board.class);
	}

	/** The next note number of a board, exact however many notes arrive at once. */
	int takeNumber(Board board) {
		Board after = mongo.findAndModify(Query.query(Criteria.where("_id").is(board.id())),
				new Update().inc("nextNumber", 1), FindAndModifyOptions.options().returnNew(true), Board.class);
		return after.nextNumber() - 1;
	}

	/** False when it was closed already. */
	boolean close(Board board) {
		return mongo
			.updateFirst(Query.query(Criteria.where("_id").is(board.id()).and("state").is(BoardState.OPEN)),
					Update.update("state", BoardState.CLOSED), Board.class)
			.getModifiedCount() > 0;
	}

}
