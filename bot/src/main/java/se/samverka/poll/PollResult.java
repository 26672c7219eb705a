package se.samverka.poll;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The announcement of a closed poll's result, claimed by whoever makes it (id = poll id),
 * so that it is made once; a claim not finished in time (the instance crashed) may be
 * taken over.
 */
@Document("poll_results")
record PollResult(@Id String id, Instant claimedUntil, Instant announcedAt, String meetingId) {
}
