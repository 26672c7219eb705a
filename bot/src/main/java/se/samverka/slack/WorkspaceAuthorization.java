package se.samverka.slack;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;

import se.samverka.chat.LogTally;
import se.samverka.delivery.DeliveryFailed;

/**
 * Bolt's authorization step for every workspace at once: the request's workspace must
 * have a bot ({@link WorkspaceBots}), whose token and user id the listeners then see. A
 * request from a workspace without one is acknowledged and dropped with a log line (its
 * id only), so Slack neither retries it nor counts it as a failed delivery. The uninstall
 * events need no token: the token is already gone.
 */
class WorkspaceAuthorization implements Middleware {

	private static final Logger log = LoggerFactory.getLogger(WorkspaceAuthorization.class);

	private final LogTally unknownBots = new LogTally(log, Level.WARN);

	private final LogTally notInstalled = new LogTally(log, Level.WARN);

	private final SlackWebApi.Bots bots;

	WorkspaceAuthorization(SlackWebApi.Bots bots) {
		this.bots = bots;
	}

	@Override
	public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
		if (MiddlewareOps.isNoAuthRequiredRequest(request.getRequestType())
				|| MiddlewareOps.isNoTokenRequiredRequest(request)) {
			return chain.next(request);
		}
		Context context = request.getContext();
		Optional<SlackBot> bot;
		try {
			bot = bots.in(context.getTeamId());
		}
		catch (DeliveryFailed ex) {
			unknownBots.log("Could not tell which bot serves Slack workspace {}: {}", context.getTeamId(),
					ex.getMessage());
			return Response.builder().statusCode(503).contentType("text/plain").body("try again").build();
		}
		if (bot.isEmpty()) {
			notInstalled.log("Refused a Slack {} from workspace {}: Samverka is not installed there",
					request.getRequestType(), context.getTeamId());
			return Response.builder().statusCode(200).build();
		}
		context.setBotToken(bot.get().token());
		context.setBotUserId(bot.get().userId());
		context.setBotId(bot.get().botId());
		return chain.next(request);
	}

}
