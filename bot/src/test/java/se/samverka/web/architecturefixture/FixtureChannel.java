package se.samverka.web.architecturefixture;

/**
 * Test fixture, never run: stands for a class of a channel adapter (here web/) that a
 * feature must not depend on. See {@code se.samverka.ArchitectureRulesUnitTests}.
 */
public class FixtureChannel {

}
