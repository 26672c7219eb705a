package se.samverka.homework;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverka.chat.CsvText;

/**
 * {@code GET /homework/{id}/status.csv?t=...}: every recipient of a homework with their
 * organisation and how many questions they have answered, for a signed link that has not
 * expired (403 otherwise). What {@code läxa status} showed line by line before networks
 * grew to thousands, now one file (Swedish Excel's CSV dialect).
 */
@RestController
class HomeworkStatusController {

	private static final List<String> HEADER = List.of("name", "organisation", "answered", "questions", "complete");

	private final Homeworks homeworks;

	private final HomeworkProgress progress;

	private final HomeworkStatusLinks links;

	HomeworkStatusController(Homeworks homeworks, HomeworkProgress progress, HomeworkStatusLinks links) {
		this.homeworks = homeworks;
		this.progress = progress;
		this.links = links;
	}

	@GetMapping("/homework/{homeworkId}/status.csv")
	ResponseEntity<byte[]> csv(@PathVariable String homeworkId,
			@RequestParam(name = "t", required = false) String token) {
		Optional<Locale> granted = homeworkId.matches("[0-9a-f-]{36}") ? links.check(homeworkId, token)
				: Optional.empty();
		if (granted.isEmpty()) {
			return ResponseEntity.status(403).header("Cache-Control", "no-store").build();
		}
		Optional<Homework> homework = homeworks.find(homeworkId);
		if (homework.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		StringBuilder csv = new StringBuilder(CsvText.BOM).append(CsvText.line(HEADER));
		String questions = Integer.toString(homework.get().questions().size());
		for (HomeworkProgress.Row row : progress.of(homework.get()).rows()) {
			csv.append(CsvText.line(List.of(CsvText.cell(row.name()),
					CsvText.cell(row.organisation() == null ? "" : row.organisation()),
					Integer.toString(row.answered()), questions, row.complete() ? "yes" : "no")));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("samverka-homework-" + homework.get().number() + "-status.csv")
						.build()
						.toString())
			.header("Cache-Control", "no-store")
			.header("Referrer-Policy", "no-referrer")
			.header("X-Content-Type-Options", "nosniff")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

}
