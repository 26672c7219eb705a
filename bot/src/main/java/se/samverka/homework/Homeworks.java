package se.samverka.homework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.network.AnonymousAnswerStore;
import se.samverka.network.AnonymousOrganisations;
import se.samverka.network.OrganisationCopies;

/** The homework of each network, numbered 1, 2, ... within it, and the answers to it. */
@Service
class Homeworks implements OrganisationCopies {

	/** Its answers, for the start-up clean-up of small organisations. */
	@Bean
	static AnonymousAnswerStore homeworkAnswers() {
		return new AnonymousAnswerStore("homework", new Criteria(), "homework_answers", "homeworkId");
	}

	private static final String COLLECTION = "homework";

	private static final String LETTERS_QUEUED = "lettersQueued";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final HomeworkRespondents respondents;

	private final AnonymousOrganisations organisations;

	Homeworks(MongoTemplate mongo, Clock clock, HomeworkRespondents respondents, AnonymousOrganisations organisations) {
		this.respondents = respondents;
		this.organisations = organisations;
		this.mongo = mongo;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today(ZoneId zone) {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	record Assignment(String meetingId, LocalDate meetingDay, List<String> recipients) {
	}

	Homework create(NetworkId network, HomeworkParser.Draft draft, Assignment assignment, ZoneId zone,
			PersonId organiser) {
		Instant dueAt = draft.due().plusDays(1).atStartOfDay(zone).toInstant();
		List<String> reminders = ReminderPlan
			.upcoming(ReminderPlan.defaults(assignment.meetingDay(), draft.due()), zone, clock.instant(), dueAt)
			.stream()
			.map(LocalDate::toString)
			.toList();
		for (int attempt = 0;; attempt++) {
			Homework homework = new Homework(UUID.randomUUID().toString(), network.value(), highestNumber(network) + 1,
					assignment.meetingId(), assignment.meetingDay() == null ? null : assignment.meetingDay().toString(),
					draft.questions(), draft.due().toString(), dueAt, zone.getId(), assignment.recipients(), reminders,
					organiser.value(), clock.instant());
			try {
				// marked as not yet handed to the outbox until every recipient's letter
				// is
				// queued: a crash in between leaves it for the start-up to finish
				org.bson.Document stored = new org.bson.Document();
				mongo.getConverter().write(homework, stored);
				stored.append(LETTERS_QUEUED, false);
				mongo.insert(stored, COLLECTION);
				return homework;
			}
			catch (DuplicateKeyException raced) {
				if (attempt >= 5) {
					throw raced;
				}
			}
		}
	}

	/**
	 * Every recipient's letters are in the outbox: the mark goes, so the start-up's query
	 * reads a sparse index of only the homework still being sent.
	 */
	void lettersQueued(Homework homework) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(homework.id())), new Update().unset(LETTERS_QUEUED),
				COLLECTION);
	}

	/** Homework whose letters a crash may have left half queued. */
	List<Homework> withLettersNotQueued() {
		return mongo.find(Query.query(Criteria.where(LETTERS_QUEUED).is(false)), Homework.class, COLLECTION);
	}

	Optional<Homework> find(String id) {
		return Optional.ofNullable(mongo.findById(id, Homework.class));
	}

	Optional<Homework> byNumber(NetworkId network, int number) {
		return Optional.ofNullable(mongo.findOne(
				Query.query(Criteria.where("networkId").is(network.value()).and("number").is(number)), Homework.class));
	}

	/** The network's newest homework. */
	Optional<Homework> latest(NetworkId network) {
		return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("networkId").is(network.value()))
			.with(Sort.by(Sort.Direction.DESC, "number")), Homework.class));
	}

	/** The newest homework the person was given in the network (open or not). */
	Optional<Homework> newestFor(NetworkId network, PersonId person) {
		return Optional.ofNullable(mongo
			.findOne(Query.query(Criteria.where("networkId").is(network.value()).and("recipients").is(person.value()))
				.with(Sort.by(Sort.Direction.DESC, "number")), Homework.class));
	}

	/** The newest homework given to the person that still takes answers. */
	Optional<Homework> newestOpenFor(NetworkId network, PersonId person) {
		return Optional.ofNullable(mongo.findOne(
				Query
					.query(Criteria.where("networkId")
						.is(network.value())
						.and("recipients")
						.is(person.value())
						.and("dueAt")
						.gt(clock.instant()))
					.with(Sort.by(Sort.Direction.DESC, "number")),
				Homework.class));
	}

	boolean open(Homework homework) {
		return homework.openAt(clock.instant());
	}

	/** Records (or replaces) one answer. */
	void answer(Homework homework, PersonId person, String organisation, int question, String text) {
		String respondent = respondents.of(homework.id(), person);
		Update update = new Update().set("answers." + question, text)
			.set("homeworkId", homework.id())
			.set("respondent", respondent)
			.set("organisation", organisations.kept(homework.networkId(), organisation))
			.set("updatedAt", clock.instant().truncatedTo(ChronoUnit.DAYS));
		String id = HomeworkAnswers.idOf(homework.id(), respondent);
		mongo.findAndModify(Query.query(Criteria.where("_id").is(id)), update,
				FindAndModifyOptions.options().upsert(true), HomeworkAnswers.class);
	}

	List<HomeworkAnswers> answersTo(Homework homework) {
		return mongo.find(Query.query(Criteria.where("homeworkId").is(homework.id())), HomeworkAnswers.class);
	}

	Optional<HomeworkAnswers> answersOf(Homework homework, PersonId person) {
		return Optional.ofNullable(mongo.findById(
				HomeworkAnswers.idOf(homework.id(), respondents.of(homework.id(), person)), HomeworkAnswers.class));
	}

	Homework replan(Homework homework, List<LocalDate> days) {
		List<String> kept = ReminderPlan.upcoming(days, homework.zoneId(), clock.instant(), homework.dueAt())
			.stream()
			.map(LocalDate::toString)
			.toList();
		mongo.updateFirst(Query.query(Criteria.where("_id").is(homework.id())), Update.update("reminders", kept),
				Homework.class);
		return homework.withReminders(kept);
	}

	private int highestNumber(NetworkId network) {
		return latest(network).map(Homework::number).orElse(0);
	}

	/** An answer keeps its author's organisation; renames follow it there. */
	@Override
	public Where organisationCopies() {
		return new Where("homework_answers", "homeworkId", "homework");
	}

}
