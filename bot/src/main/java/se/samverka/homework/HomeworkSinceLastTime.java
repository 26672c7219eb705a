package se.samverka.homework;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Block.Button;
import se.samverka.chat.CommandContext;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.SinceLastTime;

/**
 * When the next meeting is created, offers the summary of the previous homework's
 * answers: a line in the reply with a button that posts it
 * ({@code homework summary <n>}).
 */
@Component
class HomeworkSinceLastTime implements SinceLastTime {

	private final Homeworks homeworks;

	HomeworkSinceLastTime(Homeworks homeworks) {
		this.homeworks = homeworks;
	}

	@Override
	public Optional<Message> offer(NetworkId network, Meeting created, CommandContext ctx) {
		return homeworks.latest(network)
			.filter(h -> !created.id().equals(h.meetingId()))
			.map(h -> Message.builder()
				.paragraph(ctx.t("homework.since-last-time", h.number(), homeworks.answersTo(h).size(),
						h.recipients().size()))
				.buttons(new Button(ctx.t("homework.since-last-time.button"), "homework summary " + h.number(), true))
				.build());
	}

}
