package se.samverka.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.meeting.Meeting.MeetingState;

/** The meetings of each network, numbered 1, 2, ... within it. */
@Service
public class Meetings {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Meetings(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.clock = clock;
		this.events = events;
	}

	Meeting plan(NetworkId network, Agenda agenda, ZoneId zone, PersonId organiser) {
		for (int attempt = 0;; attempt++) {
			int number = highestNumber(network) + 1;
			Meeting meeting = Meeting.plan(UUID.randomUUID().toString(), network.value(), number, agenda, zone,
					organiser.value(), clock.instant());
			try {
				Meeting planned = mongo.insert(meeting);
				events.publishEvent(new MeetingChanged(planned));
				return planned;
			}
			catch (DuplicateKeyException raced) {
				if (attempt >= 5) {
					throw raced;
				}
			}
		}
	}

	/**
	 * The network's planned meeting on {@code date}, or else a new one whose agenda is
	 * one slot for the whole day (09:00–16:00), for organisers to fill in with
	 * {@code meeting edit}: what a date poll's result plans.
	 */
	public Meeting planDay(NetworkId network, LocalDate date, String title, ZoneId zone, PersonId organiser) {
		Optional<Meeting> planned = of(network).stream()
			.filter(m -> m.state() == MeetingState.PLANNED && m.date().equals(date))
			.findFirst();
		if (planned.isPresent()) {
			return planned.get();
		}
		AgendaSlot day = new AgendaSlot(LocalTime.of(9, 0), LocalTime.of(16, 0), title, SlotKind.PLENARY, List.of(),
				"");
		return plan(network, new Agenda(title, date, "", List.of(day)), zone, organiser);
	}

	/**
	 * Saves a changed meeting if nobody changed it in between (same revision); empty when
	 * someone did.
	 */
	Optional<Meeting> save(Meeting changed) {
		Query sameRevision = Query
			.query(Criteria.where("_id").is(changed.id()).and("revision").is(changed.revision() - 1));
		Meeting replaced = mongo.findAndReplace(sameRevision, changed);
		if (replaced == null) {
			return Optional.empty();
		}
		events.publishEvent(new MeetingChanged(changed));
		return Optional.of(changed);
	}

	public Optional<Meeting> find(String id) {
		return Optional.ofNullable(mongo.findById(id, Meeting.class));
	}

	/** The planned meeting that has not ended yet and starts first. */
	public Optional<Meeting> next(NetworkId network) {
		return Optional.ofNullable(mongo.findOne(
				Query
					.query(Criteria.where("networkId")
						.is(network.value())
						.and("state")
						.is(MeetingState.PLANNED)
						.and("endsAt")
						.gt(clock.instant()))
					.with(Sort.by("startsAt")),
				Meeting.class));
	}

	/** The most recent meeting that has ended (for "since last time"). */
	public Optional<Meeting> previous(NetworkId network) {
		return latestPlanned(network, "endsAt");
	}

	/**
	 * The most recent meeting that has been held. This is the one place that decides
	 * "held": a meeting counts as held from the start of its first slot (the network's
	 * zone), so during the day too, not only once it has ended. Evaluations, the digest's
	 * participation and homework ask here.
	 */
	public Optional<Meeting> lastHeld(NetworkId network) {
		return latestPlanned(network, "startsAt");
	}

	/**
	 * The planned meeting with the latest start among those whose {@code field} is past.
	 */
	private Optional<Meeting> latestPlanned(NetworkId network, String field) {
		return Optional.ofNullable(mongo.findOne(
				Query
					.query(Criteria.where("networkId")
						.is(network.value())
						.and("state")
						.is(MeetingState.PLANNED)
						.and(field)
						.lte(clock.instant()))
					.with(Sort.by(Sort.Direction.DESC, "startsAt")),
				Meeting.class));
	}

	public Optional<Meeting> byNumber(NetworkId network, int number) {
		return Optional.ofNullable(mongo.findOne(
				Query.query(Criteria.where("networkId").is(network.value()).and("number").is(number)), Meeting.class));
	}

	/**
	 * Planned meetings of every network that end after {@code instant} (for start-up
	 * catch-up).
	 */
	public List<Meeting> plannedEndingAfter(Instant instant) {
		return mongo.find(Query.query(Criteria.where("state").is(MeetingState.PLANNED).and("endsAt").gt(instant)),
				Meeting.class);
	}

	public List<Meeting> of(NetworkId network) {
		return mongo.find(
				Query.query(Criteria.where("networkId").is(network.value())).with(Sort.by("startsAt", "number")),
				Meeting.class);
	}

	Instant now() {
		return clock.instant();
	}

	private int highestNumber(NetworkId network) {
		Meeting last = mongo.findOne(Query.query(Criteria.where("networkId").is(network.value()))
			.with(Sort.by(Sort.Direction.DESC, "number"))
			.limit(1), Meeting.class);
		return last == null ? 0 : last.number();
	}

}
