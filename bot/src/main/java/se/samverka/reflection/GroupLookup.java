package se.samverka.reflection;

import java.time.LocalTime;
import java.util.Optional;

import se.samverka.chat.PersonId;

/**
 * Which mixed group a person is in during a group-work slot, so that their notes are filed under
 * it. Until the grouping feature answers this, {@link NoGroups} says "unknown" and notes go under
 * "no group".
 */
interface GroupLookup {

	Optional<Integer> groupOf(String meetingId, LocalTime slotStart, PersonId person);

}
