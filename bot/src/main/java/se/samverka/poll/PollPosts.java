package se.samverka.poll;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;
import se.samverka.delivery.CardSource;
import se.samverka.delivery.DeliveryCounts;
import se.samverka.delivery.LiveCards;
import se.samverka.delivery.Outbox;
import se.samverka.chat.PersonId;
import se.samverka.network.NetworkAudience;
import se.samverka.network.PersonalMessages;
import se.samverka.network.OrganisationsRenamed;

/**
 * Poll cards out in the conversations, as live cards (delivery/LiveCards): posted to
 * every conversation of the network (and here), and updated in place with the live tally
 * and finally the result. A vote asks for an update within five seconds, shared by every
 * vote until then, so 500 people voting at once cause one update per card every five
 * seconds, not 500.
 */
@Component
class PollPosts implements CardSource {

	static final String KIND = "poll";

	/**
	 * How long the turn that starts a poll waits to say how many conversations got it.
	 */
	static final Duration SETTLE = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(PollPosts.class);

	private final LiveCards cards;

	private final Outbox outbox;

	private final Polls polls;

	private final NetworkAudience audience;

	private final PollCard card;

	private final PersonalMessages personal;

	PollPosts(LiveCards cards, Outbox outbox, Polls polls, NetworkAudience audience, Texts texts,
			PersonalMessages personal) {
		this.cards = cards;
		this.outbox = outbox;
		this.polls = polls;
		this.audience = audience;
		this.card = new PollCard(texts);
		this.personal = personal;
	}

	@Override
	public String kind() {
		return KIND;
	}

	/** The poll's card with the tally as stored now. */
	@Override
	public Optional<Message> render(String pollId, Locale locale) {
		return polls.find(pollId)
			.map(poll -> card.render(poll, polls.tally(poll), polls.organisations(new NetworkId(poll.networkId())),
					locale));
	}

	@Override
	public LegacyPosts legacyPosts() {
		return new LegacyPosts("poll_posts", "pollId", "polls");
	}

	/**
	 * Posts the poll's card to every conversation of the network (in the network's
	 * language) and here (in the person's); returns how many got it within a few seconds.
	 */
	int postEverywhere(DatePoll poll, CommandContext ctx) {
		NetworkId network = new NetworkId(poll.networkId());
		Locale networkLanguage = audience.language(network);
		Map<ConversationKey, Locale> targets = new LinkedHashMap<>();
		targets.put(ctx.conversation(), ctx.locale());
		audience.conversations(network).forEach(conversation -> targets.putIfAbsent(conversation, networkLanguage));
		DeliveryCounts counts = outbox.settle(cards.post(this, poll.id(), network, targets), SETTLE);
		tellWebMembers(poll, network);
		log.info("Posted poll {} to {} of {} conversations ({} still pending)", poll.id(), counts.sent(),
				targets.size(), counts.pending());
		return counts.sent();
	}

	/**
	 * Members whose only way in is their web page are in none of those conversations:
	 * each gets the poll once, personally (by e-mail), in their own language, and votes
	 * on their page.
	 */
	private void tellWebMembers(DatePoll poll, NetworkId network) {
		for (PersonId member : audience.webMembers(network)) {
			Locale locale = personal.languageOf(member);
			render(poll.id(), locale)
				.ifPresent(message -> personal.send("poll-start:" + poll.id(), member, network, message));
		}
	}

	/**
	 * A vote changed the tally: update the posted cards soon, once for all votes until
	 * then.
	 */
	void refreshSoon(DatePoll poll) {
		cards.updateSoon(KIND, poll.id());
	}

	/**
	 * A quorum poll's card counts organisations: after a rename or merge its open cards
	 * show the new count.
	 */
	@EventListener
	void organisationsRenamed(OrganisationsRenamed renamed) {
		polls.of(renamed.network()).stream().filter(p -> p.quorum() && p.open()).forEach(this::refreshSoon);
	}

	/** The poll closed or changed otherwise: update its cards as soon as may be. */
	void updateAll(DatePoll poll) {
		cards.update(KIND, poll.id());
	}

}
