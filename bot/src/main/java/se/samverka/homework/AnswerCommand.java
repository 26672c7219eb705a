package se.samverka.homework;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.samverka.chat.Access;
import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler;
import se.samverka.chat.CommandNames;
import se.samverka.chat.IdentityNumbers;
import se.samverka.chat.Message;

/**
 * {@code answer <n> <text>} / {@code svar <n> <text>} (also what a question's form
 * sends): answers question n of the caller's newest open homework, replacing an earlier
 * answer. Logged without person or text (an anonymous command): the answers are the
 * person's own until summarised.
 */
@Component
class AnswerCommand implements CommandHandler {

	private static final CommandSpec SPEC = new CommandSpec(CommandNames.of("answer", "svar", "svara"), Access.MEMBER,
			"help.answer", true)
		.refusingNonMembersWith("homework.members-only")
		.onlyInPersonalChats();

	/** {@code svar 1 text}, also as people write it: {@code svar 1: text}. */
	private static final Pattern ANSWER = Pattern.compile("^#?(\\d{1,3})[:.)]?(?:\\s+(.*))?$", Pattern.DOTALL);

	private final Homeworks homeworks;

	AnswerCommand(Homeworks homeworks) {
		this.homeworks = homeworks;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public Optional<ItemFinder> itemFinder() {
		return Optional.of((network, person, args) -> homeworks.newestOpenFor(network, person).isPresent());
	}

	@Override
	public List<Message> handle(CommandContext ctx) {
		Matcher matcher = ANSWER.matcher(ctx.args().strip());
		if (!matcher.matches()) {
			return List.of(Message.text(ctx.t("homework.answer.usage")));
		}
		Optional<Homework> fromCard = ctx.item()
			.flatMap(id -> homeworks.find(id))
			.filter(h -> h.networkId().equals(ctx.network().value()) && h.recipients().contains(ctx.person().value()));
		if (ctx.item().isPresent() && fromCard.filter(homeworks::open).isEmpty()) {
			return List.of(Message.text(fromCard.map(h -> ctx.t("homework.answer.closed", h.number(), h.due()))
				.orElse(ctx.t("homework.answer.none"))));
		}
		Optional<Homework> open = fromCard.or(() -> homeworks.newestOpenFor(ctx.network(), ctx.person()));
		if (open.isEmpty()) {
			return List.of(Message.text(homeworks.newestFor(ctx.network(), ctx.person())
				.map(h -> ctx.t("homework.answer.closed", h.number(), h.due()))
				.orElse(ctx.t("homework.answer.none"))));
		}
		Homework homework = open.get();
		int question = Integer.parseInt(matcher.group(1));
		if (question < 1 || question > homework.questions().size()) {
			return List.of(Message
				.text(ctx.t("homework.answer.no-such", question, homework.number(), homework.questions().size())));
		}
		String text = matcher.group(2) == null ? "" : matcher.group(2).strip();
		if (text.isEmpty()) {
			return List.of(Message.text(ctx.t("homework.answer.empty", question)));
		}
		if (text.length() > HomeworkLetters.MAX_ANSWER) {
			return List.of(Message.text(ctx.t("homework.answer.too-long", text.length(), HomeworkLetters.MAX_ANSWER)));
		}
		if (IdentityNumbers.containsAny(text)) {
			return List.of(Message.text(ctx.t("homework.answer.identity-number")));
		}
		homeworks.answer(homework, ctx.person(), ctx.organisation(), question, text);
		int answered = homeworks.answersOf(homework, ctx.person()).map(HomeworkAnswers::count).orElse(0);
		return List.of(Message.text(ctx.t("homework.answer.done", question, homework.number(), answered,
				homework.questions().size(), homework.due())));
	}

}
