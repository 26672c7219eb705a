package se.samverka.chat;

import java.util.Objects;

/** A person known to Samverka on one platform. */
public record PersonId(String value) {

	public PersonId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value;
	}

}
