package se.samverka;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductionGuardUnitTests {

	static final String MONGO = "mongodb://db1,db2,db3/samverka?replicaSet=rs0";

	@Test
	void refusesProductionWithoutAnyPlatform() {
		assertThatThrownBy(() -> ProductionGuard.check(MONGO, false, "", "")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("MICROSOFT_APP_ID")
			.hasMessageNotContaining("MONGODB_URI");
		assertThatThrownBy(() -> ProductionGuard.check(MONGO, false, "xoxb", ""))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesProductionOnTheEmbeddedDatabase() {
		assertThatThrownBy(() -> ProductionGuard.check("", true, "", "")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("MONGODB_URI is not set")
			.hasMessageNotContaining("MICROSOFT_APP_ID");
		assertThatThrownBy(() -> ProductionGuard.check(" ", false, "", "")).hasMessageContaining("MONGODB_URI")
			.hasMessageContaining("neither Teams");
	}

	@Test
	void acceptsTeamsOrSlackCredentialsWithMongoDb() {
		assertThatCode(() -> ProductionGuard.check(MONGO, true, "", "")).doesNotThrowAnyException();
		assertThatCode(() -> ProductionGuard.check(MONGO, false, "xoxb-1", "signing")).doesNotThrowAnyException();
	}

}
