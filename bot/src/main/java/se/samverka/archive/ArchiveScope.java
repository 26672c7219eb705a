package se.samverka.archive;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import se.samverka.chat.NetworkId;
import se.samverka.chat.Texts;
import se.samverka.meeting.Meeting;

/**
 * What a section is asked about: the network, its meetings, and the language the archive
 * is read in.
 */
record ArchiveScope(NetworkId network, ZoneId zone, List<Meeting> meetings, Locale locale, Texts texts) {

	String t(String key, Object... arguments) {
		return texts.get(locale, key, arguments);
	}

}
