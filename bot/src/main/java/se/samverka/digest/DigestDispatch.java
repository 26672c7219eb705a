package se.samverka.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.samverka.chat.ConversationKey;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.Texts;
import se.samverka.delivery.Outbox;
import se.samverka.delivery.Recipient;
import se.samverka.delivery.StoredMessages;
import se.samverka.network.Membership;
import se.samverka.network.NetworkAudience;
import se.samverka.network.Networks;
import se.samverka.network.PersonalMessages;
import se.samverka.network.Role;

/**
 * Makes a digest when one is due, stores it, and sends it to the steering conversations
 * through the outbox under its own id, or, with approval on, keeps it waiting and tells
 * the organisers. Each step is keyed by the digest's id, so running the same due work
 * again sends nothing twice.
 */
@Component
class DigestDispatch {

	private static final Logger log = LoggerFactory.getLogger(DigestDispatch.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final Digests digests;

	private final DigestComposer composer;

	private final DigestSchedules schedules;

	private final NetworkAudience audience;

	private final Networks networks;

	private final PersonalMessages personal;

	private final Outbox outbox;

	private final Texts texts;

	private final Clock clock;

	DigestDispatch(Digests digests, DigestComposer composer, DigestSchedules schedules, NetworkAudience audience,
			Networks networks, PersonalMessages personal, Outbox outbox, Texts texts, Clock clock) {
		this.digests = digests;
		this.composer = composer;
		this.schedules = schedules;
		this.audience = audience;
		this.networks = networks;
		this.personal = personal;
		this.outbox = outbox;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * A digest is due for {@code period} (the scheduled local time, or the meeting).
	 * Nothing happens without a steering conversation: there is nobody to send it to.
	 */
	Optional<DigestDocument> due(NetworkId network, DigestKind kind, String period, String occasionKey,
			Object... occasionArguments) {
		if (!audience.hasDigestReaders(network)) {
			log.info("Network {}: {} digest {} not made, no steering conversation", network, kind.key, period);
			return Optional.empty();
		}
		String id = DigestDocument.idOf(network.value(), kind, period);
		boolean approval = schedules.settings(network).approval();
		DigestDocument digest = digests.find(id)
			.orElseGet(() -> digests.insertOrGet(make(id, network, kind, period,
					approval ? DigestState.WAITING : DigestState.SENT, occasionKey, occasionArguments)));
		switch (digest.state()) {
			case WAITING -> {
				if (digests.supersedeAllButNewest(network, digest)) {
					tellOrganisers(network, digest);
				}
				else {
					log.info("Digest {} superseded by a newer one that waits; not sent", digest.id());
				}
			}
			case SENT -> post(network, digest);
			default -> log.info("Digest {} was superseded; not sent", digest.id());
		}
		return Optional.of(digest);
	}

	/**
	 * {@code digest send}: the waiting digest, or else a fresh one; empty when there is
	 * no steering conversation.
	 */
	Optional<DigestDocument> sendNow(NetworkId network) {
		if (!audience.hasDigestReaders(network)) {
			return Optional.empty();
		}
		Optional<DigestDocument> waiting = digests.claimNewestWaiting(network);
		if (waiting.isPresent()) {
			post(network, waiting.get());
			return waiting;
		}
		Instant now = clock.instant();
		String period = now.toString() + "-" + UUID.randomUUID().toString().substring(0, 8);
		DigestDocument fresh = digests.insertOrGet(make(DigestDocument.idOf(network.value(), DigestKind.MANUAL, period),
				network, DigestKind.MANUAL, period, DigestState.SENT, "digest.occasion.manual",
				DAY.format(now.atZone(schedules.zone(network)))));
		post(network, fresh);
		return Optional.of(fresh);
	}

	/**
	 * What {@code digest preview} shows: the waiting digest, or the one that would be
	 * made now, in {@code locale}.
	 */
	Preview preview(NetworkId network, Locale locale) {
		Optional<DigestDocument> waiting = digests.newestWaiting(network);
		if (waiting.isPresent()) {
			return new Preview(waiting.get().toMessage(), waiting.get().createdAt());
		}
		Instant now = clock.instant();
		return new Preview(composer.compose(network, locale,
				texts.get(locale, "digest.occasion.preview", DAY.format(now.atZone(schedules.zone(network)))),
				digests.lastSentAt(network)), null);
	}

	/**
	 * @param waitingSince when the shown digest was made and began to wait, or null for a
	 * fresh preview
	 */
	record Preview(Message message, Instant waitingSince) {
	}

	/**
	 * The occasion line of a scheduled digest: its week and day, in the network's zone.
	 */
	static Object[] scheduledOccasion(String localDue) {
		LocalDateTime at = LocalDateTime.parse(localDue);
		return new Object[] { at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), DAY.format(at) };
	}

	private DigestDocument make(String id, NetworkId network, DigestKind kind, String period, DigestState state,
			String occasionKey, Object... occasionArguments) {
		Locale language = audience.language(network);
		Message message = composer.compose(network, language, texts.get(language, occasionKey, occasionArguments),
				digests.lastSentAt(network));
		Instant now = digests.madeAt(network, clock.instant());
		return new DigestDocument(id, network.value(), kind, period, state, now, state == DigestState.SENT ? now : null,
				language.toLanguageTag(), StoredMessages.toMaps(message), DigestMarkdown.of(message));
	}

	private void post(NetworkId network, DigestDocument digest) {
		Message message = digest.toMessage();
		List<ConversationKey> steering = audience.steeringConversations(network);
		for (ConversationKey conversation : steering) {
			outbox.enqueue(digest.id(), network, Recipient.conversation(conversation), message);
		}
		List<PersonId> byEmail = audience.digestReadersByEmail(network);
		for (PersonId reader : byEmail) {
			personal.sendByEmail(digest.id(), reader, network, message);
		}
		log.info("Digest {} is in the outbox for {} steering conversations and {} readers by e-mail", digest.id(),
				steering.size(), byEmail.size());
	}

	/** Each organiser is told once per digest, personally, in their own language. */
	private void tellOrganisers(NetworkId network, DigestDocument digest) {
		ZoneId zone = schedules.zone(network);
		for (Membership member : networks.members(network)) {
			if (!member.is(Role.ORGANISER)) {
				continue;
			}
			PersonId organiser = new PersonId(member.personId());
			Locale locale = personal.languageOf(organiser);
			Message note = Message.builder()
				.paragraph(texts.get(locale, "digest.waiting",
						DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(digest.createdAt().atZone(zone))))
				.buttons(Button.of(texts.get(locale, "digest.waiting.preview"), DigestPreviewCommand.NAMES.in(locale)),
						new Button(texts.get(locale, "digest.waiting.send"), DigestSendCommand.NAMES.in(locale), true))
				.build();
			personal.send(digest.id() + ":waiting", organiser, network, note);
		}
		log.info("Digest {} waits for an organiser", digest.id());
	}

}
