package se.samverka.webpage;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.ActionInvocation;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.Sender;
import se.samverka.chat.Texts;
import se.samverka.dialogue.TurnOutcome;
import se.samverka.dialogue.Turns;
import se.samverka.links.PersonalLinks;
import se.samverka.network.Networks;
import se.samverka.network.People;
import se.samverka.network.Person;
import se.samverka.network.PersonalMessages;
import se.samverka.network.WebMember;
import se.samverka.network.WebMembers;

/**
 * A form from a person's page as a turn of the dialogue, the same as a pressed button in
 * Teams or Slack: sent by the person's own platform identity, in their personal web
 * conversation ({@code web::<person id>}), with the form's nonce as the key that makes a
 * second sending of the same form a duplicate. The commands, permissions, anonymity rules
 * and conversation log are therefore the dialogue's.
 */
@Component
class PageTurns {

	static final int MAX_COMMAND = 200;

	static final int MAX_INPUTS = 20;

	/** A field holds what a typed message may. */
	static final int MAX_INPUT_VALUE = 28_000;

	private static final Pattern INPUT_ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,40}");

	private static final Logger log = LoggerFactory.getLogger(PageTurns.class);

	private final Turns turns;

	private final People people;

	private final Texts texts;

	private final WebMembers webMembers;

	private final PersonalMessages personal;

	private final PersonalLinks links;

	private final Clock clock;

	private final Networks networks;

	PageTurns(Turns turns, People people, Texts texts, WebMembers webMembers, PersonalMessages personal,
			PersonalLinks links, Clock clock, Networks networks) {
		this.networks = networks;
		this.turns = turns;
		this.people = people;
		this.texts = texts;
		this.webMembers = webMembers;
		this.personal = personal;
		this.links = links;
		this.clock = clock;
	}

	/** The reply as HTML (forms with the form-token placeholder), in its language. */
	record Done(String html, Locale locale) {
	}

	/** What the form did, or null when it is not a form of the page. */
	Done handle(PersonId person, HttpServletRequest request) {
		String nonce = request.getParameter("nonce");
		String command = request.getParameter("command");
		String fields = request.getParameter("fields");
		Optional<Person> who = people.find(person);
		if (who.isEmpty() || !PageForms.validNonce(nonce) || command == null || command.isBlank()
				|| command.length() > MAX_COMMAND) {
			return null;
		}
		Map<String, String> inputs = new LinkedHashMap<>();
		if (fields != null && !fields.isBlank()) {
			String[] ids = fields.split(",");
			if (ids.length > MAX_INPUTS) {
				return null;
			}
			for (String id : ids) {
				String value = request.getParameter(MessageHtml.INPUT_PREFIX + id);
				if (!INPUT_ID.matcher(id).matches() || (value != null && value.length() > MAX_INPUT_VALUE)) {
					return null;
				}
				inputs.put(id, value == null ? "" : value);
			}
		}
		Person p = who.get();
		Sender sender = new Sender(p.channel(), p.tenant(), p.userId(), p.displayName(), null);
		Inbound inbound = Inbound.action("web:" + person.value() + ":" + nonce,
				new ConversationKey(Channel.WEB, "", person.value()), ConversationKind.PERSONAL, sender,
				new ActionInvocation(command, inputs), null);
		TurnOutcome outcome = turns.handle(inbound);
		log.debug("Personal page of person {}: a form was handled{}", person, outcome.duplicate() ? " (again)" : "");
		Locale locale = outcome.duplicate() ? people.localeOf(person) : outcome.locale();
		List<Message> replies = outcome.duplicate() ? List.of(Message.text(texts.get(locale, "page.duplicate")))
				: outcome.replies();
		MessageHtml html = new MessageHtml("r");
		StringBuilder reply = new StringBuilder();
		replies.forEach(m -> reply.append(html.render(m)));
		return new Done(reply.toString(), locale);
	}

	/** Whether a new link can be e-mailed to the person (a member invited by e-mail). */
	boolean renewableByEmail(PersonId person) {
		return people.find(person).filter(p -> p.channel() == Channel.WEB).isPresent()
				&& webMembers.of(person).filter(m -> !m.emailOff()).map(WebMember::email).isPresent();
	}

	/**
	 * Queues an e-mail with a fresh link, at most one a day (the form on an expired page
	 * can be sent by anyone holding the old link).
	 */
	boolean sendNewLink(PersonId person) {
		Locale locale = people.localeOf(person);
		long day = clock.instant().getEpochSecond() / Duration.ofDays(1).toSeconds();
		Message message = Message.builder()
			.heading(texts.get(locale, "page.new-link.heading"))
			.paragraph(texts.get(locale, "page.new-link.text"))
			.paragraph(links.url(person))
			.build();
		// the ledger counts every send against a network: the first of theirs
		Optional<NetworkId> network = networks.membershipsOf(person)
			.stream()
			.findFirst()
			.map(m -> new NetworkId(m.networkId()));
		boolean queued = network.isPresent()
				&& personal.send("page-new-link:" + person.value() + ":" + day, person, network.get(), message);
		log.info("Personal page of person {}: a new link was asked for by e-mail", person);
		return queued;
	}

}
