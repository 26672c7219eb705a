package se.samverka.teams;

import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import se.samverka.DevMode;
import se.samverka.chat.InboundLoad;
import se.samverka.chat.InboundSettings;
import se.samverka.chat.Texts;
import se.samverka.dialogue.Turns;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TeamsSettings.class)
class TeamsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TeamsConfiguration.class);

	/** Lets SAMVERKA_TEAMS_REGISTRATIONS be one JSON array. */
	@Bean
	@ConfigurationPropertiesBinding
	static TeamsRegistrationsJson teamsRegistrationsJson() {
		return new TeamsRegistrationsJson();
	}

	@Bean
	TeamsMode teamsMode(TeamsSettings settings, DevMode devMode) {
		TeamsMode mode = TeamsMode.of(settings, devMode);
		log.info("Teams: {} ({})", mode, settings);
		return mode;
	}

	@Bean
	TeamsBotIdentities teamsBotIdentities(TeamsSettings settings) {
		return TeamsBotIdentities.from(settings);
	}

	@Bean
	TeamsAuthentication teamsAuthentication(TeamsSettings settings) {
		return new TeamsAuthentication(settings);
	}

	@Bean
	BotConnector botConnector(TeamsSettings settings, TeamsMode mode, TeamsBotIdentities identities) {
		return new BotConnector(new ServiceHosts(settings.allowedServiceHosts(), mode == TeamsMode.LOCAL_DEV),
				identities);
	}

	@Bean
	ReplyActivities teamsReplyActivities() {
		return new ReplyActivities(new AdaptiveCardRenderer());
	}

	@Bean
	TeamsSender teamsSender(BotConnector connector, ReplyActivities replies) {
		return new TeamsSender(connector, replies);
	}

	@Bean
	TeamsBot teamsBot(Turns turns, Texts texts, BotConnector connector, ReplyActivities replies,
			@Qualifier("teamsTurnExecutor") Executor executor, TeamsSettings settings, InboundSettings inbound,
			InboundLoad load) {
		return new TeamsBot(turns, texts, connector, replies, executor, settings, inbound.teamsTurns(), load);
	}

	/**
	 * Card-action turns run here so that Teams gets its invoke answer within 5 s; one
	 * that finds the queue full is answered "busy, try again" (TeamsBot).
	 */
	@Bean
	Executor teamsTurnExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("teams-turn-");
		executor.setCorePoolSize(4);
		executor.setMaxPoolSize(4);
		executor.setQueueCapacity(1_000);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		executor.initialize();
		return executor;
	}

}
