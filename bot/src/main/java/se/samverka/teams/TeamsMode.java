package se.samverka.teams;

import se.samverka.DevMode;

/** How /api/messages treats requests, decided once at start. */
enum TeamsMode {

	/** An app id is configured: every request must carry a valid Bot Connector JWT. */
	AUTHENTICATED,

	/** Local dev mode: no app id, unauthenticated requests from loopback only. */
	LOCAL_DEV,

	/**
	 * No app id outside dev mode (production): Teams is off and the endpoint answers 404.
	 */
	OFF;

	static TeamsMode of(TeamsSettings settings, DevMode devMode) {
		if (settings.hasAppId()) {
			return AUTHENTICATED;
		}
		return devMode.enabled() ? LOCAL_DEV : OFF;
	}

}
