package se.samverka.slack;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

import se.samverka.chat.ActionInvocation;
import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKind;
import se.samverka.chat.Inbound;
import se.samverka.chat.Sender;

/**
 * A submitted Samverka modal: its command (from private_metadata) with the typed values,
 * in the order the inputs were declared. The modal closes at once; the answer goes where
 * the button's message was. When Samverka has no room for it, the modal stays open with
 * "busy, try again" at its first input.
 */
class FormSubmissionListener implements ViewSubmissionHandler {

	private static final Logger log = LoggerFactory.getLogger(FormSubmissionListener.class);

	private final SlackDialogue dialogue;

	private final SlackWebApi api;

	private final SlackPeople people;

	FormSubmissionListener(SlackDialogue dialogue, SlackWebApi api, SlackPeople people) {
		this.dialogue = dialogue;
		this.api = api;
		this.people = people;
	}

	@Override
	public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
		var payload = request.getPayload();
		View view = payload.getView();
		ModalForm.FormOrigin origin;
		try {
			origin = ModalForm.FormOrigin.fromMetadata(view.getPrivateMetadata());
		}
		catch (IllegalArgumentException ex) {
			log.warn("Ignored a modal without Samverka metadata (view {})", view.getId());
			return context.ack();
		}
		SlackAddress address = new SlackAddress(origin.team(), origin.channel());
		String key = "slack:view:" + view.getId() + ":" + view.getHash();
		Map<String, String> inputs = inputs(view);
		var user = payload.getUser();
		String responseUrl = origin.responseUrl();
		boolean taken = dialogue.handleLater(key,
				() -> Inbound.action(key, address.key(),
						origin.personal() ? ConversationKind.PERSONAL : ConversationKind.GROUP,
						new Sender(Channel.SLACK, address.team(), user.getId(),
								people.nameOf(address.team(), user.getId(), user.getName()), null),
						new ActionInvocation(origin.command(), inputs), address.toReference()),
				responseUrl != null ? ReplyRoute.privately(m -> api.respond(responseUrl, m))
						: m -> api.postMessage(address, null, m));
		if (!taken) {
			// the modal stays open, saying so at its first input: submitting again
			// sends it again
			return inputs.isEmpty() ? SlackDialogue.refusal() : context
				.ackWithErrors(Map.of(inputs.keySet().iterator().next(), dialogue.busy(address.team(), user.getId())));
		}
		return context.ack();
	}

	private static Map<String, String> inputs(View view) {
		Map<String, Map<String, ViewState.Value>> values = view.getState() == null ? Map.of()
				: view.getState().getValues();
		Map<String, String> inputs = new LinkedHashMap<>();
		if (view.getBlocks() != null) {
			for (LayoutBlock block : view.getBlocks()) {
				if (block instanceof InputBlock input && values.containsKey(input.getBlockId())) {
					inputs.put(input.getBlockId(), valueOf(values.get(input.getBlockId())));
				}
			}
		}
		values.forEach((blockId, byAction) -> inputs.putIfAbsent(blockId, valueOf(byAction)));
		return inputs;
	}

	private static String valueOf(Map<String, ViewState.Value> byAction) {
		return byAction.values()
			.stream()
			.map(v -> v.getValue() != null ? v.getValue()
					: v.getSelectedOption() != null ? v.getSelectedOption().getValue() : null)
			.filter(v -> v != null)
			.findFirst()
			.orElse("");
	}

}
