package se.samverka.webpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverka.links.PersonalLinks;

/**
 * A member with neither Teams nor Slack, acting on their own page as a browser without
 * script does: opens the link their e-mail gave them and sends the page's forms. Each
 * action answers with the text of the page that follows, which shows the reply.
 */
public final class PersonalPageBrowser {

	private static final Pattern LINK = Pattern.compile(Pattern.quote(PersonalLinks.PATH) + "[A-Za-z0-9._-]+");

	private final PageClient client;

	private final String page;

	private PersonalPageBrowser(int port, String page) {
		this.client = new PageClient(port);
		this.page = page;
	}

	/** The page behind the first personal link in an e-mail's text. */
	public static PersonalPageBrowser fromText(int port, String mailText) {
		Matcher link = LINK.matcher(mailText);
		assertThat(link.find()).as("a personal page link in %s", mailText).isTrue();
		return new PersonalPageBrowser(port, link.group());
	}

	/** The page as it reads now. */
	public String read() {
		return PageClient.text(client.get(page).body());
	}

	/** Answers the open homework's first question. */
	public String answerHomework(String answer) {
		return press("answer 1", Map.of("answer", answer));
	}

	/** Votes on a poll's option: {@code ja}, {@code kanske} or {@code nej}. */
	public String vote(int poll, int option, String answer) {
		String english = switch (answer) {
			case "ja" -> "yes";
			case "kanske" -> "maybe";
			case "nej" -> "no";
			default -> answer;
		};
		return press("vote " + poll + " " + option + " " + english, Map.of());
	}

	/**
	 * Answers the evaluation of meeting number {@code meeting} with these scores for its
	 * statements, in order.
	 */
	public String answerEvaluation(int meeting, int... scores) {
		String command = "evaluate " + meeting;
		PageClient.Form form = client.get(page).formFor(command);
		Map<String, String> inputs = new LinkedHashMap<>();
		Iterator<Integer> next = java.util.Arrays.stream(scores).iterator();
		for (String field : List.of(form.hidden().get("fields").split(","))) {
			inputs.put(field, field.equals("comment") ? "" : String.valueOf(next.next()));
		}
		return PageClient.text(client.submit(page, form.submit(command, inputs)).body());
	}

	private String press(String command, Map<String, String> inputs) {
		PageClient.Form form = client.get(page).formFor(command);
		PageClient.Page after = client.submit(page, form.submit(command, inputs));
		assertThat(after.status()).as(after.body()).isEqualTo(200);
		return PageClient.text(after.body());
	}

}
