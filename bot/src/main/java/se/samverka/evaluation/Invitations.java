package se.samverka.evaluation;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.grouping.Attendances;
import se.samverka.meeting.Meeting;
import se.samverka.network.Membership;
import se.samverka.network.Networks;
import se.samverka.scheduler.Schedules;

/**
 * Sends a meeting's evaluation: to those who said {@code here} for it, or to every member
 * when nobody did (as homework). Sending again adds those who were not asked yet; nobody
 * gets the form twice.
 */
@Component
class Invitations {

	static final String REMIND = "evaluation.remind";

	private static final Logger log = LoggerFactory.getLogger(Invitations.class);

	private final Evaluations evaluations;

	private final Attendances attendances;

	private final Networks networks;

	private final EvaluationLetters letters;

	private final Schedules schedules;

	Invitations(Evaluations evaluations, Attendances attendances, Networks networks, EvaluationLetters letters,
			Schedules schedules) {
		this.evaluations = evaluations;
		this.attendances = attendances;
		this.networks = networks;
		this.letters = letters;
		this.schedules = schedules;
	}

	/**
	 * @param reached how many of the recipients the form was queued for
	 */
	record Sent(Evaluation evaluation, int recipients, int reached, boolean everyMember) {
	}

	Sent send(Meeting meeting) {
		List<String> present = attendances.present(meeting.id());
		List<String> recipients = present.isEmpty()
				? networks.members(new NetworkId(meeting.networkId())).stream().map(Membership::personId).toList()
				: present;
		Evaluation evaluation = evaluations.invite(evaluations.openFor(meeting), recipients);
		if (evaluation.remindAt() != null && evaluation.remindAt().isAfter(evaluations.now())) {
			schedules.once(reminderId(evaluation), REMIND, evaluation.id(), evaluation.remindAt(), evaluation.zoneId());
		}
		int reached = 0;
		for (String recipient : recipients) {
			if (letters.invite(evaluation, new PersonId(recipient))) {
				reached++;
			}
		}
		log.info("Evaluation of meeting {} in network {}: sent to {} recipients, {} reached", meeting.id(),
				meeting.networkId(), recipients.size(), reached);
		return new Sent(evaluation, recipients.size(), reached, present.isEmpty());
	}

	static String reminderId(Evaluation evaluation) {
		return "evaluation:" + evaluation.id() + ":remind";
	}

}
