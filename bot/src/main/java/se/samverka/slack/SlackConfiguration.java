package se.samverka.slack;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;

import se.samverka.delivery.GatedRequests;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;

import se.samverka.chat.Texts;
import se.samverka.dialogue.Turns;

/**
 * Slack, when both its bot token and signing secret are set: the Web API client, Bolt
 * (in-process, behind our own controller and signature check) with one listener per kind
 * of request, and the pool that runs turns after Slack has been acknowledged.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConfigured.class)
class SlackConfiguration {

	@Bean
	Slack slack(SlackSettings settings) {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(settings.apiUrl());
		// Otherwise Bolt and the client start metrics threads per workspace.
		config.setStatsEnabled(false);
		config.setHttpClientReadTimeoutMillis(10_000);
		config.setHttpClientCallTimeoutMillis(15_000);
		// each send's journal line is written just before its body goes out
		var http = SlackHttpClient.buildOkHttpClient(config)
			.newBuilder()
			.addNetworkInterceptor(new GatedRequests())
			.build();
		return Slack.getInstance(config, new SlackHttpClient(http));
	}

	@Bean
	SlackWebApi slackWebApi(Slack slack, SlackSettings settings) {
		return new SlackWebApi(slack, settings.botToken());
	}

	@Bean
	SlackPeople slackPeople(SlackWebApi api) {
		return new SlackPeople(api);
	}

	/**
	 * Bounded: a burst beyond it is dropped (and retried by Slack for events) rather than
	 * exhausting memory.
	 */
	@Bean
	ThreadPoolTaskExecutor slackExecutor(SlackSettings settings) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("slack-");
		executor.setCorePoolSize(settings.workers());
		executor.setMaxPoolSize(settings.workers());
		executor.setQueueCapacity(1_000);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		return executor;
	}

	@Bean
	SlackDialogue slackDialogue(Turns turns, BlockKitRenderer renderer, Texts texts, SlackWebApi api,
			@Qualifier("slackExecutor") Executor slackExecutor) {
		return new SlackDialogue(turns, renderer, texts, api, slackExecutor);
	}

	@Bean(destroyMethod = "stop")
	App slackApp(Slack slack, SlackSettings settings, SlackDialogue dialogue, SlackWebApi api, SlackPeople people,
			SlackForms forms) {
		App app = new App(AppConfig.builder()
			.slack(slack)
			.singleTeamBotToken(settings.botToken())
			.signingSecret(settings.signingSecret())
			// SlackRequests checks the signature itself, against the application's clock.
			.requestVerificationEnabled(false)
			.appInitializersEnabled(false)
			.authTestCacheEnabled(true)
			.allEventsApiAutoAckEnabled(true)
			.subtypedMessageEventsAutoAckEnabled(true)
			.build());
		app.command(Pattern.compile("^/.*"), new SlashCommandListener(dialogue, api));
		app.event(AppMentionEvent.class, new MentionListener(dialogue, api, people));
		app.event(MessageEvent.class, new DirectMessageListener(dialogue, api, people));
		ButtonListener buttons = new ButtonListener(dialogue, api, people, forms);
		app.blockAction(Pattern.compile("^" + SlackActions.COMMAND_PREFIX + ".*"), buttons);
		app.blockAction(Pattern.compile("^" + SlackActions.FORM_PREFIX + ".*"), buttons);
		app.viewSubmission(SlackActions.FORM_CALLBACK, new FormSubmissionListener(dialogue, api, people));
		return app;
	}

	@Bean
	SlackRequests slackRequests(App slackApp, SlackSettings settings, Clock clock) {
		return new SlackRequests(slackApp, new SlackSignature(settings.signingSecret()), clock);
	}

	@Bean
	SlackSender slackSender(SlackWebApi api, BlockKitRenderer renderer) {
		return new SlackSender(api, renderer);
	}

}
