package se.samverka.bench;

import java.util.Random;

/**
 * The platforms' bad days, as the issue asks: a share of requests answered 429 (with
 * Retry-After) and a share answered 500, whatever the limits say. Seeded, so that a run
 * can be repeated.
 */
final class Faults {

	enum Fault {

		NONE, THROTTLED, SERVER_ERROR

	}

	private final Random random;

	private final double throttled;

	private final double serverErrors;

	Faults(long seed, double throttled, double serverErrors) {
		this.random = new Random(seed);
		this.throttled = throttled;
		this.serverErrors = serverErrors;
	}

	/** 10 % 429 and 1 % 500, as in the issue. */
	static Faults asInTheIssue(long seed) {
		return new Faults(seed, 0.10, 0.01);
	}

	synchronized Fault next() {
		double roll = random.nextDouble();
		if (roll < throttled) {
			return Fault.THROTTLED;
		}
		return roll < throttled + serverErrors ? Fault.SERVER_ERROR : Fault.NONE;
	}

}
