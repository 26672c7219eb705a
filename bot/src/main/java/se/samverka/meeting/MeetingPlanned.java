package se.samverka.meeting;

import java.time.Instant;

import se.samverka.chat.NetworkId;

/** A meeting was planned, or its agenda changed (so it may end at another time). */
public record MeetingPlanned(String meetingId, NetworkId network, Instant endsAt) {
}
