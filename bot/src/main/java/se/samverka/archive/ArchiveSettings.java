package se.samverka.archive;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param linkTtl how long an archive link works after {@code archive link} gave it
 * ({@code SAMVERKA_ARCHIVE_LINK_TTL}, default 7 days)
 */
@ConfigurationProperties("samverka.archive")
record ArchiveSettings(@DefaultValue("7d") Duration linkTtl) {
}
