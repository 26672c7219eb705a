package se.samverka.meeting;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import se.samverka.chat.Block.Tone;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;
import se.samverka.meeting.RunOfShow.Subject;
import se.samverka.scheduler.CatchUp;
import se.samverka.scheduler.DueWork;
import se.samverka.scheduler.DueWorkHandler;

/**
 * At the start of a group-work slot, its question goes to every conversation of the
 * network. A prompt found more than ten minutes late is skipped (the groups are already
 * talking); the scheduler records that.
 */
@Component
class SlotPromptHandler implements DueWorkHandler {

	private static final Logger log = LoggerFactory.getLogger(SlotPromptHandler.class);

	private final Meetings meetings;

	private final NetworkBroadcast broadcast;

	private final Texts texts;

	private final ApplicationEventPublisher events;

	SlotPromptHandler(Meetings meetings, NetworkBroadcast broadcast, Texts texts, ApplicationEventPublisher events) {
		this.events = events;
		this.meetings = meetings;
		this.broadcast = broadcast;
		this.texts = texts;
	}

	@Override
	public String kind() {
		return RunOfShow.PROMPT;
	}

	@Override
	public CatchUp catchUp() {
		return CatchUp.skipWhenLaterThan(Duration.ofMinutes(10));
	}

	/**
	 * Posts the question of every group-work slot that starts at the subject's time:
	 * parallel breakouts share one start, and so one piece of due work.
	 */
	@Override
	public void run(DueWork work) {
		Subject subject = Subject.parse(work.subject());
		Optional<Meeting> meeting = meetings.find(subject.meetingId())
			.filter(m -> m.state() == Meeting.MeetingState.PLANNED);
		List<AgendaSlot> slots = meeting
			.map(m -> m.slots()
				.stream()
				.filter(s -> s.start().equals(subject.slotStart()) && s.kind() == SlotKind.GROUP_WORK)
				.toList())
			.orElse(List.of());
		if (slots.isEmpty()) {
			log.info("No group work left for due work {}; nothing posted", work.id());
			return;
		}
		for (int i = 0; i < slots.size(); i++) {
			AgendaSlot slot = slots.get(i);
			int posted = broadcast.post("prompt:" + work.id() + ":" + i, new NetworkId(meeting.get().networkId()),
					locale -> Message.builder()
						.heading(AgendaCard.labelled(slot, texts, locale))
						.paragraph(slot.prompt())
						.paragraph(texts.get(locale, "meeting.prompt.until",
								slot.end() == null ? "–" : AgendaCard.clock(slot.end())), Tone.SUBTLE)
						.build());
			log.info("Posted the prompt of meeting {} slot {} to {} conversations", meeting.get().id(),
					subject.slotStart(), posted);
			events.publishEvent(new GroupWorkStarted(meeting.get(), slot));
		}
	}

}
