package se.samverka.homework;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import se.samverka.chat.PersonId;
import se.samverka.network.AnonymousOrganisations;

/**
 * At start-up, turns homework answers stored with their person (before
 * {@link HomeworkRespondents}) into answers of a respondent: the same answers under the
 * keyed hash, the organisation only when large enough, the time to the day; then the old
 * document goes. An answer given under the new form in between wins. Crash-safe and
 * idempotent: the new document is written before the old one is removed, and writing it
 * again changes nothing.
 */
@Component
class HomeworkAnswersMigration {

	private static final Logger log = LoggerFactory.getLogger(HomeworkAnswersMigration.class);

	private final MongoTemplate mongo;

	private final HomeworkRespondents respondents;

	private final AnonymousOrganisations organisations;

	HomeworkAnswersMigration(MongoTemplate mongo, HomeworkRespondents respondents,
			AnonymousOrganisations organisations) {
		this.mongo = mongo;
		this.respondents = respondents;
		this.organisations = organisations;
	}

	@EventListener(ApplicationReadyEvent.class)
	void migrate() {
		int moved = 0;
		for (Document old : mongo.find(Query.query(Criteria.where("personId").ne(null)), Document.class,
				"homework_answers")) {
			String homeworkId = old.getString("homeworkId");
			Optional<Homework> homework = Optional.ofNullable(mongo.findById(homeworkId, Homework.class));
			String respondent = respondents.of(homeworkId, new PersonId(old.getString("personId")));
			HomeworkAnswers current = mongo.findById(HomeworkAnswers.idOf(homeworkId, respondent),
					HomeworkAnswers.class);
			Map<String, String> answers = new HashMap<>();
			Document given = old.get("answers", Document.class);
			if (given != null) {
				given.forEach((question, text) -> answers.put(question, String.valueOf(text)));
			}
			if (current != null) {
				answers.putAll(current.answers());
			}
			String organisation = homework.map(h -> organisations.kept(h.networkId(), old.getString("organisation")))
				.orElse(null);
			java.util.Date updated = old.getDate("updatedAt");
			mongo.save(new HomeworkAnswers(HomeworkAnswers.idOf(homeworkId, respondent), homeworkId, respondent,
					organisation, answers, updated == null ? null : updated.toInstant().truncatedTo(ChronoUnit.DAYS)));
			mongo.remove(Query.query(Criteria.where("_id").is(old.getString("_id"))), "homework_answers");
			moved++;
		}
		if (moved > 0) {
			log.info("Homework answers of {} people now name nobody", moved);
		}
	}

}
