package se.samverka.slack;

import java.util.List;
import java.util.Map;

/**
 * One Slack message as the Web API takes it: Block Kit blocks and the fallback text that
 * notifications and screen readers show. Both are already escaped.
 */
record SlackMessage(List<Map<String, Object>> blocks, String text) {

	SlackMessage {
		blocks = List.copyOf(blocks);
	}

}
