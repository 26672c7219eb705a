package se.samverka.delivery;

import se.samverka.chat.ConversationKey;

/**
 * Who a ledger entry goes to: a conversation, or one person privately (exactly one of the
 * two).
 */
public record Recipient(ConversationKey conversation, PersonAddress person) {

	public Recipient {
		if ((conversation == null) == (person == null)) {
			throw new IllegalArgumentException("A recipient is either a conversation or a person");
		}
	}

	public static Recipient conversation(ConversationKey conversation) {
		return new Recipient(conversation, null);
	}

	public static Recipient person(PersonAddress person) {
		return new Recipient(null, person);
	}

	/**
	 * Stable: the conversation key, or "person:" + channel + ":" + tenant + ":" + userId.
	 */
	public String id() {
		if (conversation != null) {
			return conversation.asString();
		}
		return "person:" + person.channel().name().toLowerCase() + ":" + person.tenant() + ":" + person.userId();
	}

}
