package se.samverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.samverka.chat.Access;
import se.samverka.chat.Caller;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.CommandNames;
import se.samverka.chat.NetworkId;

class AdmissionUnitTests {

	static final NetworkId NETWORK = new NetworkId("n-1");

	static final Caller OUTSIDE = Caller.outsideAnyNetwork();

	static final Caller IN_A_LINKED_CHANNEL = caller(EnumSet.of(Access.IN_NETWORK));

	static final Caller PARTICIPANT = caller(EnumSet.of(Access.IN_NETWORK, Access.MEMBER));

	static final Caller STEERING_MEMBER = caller(EnumSet.of(Access.IN_NETWORK, Access.MEMBER, Access.STEERING));

	static final Caller ORGANISER = caller(EnumSet.allOf(Access.class));

	@Test
	void everyoneIsAdmittedToCommandsForEveryone() {
		for (Caller caller : new Caller[] { OUTSIDE, IN_A_LINKED_CHANNEL, PARTICIPANT, ORGANISER }) {
			assertThat(Admission.refusal(spec(Access.EVERYONE), caller)).isEmpty();
		}
	}

	@Test
	void withoutANetworkEveryOtherLevelIsRefusedWithNoNetwork() {
		for (Access level : EnumSet.range(Access.IN_NETWORK, Access.ORGANISER)) {
			assertThat(Admission.refusal(spec(level).refusingNonMembersWith("poll.members-only"), OUTSIDE))
				.contains("error.no-network");
		}
	}

	@Test
	void aNonMemberInALinkedConversationIsInTheNetworkButNotAMember() {
		assertThat(Admission.refusal(spec(Access.IN_NETWORK), IN_A_LINKED_CHANNEL)).isEmpty();
		assertThat(Admission.refusal(spec(Access.MEMBER), IN_A_LINKED_CHANNEL)).contains("error.no-network");
		assertThat(
				Admission.refusal(spec(Access.MEMBER).refusingNonMembersWith("poll.members-only"), IN_A_LINKED_CHANNEL))
			.contains("poll.members-only");
	}

	@Test
	void organiserCommandsTellNonMembersTheirOwnTextOnlyWhereTheyHaveOne() {
		assertThat(Admission.refusal(spec(Access.ORGANISER), IN_A_LINKED_CHANNEL)).contains("error.organisers-only");
		assertThat(Admission.refusal(spec(Access.ORGANISER).refusingNonMembersWith("evaluation.members-only"),
				IN_A_LINKED_CHANNEL))
			.contains("evaluation.members-only");
		assertThat(Admission.refusal(spec(Access.ORGANISER).refusingNonMembersWith("evaluation.members-only"),
				PARTICIPANT))
			.contains("error.organisers-only");
	}

	@Test
	void membersAreAdmittedUpToTheirRole() {
		assertThat(Admission.refusal(spec(Access.MEMBER), PARTICIPANT)).isEmpty();
		assertThat(Admission.refusal(spec(Access.STEERING), PARTICIPANT)).contains("error.organisers-only");
		assertThat(Admission.refusal(spec(Access.STEERING).refusingWith("archive.link.refused"), PARTICIPANT))
			.contains("archive.link.refused");
		assertThat(Admission.refusal(spec(Access.STEERING), STEERING_MEMBER)).isEmpty();
		assertThat(Admission.refusal(spec(Access.ORGANISER), STEERING_MEMBER)).contains("error.organisers-only");
		for (Access level : Access.values()) {
			assertThat(Admission.refusal(spec(level), ORGANISER)).isEmpty();
		}
	}

	static CommandSpec spec(Access access) {
		return new CommandSpec(CommandNames.of("probe", "prov"), access, "help.help");
	}

	static Caller caller(Set<Access> access) {
		return new Caller(NETWORK, "Nätverket", access, null, ZoneId.of("Europe/Stockholm"));
	}

}
