package se.samverka.chat;

/**
 * Whether a conversation is one person with the bot, or a shared channel or group chat.
 */
public enum ConversationKind {

	PERSONAL, GROUP

}
