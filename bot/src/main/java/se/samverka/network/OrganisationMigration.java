package se.samverka.network;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.samverka.chat.NetworkId;

/**
 * At start-up, merges the organisations that members of one network wrote in several ways
 * ("region kronoberg", "Region Kronoberg", "Region Kronoberg") into the most common
 * spelling, the first given of equally common ones; votes, answers and notes follow, also
 * those in a spelling no member uses any more. A network with one spelling per
 * organisation is left as it is, so running again (every start, another instance) changes
 * nothing.
 */
@Component
class OrganisationMigration {

	private static final Logger log = LoggerFactory.getLogger(OrganisationMigration.class);

	private final Organisations organisations;

	OrganisationMigration(Organisations organisations) {
		this.organisations = organisations;
	}

	@EventListener(ApplicationReadyEvent.class)
	void migrate() {
		for (NetworkId network : organisations.networksWithMembers()) {
			try {
				migrate(network);
			}
			catch (RuntimeException ex) {
				// one network's odd data must not keep the others, or the bot, from
				// starting
				log.warn("Merging organisation spellings in network {} failed", network, ex);
			}
		}
	}

	/** Merges one network's spellings; returns how many organisations had several. */
	int migrate(NetworkId network) {
		int merged = organisations.mergeSpellings(network);
		if (merged > 0) {
			log.info("Merged the spellings of {} organisations in network {}", merged, network);
		}
		return merged;
	}

}
