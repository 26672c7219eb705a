package se.samverka.meeting;

/**
 * A meeting was planned, its agenda changed, or it was cancelled: published after it is
 * saved, so features that act when a meeting ends (evaluations, the after-meeting digest)
 * can put their work on the calendar, or take it off.
 */
public record MeetingChanged(Meeting meeting) {
}
