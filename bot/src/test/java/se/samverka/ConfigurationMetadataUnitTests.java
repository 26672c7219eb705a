package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every {@code samverka.*} setting in application.yml has Spring configuration metadata
 * (made by the configuration processor from the {@code @ConfigurationProperties} records,
 * and from {@code additional-spring-configuration-metadata.json} for those read with
 * {@code @Value}), so that an IDE completes and explains it.
 */
class ConfigurationMetadataUnitTests {

	@Test
	void everySamverkaSettingInApplicationYmlHasMetadata() throws IOException {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		Properties settings = yaml.getObject();
		Set<String> keys = new HashSet<>();
		settings.stringPropertyNames()
			.stream()
			.filter(key -> key.startsWith("samverka."))
			// a list written as one value (allowed-service-hosts[0]) is one setting
			.map(key -> key.replaceAll("\\[\\d+]$", ""))
			.forEach(keys::add);
		assertThat(keys).as("samverka.* keys in application.yml").hasSizeGreaterThan(30);

		Set<String> described = described();
		assertThat(keys).allSatisfy(key -> assertThat(described).as("metadata of %s", key).contains(key));
	}

	/** The properties named in every configuration metadata file on the class path. */
	private static Set<String> described() throws IOException {
		ObjectMapper json = new ObjectMapper();
		Set<String> names = new HashSet<>();
		for (URL url : Collections.list(ConfigurationMetadataUnitTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				for (JsonNode property : json.readTree(in).path("properties")) {
					names.add(property.path("name").asText());
				}
			}
		}
		return names;
	}

}
