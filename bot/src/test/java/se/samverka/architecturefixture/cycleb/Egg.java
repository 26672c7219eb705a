package se.samverka.architecturefixture.cycleb;

import se.samverka.architecturefixture.cyclea.Chicken;

/** The other half of a package cycle, for the rule that forbids them. */
public class Egg {

	Chicken hatch() {
		return new Chicken();
	}

}
