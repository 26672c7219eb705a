package se.samverka.digest;

import java.time.Instant;

/**
 * A digest the steering group received, for the archive.
 *
 * @param kind {@code scheduled}, {@code after-meeting} or {@code manual}
 * @param markdown the digest as Markdown (charts as text bars); user text in it is
 * escaped
 */
public record DigestRecord(String id, String kind, Instant createdAt, Instant sentAt, String markdown) {
}
