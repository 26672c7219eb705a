package se.samverka.evaluation;

import java.util.Locale;

import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Tone;
import se.samverka.chat.Languages;
import se.samverka.chat.Message;
import se.samverka.chat.Texts;

/**
 * Results as a neutral message, for organisers, the digest and the archive: how many
 * answered of how many asked; with enough answers, per statement its average and a text
 * bar for each answer 1–5 (as the poll card draws its bars), and the comments without
 * names.
 */
final class ResultsMessage {

	/** Characters of a bar: full means every answer was this one. */
	static final int BAR_WIDTH = 10;

	/**
	 * Comments in a chat message: a network of thousands can write hundreds; the archive
	 * has them all.
	 */
	static final int COMMENTS_SHOWN = 20;

	private final Texts texts;

	ResultsMessage(Texts texts) {
		this.texts = texts;
	}

	Message.Builder render(EvaluationResults results, Locale locale) {
		Message.Builder message = Message.builder()
			.heading(texts.get(locale, "evaluation.results.heading", results.meetingNumber()))
			.paragraph(texts.get(locale, "evaluation.results.answered", results.answered(), results.invited()),
					Tone.SUBTLE);
		if (!results.shown()) {
			return message.paragraph(
					texts.get(locale, "evaluation.results.too-few", results.answered(), EvaluationTally.SHOWN_FROM),
					Tone.WARNING);
		}
		for (StatementResult statement : results.statements()) {
			StringBuilder text = new StringBuilder(texts.get(locale, "evaluation.results.statement",
					Languages.isEnglish(locale) ? statement.labelEn() : statement.labelSv(),
					average(statement.average(), locale)));
			for (int score = 1; score <= statement.counts().length; score++) {
				int count = statement.counts()[score - 1];
				text.append('\n')
					.append(score)
					.append("  ")
					.append(bar(count, results.answered()))
					.append("  ")
					.append(count);
			}
			message.divider().paragraph(text.toString());
		}
		if (!results.comments().isEmpty()) {
			message.divider()
				.paragraph(texts.get(locale, "evaluation.results.comments", results.comments().size()))
				.facts(results.comments().stream().limit(COMMENTS_SHOWN).map(c -> new Fact("–", c)).toList());
			if (results.comments().size() > COMMENTS_SHOWN) {
				message.paragraph(texts.get(locale, "evaluation.results.more-comments",
						results.comments().size() - COMMENTS_SHOWN), Tone.SUBTLE);
			}
		}
		return message;
	}

	static String average(double average, Locale locale) {
		return String.format(Languages.isEnglish(locale) ? Locale.ENGLISH : Languages.SWEDISH, "%.1f", average);
	}

	/** ▇▇▇▁▁▁▁▁▁▁ is three in ten, rounded to the nearest character. */
	static String bar(int count, int answered) {
		int filled = answered <= 0 ? 0 : (int) Math.min(BAR_WIDTH, Math.round(count * (double) BAR_WIDTH / answered));
		return "▇".repeat(filled) + "▁".repeat(BAR_WIDTH - filled);
	}

}
