package se.samverka.network;

import java.time.ZoneId;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults for new networks and new people ({@code SAMVERKA_TIMEZONE},
 * {@code SAMVERKA_LOCALE}).
 */
@ConfigurationProperties("samverka")
record NetworkSettings(@DefaultValue("Europe/Stockholm") ZoneId timezone, @DefaultValue("sv") Locale locale) {
}
