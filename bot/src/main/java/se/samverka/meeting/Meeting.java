package se.samverka.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A network meeting (nätverksträff) and its agenda. Times in the agenda are local to
 * {@code zone}, the network's zone; {@code startsAt} and {@code endsAt} are the same
 * moments in UTC, for queries.
 *
 * @param number the meeting's number within its network (1, 2, ...), what people type in
 * commands
 * @param revision goes up with every edit of the agenda
 */
@Document("meetings")
@CompoundIndex(name = "network_number", def = "{'networkId': 1, 'number': 1}", unique = true)
public record Meeting(@Id String id, @Indexed String networkId, int number, String title, LocalDate date, String place,
		List<AgendaSlot> slots, String zone, MeetingState state, Instant startsAt, Instant endsAt, String createdBy,
		Instant createdAt, Instant updatedAt, int revision) {

	public enum MeetingState {

		PLANNED, CANCELLED

	}

	static Meeting plan(String id, String networkId, int number, Agenda agenda, ZoneId zone, String createdBy,
			Instant now) {
		return new Meeting(id, networkId, number, agenda.title(), agenda.date(), agenda.place(), agenda.slots(),
				zone.getId(), MeetingState.PLANNED, startOf(agenda, zone), endOf(agenda, zone), createdBy, now, now, 1);
	}

	public Agenda agenda() {
		return new Agenda(title, date, place, slots);
	}

	public ZoneId zoneId() {
		return ZoneId.of(zone);
	}

	public Instant instantOf(LocalTime time) {
		return ZonedDateTime.of(date, time, zoneId()).toInstant();
	}

	/** The slot going on at {@code now}, if any. */
	public Optional<Integer> currentSlot(Instant now) {
		for (int i = slots.size() - 1; i >= 0; i--) {
			AgendaSlot slot = slots.get(i);
			Instant start = instantOf(slot.start());
			Instant end = slot.end() == null ? start.plusSeconds(15 * 60) : instantOf(slot.end());
			if (!now.isBefore(start) && now.isBefore(end)) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	/** The first slot that starts after {@code now}. */
	public Optional<Integer> nextSlot(Instant now) {
		for (int i = 0; i < slots.size(); i++) {
			if (instantOf(slots.get(i).start()).isAfter(now)) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	private static Instant startOf(Agenda agenda, ZoneId zone) {
		return ZonedDateTime.of(agenda.date(), agenda.slots().get(0).start(), zone).toInstant();
	}

	private static Instant endOf(Agenda agenda, ZoneId zone) {
		AgendaSlot last = agenda.slots().get(agenda.slots().size() - 1);
		LocalTime end = last.end() != null ? last.end() : last.start().plusMinutes(15);
		return ZonedDateTime.of(agenda.date(), end, zone).toInstant();
	}

	Meeting cancelled(Instant now) {
		return new Meeting(id, networkId, number, title, date, place, slots, zone, MeetingState.CANCELLED, startsAt,
				endsAt, createdBy, createdAt, now, revision + 1);
	}

	Meeting withAgenda(Agenda agenda, Instant now) {
		ZoneId zoneId = zoneId();
		return new Meeting(id, networkId, number, agenda.title(), agenda.date(), agenda.place(), agenda.slots(), zone,
				state, startOf(agenda, zoneId), endOf(agenda, zoneId), createdBy, createdAt, now, revision + 1);
	}

}
