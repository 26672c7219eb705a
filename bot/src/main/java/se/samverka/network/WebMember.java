package se.samverka.network;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An e-mail address a person is reached at: a member invited by e-mail (whose platform
 * identity is {@code WEB}), or a Teams or Slack member who chose to also get some
 * messages by e-mail. {@code id} is the person's id.
 *
 * @param email the address, trimmed and in lower case
 * @param emailOff true once the person unsubscribed: nothing more is e-mailed to them
 * @param digestsByEmail true when a steering member chose to get digests by e-mail
 */
@Document("webMembers")
public record WebMember(@Id String id, @Indexed(unique = true) String email, Instant since, boolean emailOff,
		boolean digestsByEmail) {
}
