package se.samverka.meeting;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;
import se.samverka.meeting.RunOfShow.Subject;
import se.samverka.scheduler.CatchUp;
import se.samverka.scheduler.DueWork;
import se.samverka.scheduler.DueWorkHandler;

/**
 * A few minutes before a break ends: "back at 10:15". Found later than that, it is
 * skipped: the break is over.
 */
@Component
class BreakEndsHandler implements DueWorkHandler {

	private static final Logger log = LoggerFactory.getLogger(BreakEndsHandler.class);

	private final Meetings meetings;

	private final NetworkBroadcast broadcast;

	private final Texts texts;

	BreakEndsHandler(Meetings meetings, NetworkBroadcast broadcast, Texts texts) {
		this.meetings = meetings;
		this.broadcast = broadcast;
		this.texts = texts;
	}

	@Override
	public String kind() {
		return RunOfShow.BREAK_ENDS;
	}

	@Override
	public CatchUp catchUp() {
		return CatchUp.skipWhenLaterThan(RunOfShow.BEFORE_BREAK_ENDS);
	}

	@Override
	public void run(DueWork work) {
		Subject subject = Subject.parse(work.subject());
		Optional<Meeting> meeting = meetings.find(subject.meetingId())
			.filter(m -> m.state() == Meeting.MeetingState.PLANNED);
		Optional<AgendaSlot> pause = meeting.flatMap(m -> m.slots()
			.stream()
			.filter(s -> s.start().equals(subject.slotStart()) && s.kind() == SlotKind.BREAK && s.end() != null)
			.findFirst());
		if (pause.isEmpty()) {
			log.info("No break left for due work {}; nothing posted", work.id());
			return;
		}
		String back = AgendaCard.clock(pause.get().end());
		Optional<AgendaSlot> after = meeting.get()
			.slots()
			.stream()
			.filter(s -> !s.start().isBefore(pause.get().end()))
			.findFirst();
		broadcast
			.post("break-ends:" + work.id(), new NetworkId(meeting.get().networkId()),
					locale -> Message.text(after.isPresent()
							? texts.get(locale, "meeting.break.back-with-next", back, after.get().title())
							: texts.get(locale, "meeting.break.back", back)));
		log.info("Posted the end of the break of meeting {} at {}", meeting.get().id(), subject.slotStart());
	}

}
