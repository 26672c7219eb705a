package se.samverka.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Requests written together to the inbound journal come back as they were, whatever they
 * hold: colons, dashes, digits, empty text, missing fields, any language.
 */
class JournalledRequestUnitTests {

	@Test
	void requestsComeBackAsTheyWereWritten() {
		List<JournalledRequest> requests = List.of(
				new JournalledRequest("slack:command:1.2.3", JournalledRequest.Kind.COMMAND, "T1", "D1",
						"directmessage", "U1", "anna", "lapp: 12:30 - Här, på mötet! 🙂",
						"https://hooks.slack.com/commands/T1/1/x"),
				new JournalledRequest("slack:event:Ev1", JournalledRequest.Kind.DIRECT, "T1", "D2", null, "U2", null,
						"", null),
				new JournalledRequest("slack:event:Ev2", JournalledRequest.Kind.MENTION, "", "C-1", null, "U3", null,
						"-", "1700000000.000100"));

		String encoded = JournalledRequest.encode(requests);

		assertThat(JournalledRequest.decode(encoded)).isEqualTo(requests);
		assertThat(JournalledRequest.decode(JournalledRequest.encode(List.of()))).isEmpty();
	}

}
