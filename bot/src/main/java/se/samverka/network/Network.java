package se.samverka.network;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A collaboration network. People join it as members with {@code inviteCode}; with
 * {@code organiserCode} they join as organisers (so a Slack user can co-organise a
 * network created in Teams).
 */
@Document("networks")
public record Network(@Id String id, String name, @Indexed(unique = true) String inviteCode,
		@Indexed(unique = true) String organiserCode, String timezone, String createdBy, Instant createdAt) {
}
