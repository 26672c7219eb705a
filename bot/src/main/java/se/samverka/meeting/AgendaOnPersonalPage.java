package se.samverka.meeting;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;
import se.samverka.chat.PersonId;
import se.samverka.chat.PersonalSection;

/** The next meeting's agenda card (the day's one on the day), on a person's page. */
@Component
class AgendaOnPersonalPage implements PersonalSection {

	private final Meetings meetings;

	private final AgendaPosts posts;

	AgendaOnPersonalPage(Meetings meetings, AgendaPosts posts) {
		this.meetings = meetings;
		this.posts = posts;
	}

	@Override
	public int position() {
		return 10;
	}

	@Override
	public String headingKey() {
		return "page.section.agenda";
	}

	@Override
	public List<Message> forPerson(NetworkId network, PersonId person, Locale locale) {
		return meetings.next(network).map(meeting -> posts.card(meeting, locale)).stream().toList();
	}

}
