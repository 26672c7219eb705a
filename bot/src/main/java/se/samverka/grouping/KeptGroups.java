package se.samverka.grouping;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.samverka.meeting.GroupWorkStarted;

/**
 * A group-work slot whose agenda line says to keep the groups ("Behåll samma grupp") gets
 * the previous slot's groups posted again by itself when it starts, unless an organiser
 * has made groups for it already.
 */
@Component
class KeptGroups {

	private static final Logger log = LoggerFactory.getLogger(KeptGroups.class);

	/** {@link Grouping#madeBy()} of groups the agenda kept. */
	static final String AGENDA = "agenda";

	private final Groupings groupings;

	private final MixedGroups groups;

	private final GroupAnnouncement announcement;

	KeptGroups(Groupings groupings, MixedGroups groups, GroupAnnouncement announcement) {
		this.groupings = groupings;
		this.groups = groups;
		this.announcement = announcement;
	}

	@EventListener
	void on(GroupWorkStarted started) {
		if (!started.slot().keepsGroups()) {
			return;
		}
		String meetingId = started.meeting().id();
		Optional<Grouping> own = groupings.find(meetingId, started.slot().start());
		if (own.isPresent() && !AGENDA.equals(own.get().madeBy())) {
			log.info("Slot {} of meeting {} has groups made for it; not keeping the earlier ones",
					started.slot().start(), meetingId);
			return;
		}
		Optional<Grouping> earlier = groupings.before(meetingId, started.slot().start());
		if (earlier.isEmpty()) {
			log.info("Slot {} of meeting {} keeps its groups, but no earlier slot has any", started.slot().start(),
					meetingId);
			return;
		}
		// found already kept (a retried run): post the same again, which the ledger sends
		// once
		MixedGroups.Made made = own.isPresent()
				? new MixedGroups.Made(own.get(), groups.membersOf(own.get()), false, false, false, earlier)
				: groups.keep(started.meeting(), started.slot(), earlier.get(), AGENDA);
		announcement.announce(made, started.slot());
	}

}
