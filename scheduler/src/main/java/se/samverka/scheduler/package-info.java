/**
 * Durable scheduling for Samverka: due work lives in MongoDB (due instant in UTC, zone,
 * kind, state, lease) and Quartz, with its in-memory store, fires at the due instants; a
 * job claims its document atomically so that one instance acts even when several run.
 * Built with the meetings feature; no bot code belongs here.
 */
package se.samverka.scheduler;
