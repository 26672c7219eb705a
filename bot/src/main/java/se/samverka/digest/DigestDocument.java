package se.samverka.digest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverka.chat.Message;
import se.samverka.delivery.StoredMessages;

/**
 * A digest as made, sent or waiting. The id is the network and period
 * ({@code digest:<network>:scheduled:2026-03-30T08:00},
 * {@code …:after-meeting:<meeting>}): it is also the outbox message key, so a repeated
 * job finds the digest it made and sends nothing twice.
 *
 * @param message the neutral message, as the outbox keeps one
 * @param markdown the same as Markdown, for the archive and exports
 */
@Document("digests")
record DigestDocument(@Id String id, @Indexed String networkId, DigestKind kind, String period, DigestState state,
		Instant createdAt, Instant sentAt, String language, List<Map<String, Object>> message, String markdown) {

	Message toMessage() {
		return StoredMessages.fromMaps(message);
	}

	static String idOf(String networkId, DigestKind kind, String period) {
		return "digest:" + networkId + ":" + kind.key + ":" + period;
	}

}
