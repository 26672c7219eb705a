package se.samverka.reflection;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import se.samverka.links.LinkSigner;

/** Signed links to a board's export files. */
@Component
class ExportLinks {

	private static final String PURPOSE = "board-export";

	private final LinkSigner signer;

	ExportLinks(LinkSigner signer) {
		this.signer = signer;
	}

	/**
	 * @param format "md" or "csv"
	 */
	String linkTo(Board board, String format) {
		return signer.publicUrl() + "/boards/export." + format + "?board="
				+ URLEncoder.encode(board.id(), StandardCharsets.UTF_8) + "&sig=" + signer.sign(PURPOSE, board.id());
	}

	boolean valid(String boardId, String signature) {
		return signer.valid(PURPOSE, boardId, signature);
	}

}
