package se.samverka.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

import se.samverka.chat.ActionInvocation;
import se.samverka.chat.Channel;
import se.samverka.chat.Inbound;
import se.samverka.chat.Sender;
import se.samverka.delivery.DeliveryFailed;

/**
 * A button pressed on one of Samverka's messages. A command button runs its command as if
 * typed; the answer goes to the person through the message's response_url. A form button
 * opens the modal with the message's inputs at once, while the trigger id is still valid
 * (3 s).
 */
class ButtonListener implements BlockActionHandler {

	private static final Logger log = LoggerFactory.getLogger(ButtonListener.class);

	private final SlackDialogue dialogue;

	private final SlackWebApi api;

	private final SlackPeople people;

	private final SlackForms forms;

	ButtonListener(SlackDialogue dialogue, SlackWebApi api, SlackPeople people, SlackForms forms) {
		this.dialogue = dialogue;
		this.api = api;
		this.people = people;
		this.forms = forms;
	}

	@Override
	public Response apply(BlockActionRequest request, ActionContext context) {
		BlockActionPayload payload = request.getPayload();
		if (payload.getActions() == null || payload.getActions().isEmpty() || channelOf(payload) == null) {
			return context.ack();
		}
		BlockActionPayload.Action action = payload.getActions().get(0);
		String team = payload.getTeam() != null ? payload.getTeam().getId() : payload.getUser().getTeamId();
		SlackAddress address = new SlackAddress(team, channelOf(payload));
		if (action.getActionId().startsWith(SlackActions.FORM_PREFIX)) {
			openForm(payload, action, address);
			return context.ack();
		}
		String key = "slack:action:" + (payload.getTriggerId() != null ? payload.getTriggerId()
				: address.channel() + ":" + action.getActionTs());
		String responseUrl = payload.getResponseUrl();
		var user = payload.getUser();
		boolean taken = dialogue.handleLater(key,
				() -> Inbound.action(key, address.key(), address.kind(null),
						new Sender(Channel.SLACK, team, user.getId(), people.nameOf(team, user.getId(), user.getName()),
								null),
						new ActionInvocation(action.getValue(), null), address.toReference()),
				responseUrl != null ? ReplyRoute.privately(m -> api.respond(responseUrl, m))
						: m -> api.postMessage(address, null, m));
		// A press is never sent again and its acknowledgement shows nothing: refused,
		// Slack marks the button as failed, so the person can press it again.
		return taken ? context.ack() : SlackDialogue.refusal();
	}

	private void openForm(BlockActionPayload payload, BlockActionPayload.Action action, SlackAddress address) {
		try {
			var found = forms.open(action.getValue());
			if (found.isEmpty()) {
				log.warn("A kept Samverka form has expired (action {})", action.getActionId());
				return;
			}
			ModalForm form = found.get();
			var origin = new ModalForm.FormOrigin(form.command(), address.team(), address.channel(),
					address.kind(null) == se.samverka.chat.ConversationKind.PERSONAL, payload.getResponseUrl());
			api.openView(address.team(), payload.getTriggerId(), form.toView(origin));
		}
		catch (IllegalArgumentException | DeliveryFailed ex) {
			log.warn("Could not open a Samverka form (action {}): {}", action.getActionId(), ex.getMessage());
		}
	}

	private static String channelOf(BlockActionPayload payload) {
		if (payload.getChannel() != null && payload.getChannel().getId() != null) {
			return payload.getChannel().getId();
		}
		return payload.getContainer() != null ? payload.getContainer().getChannelId() : null;
	}

}
