package se.samverka.poll;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderBefore how long before a poll's deadline members who have not voted are
 * reminded ({@code SAMVERKA_POLLS_REMINDER_BEFORE}, default 48 hours)
 */
@ConfigurationProperties("samverka.polls")
record PollSettings(@DefaultValue("48h") Duration reminderBefore) {
}
