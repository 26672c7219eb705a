package se.samverka.slack;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import com.slack.api.util.http.SlackHttpClient;

import se.samverka.chat.InboundLoad;
import se.samverka.chat.InboundSettings;
import se.samverka.chat.Texts;
import se.samverka.delivery.GatedRequests;
import se.samverka.dialogue.Turns;
import se.samverka.links.LinkSigner;
import se.samverka.storage.Durability;

/**
 * Slack, when its signing secret and a bot token or an OAuth client id are set: the
 * installed workspaces and the bot of each, the Web API client, Bolt (in-process, behind
 * our own controller and signature check) with one listener per kind of request, and the
 * pool that runs turns after Slack has been acknowledged.
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

	/** Installed workspaces; only when workspaces may install Samverka (a client id). */
	@Bean
	@Conditional(SlackInstallable.class)
	SlackInstallations slackInstallations(MongoTemplate mongo, SlackSettings settings) {
		return new SlackInstallations(mongo, new TokenCipher(settings.tokenKey()));
	}

	@Bean
	@Conditional(SlackInstallable.class)
	InstallStates slackInstallStates(LinkSigner signer, MongoTemplate mongo, Clock clock) {
		return new InstallStates(signer, mongo, clock);
	}

	@Bean
	@Conditional(SlackInstallable.class)
	SlackInstall slackInstall(Slack slack, SlackSettings settings, SlackInstallations installations, LinkSigner signer,
			Clock clock) {
		return new SlackInstall(slack, settings, installations, signer.publicUrl(), clock);
	}

	@Bean
	WorkspaceBots workspaceBots(Slack slack, SlackSettings settings, ObjectProvider<SlackInstallations> installations) {
		return new WorkspaceBots(slack, settings.botToken(), installations.getIfAvailable());
	}

	@Bean
	SlackWebApi slackWebApi(Slack slack, WorkspaceBots bots) {
		return new SlackWebApi(slack, bots);
	}

	@Bean
	SlackPeople slackPeople(SlackWebApi api) {
		return new SlackPeople(api);
	}

	/**
	 * Bounded: a request beyond its queue is refused before it is acknowledged (503 for
	 * events, which Slack retries; "busy, try again" for commands and forms) rather than
	 * exhausting memory. A graceful stop works the queue off first.
	 */
	@Bean
	ThreadPoolTaskExecutor slackExecutor(SlackSettings settings, InboundSettings inbound) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("slack-");
		executor.setCorePoolSize(settings.workers());
		executor.setMaxPoolSize(settings.workers());
		executor.setQueueCapacity(inbound.slackQueue());
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		return executor;
	}

	@Bean
	SlackDialogue slackDialogue(Turns turns, BlockKitRenderer renderer, Texts texts, SlackWebApi api,
			@Qualifier("slackExecutor") Executor slackExecutor, InboundLoad load) {
		return new SlackDialogue(turns, renderer, texts, api, slackExecutor, load);
	}

	/**
	 * Bolt routes each request to its listener; {@link WorkspaceAuthorization} stands in
	 * for Bolt's single- and multi-workspace authorization, so one app serves the
	 * configured token's workspace and every installed one alike.
	 */
	/**
	 * Typed requests (commands, direct messages, mentions) are written here before they
	 * are acknowledged, and worked off by the Slack workers.
	 */
	@Bean
	SlackJournal slackJournal(MongoTemplate mongo, Durability durability,
			@Qualifier("slackExecutor") ThreadPoolTaskExecutor slackExecutor, SlackDialogue dialogue,
			SlackPeople people, InboundLoad load, InboundSettings inbound) {
		return new SlackJournal(mongo, durability.inThisProcess(), slackExecutor.getThreadPoolExecutor(),
				request -> dialogue.run(request, people), load, inbound.slackJournal());
	}

	@Bean(destroyMethod = "stop")
	App slackApp(Slack slack, SlackSettings settings, SlackDialogue dialogue, SlackJournal journal, SlackWebApi api,
			SlackPeople people, SlackForms forms, WorkspaceBots bots, ObjectProvider<SlackInstallations> installations,
			Clock clock) {
		AppConfig config = AppConfig.builder()
			.slack(slack)
			.signingSecret(settings.signingSecret())
			// SlackRequests checks the signature itself, against the application's clock.
			.requestVerificationEnabled(false)
			.appInitializersEnabled(false)
			.authTestCacheEnabled(true)
			.allEventsApiAutoAckEnabled(true)
			.subtypedMessageEventsAutoAckEnabled(true)
			.build();
		List<Middleware> middleware = new ArrayList<>(List.of(new SSLCheck(null), new WorkspaceAuthorization(bots),
				new IgnoringSelfEvents(slack.getConfig(), config.isIgnoringSelfAssistantMessageEventsEnabled())));
		App app = new App(config, slack, middleware);
		SlackInstallations installed = installations.getIfAvailable();
		if (installed != null) {
			UninstallListener uninstalls = new UninstallListener(installed, clock);
			app.event(AppUninstalledEvent.class, uninstalls.appUninstalled());
			app.event(TokensRevokedEvent.class, uninstalls.tokensRevoked());
		}
		app.command(Pattern.compile("^/.*"), new SlashCommandListener(dialogue, journal));
		app.event(AppMentionEvent.class, new MentionListener(journal));
		app.event(MessageEvent.class, new DirectMessageListener(journal));
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
