package se.samverka.network;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's place in a network: their organisation and roles. The id is network id +
 * person id, so joining twice updates the one membership. Indexed by network (and
 * organisation) and by person: a network of thousands shares the collection with small
 * ones, whose members must not be searched for among everybody's.
 */
@Document("memberships")
@CompoundIndex(name = "network_organisation", def = "{'networkId': 1, 'organisation': 1}")
public record Membership(@Id String id, String networkId, @Indexed String personId, String organisation,
		Set<Role> roles, Instant joinedAt) {

	static String idOf(String networkId, String personId) {
		return networkId + ":" + personId;
	}

	public boolean is(Role role) {
		return roles != null && roles.contains(role);
	}

}
