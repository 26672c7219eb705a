package se.samverka.digest;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A network's digest settings; a network without a document has the defaults.
 *
 * @param id the network id
 * @param cron when scheduled digests are made (six-field cron on the network's wall
 * clock), or null when an organiser turned them off
 * @param approval digests wait for an organiser's {@code digest send}
 */
@Document("digest_settings")
record DigestSettings(@Id String id, String cron, boolean approval, Instant updatedAt) {

	/** Monday 08:00. */
	static final String DEFAULT_CRON = "0 0 8 * * MON";

	static DigestSettings defaults(String networkId, Instant now) {
		return new DigestSettings(networkId, DEFAULT_CRON, false, now);
	}

}
