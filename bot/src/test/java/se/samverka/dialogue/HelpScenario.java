package se.samverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverka.TestClock;

/**
 * Help on one screen, the same in every channel: what this person can do now, before,
 * during and after a meeting, as organiser and as participant, in at most twelve lines;
 * examples dated from today; {@code hjälp <ämne>} for the rest, and an unknown topic
 * answered with the list of topics. Each channel's test says how to talk and how its
 * answer is read.
 */
abstract class HelpScenario {

	static final int MOST_LINES = 12;

	static final String AGENDA = String.join("\n", "Nätverksträff 2 – Barnens bästa gäller!", "2026-03-25 Växjö",
			"09:00 Välkommen", "09:30 Grupparbete: Roller & mandat (30 min)", "10:15 Tack för idag");

	@Autowired
	TestClock clock;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	/** What the organiser reads, asking in the network's shared conversation. */
	abstract String organiser(String text) throws Exception;

	/** What the participant reads, asking in their personal chat. */
	abstract String participant(String text) throws Exception;

	static String inviteCodeIn(String reply) {
		Matcher code = Pattern.compile("Inbjudningskod\\*?:?\\*?\\s*([A-Z0-9-]{6,})").matcher(reply);
		assertThat(code.find()).as(reply).isTrue();
		return code.group(1);
	}

	/** The lines the answer takes on the screen (a fact is one line). */
	static long lines(String answer) {
		return answer.lines().filter(l -> !l.isBlank()).count();
	}

	String fits(String answer) {
		assertThat(lines(answer)).as("lines of %s", answer).isPositive().isLessThanOrEqualTo(MOST_LINES);
		assertThat(answer).doesNotContain("2021");
		return answer;
	}

	@Test
	void helpFitsOnAScreenBeforeDuringAndAfterAMeeting() throws Exception {
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		assertThat(fits(participant("hjälp"))).as("outside any network")
			.contains("Du är inte med i något nätverk här än", "nätverk skapa <namn>")
			.contains("gå med <kod> <organisation>", "hjälp <ämne>");

		String code = inviteCodeIn(organiser("nätverk skapa Hjälpen " + run));
		participant("gå med " + code + " Polisen");
		assertThat(fits(organiser("hjälp"))).contains("ingen träff är planerad").contains("möte skapa <dagordning>");

		organiser("möte skapa\n" + AGENDA);
		assertThat(fits(organiser("hjälp"))).as("organiser, before")
			.contains("nästa träff är 2026-03-25 – Nätverksträff 2",
					"omröstning Nästa träff? | 2026-04-10 | 2026-04-11 | 2026-04-12 | deadline 2026-04-03 12:00",
					"läxa 2026-04-03 |");
		assertThat(fits(participant("hjälp"))).as("participant, before")
			.contains("agenda [nummer]", "rösta 1 2 ja")
			.doesNotContain("omröstning Nästa träff?");

		clock.set(Instant.parse("2026-03-25T08:40:00Z"));
		assertThat(fits(participant("hjälp"))).as("participant, during")
			.contains("i dag är det träff", "lapp Vi behöver en gemensam kontaktlista", "här");
		assertThat(fits(organiser("hjälp"))).as("organiser, during").contains("grupper <storlek> [starttid]");

		clock.set(Instant.parse("2026-03-26T09:00:00Z"));
		assertThat(fits(participant("hjälp"))).as("participant, after")
			.contains("senaste träffen var 2026-03-25", "utvärdera 2 4 5 3 4 5 4");
		assertThat(fits(organiser("hjälp"))).as("organiser, after").contains("utvärdering skicka");

		assertThat(fits(participant("hjälp lappar"))).as("a topic")
			.contains("Hjälp: lappar", "lapp Vi behöver en gemensam kontaktlista")
			.doesNotContain("rösta 1 2 ja");
		assertThat(fits(participant("hjälp omröstning"))).as("a topic, as participant")
			.contains("rösta 1 2 ja")
			.doesNotContain("omröstning stäng 1");
		assertThat(fits(organiser("hjälp omröstning"))).as("a topic, as organiser").contains("omröstning stäng 1");
		assertThat(fits(participant("hjälp dansa"))).as("an unknown topic")
			.contains("Ämnet ”dansa” känner jag inte till")
			.contains(
					"möte, grupper, lappar, väggar, omröstning, läxa, utvärdering, lägesrapport, nätverk, organisationer");
	}

}
