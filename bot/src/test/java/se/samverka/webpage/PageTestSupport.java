package se.samverka.webpage;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverka.TestClock;
import se.samverka.dialogue.Turns;
import se.samverka.links.PersonalLinks;
import se.samverka.network.WebMembers;

/** What the personal page's tests share: the application, and a fresh network each. */
abstract class PageTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	Turns turns;

	@Autowired
	TestClock clock;

	@Autowired
	PersonalLinks links;

	@Autowired
	WebMembers members;

	@Autowired
	MongoTemplate mongo;

	PageClient client;

	PageFixture network;

	@BeforeEach
	void buildNetwork() {
		client = new PageClient(port);
		network = new PageFixture(turns, clock, links, members, client).build();
	}

}
