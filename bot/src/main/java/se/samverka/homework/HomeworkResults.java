package se.samverka.homework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import se.samverka.chat.NetworkId;

/**
 * The homework of a network with its answers, for reading elsewhere (the archive): never
 * with names, and with each answer's organisation only when a question has at least
 * {@value #BREAKDOWN_FROM} answers, so that few answers cannot be traced to a person (the
 * rule {@code homework summary} follows too).
 */
@Service
public class HomeworkResults {

	static final int BREAKDOWN_FROM = 5;

	private final MongoTemplate mongo;

	private final Homeworks homeworks;

	HomeworkResults(MongoTemplate mongo, Homeworks homeworks) {
		this.mongo = mongo;
		this.homeworks = homeworks;
	}

	/**
	 * @param meetingId the meeting it was given after, or null
	 * @param answered how many people answered at least one question
	 */
	public record HomeworkRecord(int number, String meetingId, Instant createdAt, String due, int recipients,
			int answered, List<QuestionRecord> questions) {
	}

	public record QuestionRecord(int number, String question, List<GivenAnswer> answers) {

		/** True when the answers carry their organisations (enough of them). */
		public boolean byOrganisation() {
			return answers.size() >= BREAKDOWN_FROM;
		}

	}

	/**
	 * @param organisation null when the question has too few answers to show it; "" when
	 * not known
	 */
	public record GivenAnswer(String organisation, String text) {
	}

	/** The network's homework, by number. */
	public List<HomeworkRecord> of(NetworkId network) {
		List<HomeworkRecord> records = new ArrayList<>();
		for (Homework homework : mongo.find(
				Query.query(Criteria.where("networkId").is(network.value())).with(Sort.by("number")), Homework.class)) {
			List<HomeworkAnswers> all = homeworks.answersTo(homework);
			List<QuestionRecord> questions = new ArrayList<>();
			for (int n = 1; n <= homework.questions().size(); n++) {
				questions.add(new QuestionRecord(n, homework.questions().get(n - 1), answers(all, n)));
			}
			records.add(new HomeworkRecord(homework.number(), homework.meetingId(), homework.createdAt(),
					homework.due(), homework.recipients().size(), all.size(), questions));
		}
		return records;
	}

	/**
	 * The answers to question {@code n}: with organisations (sorted by them) when there
	 * are at least {@value #BREAKDOWN_FROM}, else without, sorted by text so that their
	 * order tells nothing.
	 */
	static List<GivenAnswer> answers(List<HomeworkAnswers> all, int n) {
		List<GivenAnswer> given = new ArrayList<>();
		for (HomeworkAnswers person : all) {
			String text = person.answers().get(Integer.toString(n));
			if (text != null && !text.isBlank()) {
				given.add(new GivenAnswer(person.organisation() == null ? "" : person.organisation(), text));
			}
		}
		if (given.size() < BREAKDOWN_FROM) {
			return given.stream()
				.map(a -> new GivenAnswer(null, a.text()))
				.sorted(Comparator.comparing(GivenAnswer::text))
				.toList();
		}
		given.sort(Comparator.comparing(GivenAnswer::organisation).thenComparing(GivenAnswer::text));
		return given;
	}

}
