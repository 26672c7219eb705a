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

	/** Whether others in the conversation see what goes this way. */
	default boolean seenByOthers() {
		return true;
	}

	/** A route only the person who asked sees (an ephemeral response_url answer). */
	static ReplyRoute privately(ReplyRoute route) {
		return new ReplyRoute() {

			@Override
			public void send(SlackMessage message) {
				route.send(message);
			}

			@Override
			public boolean seenByOthers() {
				return false;
			}

		};
	}

}
