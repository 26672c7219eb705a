package se.samverka.reflection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.PersonalSection;

/**
 * The network's current board with its notes and +1 counts, and while it is open the form
 * to add a note, as {@code board} shows them.
 */
@Component
class BoardOnPersonalPage implements PersonalSection {

	private final Boards boards;

	private final BoardPosts posts;

	BoardOnPersonalPage(Boards boards, BoardPosts posts) {
		this.boards = boards;
		this.posts = posts;
	}

	@Override
	public int position() {
		return 30;
	}

	@Override
	public String headingKey() {
		return "page.section.board";
	}

	@Override
	public List<Message> forPerson(NetworkId network, PersonId person, Locale locale) {
		List<Message> shown = new ArrayList<>();
		boards.current(network).ifPresent(board -> {
			shown.add(posts.card(board, locale));
			if (board.open()) {
				shown.add(posts.addForm(board, locale));
			}
		});
		return shown;
	}

}
