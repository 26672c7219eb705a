package se.samverka.email;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

import se.samverka.delivery.DeliveryFailed;

/**
 * What an SMTP refusal means for the ledger. A 5xx reply (550 no such user, mailbox
 * disabled, message refused) is permanent: the person is unreachable at that address and
 * nothing is retried. A 4xx reply, a refused connection, a timeout or a failed log-in is
 * passing: the entry is retried under the ledger's backoff. The reason noted names the
 * reply code only, never the address.
 */
final class SmtpFailures {

	private SmtpFailures() {
	}

	static DeliveryFailed of(MailException failure) {
		int code = replyCode(failure);
		if (code >= 500 && code < 600) {
			return new DeliveryFailed("smtp " + code, 0, null, true, false, failure);
		}
		String reason = code > 0 ? "smtp " + code : "smtp " + failure.getClass().getSimpleName();
		// status 0: no HTTP answer; the ledger retries with backoff
		return new DeliveryFailed(reason, 0, null, false, false, failure);
	}

	/**
	 * The SMTP reply code Angus Mail noted on any exception in the chain (its
	 * SMTPAddressFailedException, SMTPSendFailedException, ... have
	 * {@code getReturnCode()}), the highest when there are several; 0 when none.
	 */
	static int replyCode(Throwable failure) {
		List<Throwable> seen = new ArrayList<>();
		List<Throwable> todo = new ArrayList<>();
		todo.add(failure);
		int code = 0;
		while (!todo.isEmpty() && seen.size() < 50) {
			Throwable t = todo.remove(todo.size() - 1);
			if (t == null || seen.contains(t)) {
				continue;
			}
			seen.add(t);
			code = Math.max(code, returnCode(t));
			todo.add(t.getCause());
			if (t instanceof MessagingException m) {
				todo.add(m.getNextException());
			}
			if (t instanceof MailSendException send) {
				todo.addAll(send.getFailedMessages().values());
			}
		}
		return code;
	}

	private static int returnCode(Throwable t) {
		try {
			Method method = t.getClass().getMethod("getReturnCode");
			Object value = method.invoke(t);
			return value instanceof Integer i ? i : 0;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return 0;
		}
	}

}
