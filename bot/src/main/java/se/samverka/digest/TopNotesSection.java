package se.samverka.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Block;
import se.samverka.chat.Block.Fact;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;
import se.samverka.reflection.BoardHighlights;

/**
 * The notes people agreed with most, per prompt, from the boards since the last meeting
 * began: the top {@value #PER_PROMPT} of each, with their +1 count and without any author
 * (anonymous or not; hidden notes never).
 */
@Component
class TopNotesSection implements DigestSection {

	static final int PER_PROMPT = 3;

	static final int MAX_BOARDS = 4;

	static final int MAX_CHARS = 300;

	private final Meetings meetings;

	TopNotesSection(Meetings meetings) {
		this.meetings = meetings;
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public List<Block> render(DigestContext ctx) {
		Instant since = meetings.previous(ctx.network()).map(Meeting::startsAt).orElse(null);
		List<BoardHighlights.Prompt> prompts = ctx.boards().mostAgreed(since, MAX_BOARDS, PER_PROMPT);
		if (prompts.isEmpty()) {
			return List.of();
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(ctx.t("digest.notes.heading")));
		for (BoardHighlights.Prompt prompt : prompts) {
			String question = prompt.question().equals(prompt.board()) ? prompt.question()
					: prompt.board() + " – " + prompt.question();
			blocks.add(new Block.Paragraph(shortened(question, MAX_CHARS)));
			blocks.add(new Block.Facts(prompt.notes()
				.stream()
				.map(n -> new Fact(ctx.t("digest.notes.plus", n.plusOnes()), shortened(n.text(), MAX_CHARS)))
				.toList()));
		}
		return blocks;
	}

	static String shortened(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
	}

}
