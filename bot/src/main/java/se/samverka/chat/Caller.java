package se.samverka.chat;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is running a command, as the dialogue resolved it before the command runs: the
 * network the command is about (null when there is none), the access levels this person
 * holds there, their organisation and the network's zone.
 *
 * @param networkName the network's name, or null
 * @param organisation the organisation the person gave when joining, or null
 * @param zone the zone the network's times are meant in, or null without a network
 */
public record Caller(NetworkId network, String networkName, Set<Access> access, String organisation, ZoneId zone) {

	public Caller {
		access = access.isEmpty() ? EnumSet.noneOf(Access.class) : EnumSet.copyOf(access);
		access.add(Access.EVERYONE);
	}

	/** Someone in no network at all. */
	public static Caller outsideAnyNetwork() {
		return new Caller(null, null, Set.of(), null, null);
	}

	public boolean may(Access level) {
		return access.contains(level);
	}

	public boolean member() {
		return may(Access.MEMBER);
	}

	@Override
	public Set<Access> access() {
		return EnumSet.copyOf(access);
	}

}
