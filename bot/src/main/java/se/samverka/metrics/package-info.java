/**
 * Samverka's own meters (Micrometer), exported to Prometheus at
 * {@code /actuator/prometheus} when {@code SAMVERKA_METRICS=true}. The only package that
 * uses Micrometer: the core (delivery, dialogue, the scheduler) reports what happened
 * through the small classes here, and the ledger's backlog is read through
 * {@link se.samverka.metrics.PendingSends}. Every meter's name starts with
 * {@code samverka}; tags are channels, outcomes, scopes (tenants, workspaces) and kinds
 * of due work, never people or text.
 */
package se.samverka.metrics;
