package se.samverka.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A typed vote split into its answer and the ways to read the rest: poll and option by
 * number, or an option's label, with or without the poll's number first.
 */
class TypedVoteUnitTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			1 2 ja                  | YES   | 1:2
			#1 2 yes                | YES   | 1:2
			2 nej                   | NO    | newest:2
			1 29 sep ja             | YES   | 1:29 sep / newest:1 29 sep
			1 30/9 kanske           | MAYBE | 1:30/9 / newest:1 30/9
			1, 30/9, kanske!        | MAYBE | 1:30/9 / newest:1 30/9
			1 Sep 30 maybe          | MAYBE | 1:Sep 30 / newest:1 Sep 30
			1 Umeå om det behövs    | MAYBE | 1:Umeå / newest:1 Umeå
			Umeå if need be         | MAYBE | newest:Umeå
			#2 Luleå, Kulturens hus Om det behövs. | MAYBE | 2:Luleå Kulturens hus
			29/9 JA                 | YES   | newest:29/9
			""")
	void readsTheAnswerLastAndTheOptionBeforeIt(String typed, Answer answer, String readings) {
		TypedVote vote = TypedVote.parse(typed).orElseThrow();
		assertThat(vote.answer()).isEqualTo(answer);
		assertThat(vote.readings()
			.stream()
			.map(r -> (r.poll() == null ? "newest" : r.poll()) + ":" + r.option())
			.collect(Collectors.joining(" / "))).isEqualTo(readings);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			1 2 kanske-inte
			ja
			1 2
			1 29 sep
			""")
	void findsNoVoteWithoutAnAnswerOrAnOption(String typed) {
		assertThat(TypedVote.parse(typed)).isEmpty();
	}

}
