package se.samverka.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.TextInput;

class ChatModelUnitTests {

	@Test
	void anActionBecomesItsCommandFollowedByTheInputsInOrder() {
		Map<String, String> inputs = new LinkedHashMap<>();
		inputs.put("code", " K7MX2Q ");
		inputs.put("empty", " ");
		inputs.put("organisation", "Växjö kommun");
		assertThat(new ActionInvocation("join", inputs).toCommandText()).isEqualTo("join K7MX2Q Växjö kommun");
		assertThat(new ActionInvocation("help", null).toCommandText()).isEqualTo("help");
	}

	@Test
	void anInboundActionCarriesItsCommandText() {
		ConversationKey key = new ConversationKey(Channel.SLACK, "T1", "C1");
		Inbound in = Inbound.action("k", key, ConversationKind.GROUP, new Sender(Channel.SLACK, "T1", "U1", null, null),
				new ActionInvocation("språk en", Map.of()), null);
		assertThat(in.text()).isEqualTo("språk en");
		assertThat(in.sender().displayName()).isEqualTo("U1");
	}

	@Test
	void fallbackTextKeepsHeadingsParagraphsAndFacts() {
		Message message = Message.builder()
			.heading("Rubrik")
			.paragraph("Text")
			.facts(List.of(new Fact("Kod", "K7MX2Q")))
			.input(new TextInput("name", "Namn", null, null, false, 0))
			.buttons(Block.Button.of("OK", "help"))
			.build();
		assertThat(message.fallbackText()).isEqualTo("Rubrik\nText\nKod: K7MX2Q");
		assertThat(message.isPlainText()).isFalse();
		assertThat(Message.text("Hej").isPlainText()).isTrue();
	}

	@Test
	void refusesEmptyMessagesAndOddInputIds() {
		assertThatThrownBy(() -> new Message(List.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TextInput("a.b", "x", null, null, false, 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void understandsLanguageNamesAndTags() {
		assertThat(Languages.parse("sv-SE")).contains(Languages.SWEDISH);
		assertThat(Languages.parse("Svenska")).contains(Languages.SWEDISH);
		assertThat(Languages.parse("en-US")).contains(Languages.ENGLISH);
		assertThat(Languages.parse("english")).contains(Languages.ENGLISH);
		assertThat(Languages.parse("fi")).isEmpty();
		assertThat(Languages.parse(null)).isEmpty();
	}

	@Test
	void conversationKeysHaveAStableStringForm() {
		assertThat(new ConversationKey(Channel.TEAMS, null, "19:abc").asString()).isEqualTo("teams::19:abc");
	}

}
