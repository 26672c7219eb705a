package se.samverka.grouping;

import java.util.Objects;

/**
 * Someone to place in a group: their person id and the organisation they come from (blank
 * when they gave none; such people count as one organisation, so they are spread out
 * too).
 */
record Participant(String personId, String organisation) {

	Participant {
		Objects.requireNonNull(personId, "personId");
		organisation = organisation == null ? "" : organisation.strip();
	}

}
