package se.samverka.teams;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.TextFormatTypes;

import se.samverka.chat.Message;

/**
 * A neutral message as Teams activities: plain text as a plain-text message (no Markdown,
 * so typed link syntax stays text), anything else as one or more Adaptive Card
 * attachments whose summary (the notification text) is the message's fallback text.
 */
final class ReplyActivities {

	static final String CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

	private static final int MAX_SUMMARY = 250;

	private static final int MAX_PLAIN_TEXT = 20_000;

	private final AdaptiveCardRenderer renderer;

	ReplyActivities(AdaptiveCardRenderer renderer) {
		this.renderer = renderer;
	}

	List<Activity> of(Message message) {
		List<Activity> activities = new ArrayList<>();
		if (message.isPlainText() && message.fallbackText().length() <= MAX_PLAIN_TEXT) {
			Activity text = Activity.createMessageActivity();
			text.setText(message.fallbackText());
			text.setTextFormat(TextFormatTypes.PLAIN);
			activities.add(text);
			return activities;
		}
		String summary = summary(message.fallbackText());
		for (ObjectNode card : renderer.render(message)) {
			Activity activity = Activity.createMessageActivity();
			Attachment attachment = new Attachment();
			attachment.setContentType(CARD_CONTENT_TYPE);
			attachment.setContent(card);
			activity.setAttachments(List.of(attachment));
			activity.setSummary(summary);
			activities.add(activity);
		}
		return activities;
	}

	private static String summary(String text) {
		String line = text.strip();
		return line.length() <= MAX_SUMMARY ? line : line.substring(0, MAX_SUMMARY - 1) + "…";
	}

}
