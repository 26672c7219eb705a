package se.samverka.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.samverka.TestClock;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Message;
import se.samverka.chat.Sender;
import se.samverka.dialogue.Turns;

/**
 * A network with a past to archive, built through the bot's own turns (as the playground
 * sends them): two meetings, groups, a board with signed, anonymous and hidden notes and
 * +1s, a poll with a vote, homework with an answer. Eva writes only the anonymous note:
 * she is neither present nor in a group, so her name or organisation anywhere in the
 * archive would be a leak.
 */
final class ArchiveFixture {

	static final String FIRST_MEETING = """
			Nätverksträff 2 – Barnens bästa gäller!
			2026-03-25 Digitalt via Teams
			09:00 Välkommen | Ann-Christine Andersson
			09:30 Grupparbete: Roller & mandat (30 min)
			  Förväntningar på oss inom vår egen verksamhet
			10:45 Tack för idag""";

	static final String SECOND_MEETING = """
			Nätverksträff 3 – Uppföljning av lokal samverkan
			2026-05-20 Växjö
			09:00 Välkommen
			11:00 Tack för idag""";

	static final String EVA = "Eva Ekholm";

	static final String EVAS_ORGANISATION = "Hemliga föreningen";

	private static final HttpClient http = HttpClient.newHttpClient();

	private final Turns turns;

	private final TestClock clock;

	private final int port;

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + suffix;

	final String bo = "bo-" + suffix;

	final String cia = "cia-" + suffix;

	final String dan = "dan-" + suffix;

	final String eva = "eva-" + suffix;

	final String room = "archive-" + suffix;

	final String name = "Arkivnätverket " + suffix;

	String code;

	ArchiveFixture(Turns turns, TestClock clock, int port) {
		this.turns = turns;
		this.clock = clock;
		this.port = port;
	}

	ArchiveFixture build() {
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		code = inviteCode(inRoom(anna, "nätverk skapa " + name));
		personal(bo, "gå med " + code + " Polisen");
		personal(cia, "gå med " + code + " Skolan");
		personal(dan, "gå med " + code + " Socialtjänsten");
		personal(eva, "gå med " + code + " " + EVAS_ORGANISATION);
		assertThat(inRoom(anna, "möte skapa\n" + FIRST_MEETING)).contains("Nätverksträff 2");
		for (String present : new String[] { bo, cia, dan }) {
			personal(present, "här");
		}
		assertThat(inRoom(anna, "omröstning Nästa träff | 2026-05-20 | 2026-05-27")).contains("Nästa träff");
		personal(bo, "rösta 1 1 ja");
		personal(cia, "rösta 1 2 om det behövs");

		clock.set(Instant.parse("2026-03-25T08:35:00Z")); // 09:35 in Stockholm, during
															// the group work
		assertThat(inRoom(anna, "grupper 3")).contains("3 personer i en grupp");
		personal(bo, "lapp Tydliga kontaktvägar mellan skola och polis");
		personal(cia, "lapp Gemensamma rutiner för orosanmälan");
		assertThat(personal(eva, "lapp anon Hemlig synpunkt om ledningen")).doesNotContain("Ekholm");
		personal(dan, "lapp Det här ska bort");
		personal(cia, "plus 1");
		personal(dan, "plus 1");
		assertThat(inRoom(anna, "lapp dölj 4")).isNotBlank();

		clock.set(Instant.parse("2026-03-25T12:00:00Z"));
		assertThat(inRoom(anna, "läxa 2026-04-30 | Vad tar vi med oss tillbaka?")).contains("Läxa 1");
		personal(bo, "svar 1 Rollfördelningen mellan oss");
		assertThat(inRoom(anna, "möte skapa\n" + SECOND_MEETING)).contains("Nätverksträff 3");
		clock.set(Instant.parse("2026-03-26T10:00:00Z"));
		return this;
	}

	String inRoom(String user, String text) {
		return say(user, room, ConversationKind.GROUP, text);
	}

	String personal(String user, String text) {
		return say(user, "dm-" + user, ConversationKind.PERSONAL, text);
	}

	String say(String user, String conversation, ConversationKind kind, String text) {
		String display = user.equals(eva) ? EVA : "Person " + user;
		Inbound inbound = Inbound.typed("archive-test:" + UUID.randomUUID(),
				new ConversationKey(Channel.PLAYGROUND, "playground", conversation), kind,
				new Sender(Channel.PLAYGROUND, "playground", user, display, "sv"), text, null);
		return turns.handle(inbound).replies().stream().map(Message::fallbackText).collect(Collectors.joining("\n"));
	}

	/** The path and query of the archive link the user gets in their personal chat. */
	String archiveLink(String user) {
		return linkIn(personal(user, "arkiv länk"));
	}

	static String linkIn(String reply) {
		Matcher link = Pattern
			.compile("https?://[^/\\s]+(/archive/[0-9a-f-]{36}\\?t=[0-9]+\\.(?:sv|en)\\.[A-Za-z0-9_-]+)")
			.matcher(reply);
		assertThat(link.find()).as("an archive link in %s", reply).isTrue();
		return link.group(1);
	}

	HttpResponse<String> get(String pathAndQuery) {
		try {
			return http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String inviteCode(String reply) {
		Matcher m = Pattern.compile("(?:Inbjudningskod|Invite code): (\\S+)").matcher(reply);
		assertThat(m.find()).as("invite code in %s", reply).isTrue();
		return m.group(1);
	}

}
