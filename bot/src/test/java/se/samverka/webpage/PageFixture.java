package se.samverka.webpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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
import se.samverka.chat.PersonId;
import se.samverka.chat.Sender;
import se.samverka.dialogue.Turns;
import se.samverka.links.PersonalLinks;
import se.samverka.network.WebMembers;

/**
 * A network with something on every part of a personal page, built through the bot's own
 * turns: Anna (organiser, in the playground) invites Eva by e-mail, plans a meeting with
 * group work, starts a poll and a board; Bo, Cia and Eva (from her page) say they are
 * there.
 */
final class PageFixture {

	static final String MEETING = """
			Nätverksträff 2 – Barnens bästa gäller!
			2026-03-25 Digitalt via Teams
			09:00 Välkommen
			09:30 Grupparbete: Roller & mandat (30 min)
			10:45 Tack för idag""";

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final String anna = "anna-" + suffix;

	final String bo = "bo-" + suffix;

	final String cia = "cia-" + suffix;

	final String room = "page-" + suffix;

	final String name = "Sidnätverket " + suffix;

	final String email = "eva.ek" + suffix + "@example.org";

	private final Turns turns;

	private final TestClock clock;

	private final PersonalLinks links;

	private final WebMembers members;

	private final PageClient client;

	PersonId eva;

	String evasPage;

	PageFixture(Turns turns, TestClock clock, PersonalLinks links, WebMembers members, PageClient client) {
		this.turns = turns;
		this.clock = clock;
		this.links = links;
		this.members = members;
		this.client = client;
	}

	PageFixture build() {
		clock.set(Instant.parse("2026-03-20T09:00:00Z"));
		String code = inviteCode(inRoom(anna, "nätverk skapa " + name));
		personal(bo, "gå med " + code + " Polisen");
		personal(cia, "gå med " + code + " Skolan");
		assertThat(inRoom(anna, "bjud in " + email + " Friskolan Eken")).contains(email);
		eva = new PersonId(members.byEmail(email).orElseThrow().id());
		evasPage = PersonalLinks.PATH + links.token(eva);
		assertThat(inRoom(anna, "möte skapa\n" + MEETING)).contains("Nätverksträff 2");
		assertThat(inRoom(anna, "omröstning Nästa träff | 2026-05-20 | 2026-05-27")).contains("Nästa träff");
		assertThat(inRoom(anna, "vägg skapa Erfarenheter | Vad fungerar? | Vad saknas?")).contains("Erfarenheter");
		personal(bo, "här");
		personal(cia, "här");
		assertThat(typed(evasPage, "här")).contains("på plats");
		return this;
	}

	/**
	 * A command sent from the page as a form with only a command (what a button does).
	 */
	String typed(String page, String command) {
		PageClient.Form any = client.get(page).forms().get(0);
		Map<String, String> fields = new LinkedHashMap<>(any.hidden());
		fields.put("nonce", UUID.randomUUID().toString());
		fields.put("fields", "");
		fields.put("command", command);
		return PageClient.text(client.submit(page, fields).body());
	}

	/** In a shared room of another network. */
	String say(String user, String room, String text) {
		return say(user, room, ConversationKind.GROUP, text);
	}

	String inRoom(String user, String text) {
		return say(user, room, ConversationKind.GROUP, text);
	}

	String personal(String user, String text) {
		return say(user, "dm-" + user, ConversationKind.PERSONAL, text);
	}

	String say(String user, String conversation, ConversationKind kind, String text) {
		Inbound inbound = Inbound.typed("page-test:" + UUID.randomUUID(),
				new ConversationKey(Channel.PLAYGROUND, "playground", conversation), kind,
				new Sender(Channel.PLAYGROUND, "playground", user, "Person " + user, "sv"), text, null);
		return turns.handle(inbound).replies().stream().map(Message::fallbackText).collect(Collectors.joining("\n"));
	}

	private static String inviteCode(String reply) {
		Matcher m = Pattern.compile("(?:Inbjudningskod|Invite code): (\\S+)").matcher(reply);
		assertThat(m.find()).as("invite code in %s", reply).isTrue();
		return m.group(1);
	}

}
