package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.ConversationKind;

import java.util.List;

/** How Slack's ids and texts become Samverka's conversations and commands. */
class SlackInboundUnitTests {

	@Test
	void removesTheBotsMentionButKeepsOtherMentions() {
		assertThat(MentionListener.withoutBotMention("<@UBOT> hjälp", "UBOT")).isEqualTo("hjälp");
		assertThat(MentionListener.withoutBotMention("  <@UBOT|samverka>   network create X", "UBOT"))
			.isEqualTo("network create X");
		assertThat(MentionListener.withoutBotMention("gå med <@UBOT> K7MX2Q <@U2>", "UBOT"))
			.isEqualTo("gå med  K7MX2Q <@U2>");
		assertThat(MentionListener.withoutBotMention("<@UX> hjälp", null)).isEqualTo("hjälp");
		assertThat(MentionListener.withoutBotMention(null, "UBOT")).isEmpty();
	}

	@Test
	void directMessagesArePersonalAndChannelsAreGroups() {
		assertThat(new SlackAddress("T1", "D123").kind(null)).isEqualTo(ConversationKind.PERSONAL);
		assertThat(new SlackAddress("T1", "C123").kind("directmessage")).isEqualTo(ConversationKind.PERSONAL);
		assertThat(new SlackAddress("T1", "C123").kind("allmänt")).isEqualTo(ConversationKind.GROUP);
		assertThat(new SlackAddress("T1", "G123").kind("privategroup")).isEqualTo(ConversationKind.GROUP);
	}

	@Test
	void aConversationReferenceRoundTrips() {
		SlackAddress address = new SlackAddress("T1", "C9");
		assertThat(SlackAddress.fromReference(address.toReference(), "x", "y")).isEqualTo(address);
		assertThat(SlackAddress.fromReference(null, "T2", "C2")).isEqualTo(new SlackAddress("T2", "C2"));
		assertThat(address.key().asString()).isEqualTo("slack:T1:C9");
	}

	@Test
	void aFormTooBigForAButtonDropsItsPrefilledValuesFirst() {
		TextInput input = new TextInput("answer", "Svar", "p".repeat(300), "v".repeat(1_900), true, 3_000);
		String value = ModalForm.of(new Button("Skicka", "homework answer", true), List.of(input), "Avbryt")
			.toButtonValue();
		assertThat(value).hasSizeLessThanOrEqualTo(2_000);
		ModalForm form = ModalForm.fromButtonValue(value);
		assertThat(form.fields().get(0).value()).isEmpty();
		assertThat(form.fields().get(0).placeholder()).isEqualTo("p".repeat(300));
	}

	@Test
	void modalMetadataStaysWithinSlacksLimit() {
		var origin = new ModalForm.FormOrigin("c".repeat(2_000), "T1", "C1", false,
				"https://hooks/" + "r".repeat(1_500));
		String metadata = origin.toMetadata();
		assertThat(metadata).hasSizeLessThanOrEqualTo(3_000);
		assertThat(ModalForm.FormOrigin.fromMetadata(metadata).command()).hasSize(2_000);
	}

}
