package se.samverka.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MongoConfigurationUnitTests {

	@Test
	void addsTheDatabaseToAConnectionStringThatNamesNone() {
		assertThat(MongoConfiguration.withDatabase("mongodb://h1:27017,h2:27017", "samverka"))
			.isEqualTo("mongodb://h1:27017,h2:27017/samverka");
		assertThat(MongoConfiguration.withDatabase("mongodb+srv://u:p@cluster.example.org/?retryWrites=true&w=majority",
				"samverka"))
			.isEqualTo("mongodb+srv://u:p@cluster.example.org/samverka?retryWrites=true&w=majority");
		assertThat(MongoConfiguration.withDatabase("mongodb://h?replicaSet=rs0", "samverka"))
			.isEqualTo("mongodb://h/samverka?replicaSet=rs0");
	}

	@Test
	void neverPrintsTheUri() {
		StorageSettings settings = new StorageSettings("mongodb://user:secret@h/x", null, 0, "samverka");
		assertThat(settings.toString()).doesNotContain("secret").contains("<set>");
	}

}
