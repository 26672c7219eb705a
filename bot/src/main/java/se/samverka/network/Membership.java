package se.samverka.network;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's place in a network: their organisation and roles. The id is network id +
 * person id, so joining twice updates the one membership.
 */
@Document("memberships")
public record Membership(@Id String id, String networkId, String personId, String organisation, Set<Role> roles,
		Instant joinedAt) {

	static String idOf(String networkId, String personId) {
		return networkId + ":" + personId;
	}

	public boolean is(Role role) {
		return roles != null && roles.contains(role);
	}

}
