package se.samverka.teams;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.Serialization;

import se.samverka.chat.ActionInvocation;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Sender;

/**
 * A verified Teams activity as a neutral {@link Inbound}: typed text without the
 * bot's @mention, an {@code Action.Submit} (a message whose value carries
 * {@code command}), an {@code adaptiveCard/action} invoke ({@code Action.Execute}: verb =
 * command, data = inputs) or a {@code task/submit} invoke from a form's dialog (data =
 * command and inputs). Anything else (conversationUpdate, typing, reactions) is not a
 * turn.
 */
final class InboundActivities {

	static final String CARD_ACTION_INVOKE = "adaptiveCard/action";

	private InboundActivities() {
	}

	static boolean isCardActionInvoke(Activity activity) {
		return ActivityTypes.INVOKE.equals(activity.getType()) && CARD_ACTION_INVOKE.equals(activity.getName());
	}

	static Optional<Inbound> from(Activity activity) {
		if (activity.getConversation() == null || activity.getConversation().getId() == null
				|| activity.getFrom() == null || activity.getFrom().getId() == null || activity.getId() == null) {
			return Optional.empty();
		}
		ActionInvocation action = null;
		if (ActivityTypes.MESSAGE.equals(activity.getType())) {
			action = submitted(activity.getValue()).orElse(null);
		}
		else if (isCardActionInvoke(activity)) {
			action = executed(activity.getValue()).orElse(null);
			if (action == null) {
				return Optional.empty();
			}
		}
		else if (FormDialog.isSubmit(activity)) {
			action = submitted(FormDialog.dataOf(activity.getValue())).orElse(null);
			if (action == null) {
				return Optional.empty();
			}
		}
		else {
			return Optional.empty();
		}
		String tenant = tenantOf(activity);
		ConversationKey key = new ConversationKey(Channel.TEAMS, tenant, activity.getConversation().getId());
		ConversationKind kind = "personal".equalsIgnoreCase(activity.getConversation().getConversationType())
				? ConversationKind.PERSONAL : ConversationKind.GROUP;
		ChannelAccount from = activity.getFrom();
		String userId = from.getAadObjectId() != null && !from.getAadObjectId().isBlank() ? from.getAadObjectId()
				: from.getId();
		Sender sender = new Sender(Channel.TEAMS, tenant, userId, from.getName(), activity.getLocale());
		String dedupKey = "teams:" + activity.getConversation().getId() + ":" + activity.getId();
		String reference = Serialization.toStringSilent(activity.getConversationReference());
		if (action != null) {
			return Optional.of(Inbound.action(dedupKey, key, kind, sender, action, reference));
		}
		return Optional.of(Inbound.typed(dedupKey, key, kind, sender, textWithoutBotMention(activity), reference));
	}

	static String tenantOf(Activity activity) {
		JsonNode channelData = activity.getChannelData() == null ? null
				: Serialization.objectToTree(activity.getChannelData());
		if (channelData != null) {
			String id = channelData.path("tenant").path("id").asText("");
			if (!id.isBlank()) {
				return id;
			}
		}
		String tenant = activity.getConversation().getTenantId();
		return tenant == null ? "" : tenant;
	}

	/**
	 * The typed text without the {@code <at>Bot</at>} Teams puts in when
	 * someone @mentions the bot, its line breaks kept (a pasted agenda is one command
	 * over many lines). When the text has lost them but the {@code text/html} attachment
	 * has several lines, the lines come from there.
	 */
	static String textWithoutBotMention(Activity activity) {
		String text = activity.getText() == null ? "" : activity.getText();
		String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
		List<String> botMentions = new ArrayList<>();
		if (botId != null && activity.getEntities() != null) {
			for (Mention mention : activity.getMentions()) {
				if (mention.getMentioned() != null && botId.equals(mention.getMentioned().getId())
						&& mention.getText() != null) {
					botMentions.add(mention.getText());
				}
			}
		}
		if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			String html = htmlOf(activity);
			String lines = html == null ? "" : TypedText.fromHtml(html);
			if (lines.indexOf('\n') >= 0) {
				return withoutLeadingMention(lines, botMentions);
			}
		}
		for (String mention : botMentions) {
			text = text.replace(mention, " ");
		}
		return TypedText.lines(text);
	}

	private static String htmlOf(Activity activity) {
		if (activity.getAttachments() == null) {
			return null;
		}
		for (Attachment attachment : activity.getAttachments()) {
			if ("text/html".equalsIgnoreCase(attachment.getContentType())
					&& attachment.getContent() instanceof String html) {
				return html;
			}
		}
		return null;
	}

	/**
	 * The HTML version names the bot as plain text ("Samverka") where the text had
	 * {@code <at>}.
	 */
	private static String withoutLeadingMention(String lines, List<String> botMentions) {
		for (String mention : botMentions) {
			String name = TypedText.fromHtml(mention);
			if (!name.isEmpty() && lines.startsWith(name)) {
				return TypedText.lines(lines.substring(name.length()));
			}
		}
		return lines;
	}

	/** Action.Submit: {@code {"command": "...", "<input id>": "...", ...}}. */
	static Optional<ActionInvocation> submitted(Object value) {
		JsonNode data = value == null ? null : Serialization.objectToTree(value);
		if (data == null || !data.isObject() || !data.path("command").isTextual()) {
			return Optional.empty();
		}
		return Optional.of(new ActionInvocation(data.get("command").asText(), inputs(data)));
	}

	/** Action.Execute: {@code {"action": {"verb": "...", "data": {...}}}}. */
	static Optional<ActionInvocation> executed(Object value) {
		JsonNode node = value == null ? null : Serialization.objectToTree(value);
		if (node == null) {
			return Optional.empty();
		}
		JsonNode action = node.path("action");
		String verb = action.path("verb").asText("");
		JsonNode data = action.path("data");
		if (verb.isBlank() && data.path("command").isTextual()) {
			verb = data.get("command").asText();
		}
		if (verb.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new ActionInvocation(verb, data.isObject() ? inputs(data) : Map.of()));
	}

	private static Map<String, String> inputs(JsonNode data) {
		Map<String, String> inputs = new LinkedHashMap<>();
		Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (!field.getKey().equals("command") && !field.getKey().equals("msteams")
					&& field.getValue().isValueNode()) {
				inputs.put(field.getKey(), field.getValue().asText());
			}
		}
		return inputs;
	}

}
