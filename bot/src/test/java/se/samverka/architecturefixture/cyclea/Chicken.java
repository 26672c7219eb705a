package se.samverka.architecturefixture.cyclea;

import se.samverka.architecturefixture.cycleb.Egg;

/** Half of a package cycle, for the rule that forbids them. */
public class Chicken {

	Egg lay() {
		return new Egg();
	}

}
