package se.samverka.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.PersonId;
import se.samverka.scheduler.CatchUp;
import se.samverka.scheduler.DueWork;
import se.samverka.scheduler.DueWorkHandler;

/**
 * Reminds those asked who have not answered, once. Found late it still runs while the
 * evaluation is open: better late than never, and the ledger keeps it to one reminder per
 * person.
 */
@Component
class EvaluationReminderHandler implements DueWorkHandler {

	private static final Logger log = LoggerFactory.getLogger(EvaluationReminderHandler.class);

	private final Evaluations evaluations;

	private final EvaluationLetters letters;

	EvaluationReminderHandler(Evaluations evaluations, EvaluationLetters letters) {
		this.evaluations = evaluations;
		this.letters = letters;
	}

	@Override
	public String kind() {
		return Invitations.REMIND;
	}

	@Override
	public CatchUp catchUp() {
		return CatchUp.runLate();
	}

	@Override
	public void run(DueWork work) {
		Evaluation evaluation = evaluations.find(work.subject()).orElse(null);
		if (evaluation == null || !evaluations.open(evaluation)) {
			return;
		}
		int reminded = 0;
		for (String invited : evaluation.invited()) {
			PersonId person = new PersonId(invited);
			if (!evaluations.hasAnswered(evaluation, person) && letters.remind(evaluation, person)) {
				reminded++;
			}
		}
		log.info("Evaluation {}: reminder sent to {} of {} asked", evaluation.id(), reminded,
				evaluation.invited().size());
	}

}
