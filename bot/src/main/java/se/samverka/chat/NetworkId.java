package se.samverka.chat;

import java.util.Objects;

/** A collaboration network. */
public record NetworkId(String value) {

	public NetworkId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value;
	}

}
