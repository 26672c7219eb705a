package se.samverka;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductionGuardUnitTests {

	@Test
	void refusesProductionWithoutAnyPlatform() {
		assertThatThrownBy(() -> ProductionGuard.check("", "", "", "", "")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("MICROSOFT_APP_ID");
		assertThatThrownBy(() -> ProductionGuard.check("app", "", "SingleTenant", "xoxb", ""))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void acceptsTeamsOrSlackCredentials() {
		assertThatCode(() -> ProductionGuard.check("app", "secret", "", "", "")).doesNotThrowAnyException();
		assertThatCode(() -> ProductionGuard.check("app", "", "UserAssignedMSI", "", "")).doesNotThrowAnyException();
		assertThatCode(() -> ProductionGuard.check("", "", "", "xoxb-1", "signing")).doesNotThrowAnyException();
	}

}
