package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The official Adaptive Cards 1.5 schema from ../shared/schemas (next to the checkout).
 * Tests that validate cards are skipped, with a message, when that folder is not there.
 */
public final class AdaptiveCardSchema {

	private static JsonSchema schema;

	private AdaptiveCardSchema() {
	}

	public static void assertValid(JsonNode card) {
		Set<ValidationMessage> errors = schema().validate(card);
		assertThat(errors).as("Adaptive Card 1.5 schema errors for %s", card).isEmpty();
	}

	public static synchronized JsonSchema schema() {
		if (schema == null) {
			Path file = Stream.of("../shared", "../../shared")
				.map(dir -> Path.of(dir, "schemas", "adaptive-card-1.5.0.json").toAbsolutePath().normalize())
				.filter(Files::isRegularFile)
				.findFirst()
				.orElse(null);
			Assumptions.assumeTrue(file != null,
					"Skipped: ../shared/schemas/adaptive-card-1.5.0.json (next to the checkout) is missing, so cards cannot be checked against the Adaptive Cards 1.5 schema");
			try (InputStream in = Files.newInputStream(file)) {
				// The file declares draft-06 but names itself with draft-04's "id", which
				// the draft-06
				// validator refuses; its keywords are all draft-04 ones, so it is read as
				// draft-04.
				ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(in);
				tree.remove("$schema");
				schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(tree);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return schema;
	}

}
