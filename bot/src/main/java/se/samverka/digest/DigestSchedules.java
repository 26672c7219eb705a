package se.samverka.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import se.samverka.chat.NetworkId;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.MeetingChanged;
import se.samverka.meeting.Meetings;
import se.samverka.network.Network;
import se.samverka.network.NetworkAudience;
import se.samverka.network.Networks;
import se.samverka.network.SteeringConversationLinked;
import se.samverka.scheduler.DueWork;
import se.samverka.scheduler.Recurrence;
import se.samverka.scheduler.Schedules;
import se.samverka.scheduler.WorkState;

/**
 * When digests are made, as due work: per network a recurring piece on its schedule (by
 * default Monday 08:00 network time, from the moment a steering conversation is set), and
 * one piece at the end of each planned meeting of a network that has a steering
 * conversation (without one there is nobody to tell). Settings live in
 * {@code digest_settings}.
 */
@Component
class DigestSchedules {

	static final String SCHEDULED = "digest.scheduled";

	static final String AFTER_MEETING = "digest.after-meeting";

	private static final Logger log = LoggerFactory.getLogger(DigestSchedules.class);

	private final MongoTemplate mongo;

	private final Schedules schedules;

	private final Networks networks;

	private final NetworkAudience audience;

	private final Meetings meetings;

	private final Clock clock;

	DigestSchedules(MongoTemplate mongo, Schedules schedules, Networks networks, NetworkAudience audience,
			Meetings meetings, Clock clock) {
		this.mongo = mongo;
		this.schedules = schedules;
		this.networks = networks;
		this.audience = audience;
		this.meetings = meetings;
		this.clock = clock;
	}

	DigestSettings settings(NetworkId network) {
		DigestSettings settings = mongo.findById(network.value(), DigestSettings.class);
		return settings != null ? settings : DigestSettings.defaults(network.value(), clock.instant());
	}

	/**
	 * A steering conversation was set: the default schedule starts, unless organisers
	 * chose one already, and the meetings still to come get their after-meeting digest.
	 */
	@EventListener
	void steeringLinked(SteeringConversationLinked linked) {
		DigestSettings settings = mongo.findAndModify(Query.query(Criteria.where("_id").is(linked.network().value())),
				new Update().setOnInsert("cron", DigestSettings.DEFAULT_CRON)
					.setOnInsert("approval", false)
					.setOnInsert("updatedAt", clock.instant()),
				FindAndModifyOptions.options().upsert(true).returnNew(true), DigestSettings.class);
		plan(linked.network(), settings.cron());
		Instant now = clock.instant();
		meetings.of(linked.network())
			.stream()
			.filter(m -> m.state() == Meeting.MeetingState.PLANNED && m.endsAt().isAfter(now))
			.forEach(m -> afterMeeting(m.id(), linked.network(), m.endsAt()));
	}

	/**
	 * At start-up: networks that got a steering conversation before digests existed (no
	 * settings yet) start the default schedule as if it had just been set. Networks with
	 * settings already have their work on the calendar, or chose to have none.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void scheduleMissing() {
		for (NetworkId network : networks.withSteering()) {
			if (mongo.findById(network.value(), DigestSettings.class) == null) {
				steeringLinked(new SteeringConversationLinked(network, null));
				log.info("Network {}: digests scheduled at start-up (steering conversation set earlier)", network);
			}
		}
	}

	/**
	 * Sets (or with null stops) the scheduled digests; returns the settings now in force.
	 */
	DigestSettings schedule(NetworkId network, String cron) {
		DigestSettings settings = upsert(network, Update.update("cron", cron));
		plan(network, cron);
		return settings;
	}

	DigestSettings approval(NetworkId network, boolean on) {
		return upsert(network, Update.update("approval", on));
	}

	/** When the next scheduled digest is due, if one is. */
	Optional<Instant> nextScheduled(NetworkId network) {
		return schedules.find(workId(network)).filter(w -> w.state() == WorkState.PENDING).map(DueWork::dueAt);
	}

	/**
	 * A meeting planned or moved gets its after-meeting digest at its end; a cancelled
	 * one loses it.
	 */
	@EventListener
	void meetingChanged(MeetingChanged changed) {
		Meeting meeting = changed.meeting();
		if (meeting.state() == Meeting.MeetingState.CANCELLED) {
			schedules.cancel(afterMeetingId(meeting.id()));
			return;
		}
		NetworkId network = new NetworkId(meeting.networkId());
		if (audience.hasDigestReaders(network)) {
			afterMeeting(meeting.id(), network, meeting.endsAt());
		}
	}

	private void afterMeeting(String meetingId, NetworkId network, Instant endsAt) {
		schedules.once(afterMeetingId(meetingId), AFTER_MEETING, meetingId, endsAt, zone(network));
	}

	private void plan(NetworkId network, String cron) {
		if (cron == null) {
			schedules.cancel(workId(network));
			log.info("Network {}: scheduled digests off", network);
			return;
		}
		schedules.recurring(workId(network), SCHEDULED, network.value(), new Recurrence(cron, zone(network)));
		log.info("Network {}: scheduled digests at {}", network, cron);
	}

	private DigestSettings upsert(NetworkId network, Update update) {
		DigestSettings defaults = DigestSettings.defaults(network.value(), clock.instant());
		if (!update.modifies("cron")) {
			update.setOnInsert("cron", defaults.cron());
		}
		if (!update.modifies("approval")) {
			update.setOnInsert("approval", defaults.approval());
		}
		update.set("updatedAt", clock.instant());
		return mongo.findAndModify(Query.query(Criteria.where("_id").is(network.value())), update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), DigestSettings.class);
	}

	ZoneId zone(NetworkId network) {
		return networks.find(network).map(Network::timezone).map(ZoneId::of).orElse(ZoneId.of("Europe/Stockholm"));
	}

	static String workId(NetworkId network) {
		return "digest:" + network.value() + ":scheduled";
	}

	static String afterMeetingId(String meetingId) {
		return "digest:after-meeting:" + meetingId;
	}

}
