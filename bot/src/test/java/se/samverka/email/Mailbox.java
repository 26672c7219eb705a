package se.samverka.email;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free loopback port, for the whole
 * test run, and what it received, read as a mail program would.
 */
public final class Mailbox {

	static final GreenMail SMTP = start();

	private Mailbox() {
	}

	private static GreenMail start() {
		GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		smtp.start();
		return smtp;
	}

	public static int port() {
		return SMTP.getSmtp().getPort();
	}

	/** One received mail, its parts decoded. */
	public record Mail(String to, String subject, String contentType, String text, String html, MimeMessage mime) {

		public String header(String name) {
			try {
				String[] values = mime.getHeader(name);
				return values == null ? null : String.join(", ", values);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	public static List<Mail> to(String address) {
		List<Mail> mails = new ArrayList<>();
		for (MimeMessage mime : SMTP.getReceivedMessages()) {
			try {
				Address[] recipients = mime.getAllRecipients();
				if (recipients != null
						&& Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
					mails.add(read(address, mime));
				}
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return mails;
	}

	public static List<Mail> to(String address, String subjectPart) {
		return to(address).stream().filter(m -> m.subject().contains(subjectPart)).toList();
	}

	private static Mail read(String to, MimeMessage mime) throws MessagingException, IOException {
		String text = null;
		String html = null;
		Object content = mime.getContent();
		if (content instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				Part part = parts.getBodyPart(i);
				if (part.isMimeType("text/plain")) {
					text = (String) part.getContent();
				}
				else if (part.isMimeType("text/html")) {
					html = (String) part.getContent();
				}
			}
		}
		return new Mail(to, mime.getSubject(), mime.getContentType(), text, html, mime);
	}

}
