package se.samverka.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.Texts;
import se.samverka.meeting.Meeting;
import se.samverka.network.AnonymousAnswerStore;
import se.samverka.network.AnonymousOrganisations;
import se.samverka.network.OrganisationCopies;

/**
 * The evaluations of each network's meetings and their anonymous answers. The public
 * methods are what the digest and the archive read: results that keep the
 * at-least-{@value EvaluationTally#SHOWN_FROM} rule, and the same results as a message.
 */
@Service
public class Evaluations implements OrganisationCopies {

	/** Its answers, for the start-up clean-up of small organisations. */
	@Bean
	static AnonymousAnswerStore evaluationAnswers() {
		return new AnonymousAnswerStore("evaluations", new Criteria(), "evaluation_answers", "evaluationId");
	}

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "meetingDate", "meetingNumber");

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Texts texts;

	private final Respondents respondents;

	private final EvaluationSettings settings;

	private final AnonymousOrganisations organisations;

	Evaluations(MongoTemplate mongo, Clock clock, Texts texts, Respondents respondents, EvaluationSettings settings,
			AnonymousOrganisations organisations) {
		this.organisations = organisations;
		this.mongo = mongo;
		this.clock = clock;
		this.texts = texts;
		this.respondents = respondents;
		this.settings = settings;
	}

	/**
	 * The results of the evaluation of the network's meeting with that number, if it was
	 * evaluated.
	 */
	public Optional<EvaluationResults> results(NetworkId network, int meetingNumber) {
		return byMeetingNumber(network, meetingNumber).map(this::resultsOf);
	}

	/** The results of every evaluation in the network, newest meeting first. */
	public List<EvaluationResults> all(NetworkId network) {
		return mongo
			.find(Query.query(Criteria.where("networkId").is(network.value())).with(NEWEST_FIRST), Evaluation.class)
			.stream()
			.map(this::resultsOf)
			.toList();
	}

	/**
	 * The results as a message: counts, and per statement its average and a bar per
	 * answer 1–5, and comments.
	 */
	public Message message(EvaluationResults results, Locale locale) {
		return new ResultsMessage(texts).render(results, locale).build();
	}

	EvaluationResults resultsOf(Evaluation evaluation) {
		return EvaluationTally.results(evaluation.meetingNumber(), evaluation.invited().size(), answersTo(evaluation),
				(statement, locale) -> texts.get(locale, statement.labelKey()));
	}

	Instant now() {
		return clock.instant();
	}

	/**
	 * The meeting's evaluation, made now if it has none yet (one per meeting, whoever is
	 * first).
	 */
	Evaluation openFor(Meeting meeting) {
		Optional<Evaluation> existing = find(meeting.id());
		if (existing.isPresent()) {
			return existing.get();
		}
		Evaluation fresh = new Evaluation(meeting.id(), meeting.networkId(), meeting.number(), meeting.title(),
				meeting.date().toString(), meeting.zone(), List.of(),
				EvaluationCalendar.closesAt(meeting.date(), settings.closeAfterDays(), meeting.zoneId()),
				EvaluationCalendar.lastDay(meeting.date(), settings.closeAfterDays()).toString(),
				EvaluationCalendar.remindAt(meeting.date(), settings.remindAfterDays(), meeting.zoneId()),
				clock.instant());
		try {
			return mongo.insert(fresh);
		}
		catch (DuplicateKeyException raced) {
			return find(meeting.id()).orElseThrow(() -> raced);
		}
	}

	/** Whether an evaluation of the meeting would still take answers now. */
	boolean stillOpenFor(Meeting meeting) {
		return find(meeting.id()).map(Evaluation::closesAt)
			.orElse(EvaluationCalendar.closesAt(meeting.date(), settings.closeAfterDays(), meeting.zoneId()))
			.isAfter(clock.instant());
	}

	/** Adds people to those asked (each once). */
	Evaluation invite(Evaluation evaluation, List<String> people) {
		if (!people.isEmpty()) {
			mongo.updateFirst(Query.query(Criteria.where("_id").is(evaluation.id())),
					new Update().addToSet("invited").each(people.toArray()), Evaluation.class);
		}
		return find(evaluation.id()).orElse(evaluation);
	}

	Optional<Evaluation> find(String id) {
		return Optional.ofNullable(mongo.findById(id, Evaluation.class));
	}

	Optional<Evaluation> byMeetingNumber(NetworkId network, int meetingNumber) {
		return Optional.ofNullable(mongo.findOne(
				Query.query(Criteria.where("networkId").is(network.value()).and("meetingNumber").is(meetingNumber)),
				Evaluation.class));
	}

	Optional<Evaluation> latest(NetworkId network) {
		return Optional.ofNullable(mongo.findOne(
				Query.query(Criteria.where("networkId").is(network.value())).with(NEWEST_FIRST), Evaluation.class));
	}

	/** The newest evaluation the person was asked to answer that still takes answers. */
	Optional<Evaluation> newestOpenFor(NetworkId network, PersonId person) {
		return Optional.ofNullable(mongo.findOne(
				Query
					.query(Criteria.where("networkId")
						.is(network.value())
						.and("invited")
						.is(person.value())
						.and("closesAt")
						.gt(clock.instant()))
					.with(NEWEST_FIRST),
				Evaluation.class));
	}

	boolean open(Evaluation evaluation) {
		return evaluation.openAt(clock.instant());
	}

	/**
	 * Records the person's answer, replacing an earlier one: one document per respondent,
	 * written whole, with their organisation only when it is large enough not to narrow
	 * them down ({@link AnonymousOrganisations}).
	 */
	void answer(Evaluation evaluation, PersonId person, String organisation, AnswerParser.Draft draft) {
		String respondent = respondents.of(evaluation, person);
		mongo.save(new EvaluationAnswer(EvaluationAnswer.idOf(evaluation.id(), respondent), evaluation.id(), respondent,
				organisations.kept(evaluation.networkId(), organisation), draft.scores(), draft.comment()));
	}

	boolean hasAnswered(Evaluation evaluation, PersonId person) {
		String id = EvaluationAnswer.idOf(evaluation.id(), respondents.of(evaluation, person));
		return mongo.exists(Query.query(Criteria.where("_id").is(id)), EvaluationAnswer.class);
	}

	List<EvaluationAnswer> answersTo(Evaluation evaluation) {
		return mongo.find(Query.query(Criteria.where("evaluationId").is(evaluation.id())), EvaluationAnswer.class);
	}

	/** An answer keeps its author's organisation; renames follow it there. */
	@Override
	public Where organisationCopies() {
		return new Where("evaluation_answers", "evaluationId", "evaluations");
	}

}
