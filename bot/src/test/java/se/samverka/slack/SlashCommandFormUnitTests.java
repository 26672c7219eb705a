package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;

/**
 * A slash command's form is read in one pass to the same payload Bolt's own parser makes;
 * anything that is not a slash command is left to Bolt.
 */
class SlashCommandFormUnitTests {

	private static final String FORM = "application/x-www-form-urlencoded";

	@Test
	void aSlashCommandReadsAsBoltReadsIt() {
		String body = SignedSlack.slashBody("U-form", "C-form", "lapp: Här & där = 100 % 🙂",
				"https://hooks.slack.com/commands/T1/2/x") + "&enterprise_id=E1&is_enterprise_install=false";

		SlashCommandPayload ours = SlackRequests.slashCommand(FORM + "; charset=utf-8", body);
		SlashCommandPayload bolts = new SlashCommandPayloadParser().parse(body);

		assertThat(ours).usingRecursiveComparison().isEqualTo(bolts);
		assertThat(ours.getText()).isEqualTo("lapp: Här & där = 100 % 🙂");
		assertThat(ours.getCommand()).isEqualTo("/samverka");
	}

	@Test
	void everythingElseIsLeftToBolt() {
		for (Map.Entry<String, String> other : List.of(Map.entry(FORM, "ssl_check=1&token=t&command=%2Fsamverka"),
				Map.entry(FORM, "payload=%7B%22type%22%3A%22block_actions%22%7D"),
				Map.entry(FORM, "token=t&team_id=T1&text=command%3Dx"),
				Map.entry("application/json", "{\"command\":\"/samverka\"}"))) {
			assertThat(SlackRequests.slashCommand(other.getKey(), other.getValue())).as(other.getValue()).isNull();
		}
	}

}
