package se.samverka.manifests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** manifests/teams/manifest.json and its localisation files, as the tests read them. */
record TeamsManifest(Path dir, JsonNode json) {

	static final String PLACEHOLDER_ID = "00000000-0000-0000-0000-000000000000";

	static TeamsManifest load() {
		Path file = Checkout.file("manifests/teams/manifest.json");
		return new TeamsManifest(file.getParent(), read(file));
	}

	JsonNode bot() {
		return json.at("/bots/0");
	}

	/** Every localisation file the manifest names, by language tag. */
	Map<String, JsonNode> translations() {
		Map<String, JsonNode> translations = new java.util.LinkedHashMap<>();
		for (JsonNode language : json.at("/localizationInfo/additionalLanguages")) {
			translations.put(language.path("languageTag").asText(), read(dir.resolve(language.path("file").asText())));
		}
		JsonNode defaultFile = json.at("/localizationInfo/defaultLanguageFile");
		if (defaultFile.isTextual()) {
			translations.put(json.at("/localizationInfo/defaultLanguageTag").asText(),
					read(dir.resolve(defaultFile.asText())));
		}
		return translations;
	}

	/**
	 * The command titles a person can pick in Teams, in every language the package
	 * carries.
	 */
	List<String> commandTitles() {
		List<String> titles = new ArrayList<>();
		for (JsonNode list : bot().path("commandLists")) {
			list.path("commands").forEach(c -> titles.add(c.path("title").asText()));
		}
		for (JsonNode translation : translations().values()) {
			Iterator<Map.Entry<String, JsonNode>> fields = translation.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (field.getKey().startsWith("bots[0].commandLists[") && field.getKey().endsWith("].title")) {
					titles.add(field.getValue().asText());
				}
			}
		}
		return titles;
	}

	static String text(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode read(Path file) {
		try {
			return new ObjectMapper().readTree(file.toFile());
		}
		catch (IOException ex) {
			throw new IllegalStateException(file + " is not valid JSON", ex);
		}
	}

}
