package se.samverka.reflection;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverka.chat.NetworkId;
import se.samverka.network.Network;
import se.samverka.network.Networks;

/**
 * {@code GET /boards/export.md|csv?board=...&sig=...}: a board's notes as a file, for a
 * signed link only.
 */
@RestController
class BoardExportController {

	private final Boards boards;

	private final Notes notes;

	private final ExportLinks links;

	private final Networks networks;

	BoardExportController(Boards boards, Notes notes, ExportLinks links, Networks networks) {
		this.boards = boards;
		this.notes = notes;
		this.links = links;
		this.networks = networks;
	}

	@GetMapping("/boards/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format,
			@RequestParam(name = "board", required = false) String boardId,
			@RequestParam(name = "sig", required = false) String sig) {
		if (!format.equals("md") && !format.equals("csv")) {
			return ResponseEntity.notFound().build();
		}
		if (boardId == null || !boardId.matches("[A-Za-z0-9:@-]{1,80}") || !links.valid(boardId, sig)) {
			return ResponseEntity.status(403).build();
		}
		Optional<Board> board = boards.find(boardId);
		if (board.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		List<Note> shown = notes.visibleOn(board.get());
		Map<String, Integer> plusOnes = notes.plusOnes(board.get());
		ZoneId zone = networks.find(new NetworkId(board.get().networkId()))
			.map(Network::timezone)
			.map(ZoneId::of)
			.orElse(ZoneId.of("Europe/Stockholm"));
		BoardExport export = new BoardExport(zone);
		boolean markdown = format.equals("md");
		String body = markdown ? export.markdown(board.get(), shown, plusOnes)
				: export.csv(board.get(), shown, plusOnes);
		MediaType type = markdown ? new MediaType("text", "markdown", StandardCharsets.UTF_8)
				: new MediaType("text", "csv", StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("samverka-board." + format).build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

}
