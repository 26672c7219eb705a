package se.samverka.meeting;

/**
 * A meeting was planned, its agenda changed, or it was cancelled: published after it is saved, so
 * features that act when a meeting ends (evaluations) can put their work on the calendar.
 */
public record MeetingChanged(Meeting meeting) {
}
