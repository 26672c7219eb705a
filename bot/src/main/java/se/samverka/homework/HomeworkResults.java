package se.samverka.homework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import se.samverka.chat.NetworkId;

/**
 * The homework of a network with its answers, for reading elsewhere (the archive): never
 * with names. An answer carries its organisation only when that organisation gave at
 * least {@value #BREAKDOWN_FROM} answers to the question; the other answers are "other
 * organisations" together, and when those would be 1 to {@value #BREAKDOWN_FROM} - 1 no
 * organisation is shown at all, since the few left over could be told apart by who is in
 * the network (the rule of the evaluations, and of {@code homework summary}, the digest
 * and the archive).
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

		/** True when some answers carry their organisations (enough of them). */
		public boolean byOrganisation() {
			return answers.stream().anyMatch(a -> a.organisation() != null);
		}

	}

	/**
	 * @param organisation null when no organisation is shown for the question;
	 * {@link #OTHER} for an answer among "other organisations"
	 */
	public record GivenAnswer(String organisation, String text) {

		/** The organisation of the answers shown together as "other organisations". */
		public static final String OTHER = "";

		public boolean amongOthers() {
			return OTHER.equals(organisation);
		}

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
	 * The answers to question {@code n}: named organisations first (sorted by name), then
	 * "other organisations", each sorted by text so that their order tells nothing; all
	 * without organisation when none has {@value #BREAKDOWN_FROM} answers or the others
	 * would be fewer than {@value #BREAKDOWN_FROM}.
	 */
	static List<GivenAnswer> answers(List<HomeworkAnswers> all, int n) {
		Map<String, List<String>> byOrganisation = new TreeMap<>();
		for (HomeworkAnswers person : all) {
			String text = person.answers().get(Integer.toString(n));
			if (text != null && !text.isBlank()) {
				String organisation = person.organisation() == null ? "" : person.organisation().strip();
				byOrganisation.computeIfAbsent(organisation, o -> new ArrayList<>()).add(text);
			}
		}
		List<GivenAnswer> named = new ArrayList<>();
		List<String> others = new ArrayList<>();
		byOrganisation.forEach((organisation, texts) -> {
			if (!organisation.isEmpty() && texts.size() >= BREAKDOWN_FROM) {
				texts.stream().sorted().forEach(text -> named.add(new GivenAnswer(organisation, text)));
			}
			else {
				others.addAll(texts);
			}
		});
		if (named.isEmpty() || !others.isEmpty() && others.size() < BREAKDOWN_FROM) {
			return byOrganisation.values()
				.stream()
				.flatMap(List::stream)
				.sorted()
				.map(text -> new GivenAnswer(null, text))
				.toList();
		}
		others.stream().sorted().forEach(text -> named.add(new GivenAnswer(GivenAnswer.OTHER, text)));
		return named;
	}

}
