package se.samverka.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Block.Actions;
import se.samverka.chat.Block.Button;

/**
 * A button's command can carry the network (and item) it belongs to; the action that
 * comes back runs the plain command, with the scope read off it.
 */
class ActionScopeUnitTests {

	static final NetworkId NETWORK = new NetworkId("4f9c2a10-1b2c-4d5e-8f90-123456789abc");

	@Test
	void aScopedCommandComesBackAsThePlainCommandWithItsNetworkAndItem() {
		String command = ActionInvocation.scoped(NETWORK, "hw-1", "answer 2");
		ActionInvocation action = new ActionInvocation(command, Map.of("answer", "Mer tid"));

		assertThat(action.command()).isEqualTo("answer 2");
		assertThat(action.network()).isEqualTo(NETWORK);
		assertThat(action.item()).isEqualTo("hw-1");
		assertThat(action.toCommandText()).isEqualTo("answer 2 Mer tid");
	}

	@Test
	void anUnscopedCommandHasNoNetworkAndTextStartingWithAnAtSignIsLeftAlone() {
		ActionInvocation plain = new ActionInvocation("vote 1 2 yes", null);
		assertThat(plain.network()).isNull();
		assertThat(plain.item()).isNull();
		assertThat(plain.command()).isEqualTo("vote 1 2 yes");

		ActionInvocation odd = new ActionInvocation("@ not a scope", null);
		assertThat(odd.network()).isNull();
		assertThat(odd.command()).isEqualTo("@ not a scope");

		ActionInvocation networkOnly = new ActionInvocation(ActionInvocation.scoped(NETWORK, null, "evaluate 1"), null);
		assertThat(networkOnly.network()).isEqualTo(NETWORK);
		assertThat(networkOnly.item()).isNull();
		assertThat(networkOnly.command()).isEqualTo("evaluate 1");
	}

	@Test
	void scopingAMessageGivesItsUnscopedButtonsTheNetworkAndKeepsScopedOnes() {
		NetworkId other = new NetworkId("other");
		Message message = Message.builder()
			.paragraph("Hej")
			.buttons(Button.of("Sammanfattning", "homework summary 1"),
					Button.of("Svara", ActionInvocation.scoped(other, "hw", "answer 1")))
			.build();

		Message scoped = message.scopedTo(NETWORK);

		Actions actions = (Actions) scoped.blocks().get(1);
		assertThat(actions.buttons()).extracting(b -> new ActionInvocation(b.command(), null))
			.extracting(ActionInvocation::network, ActionInvocation::command)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(NETWORK, "homework summary 1"),
					org.assertj.core.groups.Tuple.tuple(other, "answer 1"));
		assertThat(message.scopedTo(null)).isSameAs(message);
	}

}
