package se.samverka.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Sender;

/**
 * What Samverka keeps of a typed Slack request (a slash command, a direct message or a
 * mention) between acknowledging it and running its turn: enough to make the inbound
 * message and to know where the answers go, and nothing more.
 *
 * @param key Slack's unique id of the delivery (trigger id or event id), so a replay has
 * one effect
 * @param kind which kind of request
 * @param team the workspace
 * @param channel the conversation it was typed in
 * @param channelName Slack's name of the conversation ("directmessage" for a DM; slash
 * commands only)
 * @param user who typed it
 * @param userName the name Slack gave with the request, or null (then it is looked up)
 * @param text what was typed, without the bot's mention
 * @param replyTo the response_url of a slash command, or the thread a message is answered
 * in (null: none)
 */
record JournalledRequest(String key, Kind kind, String team, String channel, String channelName, String user,
		String userName, String text, String replyTo) {

	/** The kinds of request that are journalled. */
	enum Kind {

		/** {@code /samverka …}: answered privately through the response_url. */
		COMMAND,

		/** A direct message to the bot, answered in the DM. */
		DIRECT,

		/** {@code @Samverka …} in a channel, answered in a thread under it. */
		MENTION

	}

	JournalledRequest {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(user, "user");
		text = text == null ? "" : text;
	}

	SlackAddress address() {
		return new SlackAddress(this.team, this.channel);
	}

	/**
	 * The inbound message, made on the worker thread, where looking up a name may take a
	 * Web API call.
	 */
	Inbound inbound(SlackPeople people) {
		SlackAddress address = address();
		ConversationKind conversationKind = switch (this.kind) {
			case COMMAND -> address.kind(this.channelName);
			case DIRECT -> ConversationKind.PERSONAL;
			case MENTION -> address.kind(null);
		};
		String name = this.kind == Kind.COMMAND ? this.userName : people.nameOf(this.team, this.user, null);
		return Inbound.typed(this.key, address.key(), conversationKind,
				new Sender(Channel.SLACK, this.team, this.user, name, null), this.text, address.toReference());
	}

	/** Where the answers go. */
	ReplyRoute route(SlackWebApi api) {
		SlackAddress address = address();
		if (this.kind == Kind.COMMAND) {
			return ReplyRoute.privately(this.replyTo != null && !this.replyTo.isBlank()
					? m -> api.respond(this.replyTo, m) : m -> api.postEphemeral(address, this.user, m));
		}
		return m -> api.postMessage(address, this.replyTo, m);
	}

	/**
	 * Requests written together, as one string: each field as its length, a colon and
	 * itself ({@code -} for none). One string is far cheaper for the database to keep
	 * than a document per request, and any character may stand in a field.
	 */
	static String encode(List<JournalledRequest> requests) {
		StringBuilder out = new StringBuilder(requests.size() * 256);
		for (JournalledRequest request : requests) {
			for (String field : new String[] { request.key, request.kind.name(), request.team, request.channel,
					request.channelName, request.user, request.userName, request.text, request.replyTo }) {
				if (field == null) {
					out.append('-');
				}
				else {
					out.append(field.length()).append(':').append(field);
				}
			}
		}
		return out.toString();
	}

	/** The requests of {@link #encode}. */
	static List<JournalledRequest> decode(String encoded) {
		List<JournalledRequest> requests = new ArrayList<>();
		int[] at = { 0 };
		while (at[0] < encoded.length()) {
			String key = field(encoded, at);
			Kind kind = Kind.valueOf(field(encoded, at));
			requests.add(new JournalledRequest(key, kind, field(encoded, at), field(encoded, at), field(encoded, at),
					field(encoded, at), field(encoded, at), field(encoded, at), field(encoded, at)));
		}
		return requests;
	}

	private static String field(String encoded, int[] at) {
		if (encoded.charAt(at[0]) == '-') {
			at[0]++;
			return null;
		}
		int colon = encoded.indexOf(':', at[0]);
		int length = Integer.parseInt(encoded, at[0], colon, 10);
		at[0] = colon + 1 + length;
		return encoded.substring(colon + 1, at[0]);
	}

}
