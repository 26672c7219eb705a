package se.samverka.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With an SMTP server configured, start-up stops with a plain message when there is no
 * usable sender address; and what an SMTP reply code means for the ledger.
 */
class EmailConfigurationUnitTests {

	final EmailConfiguration configuration = new EmailConfiguration();

	@Test
	void refusesToStartWithoutASenderAddress() {
		assertThatThrownBy(
				() -> configuration.emailSender(new JavaMailSenderImpl(), new EmailSettings(" "), null, null, null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("SAMVERKA_EMAIL_FROM");
		assertThatThrownBy(() -> configuration.emailSender(new JavaMailSenderImpl(),
				new EmailSettings("samverka at kommun"), null, null, null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("is not an e-mail address");
	}

	@Test
	void startsWithANamedSenderAddress() {
		assertThat(configuration.emailSender(new JavaMailSenderImpl(),
				new EmailSettings("Samverka <samverka@kommun.example>"), null, null, null))
			.isNotNull();
	}

	@Test
	void onlyA5xxReplyIsPermanent() {
		assertThat(SmtpFailures.of(new MailSendException("refused", new Replied(550))).unreachable()).isTrue();
		assertThat(SmtpFailures.of(new MailSendException("refused", new Replied(554))).unreachable()).isTrue();
		assertThat(SmtpFailures.of(new MailSendException("later", new Replied(451)))).satisfies(f -> {
			assertThat(f.unreachable()).isFalse();
			assertThat(f.uncertain()).isFalse();
			assertThat(f.getMessage()).isEqualTo("smtp 451");
		});
		assertThat(SmtpFailures.of(new MailSendException("connection refused", new java.net.ConnectException()))
			.unreachable()).isFalse();
	}

	/** Shaped like Angus Mail's SMTP exceptions, which carry the reply code. */
	static final class Replied extends jakarta.mail.MessagingException {

		private final int code;

		Replied(int code) {
			super("reply " + code);
			this.code = code;
		}

		public int getReturnCode() {
			return code;
		}

	}

}
