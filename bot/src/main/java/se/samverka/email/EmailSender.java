package se.samverka.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.chat.Message;
import se.samverka.chat.PersonId;
import se.samverka.conversation.KnownConversation;
import se.samverka.delivery.ChannelSender;
import se.samverka.delivery.DeliveryFailed;
import se.samverka.delivery.OpenedConversation;
import se.samverka.delivery.PersonAddress;
import se.samverka.delivery.SendGate;
import se.samverka.network.People;
import se.samverka.network.WebMember;
import se.samverka.network.WebMembers;

/**
 * Proactive messages by e-mail, for {@link Channel#WEB}: members with neither Teams nor
 * Slack, and anyone who chose to get some messages (digests) by e-mail. A person's
 * conversation is {@code web::<person id>}, the same one their web page acts in, so the
 * transcript keeps both together. Each mail is multipart/alternative (plain text and
 * HTML) with the person's own page link, {@code List-Unsubscribe} (one-click, RFC 8058)
 * and a Message-ID made from the ledger entry, so a mail sent again after a crash is
 * recognisably the same mail. SMTP refusals become {@link DeliveryFailed} through
 * {@link SmtpFailures}.
 */
class EmailSender implements ChannelSender {

	private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

	private final JavaMailSender mail;

	private final EmailSettings settings;

	private final People people;

	private final WebMembers members;

	private final EmailRenderer renderer;

	EmailSender(JavaMailSender mail, EmailSettings settings, People people, WebMembers members,
			EmailRenderer renderer) {
		this.mail = mail;
		this.settings = settings;
		this.people = people;
		this.members = members;
		this.renderer = renderer;
	}

	@Override
	public Channel channel() {
		return Channel.WEB;
	}

	/** The gate is passed once the mail is built, just before the SMTP session starts. */
	@Override
	public boolean passesGate() {
		return true;
	}

	/**
	 * The person's conversation {@code web::<person id>}: named in the address when it is
	 * someone reached by e-mail besides their own platform, else found by their
	 * {@code WEB} identity.
	 */
	@Override
	public Optional<OpenedConversation> openPersonal(PersonAddress address) {
		PersonId person = personOf(address)
			.orElseThrow(() -> new DeliveryFailed("no such person for e-mail", true, null));
		return Optional.of(new OpenedConversation(conversationOf(person), person.value()));
	}

	/** The conversation where a person's e-mails and their page's actions are kept. */
	static ConversationKey conversationOf(PersonId person) {
		return new ConversationKey(Channel.WEB, "", person.value());
	}

	@Override
	public void send(KnownConversation target, Message message) {
		post(target, message);
	}

	@Override
	public String post(KnownConversation target, Message message) {
		PersonId person = new PersonId(target.conversationId());
		WebMember member = members.of(person).orElseThrow(() -> new DeliveryFailed("no e-mail address", true, null));
		if (member.emailOff()) {
			throw new DeliveryFailed("e-mail turned off by the person", true, null);
		}
		Locale locale = people.localeOf(person);
		EmailRenderer.Rendered rendered = renderer.render(message, person, locale);
		SendGate gate = SendGate.current();
		String messageId = messageId(gate == null ? UUID.randomUUID().toString() : gate.entryId());
		MimeMessage mime = build(member.email(), person, rendered, messageId, locale);
		if (gate != null) {
			gate.pass();
		}
		try {
			mail.send(mime);
		}
		catch (MailException ex) {
			DeliveryFailed failed = SmtpFailures.of(ex);
			log.info("E-mail to person {} refused: {}", person, failed.getMessage());
			throw failed;
		}
		return null;
	}

	private MimeMessage build(String to, PersonId person, EmailRenderer.Rendered rendered, String messageId,
			Locale locale) {
		try {
			MimeMessage mime = mail.createMimeMessage();
			mime.setFrom(new InternetAddress(settings.from(), true));
			mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(to, true));
			mime.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
			mime.setHeader("Message-ID", messageId);
			mime.setHeader("Content-Language", locale.getLanguage());
			mime.setHeader("Auto-Submitted", "auto-generated");
			mime.setHeader("X-Auto-Response-Suppress", "All");
			mime.setHeader("List-Unsubscribe", "<" + renderer.unsubscribeLink(person) + ">");
			mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			MimeBodyPart text = new MimeBodyPart();
			text.setText(rendered.text(), StandardCharsets.UTF_8.name(), "plain");
			MimeBodyPart html = new MimeBodyPart();
			html.setText(rendered.html(), StandardCharsets.UTF_8.name(), "html");
			MimeMultipart alternative = new MimeMultipart("alternative");
			alternative.addBodyPart(text);
			alternative.addBodyPart(html);
			mime.setContent(alternative);
			return mime;
		}
		catch (MessagingException ex) {
			// an address that slipped past EmailAddresses: retrying will not help
			throw new DeliveryFailed("e-mail address not usable", true, ex);
		}
	}

	/**
	 * {@code <hash of the entry id.samverka@domain of the sender address>}: the same for
	 * every attempt at one entry, and naming nothing about the person or the network.
	 */
	private String messageId(String entryId) {
		return messageIdFor(entryId, settings.from());
	}

	static String messageIdFor(String entryId, String from) {
		String domain = from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(entryId.getBytes(StandardCharsets.UTF_8));
			return "<" + HexFormat.of().formatHex(digest, 0, 16) + ".samverka@"
					+ (domain.isEmpty() ? "samverka" : domain) + ">";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private Optional<PersonId> personOf(PersonAddress address) {
		String conversation = address.personalConversation();
		String prefix = Channel.WEB.name().toLowerCase(Locale.ROOT) + "::";
		if (conversation != null && conversation.startsWith(prefix)) {
			return Optional.of(new PersonId(conversation.substring(prefix.length())));
		}
		return people.findByIdentity(Channel.WEB, address.tenant(), address.userId()).map(p -> new PersonId(p.id()));
	}

}
