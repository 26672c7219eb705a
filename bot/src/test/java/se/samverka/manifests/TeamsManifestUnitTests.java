package se.samverka.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The Teams app package sources. Schema validation itself is done by Microsoft's own
 * validator in {@code .ci/validate-teams-manifest.mjs}; these tests check what the schema
 * cannot know.
 */
class TeamsManifestUnitTests {

	private static final Pattern GUID = Pattern
		.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final TeamsManifest manifest = TeamsManifest.load();

	@Test
	void colourIconIsAFullColour192PixelSquare() throws IOException {
		BufferedImage color = icon("color");
		assertThat(color.getWidth()).isEqualTo(192);
		assertThat(color.getHeight()).isEqualTo(192);
		boolean coloured = false;
		for (int y = 0; y < 192; y++) {
			for (int x = 0; x < 192; x++) {
				int argb = color.getRGB(x, y);
				int r = (argb >> 16) & 0xff;
				int g = (argb >> 8) & 0xff;
				int b = argb & 0xff;
				coloured |= r != g || g != b;
			}
		}
		assertThat(coloured).as("colour icon has colour").isTrue();
		assertThat(color.getRGB(0, 0) >>> 24).as("colour icon corner is opaque").isEqualTo(0xff);
	}

	@Test
	void outlineIconIsWhiteOnTransparentAt32Pixels() throws IOException {
		BufferedImage outline = icon("outline");
		assertThat(outline.getWidth()).isEqualTo(32);
		assertThat(outline.getHeight()).isEqualTo(32);
		assertThat(outline.getColorModel().hasAlpha()).isTrue();
		int transparent = 0;
		int opaque = 0;
		List<String> notWhite = new ArrayList<>();
		for (int y = 0; y < 32; y++) {
			for (int x = 0; x < 32; x++) {
				int argb = outline.getRGB(x, y);
				int alpha = argb >>> 24;
				if (alpha == 0) {
					transparent++;
				}
				else {
					opaque += alpha == 0xff ? 1 : 0;
					if ((argb & 0xffffff) != 0xffffff) {
						notWhite.add(x + "," + y);
					}
				}
			}
		}
		assertThat(notWhite).as("visible pixels that are not white").isEmpty();
		assertThat(transparent).as("transparent pixels").isGreaterThan(32 * 32 / 2);
		assertThat(opaque).as("fully white pixels").isGreaterThan(32);
	}

	@Test
	void botIsTheAppRegistrationPlaceholder() {
		assertThat(manifest.json().path("id").asText()).isEqualTo(TeamsManifest.PLACEHOLDER_ID);
		assertThat(manifest.json().path("bots")).hasSize(1);
		assertThat(manifest.bot().path("botId").asText()).isEqualTo(manifest.json().path("id").asText());
	}

	@Test
	void containsNoGuidButThePlaceholder() {
		for (Path file : packageFiles()) {
			Matcher guids = GUID.matcher(TeamsManifest.text(file));
			while (guids.find()) {
				assertThat(guids.group()).as("GUID in %s", file.getFileName()).isEqualTo(TeamsManifest.PLACEHOLDER_ID);
			}
		}
	}

	@Test
	void everyUrlAndDomainIsTheHostPlaceholder() {
		List<String> urls = new ArrayList<>();
		collect(manifest.json(), urls);
		assertThat(urls).isNotEmpty()
			.filteredOn(u -> !u.startsWith("https://developer.microsoft.com/json-schemas/teams/"))
			.hasSizeGreaterThanOrEqualTo(3)
			.allMatch(u -> u.startsWith("https://samverka.example.org/"));
		assertThat(manifest.json().path("validDomains")).extracting(JsonNode::asText)
			.containsExactly("samverka.example.org");
	}

	@Test
	void botWorksInPersonalChatsTeamsAndGroupChatsWithACommandListForEach() {
		assertThat(manifest.bot().path("scopes")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("personal", "team", "groupChat");
		List<String> listed = new ArrayList<>();
		for (JsonNode list : manifest.bot().path("commandLists")) {
			list.path("scopes").forEach(s -> listed.add(s.asText()));
			assertThat(list.path("commands")).extracting(c -> c.path("title").asText())
				.contains("help", "join", "network create", "language")
				.doesNotHaveDuplicates();
		}
		assertThat(listed).containsExactlyInAnyOrder("personal", "team", "groupChat");
	}

	@Test
	void steeringHereIsOfferedOnlyWhereThereIsAGroup() {
		for (JsonNode list : manifest.bot().path("commandLists")) {
			boolean personal = list.path("scopes").toString().contains("\"personal\"");
			List<String> titles = new ArrayList<>();
			list.path("commands").forEach(c -> titles.add(c.path("title").asText()));
			if (personal) {
				assertThat(titles).doesNotContain("steering here");
			}
			else {
				assertThat(titles).contains("steering here");
			}
		}
	}

	@Test
	void swedishTranslationNamesEveryCommandInSwedish() {
		JsonNode swedish = manifest.translations().get("sv-se");
		assertThat(swedish).as("sv-se localisation").isNotNull();
		JsonNode lists = manifest.bot().path("commandLists");
		for (int l = 0; l < lists.size(); l++) {
			for (int c = 0; c < lists.get(l).path("commands").size(); c++) {
				String key = "bots[0].commandLists[" + l + "].commands[" + c + "]";
				assertThat(swedish.path(key + ".title").asText()).as(key + ".title").isNotBlank();
				assertThat(swedish.path(key + ".description").asText()).as(key + ".description").isNotBlank();
			}
		}
		assertThat(manifest.commandTitles()).contains("hjälp", "gå med", "nätverk skapa", "styrgrupp här", "språk");
	}

	private BufferedImage icon(String kind) throws IOException {
		Path file = manifest.dir().resolve(manifest.json().at("/icons/" + kind).asText());
		assertThat(file).isRegularFile();
		byte[] signature = new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
		assertThat(Files.readAllBytes(file)).as("%s is a PNG", file.getFileName()).startsWith(signature);
		BufferedImage image = ImageIO.read(file.toFile());
		assertThat(image).isNotNull();
		return image;
	}

	private List<Path> packageFiles() {
		List<Path> files = new ArrayList<>();
		files.add(manifest.dir().resolve("manifest.json"));
		for (JsonNode language : manifest.json().at("/localizationInfo/additionalLanguages")) {
			files.add(manifest.dir().resolve(language.path("file").asText()));
		}
		return files;
	}

	private static void collect(JsonNode node, List<String> urls) {
		if (node.isTextual() && node.asText().contains("://")) {
			urls.add(node.asText());
		}
		node.forEach(child -> collect(child, urls));
	}

}
