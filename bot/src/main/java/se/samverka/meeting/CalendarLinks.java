package se.samverka.meeting;

import org.springframework.stereotype.Component;

import se.samverka.links.LinkSigner;

/** Signed links to a meeting's calendar file. */
@Component
public class CalendarLinks {

	private static final String PURPOSE = "calendar";

	private final LinkSigner signer;

	CalendarLinks(LinkSigner signer) {
		this.signer = signer;
	}

	/** The signed link to the meeting's calendar file, for anyone the bot gives it to. */
	public String linkTo(Meeting meeting) {
		return signer.publicUrl() + "/calendar/" + meeting.id() + ".ics?sig=" + signer.sign(PURPOSE, meeting.id());
	}

	boolean valid(String meetingId, String signature) {
		return signer.valid(PURPOSE, meetingId, signature);
	}

}
