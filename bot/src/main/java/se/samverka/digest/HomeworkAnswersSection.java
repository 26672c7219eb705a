package se.samverka.digest;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Block;
import se.samverka.homework.HomeworkSummary;

/**
 * The newest homework's answers in short, as {@code homework summary} shows them (no
 * names, the "at least 5" rule).
 */
@Component
class HomeworkAnswersSection implements DigestSection {

	private final HomeworkSummary summary;

	HomeworkAnswersSection(HomeworkSummary summary) {
		this.summary = summary;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public List<Block> render(DigestContext ctx) {
		return summary.newestInShort(ctx.network(), ctx.locale()).orElse(List.of());
	}

}
