package se.samverka.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * The ledger entry as stored: written and read back unchanged, and an entry written
 * before the typed class (no topic, no card) read as it is.
 */
class LedgerEntryUnitTests {

	final ConversationKey room = new ConversationKey(Channel.TEAMS, "tenant-1", "19:room@thread.tacv2");

	@Test
	void aCardUpdateIsWrittenAndReadBackUnderItsCardsKey() {
		LedgerEntry update = LedgerEntry.pending("card:poll:p1:u3", "card:poll:p1", new NetworkId("n1"),
				Recipient.conversation(room), null, null, "Nästa träff", Instant.parse("2026-03-20T09:00:05Z"),
				Instant.parse("2026-03-20T09:00:00Z"), new LedgerEntry.CardSend("poll|p1|x", true));

		Document stored = update.toDocument();
		assertThat(stored).containsEntry("_id", "card:poll:p1:u3|" + room.asString())
			.containsEntry("state", "PENDING")
			.containsEntry("ready", stored.get("_id"))
			.containsEntry("topic", "card:poll:p1")
			.containsEntry("cardAction", "update");
		LedgerEntry read = LedgerEntry.of(stored);
		assertThat(read.card()).isEqualTo(new LedgerEntry.CardSend("poll|p1|x", true));
		assertThat(read.reportKey()).isEqualTo("card:poll:p1");
		assertThat(read.message()).isNull();
		assertThat(read.recipient()).isEqualTo(Recipient.conversation(room));
		assertThat(read.scopes()).containsExactly("conversation:" + room.asString(), "tenant:teams:tenant-1");
		assertThat(read.notBefore()).isEqualTo(Instant.parse("2026-03-20T09:00:05Z"));
	}

	@Test
	void aSlackCardUpdateCountsAgainstTheWorkspacesUpdatesNotTheChannelsPosts() {
		ConversationKey slackChannel = new ConversationKey(Channel.SLACK, "T1", "C1");
		ConversationKey teamsChannel = new ConversationKey(Channel.TEAMS, "tenant-1", "19:abc@thread.tacv2");
		Instant now = Instant.parse("2026-03-20T09:00:00Z");

		assertThat(scopes(slackChannel, new LedgerEntry.CardSend("c1", true), now)).containsExactly("updates:slack:T1");
		assertThat(scopes(slackChannel, new LedgerEntry.CardSend("c1", false), now))
			.containsExactly("conversation:slack:T1:C1", "tenant:slack:T1");
		assertThat(scopes(slackChannel, null, now)).containsExactly("conversation:slack:T1:C1", "tenant:slack:T1");
		assertThat(scopes(teamsChannel, new LedgerEntry.CardSend("c2", true), now))
			.containsExactly("conversation:" + teamsChannel.asString(), "tenant:teams:tenant-1");
		assertThat(new RateLimits(1).windowsOf("updates:slack:T1")).isNotEmpty();
	}

	private static List<String> scopes(ConversationKey conversation, LedgerEntry.CardSend card, Instant now) {
		return LedgerEntry
			.pending("card:poll:p1:u1", "card:poll:p1", new NetworkId("n1"), Recipient.conversation(conversation), null,
					null, "Kort", now, now, card)
			.scopes();
	}

	@Test
	void anEntryWrittenBeforeTheTypedClassIsReadAsItIs() {
		Document old = new Document("_id", "reminder:1|person:slack:T1:U1").append("messageKey", "reminder:1")
			.append("network", "n1")
			.append("recipient",
					new Document("kind", "person").append("channel", "SLACK")
						.append("tenant", "T1")
						.append("userId", "U1")
						.append("personalConversation", null)
						.append("reach", null))
			.append("personId", "p1")
			.append("scopes", List.of("conversation:person:slack:T1:U1", "tenant:slack:T1"))
			.append("message", StoredMessages.toMaps(Message.text("Påminnelse")))
			.append("summary", "Påminnelse")
			.append("state", "PENDING")
			.append("attempts", 0)
			.append("notBefore", new Date(0))
			.append("createdAt", new Date(0));

		LedgerEntry read = LedgerEntry.of(old);
		assertThat(read.topic()).isNull();
		assertThat(read.card()).isNull();
		assertThat(read.reportKey()).isEqualTo("reminder:1");
		assertThat(read.recipient().person().userId()).isEqualTo("U1");
		assertThat(read.message().fallbackText()).isEqualTo("Påminnelse");
		assertThat(read.channel()).isEqualTo(Channel.SLACK);
	}

}
