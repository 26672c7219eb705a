package se.samverka.meeting;

/** What happens in a slot of the day. */
public enum SlotKind {

	/** A talk, a welcome, a summing-up: everyone together. */
	PLENARY,

	/** Dialogue in mixed groups, with a prompt. */
	GROUP_WORK,

	/** Pause, fika, lunch. */
	BREAK

}
