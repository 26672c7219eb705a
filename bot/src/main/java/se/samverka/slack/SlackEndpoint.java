package se.samverka.slack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.slack.api.bolt.response.Response;

/**
 * {@code POST /slack/events}: the Events API, slash commands and interactivity. A plain
 * servlet of its own rather than a controller: Slack's requests are the most numerous
 * Samverka gets, and the dispatcher's handler lookup, argument and return value handling
 * were a good part of each one's cost. The body is read as raw bytes, because the
 * signature covers exactly those bytes (a form re-encoded would not match). With Slack
 * not configured it answers 404.
 */
@Configuration(proxyBeanMethods = false)
class SlackEndpoint {

	/** Slack's payloads are far smaller; anything bigger is not from Slack. */
	static final int MAX_BODY = 1_000_000;

	@Bean
	ServletRegistrationBean<SlackEventsServlet> slackEventsServlet(ObjectProvider<SlackRequests> requests) {
		ServletRegistrationBean<SlackEventsServlet> registration = new ServletRegistrationBean<>(
				new SlackEventsServlet(requests), "/slack/events");
		registration.setName("slackEvents");
		registration.setLoadOnStartup(1);
		return registration;
	}

	static final class SlackEventsServlet extends HttpServlet {

		private final transient ObjectProvider<SlackRequests> requests;

		SlackEventsServlet(ObjectProvider<SlackRequests> requests) {
			this.requests = requests;
		}

		@Override
		protected void doPost(HttpServletRequest http, HttpServletResponse reply) throws IOException {
			SlackRequests slack = this.requests.getIfAvailable();
			if (slack == null) {
				reply.sendError(HttpServletResponse.SC_NOT_FOUND);
				return;
			}
			byte[] body;
			try (InputStream in = http.getInputStream()) {
				body = in.readNBytes(MAX_BODY + 1);
			}
			if (body.length > MAX_BODY) {
				reply.setStatus(413);
				return;
			}
			Response response = slack.handle(body, headers(http), http.getRemoteAddr());
			reply.setStatus(response.getStatusCode());
			if (response.getHeaders() != null) {
				// Retry-After of a refusal; Bolt sets no others
				response.getHeaders().forEach((name, values) -> values.forEach(value -> reply.addHeader(name, value)));
			}
			byte[] answer = response.getBody() == null ? new byte[0]
					: response.getBody().getBytes(StandardCharsets.UTF_8);
			if (response.getContentType() != null) {
				String type = response.getContentType();
				reply.setContentType(type.contains("charset") ? type : type + ";charset=UTF-8");
			}
			reply.setContentLength(answer.length);
			reply.getOutputStream().write(answer);
		}

		private static Map<String, List<String>> headers(HttpServletRequest http) {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String name : Collections.list(http.getHeaderNames())) {
				headers.put(name, Collections.list(http.getHeaders(name)));
			}
			return headers;
		}

	}

}
