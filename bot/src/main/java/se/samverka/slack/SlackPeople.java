package se.samverka.slack;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Display names of Slack users. Events carry only a user id, so the name comes from
 * users.info (with the token of the user's workspace), asked once per user and kept in a
 * small cache (names rarely change; a restart refreshes them).
 */
class SlackPeople {

	private static final int MAX_CACHED = 10_000;

	private final SlackWebApi api;

	private final Map<String, String> names = new ConcurrentHashMap<>();

	SlackPeople(SlackWebApi api) {
		this.api = api;
	}

	/**
	 * The name Slack gave, else {@code known} (a name from the payload), else the user
	 * id.
	 */
	String nameOf(String team, String userId, String known) {
		if (known != null && !known.isBlank()) {
			return known;
		}
		String cacheKey = team + ":" + userId;
		String cached = names.get(cacheKey);
		if (cached != null) {
			return cached;
		}
		String name = api.displayName(team, userId);
		if (name == null) {
			return userId;
		}
		if (names.size() >= MAX_CACHED) {
			names.clear();
		}
		names.put(cacheKey, name);
		return name;
	}

}
