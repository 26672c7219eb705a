package se.samverka.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.dialogue.Turns;

/**
 * The archive page and the Markdown export over HTTP: what they show and in which order,
 * what they never show (an anonymous note's author, hidden notes, names next to homework
 * answers), the search, the language, and 403/404 for every link that should open
 * nothing.
 */
@SamverkaTest
class ArchivePageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Turns turns;

	@Autowired
	TestClock clock;

	ArchiveFixture network;

	@BeforeEach
	void buildNetwork() {
		network = new ArchiveFixture(turns, clock, port).build();
	}

	@Test
	void organisersLinkShowsTheNewestMeetingAndLinksToEveryOtherWithItsParts() {
		HttpResponse<String> response = network.get(network.archiveLink(network.anna));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValue(ArchiveController.CONTENT_SECURITY_POLICY);
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		String page = response.body();
		assertThat(page).startsWith("<!DOCTYPE html>")
			.contains("<html lang=\"sv\">")
			.contains("<a class=\"skip\" href=\"#main\">Hoppa till innehållet</a>")
			.contains("<label for=\"q\">Sök i arkivet</label>")
			.doesNotContain("<script")
			.doesNotContain("http://")
			.doesNotContain("https://");
		assertThat(count(page, "<h1")).isOne();
		assertThat(page).contains("<h1>Arkiv: " + network.name + "</h1>");
		assertThat(count(page, "<h2 id=\"meeting-")).as("one meeting at a time, the newest").isOne();
		assertThat(page).contains("<h2 id=\"meeting-2\">Träff 2: Nätverksträff 3 – Uppföljning av lokal samverkan</h2>")
			.contains("<li aria-current=\"page\">Träff 2: Nätverksträff 3 – Uppföljning av lokal samverkan")
			.containsPattern("<li><a href=\"/archive/[0-9a-f-]{36}\\?t=[^\"]+&amp;m=1\">Träff 1: Nätverksträff 2");
		page = network.get(network.archiveLink(network.anna) + "&m=1").body();
		assertThat(count(page, "<h2 id=\"meeting-")).isOne();
		String first = page.substring(page.indexOf("<h2 id=\"meeting-1\""));
		assertThat(first).contains("2026-03-25 · Digitalt via Teams")
			.contains("<h3>Dagordning</h3>")
			.contains("<li>09:00–09:30 Välkommen (Ann-Christine Andersson)</li>")
			.contains("fråga: Förväntningar på oss inom vår egen verksamhet")
			.contains("<h3>Grupper</h3>")
			.contains("<p class=\"label\">Grupp 1</p>")
			.contains("Person " + network.bo + " (Polisen)")
			.contains("Person " + network.dan + " (Socialtjänsten)")
			.contains("<h3>Väggar</h3>")
			.contains("#1 Tydliga kontaktvägar mellan skola och polis (Grupp 1 · Polisen · +2)")
			.contains("#2 Gemensamma rutiner för orosanmälan (Grupp 1 · Skolan)")
			.contains("<h3>Omröstningar</h3>")
			.contains("Omröstning 1: Nästa träff")
			.contains("<tr><th scope=\"row\">1. 2026-05-20</th><td>1</td><td>0</td><td>0</td></tr>")
			.contains("<tr><th scope=\"row\">2. 2026-05-27</th><td>0</td><td>1</td><td>0</td></tr>")
			.contains("<h3>Läxor</h3>")
			.contains("Fråga 1: Vad tar vi med oss tillbaka?")
			.as("an answer without name or organisation (fewer than 5 answers)")
			.contains("<li>Rollfördelningen mellan oss</li>");
		assertThat(page.indexOf("<h3>Dagordning</h3>", page.indexOf("meeting-1")))
			.isLessThan(page.indexOf("<h3>Grupper</h3>"))
			.isLessThan(page.indexOf("<h3>Väggar</h3>"));
		assertThat(page)
			.contains("<svg id=\"participation-chart\" role=\"img\" aria-labelledby=\"chart-title chart-desc\"")
			.contains("<desc id=\"chart-desc\">Polisen: 1; Skolan: 1; Socialtjänsten: 1</desc>")
			.contains("<tr><th scope=\"row\">Polisen</th><td>1</td></tr>")
			.contains("/archive/archive.css");
	}

	@Test
	void evaluationsShowHowManyAnsweredAndTheirFiguresAsBarsOnlyFromFiveAnswers() {
		// meeting 1: the three who said "här" are asked, and three answers are too few to
		// show figures
		assertThat(network.inRoom(network.anna, "utvärdering skicka 1")).isNotBlank();
		for (String who : new String[] { network.bo, network.cia, network.dan }) {
			network.personal(who, "utvärdera 1 4 5 3 4 5 4 | Bra blandning i grupperna");
		}
		// meeting 2: nobody said "här", so every member is asked; five answer
		assertThat(network.inRoom(network.anna, "utvärdering skicka 2")).isNotBlank();
		String[] everyone = { network.anna, network.bo, network.cia, network.dan, network.eva };
		for (int i = 0; i < everyone.length; i++) {
			network.personal(everyone[i],
					"utvärdera 2 " + (i % 2 == 0 ? "4" : "5") + " 3 3 4 5 2 | Synpunkt nummer " + i);
		}

		String link = network.archiveLink(network.anna);
		String second = network.get(link + "&m=2").body();
		second = second.substring(second.indexOf("<h2 id=\"meeting-2\""));
		String first = network.get(link + "&m=1").body();
		first = first.substring(first.indexOf("<h2 id=\"meeting-1\""));
		assertThat(first).contains("<h3>Utvärdering</h3>")
			.contains("3 av 3 har svarat (anonymt).")
			.contains("För få svar för att visa något mer (3 av minst 5).")
			.doesNotContain("Bra blandning");
		assertThat(second).contains("<h3>Utvärdering</h3>")
			.contains("5 av 5 har svarat (anonymt).")
			.contains("<svg role=\"img\"")
			.contains("<title>Utvärdering av träff 2: medelvärde och antal svar per värde</title>")
			.as("first statement: three 4s and two 5s")
			.contains("<td>4,4</td><td>0</td><td>0</td><td>0</td><td>3</td><td>2</td>")
			.contains("<li>Synpunkt nummer 3</li>");
		// the answers keep no names: nothing in the section says who answered what
		String section = second.substring(second.indexOf("<h3>Utvärdering</h3>"));
		assertThat(section).doesNotContain(network.bo).doesNotContain("Polisen").doesNotContain(ArchiveFixture.EVA);
		assertThat(network.get(markdownLink(network.archiveLink(network.anna), 2)).body())
			.contains("\n## Utvärdering\n")
			.contains("| 4,4 | 0 | 0 | 0 | 3 | 2 |");
	}

	@Test
	void digestsTheSteeringGroupReceivedAreKeptUnderTheirMeeting() {
		network.say(network.anna, "steering-" + network.suffix, se.samverka.chat.ConversationKind.GROUP,
				"styrgrupp här");
		assertThat(network.inRoom(network.anna, "lägesrapport skicka")).isNotBlank();

		String link = network.archiveLink(network.anna);
		String first = network.get(link + "&m=1").body();
		first = first.substring(first.indexOf("<h2 id=\"meeting-1\""));
		assertThat(first).contains("<h3>Lägesrapporter till styrgruppen</h3>")
			.contains("<h4>Lägesrapport: " + network.name + " (skickad av en arrangör)</h4>")
			.contains("<p class=\"label\">Nästa träff</p>")
			.as("the digest's own escapes are taken off; the page escapes for HTML")
			.doesNotContain("\\");
		assertThat(network.get(link).body()).as("the newest meeting, shown first")
			.contains("<h2 id=\"meeting-2\"")
			.doesNotContain("Lägesrapporter till styrgruppen");
	}

	@Test
	void anonymousNotesStayAnonymousAndHiddenNotesNeverShow() {
		String link = network.archiveLink(network.anna);
		String page = network.get(link + "&m=1").body();
		String markdown = network.get(markdownLink(link, 1)).body();
		for (String archived : new String[] { page, markdown }) {
			assertThat(archived).contains("Hemlig synpunkt om ledningen")
				.doesNotContain(ArchiveFixture.EVA)
				.doesNotContain("Ekholm")
				.doesNotContain(network.eva)
				.doesNotContain(ArchiveFixture.EVAS_ORGANISATION)
				.as("hidden note")
				.doesNotContain("Det här ska bort");
		}
		assertThat(page).contains("<li>#3 Hemlig synpunkt om ledningen (anonym)</li>");
	}

	@Test
	void searchNarrowsThePageToWhatMatches() {
		String link = network.archiveLink(network.anna);
		String found = network.get(link + "&q=" + URLEncoder.encode("KONTAKTVÄGAR", StandardCharsets.UTF_8)).body();
		assertThat(found).contains("Tydliga kontaktvägar")
			.doesNotContain("Gemensamma rutiner")
			.doesNotContain("Uppföljning av lokal samverkan")
			.doesNotContain("<h3>Dagordning</h3>")
			.contains("value=\"KONTAKTVÄGAR\"")
			.contains("role=\"status\"")
			.contains("Visa allt");
		String meeting = network.get(link + "&q=" + URLEncoder.encode("uppföljning", StandardCharsets.UTF_8)).body();
		assertThat(meeting).contains("Träff 2: Nätverksträff 3").doesNotContain("Träff 1: Nätverksträff 2");
		String answers = network.get(link + "&q=" + URLEncoder.encode("rollfördelning", StandardCharsets.UTF_8)).body();
		assertThat(answers).contains("<li>Rollfördelningen mellan oss</li>")
			.as("the question the answer belongs to")
			.contains("Fråga 1: Vad tar vi med oss tillbaka?")
			.doesNotContain("Tydliga kontaktvägar")
			.doesNotContain("Omröstning 1");
		String nothing = network.get(link + "&q=" + URLEncoder.encode("<script>zebra", StandardCharsets.UTF_8)).body();
		assertThat(nothing).contains("Inget i arkivet matchar sökningen.")
			.contains("value=\"&lt;script&gt;zebra\"")
			.doesNotContain("<script>");
	}

	@Test
	void markdownExportIsAnAttachmentNamedAfterTheMeeting() {
		HttpResponse<String> export = network.get(markdownLink(network.archiveLink(network.anna), 1));
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
		assertThat(export.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"samverka-meeting-1-2026-03-25.md\"");
		assertThat(export.body())
			// ordinary punctuation as written, not "gäller\\!"
			.startsWith("# Träff 1: Nätverksträff 2 – Barnens bästa gäller!\n\n2026-03-25 · Digitalt via Teams\n")
			.contains("\n## Dagordning\n")
			.contains("- 09:30–10:00 Grupparbete: Roller & mandat")
			.contains("\n## Väggar\n")
			.contains("- #1 Tydliga kontaktvägar mellan skola och polis (Grupp 1 · Polisen · +2)")
			.contains("| 1. 2026-05-20 | 1 | 0 | 0 |")
			.contains("- Rollfördelningen mellan oss")
			.doesNotContain("Uppföljning av lokal samverkan");
		assertThat(network.get(markdownLink(network.archiveLink(network.anna), 9)).statusCode()).as("unknown meeting")
			.isEqualTo(404);
	}

	@Test
	void theLinkCarriesThePersonsLanguage() {
		network.personal(network.anna, "language en");
		String link = network.archiveLink(network.anna);
		assertThat(link).contains(".en.");
		String page = network.get(link + "&m=1").body();
		assertThat(page).contains("<html lang=\"en\">")
			.contains("<h2 id=\"meetings\">The network&#39;s meetings</h2>")
			.contains("<h1>Archive: " + network.name + "</h1>")
			.contains("<h3>Agenda</h3>")
			.contains("<h3>Boards</h3>")
			.contains("Search the archive")
			.contains("#3 Hemlig synpunkt om ledningen (anonymous)");
		HttpResponse<String> tampered = network.get(link.replace(".en.", ".sv."));
		assertThat(tampered.statusCode()).isEqualTo(403);
		assertThat(tampered.body()).contains("<html lang=\"sv\">").contains("inte giltig");
	}

	@Test
	void refusesMissingTamperedExpiredAndForeignTokens() {
		String link = network.archiveLink(network.anna);
		String path = link.substring(0, link.indexOf('?'));
		String token = link.substring(link.indexOf("?t=") + 3);
		ArchiveFixture other = new ArchiveFixture(turns, clock, port).build();
		String otherToken = other.archiveLink(other.anna).replaceAll(".*\\?t=", "");

		assertRefused(network.get(path), "Den här länken till arkivet är inte giltig.");
		assertRefused(network.get(path + "?t="), "inte giltig");
		assertRefused(network.get(path + "?t=" + token.substring(0, token.length() - 2) + "xx"), "inte giltig");
		String later = (Long.parseLong(token.substring(0, token.indexOf('.'))) + 86_400)
				+ token.substring(token.indexOf('.'));
		assertRefused(network.get(path + "?t=" + later), "inte giltig");
		assertRefused(network.get(path + "?t=" + otherToken), "inte giltig");
		assertRefused(network.get("/archive/not-a-network?t=" + token), "inte giltig");
		assertRefused(network.get(markdownLink(path + "?t=" + otherToken, 1)), "inte giltig");
		assertThat(network.get(link).statusCode()).isEqualTo(200);

		clock.set(clock.instant().plus(Duration.ofDays(7)).minusSeconds(1));
		assertThat(network.get(link).statusCode()).as("still within the 7 days").isEqualTo(200);
		clock.set(clock.instant().plusSeconds(1));
		assertRefused(network.get(link), "Den här länken till arkivet har gått ut.");
		assertRefused(network.get(markdownLink(link, 1)), "har gått ut");
		assertThat(network.get(network.archiveLink(network.anna)).statusCode()).as("a new link works").isEqualTo(200);
	}

	private static void assertRefused(HttpResponse<String> response, String reason) {
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(response.body()).contains("<html lang=\"sv\">")
			.contains("<h1>Länken fungerar inte</h1>")
			.contains(reason)
			.contains("arkiv länk")
			.doesNotContain("Exception")
			.doesNotContain("at se.samverka");
	}

	static String markdownLink(String link, int meeting) {
		return link.replace("?t=", "/meetings/" + meeting + ".md?t=");
	}

	private static int count(String text, String part) {
		Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

}
