package se.samverka.meeting;

/**
 * A group-work slot started and its question was posted: published by the run of show, so
 * that grouping can post groups the agenda asked to keep.
 */
public record GroupWorkStarted(Meeting meeting, AgendaSlot slot) {
}
