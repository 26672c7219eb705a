package se.samverka.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param closeAfterDays answers are taken until the end of this many days after the
 * meeting, in the network's zone ({@code SAMVERKA_EVALUATIONS_CLOSE_AFTER_DAYS}, default
 * 14)
 * @param remindAfterDays those who have not answered are reminded at 09:00 this many days
 * after the meeting ({@code SAMVERKA_EVALUATIONS_REMIND_AFTER_DAYS}, default 3; 0 = no
 * reminder)
 */
@ConfigurationProperties("samverka.evaluations")
record EvaluationSettings(@DefaultValue("14") int closeAfterDays, @DefaultValue("3") int remindAfterDays) {
}
