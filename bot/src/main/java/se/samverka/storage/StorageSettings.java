package se.samverka.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the network's memory lives: a MongoDB at {@code uri}, or, when that is blank, the
 * embedded MongoDB-protocol server keeping its file under {@code dataDir}.
 */
@ConfigurationProperties("samverka.storage")
record StorageSettings(String uri, @DefaultValue("./data") Path dataDir, @DefaultValue("27017") int embeddedPort,
		@DefaultValue("samverka") String database) {

	boolean embedded() {
		return uri == null || uri.isBlank();
	}

	@Override
	public String toString() {
		// The URI may carry a password.
		return "StorageSettings[uri=" + (embedded() ? "<embedded>" : "<set>") + ", dataDir=" + dataDir
				+ ", embeddedPort=" + embeddedPort + ", database=" + database + "]";
	}
}
