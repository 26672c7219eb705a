package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;

class RoomUnitTests {

	static final String BROWSER = "0f8c2f4e-5b1a-4d7e-9c3b-2a6d8e1f0b7c";

	@Test
	void aPersonalRoomBelongsToOneBrowser() {
		assertThat(Room.open("dm-" + BROWSER, BROWSER)).hasValue(new Room("dm-" + BROWSER, ConversationKind.PERSONAL));
		assertThat(Room.open("dm-" + BROWSER, "another-browser-id")).isEmpty();
		assertThat(Room.open("dm-x", BROWSER)).isEmpty();
	}

	@Test
	void aSharedRoomIsOpenToEveryoneAndActsLikeAChannel() {
		Room room = Room.open("natverket", BROWSER).orElseThrow();
		assertThat(room.kind()).isEqualTo(ConversationKind.GROUP);
		assertThat(room.key()).isEqualTo(new ConversationKey(Channel.PLAYGROUND, "playground", "natverket"));
	}

	@Test
	void refusesNamesThatAreNotSimpleIdentifiers() {
		for (String bad : new String[] { "", "Nätverket", "../etc", "a b", "-x", "x".repeat(49), "$where" }) {
			assertThat(Room.open(bad, BROWSER)).as(bad).isEmpty();
		}
		assertThat(Room.open("natverket", "short")).isEmpty();
		assertThat(Room.open("natverket", null)).isEmpty();
	}

}
