package se.samverka.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.Block;
import se.samverka.evaluation.EvaluationResults;
import se.samverka.evaluation.Evaluations;
import se.samverka.evaluation.StatementResult;

/**
 * The newest meeting's evaluation: how many answered, and from five answers each
 * statement's average as a bar out of 5 and the number of comments (the comments
 * themselves are in the archive, not in a message to a channel). Nothing about who
 * answered.
 */
@Component
class EvaluationSection implements DigestSection {

	/**
	 * Averages are drawn in tenths, so that 4.2 and 4.4 look different on a bar out of 5.
	 */
	private static final int TENTHS = 10;

	private final Evaluations evaluations;

	EvaluationSection(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public List<Block> render(DigestContext ctx) {
		Optional<EvaluationResults> newest = evaluations.all(ctx.network()).stream().findFirst();
		if (newest.isEmpty()) {
			return List.of();
		}
		EvaluationResults results = newest.get();
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(ctx.t("digest.evaluation.heading", results.meetingNumber())));
		blocks.add(new Block.Paragraph(ctx.t("digest.evaluation.answered", results.answered(), results.invited()),
				Block.Tone.SUBTLE));
		if (!results.shown()) {
			blocks.add(new Block.Paragraph(ctx.t("digest.evaluation.too-few", results.answered()), Block.Tone.SUBTLE));
			return blocks;
		}
		boolean swedish = "sv".equals(ctx.locale().getLanguage());
		List<Block.Bar> bars = new ArrayList<>();
		for (StatementResult statement : results.statements()) {
			String average = String.format(ctx.locale(), "%.1f", statement.average());
			bars.add(new Block.Bar(swedish ? statement.labelSv() : statement.labelEn(),
					(int) Math.round(statement.average() * TENTHS), ctx.t("digest.evaluation.bar", average)));
		}
		blocks.add(new Block.BarChart(ctx.t("digest.evaluation.chart"), bars, 5 * TENTHS));
		if (!results.comments().isEmpty()) {
			blocks.add(new Block.Paragraph(ctx.t("digest.evaluation.comments", results.comments().size()),
					Block.Tone.SUBTLE));
		}
		return blocks;
	}

}
