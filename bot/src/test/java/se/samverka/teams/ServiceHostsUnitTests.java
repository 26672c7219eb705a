package se.samverka.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceHostsUnitTests {

	final ServiceHosts production = new ServiceHosts(TeamsSettings.MICROSOFT_HOSTS, false);

	final ServiceHosts dev = new ServiceHosts(TeamsSettings.MICROSOFT_HOSTS, true);

	@Test
	void allowsTheMicrosoftConnectorHostsOverHttps() {
		assertThat(production.allows("https://smba.trafficmanager.net/emea/")).isTrue();
		assertThat(production.allows("https://smba.infra.gcc.teams.microsoft.com/")).isTrue();
		assertThat(production.allows("https://europe.webchat.botframework.com/")).isTrue();
	}

	@Test
	void refusesLookalikesOtherHostsAndPlainHttp() {
		assertThat(production.allows("https://smba.trafficmanager.net.attacker.example/")).isFalse();
		assertThat(production.allows("https://evilbotframework.com/")).isFalse();
		assertThat(production.allows("https://botframework.com@attacker.example/")).isFalse();
		assertThat(production.allows("http://smba.trafficmanager.net/emea/")).isFalse();
		assertThat(production.allows("ftp://smba.trafficmanager.net/")).isFalse();
		assertThat(production.allows("not a url")).isFalse();
		assertThat(production.allows(null)).isFalse();
	}

	@Test
	void allowsLoopbackOnlyInLocalDevModeOrWhenListed() {
		assertThat(production.allows("http://127.0.0.1:3979/")).isFalse();
		assertThat(production.allows("http://localhost:3979/")).isFalse();
		assertThat(dev.allows("http://127.0.0.1:3979/")).isTrue();
		assertThat(dev.allows("http://localhost:3979/")).isTrue();
		assertThat(dev.allows("http://[::1]:3979/")).isTrue();
		assertThat(new ServiceHosts(java.util.List.of("127.0.0.1"), false).allows("http://127.0.0.1:1/")).isTrue();
	}

}
