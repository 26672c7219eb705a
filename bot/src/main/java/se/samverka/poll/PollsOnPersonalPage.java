package se.samverka.poll;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.PersonalSection;

/** The network's polls that still take votes, each as its card with the vote buttons. */
@Component
class PollsOnPersonalPage implements PersonalSection {

	private final Polls polls;

	private final PollPosts posts;

	PollsOnPersonalPage(Polls polls, PollPosts posts) {
		this.polls = polls;
		this.posts = posts;
	}

	@Override
	public int position() {
		return 40;
	}

	@Override
	public String headingKey() {
		return "page.section.polls";
	}

	@Override
	public List<Message> forPerson(NetworkId network, PersonId person, Locale locale) {
		return polls.of(network)
			.stream()
			.filter(polls::acceptsVotes)
			.flatMap(poll -> posts.render(poll.id(), locale).stream())
			.toList();
	}

}
