package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Message;
import se.samverka.conversation.KnownConversation;
import se.samverka.delivery.DeliveryFailed;

/**
 * Proactive posts against a fake Slack Web API, and how Slack's refusals are reported.
 */
class SlackSenderUnitTests {

	final FakeSlack fake = new FakeSlack();

	final SlackSender sender = new SlackSender(new SlackWebApi(fake.client(), "xoxb-test"),
			new BlockKitRenderer(BlockKitRendererUnitTests.bundles()));

	@AfterEach
	void stop() {
		fake.close();
	}

	private static KnownConversation conversation(String channel) {
		return new KnownConversation("slack:T1:" + channel, Channel.SLACK, "T1", channel, ConversationKind.GROUP,
				"T1:" + channel, Instant.EPOCH);
	}

	@Test
	void postsTheRenderedMessageToTheStoredChannel() {
		sender.send(conversation("C42"), Message.text("Hej <!channel>"));
		FakeSlack.Call call = fake.await(c -> c.path().equals("chat.postMessage"));
		assertThat(call.param("channel")).isEqualTo("C42");
		assertThat(call.param("text")).isEqualTo("Hej &lt;!channel&gt;");
		assertThat(call.param("blocks")).contains("section");
	}

	@ParameterizedTest
	@CsvSource({ "channel_not_found,true", "not_in_channel,true", "is_archived,true", "account_inactive,true",
			"invalid_auth,false", "ratelimited,false" })
	void reportsSlacksRefusals(String error, boolean unreachable) {
		fake.failWith.put("C-bad", error);
		assertThatThrownBy(() -> sender.send(conversation("C-bad"), Message.text("Hej")))
			.isInstanceOfSatisfying(DeliveryFailed.class, ex -> {
				assertThat(ex.unreachable()).isEqualTo(unreachable);
				assertThat(ex.getMessage()).contains(error);
			});
	}

	@Test
	void keepsTheTsOfEveryPartOfASplitMessage() {
		String ids = sender.post(conversation("C-long"), paragraphs(60, "Rad"));
		List<FakeSlack.Call> posts = posts("C-long");
		assertThat(posts).hasSize(2);
		assertThat(ids).isEqualTo(FakeSlack.tsOf(posts.get(0)) + "," + FakeSlack.tsOf(posts.get(1)));
		assertThat(FakeSlack.tsOf(posts.get(0))).isNotEqualTo(FakeSlack.tsOf(posts.get(1)));
	}

	@Test
	void updatesEveryPartInPlaceAndPostsThePartsThatAreNew() {
		String ids = sender.post(conversation("C-edit"), paragraphs(60, "Före"));
		String[] ts = ids.split(",");

		String kept = sender.update(conversation("C-edit"), ids, paragraphs(120, "Efter"));

		List<FakeSlack.Call> updates = fake.calls.stream()
			.filter(c -> c.path().equals("chat.update") && c.param("channel").equals("C-edit"))
			.toList();
		assertThat(updates).extracting(c -> c.param("ts")).containsExactly(ts[0], ts[1]);
		assertThat(updates.get(0).param("blocks")).contains("Efter 1\"").doesNotContain("Före");
		assertThat(updates.get(1).param("blocks")).contains("Efter 51\"");
		// 120 blocks are three messages: the third is new.
		List<FakeSlack.Call> posts = posts("C-edit");
		assertThat(posts).hasSize(3);
		assertThat(posts.get(2).param("blocks")).contains("Efter 101\"").contains("Efter 120\"");
		assertThat(kept).as("the new part is remembered for the next update")
			.isEqualTo(ids + "," + FakeSlack.tsOf(posts.get(2)));
	}

	@Test
	void emptiesThePartsAShorterMessageNoLongerNeeds() {
		String ids = sender.post(conversation("C-short"), paragraphs(120, "Före"));
		String[] ts = ids.split(",");
		assertThat(ts).hasSize(3);

		assertThat(sender.update(conversation("C-short"), ids, paragraphs(10, "Efter"))).isEqualTo(ids);

		List<FakeSlack.Call> updates = fake.calls.stream()
			.filter(c -> c.path().equals("chat.update") && c.param("channel").equals("C-short"))
			.toList();
		assertThat(updates).extracting(c -> c.param("ts")).containsExactly(ts[0], ts[1], ts[2]);
		assertThat(updates.get(0).param("blocks")).contains("Efter 10\"");
		for (FakeSlack.Call emptied : updates.subList(1, 3)) {
			assertThat(emptied.param("blocks")).isEqualTo("[{\"type\":\"divider\"}]");
			assertThat(emptied.param("text")).doesNotContain("Före");
		}
		assertThat(posts("C-short")).hasSize(3);
	}

	/**
	 * The message is gone or not the bot's to change: that message cannot be updated, but
	 * the conversation still takes new posts, so it is not unreachable (which would mean
	 * stop posting there at all).
	 */
	@ParameterizedTest
	@CsvSource({ "message_not_found,false", "cant_update_message,false", "ratelimited,false", "channel_not_found,true",
			"is_archived,true" })
	void reportsSlacksRefusalsOfAnUpdate(String error, boolean unreachable) {
		String ids = sender.post(conversation("C-gone"), Message.text("Hej"));
		fake.failUpdateWith.put("C-gone", error);
		assertThatThrownBy(() -> sender.update(conversation("C-gone"), ids, Message.text("Hej igen")))
			.isInstanceOfSatisfying(DeliveryFailed.class, ex -> {
				assertThat(ex.unreachable()).isEqualTo(unreachable);
				assertThat(ex.getMessage()).contains("chat.update").contains(error);
			});
		assertThat(fake.count(c -> c.path().equals("chat.update") && c.param("ts").equals(ids))).isEqualTo(1);
	}

	private List<FakeSlack.Call> posts(String channel) {
		return fake.calls.stream()
			.filter(c -> c.path().equals("chat.postMessage") && c.param("channel").equals(channel))
			.toList();
	}

	private static Message paragraphs(int count, String word) {
		Message.Builder message = Message.builder();
		for (int i = 1; i <= count; i++) {
			message.paragraph(word + " " + i);
		}
		return message.build();
	}

}
