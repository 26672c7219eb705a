package se.samverka.poll;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.Message;
import se.samverka.chat.PersonId;
import se.samverka.network.People;
import se.samverka.network.Person;

/**
 * {@code poll votes [number]} (organisers): who voted what, option by option; refused for
 * anonymous polls.
 */
@Component
class PollVotesCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(
			CommandNames.of("poll votes", "omröstning röster", "omrostning roster"), Access.ORGANISER,
			"help.poll-votes");

	/** A card holds this many voters; a bigger poll's list is cut with a note. */
	static final int MAX_LISTED = 100;

	private final Polls polls;

	private final People people;

	private final Votes votes;

	PollVotesCommand(Polls polls, People people, Votes votes) {
		this.votes = votes;
		this.polls = polls;
		this.people = people;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		PollChoice choice = PollChoice.of(ctx.args(), ctx.network(), polls);
		if (!choice.valid()) {
			return List.of(Message.text(ctx.t("poll.votes.usage")));
		}
		if (choice.poll().isEmpty()) {
			return List.of(Message.text(choice.numbered() ? ctx.t("poll.no-such", ctx.args().replaceFirst("^#", ""))
					: ctx.t("poll.none-open")));
		}
		DatePoll poll = choice.poll().get();
		if (poll.anonymous()) {
			return List.of(Message.text(ctx.t("poll.votes.anonymous", poll.number())));
		}
		List<Vote> votes = this.votes.of(poll);
		if (votes.isEmpty()) {
			return List.of(Message.text(ctx.t("poll.votes.none", poll.number())));
		}
		List<Fact> facts = new ArrayList<>();
		for (Vote vote : votes.subList(0, Math.min(votes.size(), MAX_LISTED))) {
			String name = people.find(new PersonId(vote.personId())).map(Person::displayName).orElse("?");
			if (vote.organisation() != null) {
				name = name + " (" + vote.organisation() + ")";
			}
			List<String> answers = new ArrayList<>();
			for (PollOption option : poll.options()) {
				Answer answer = vote.answerTo(option.number());
				if (answer != null) {
					answers.add(option.number() + ": " + ctx.t("poll.answer." + AnswerWords.command(answer)));
				}
			}
			facts.add(new Fact(name, String.join(", ", answers)));
		}
		Message.Builder reply = Message.builder()
			.heading(ctx.t("poll.votes.heading", poll.number(), poll.question(), votes.size()))
			.facts(facts);
		if (votes.size() > MAX_LISTED) {
			reply.paragraph(ctx.t("poll.votes.more", votes.size() - MAX_LISTED));
		}
		return List.of(reply.build());
	}

}
