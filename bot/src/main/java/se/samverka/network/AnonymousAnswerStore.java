package se.samverka.network;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Where a feature keeps anonymous answers that may carry an organisation: its items
 * (documents with {@code _id} and {@code networkId}) in {@code items}, those of them
 * whose answers are anonymous ({@code which}), and the answers in {@code answers}, each
 * naming its item in {@code itemField}. A bean of this type lets the start-up clean-up
 * ({@link SmallOrganisationCleanup}) take small organisations off answers stored before
 * the rule.
 */
public record AnonymousAnswerStore(String items, Criteria which, String answers, String itemField) {
}
