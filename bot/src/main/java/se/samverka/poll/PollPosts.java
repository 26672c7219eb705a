package se.samverka.poll;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;
import se.samverka.delivery.Deliveries;
import se.samverka.network.NetworkAudience;
import se.samverka.scheduler.Schedules;

/**
 * Poll cards out in the conversations: posted to every conversation of the network (and
 * here), remembered, and updated in place with the live tally and finally the result.
 * Updates are throttled: a vote asks for a refresh at the next five-second mark and all
 * votes until then share it, so 500 people voting at once cause one update per card, not
 * 500.
 */
@Component
class PollPosts {

	static final String REFRESH = "poll.refresh";

	static final long REFRESH_EVERY_SECONDS = 5;

	private static final Logger log = LoggerFactory.getLogger(PollPosts.class);

	private final MongoTemplate mongo;

	private final Deliveries deliveries;

	private final Polls polls;

	private final NetworkAudience audience;

	private final Schedules schedules;

	private final Clock clock;

	private final PollCard cards;

	private final Object[] updating = new Object[32];

	PollPosts(MongoTemplate mongo, Deliveries deliveries, Polls polls, NetworkAudience audience, Schedules schedules,
			Clock clock, Texts texts) {
		this.mongo = mongo;
		this.deliveries = deliveries;
		this.polls = polls;
		this.audience = audience;
		this.schedules = schedules;
		this.clock = clock;
		this.cards = new PollCard(texts);
		for (int i = 0; i < updating.length; i++) {
			updating[i] = new Object();
		}
	}

	/**
	 * Posts the poll's card to every conversation of the network (in the network's
	 * language) and here (in the person's); returns how many got it.
	 */
	int postEverywhere(DatePoll poll, CommandContext ctx) {
		NetworkId network = new NetworkId(poll.networkId());
		Locale networkLanguage = audience.language(network);
		Map<ConversationKey, Locale> targets = new LinkedHashMap<>();
		targets.put(ctx.conversation(), ctx.locale());
		audience.conversations(network).forEach(conversation -> targets.putIfAbsent(conversation, networkLanguage));
		Tally tally = polls.tally(poll);
		int posted = 0;
		for (Map.Entry<ConversationKey, Locale> target : targets.entrySet()) {
			if (post(poll, tally, target.getKey(), target.getValue())) {
				posted++;
			}
		}
		log.info("Posted poll {} to {} of {} conversations", poll.id(), posted, targets.size());
		return posted;
	}

	private boolean post(DatePoll poll, Tally tally, ConversationKey conversation, Locale locale) {
		Optional<String> messageId = deliveries.postTracked(conversation, new NetworkId(poll.networkId()),
				cards.render(poll, tally, polls.organisations(new NetworkId(poll.networkId())), locale));
		messageId.filter(id -> !id.isEmpty())
			.ifPresent(id -> mongo.save(new PollPost(PollPost.idOf(poll, conversation), poll.id(),
					conversation.channel(), conversation.tenant(), conversation.conversationId(), id,
					locale.toLanguageTag(), clock.instant())));
		return messageId.isPresent();
	}

	/**
	 * A vote changed the tally: update the posted cards at the next five-second mark,
	 * once for all votes until then.
	 */
	void refreshSoon(DatePoll poll) {
		if (!mongo.exists(Query.query(Criteria.where("pollId").is(poll.id())), PollPost.class)) {
			return;
		}
		long due = (clock.instant().getEpochSecond() / REFRESH_EVERY_SECONDS + 1) * REFRESH_EVERY_SECONDS;
		String id = "poll-refresh:" + poll.id() + ":" + due;
		if (schedules.find(id).isEmpty()) {
			schedules.once(id, REFRESH, poll.id(), Instant.ofEpochSecond(due), ZoneOffset.UTC);
		}
	}

	/**
	 * Updates every posted card now (after closing). A closed poll's cards are updated
	 * once more at the next refresh mark: a refresh that another instance began before
	 * the poll closed cannot leave the open card over the result.
	 */
	void updateAll(DatePoll poll) {
		refreshNow(poll);
		if (!poll.open()) {
			refreshSoon(poll);
		}
	}

	/**
	 * Updates every posted card with the poll and tally as stored. One update of a poll
	 * at a time here, each reading the poll afresh, so the last one shows the latest
	 * state.
	 */
	void refreshNow(DatePoll poll) {
		synchronized (updating[Math.floorMod(poll.id().hashCode(), updating.length)]) {
			update(polls.find(poll.id()).orElse(poll));
		}
	}

	private void update(DatePoll current) {
		Tally tally = polls.tally(current);
		Set<String> organisations = polls.organisations(new NetworkId(current.networkId()));
		List<PollPost> posted = mongo.find(Query.query(Criteria.where("pollId").is(current.id())), PollPost.class);
		int updated = 0;
		for (PollPost post : posted) {
			Optional<String> kept = deliveries.update(post.conversation(), new NetworkId(current.networkId()),
					post.messageId(),
					cards.render(current, tally, organisations, Locale.forLanguageTag(post.language())));
			if (kept.isPresent()) {
				updated++;
				if (!kept.get().equals(post.messageId())) {
					mongo.updateFirst(Query.query(Criteria.where("_id").is(post.id())),
							Update.update("messageId", kept.get()), PollPost.class);
				}
			}
		}
		log.info("Updated {} of {} posted cards of poll {}", updated, posted.size(), current.id());
	}

}
