package se.samverka.archive;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.Meetings;
import se.samverka.network.Network;
import se.samverka.network.Networks;

/**
 * A network's archive: its meetings, newest first, with what each section holds for one
 * of them at a time (a network that has met for years, with thousands of notes, is read
 * meeting by meeting), narrowed by a search; and how many from each organisation took
 * part.
 */
@Service
class Archive {

	private final Networks networks;

	private final Meetings meetings;

	private final List<ArchiveSection> sections;

	private final Participation participation;

	private final Texts texts;

	Archive(Networks networks, Meetings meetings, List<ArchiveSection> sections, Participation participation,
			Texts texts) {
		this.networks = networks;
		this.meetings = meetings;
		this.sections = sections;
		this.participation = participation;
		this.texts = texts;
	}

	/**
	 * @param meetings what is shown: the chosen meeting (none when nothing matches)
	 * @param index every meeting there is to choose from (those the search matches),
	 * newest first
	 */
	record View(Network network, ZoneId zone, ArchiveSearch search, List<MeetingView> meetings,
			List<SectionView> unplaced, List<Participation.Count> participation, List<Meeting> index) {
	}

	record MeetingView(Meeting meeting, List<SectionView> sections) {
	}

	record SectionView(String heading, List<ArchiveEntry> entries) {
	}

	/**
	 * @param chosen the number of the meeting to show, or null (or one not in the index)
	 * for the newest
	 */
	Optional<View> of(NetworkId id, Locale locale, ArchiveSearch search, Integer chosen) {
		Optional<Network> network = networks.find(id);
		if (network.isEmpty()) {
			return Optional.empty();
		}
		ArchiveScope scope = scope(network.get(), locale);
		Map<String, List<SectionView>> placed = place(scope, search);
		Map<String, List<SectionView>> everything = search.active() ? place(scope, new ArchiveSearch("")) : placed;
		List<MeetingView> matching = new ArrayList<>();
		List<Meeting> newestFirst = new ArrayList<>(scope.meetings());
		newestFirst.sort(Comparator.comparing(Meeting::startsAt).thenComparing(Meeting::number).reversed());
		for (Meeting meeting : newestFirst) {
			boolean whole = search.matches(heading(meeting));
			List<SectionView> parts = whole ? everything.get(meeting.id()) : placed.get(meeting.id());
			if (whole || !parts.isEmpty()) {
				matching.add(new MeetingView(meeting, parts));
			}
		}
		List<MeetingView> shown = matching.stream()
			.filter(m -> chosen != null && m.meeting().number() == chosen)
			.findFirst()
			.or(() -> matching.stream().findFirst())
			.map(List::of)
			.orElse(List.of());
		return Optional.of(new View(network.get(), scope.zone(), search, shown, placed.get(""), participation.of(scope),
				matching.stream().map(MeetingView::meeting).toList()));
	}

	/**
	 * One meeting with everything the archive holds for it (what the Markdown export
	 * writes).
	 */
	Optional<MeetingView> meeting(NetworkId id, int number, Locale locale) {
		Optional<Network> network = networks.find(id);
		Optional<Meeting> meeting = meetings.byNumber(id, number);
		if (network.isEmpty() || meeting.isEmpty()) {
			return Optional.empty();
		}
		Map<String, List<SectionView>> placed = place(scope(network.get(), locale), new ArchiveSearch(""));
		return Optional.of(new MeetingView(meeting.get(), placed.get(meeting.get().id())));
	}

	/** What the search matches in a meeting's own heading: its title, place and date. */
	static String heading(Meeting meeting) {
		return meeting.title() + " " + meeting.place() + " " + meeting.date();
	}

	private ArchiveScope scope(Network network, Locale locale) {
		NetworkId id = new NetworkId(network.id());
		return new ArchiveScope(id, ZoneId.of(network.timezone()), meetings.of(id), locale, texts);
	}

	/**
	 * Per meeting id (and "" for entries with no meeting to go under), its sections with
	 * entries, newest first.
	 */
	private Map<String, List<SectionView>> place(ArchiveScope scope, ArchiveSearch search) {
		Map<String, List<SectionView>> placed = new HashMap<>();
		placed.put("", new ArrayList<>());
		scope.meetings().forEach(m -> placed.put(m.id(), new ArrayList<>()));
		for (ArchiveSection section : sections) {
			Map<String, List<ArchiveEntry>> byMeeting = new LinkedHashMap<>();
			for (ArchiveEntry entry : section.entries(scope)) {
				ArchiveEntry shown = search.filter(entry);
				if (shown != null) {
					byMeeting.computeIfAbsent(meetingOf(entry, scope.meetings()), k -> new ArrayList<>()).add(shown);
				}
			}
			String heading = scope.t(section.headingKey());
			byMeeting.forEach((meeting, entries) -> {
				entries.sort(Comparator.comparing(ArchiveEntry::at).reversed());
				placed.get(meeting).add(new SectionView(heading, entries));
			});
		}
		return placed;
	}

	/**
	 * The entry's own meeting, else the one that had last begun when it was made, else
	 * the first; "" for none.
	 */
	static String meetingOf(ArchiveEntry entry, List<Meeting> meetings) {
		if (entry.meetingId() != null && meetings.stream().anyMatch(m -> m.id().equals(entry.meetingId()))) {
			return entry.meetingId();
		}
		Comparator<Meeting> byStart = Comparator.comparing(Meeting::startsAt);
		Optional<Meeting> begun = meetings.stream().filter(m -> !m.startsAt().isAfter(entry.at())).max(byStart);
		return begun.or(() -> meetings.stream().min(byStart)).map(Meeting::id).orElse("");
	}

}
