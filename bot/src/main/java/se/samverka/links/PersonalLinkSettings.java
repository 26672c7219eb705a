package se.samverka.links;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param linkTtl how long a personal web page link works after it was given
 * ({@code SAMVERKA_PERSONAL_LINK_TTL}, default 30 days)
 */
@ConfigurationProperties("samverka.personal")
public record PersonalLinkSettings(@DefaultValue("30d") Duration linkTtl) {
}
