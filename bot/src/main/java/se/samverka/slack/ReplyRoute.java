package se.samverka.slack;

/**
 * Where the answers to one inbound Slack request go: a channel, a thread, or a
 * response_url.
 */
@FunctionalInterface
interface ReplyRoute {

	/**
	 * Posts one message; throws {@link se.samverka.delivery.DeliveryFailed} when Slack
	 * refused it.
	 */
	void send(SlackMessage message);

}
