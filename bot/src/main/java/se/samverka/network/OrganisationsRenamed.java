package se.samverka.network;

import se.samverka.chat.NetworkId;

/**
 * Organisations of the network were renamed or merged (by organisers, or at start-up):
 * whatever shows them, such as a quorum poll's card, should be shown again.
 */
public record OrganisationsRenamed(NetworkId network) {
}
