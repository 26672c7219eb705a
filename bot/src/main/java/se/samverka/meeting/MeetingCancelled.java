package se.samverka.meeting;

import se.samverka.chat.NetworkId;

/** A meeting was cancelled. */
public record MeetingCancelled(String meetingId, NetworkId network) {
}
