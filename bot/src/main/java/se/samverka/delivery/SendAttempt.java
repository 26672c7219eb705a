package se.samverka.delivery;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;

import se.samverka.chat.Channel;
import se.samverka.chat.ConversationKey;
import se.samverka.metrics.SendMeters.Outcome;

/**
 * One claimed entry sent and its outcome recorded: SENT, or what {@link SendPolicy}
 * decides after a failure (never a blind resend of what may have gone out), with the send
 * counted against the rate limits from when its answer came.
 */
final class SendAttempt {

	private static final Logger log = LoggerFactory.getLogger(SendAttempt.class);

	private final Ledger ledger;

	private final Dispatch dispatch;

	private final Claims claims;

	SendAttempt(Ledger ledger, Dispatch dispatch, Claims claims) {
		this.ledger = ledger;
		this.dispatch = dispatch;
		this.claims = claims;
	}

	/** Returns false when the entry went back untouched, to wait ({@link NotNow}). */
	boolean run(Claims.Claimed claimed) {
		LedgerEntry entry = claimed.entry();
		List<String> scopes = entry.scopes();
		Channel channel = entry.channel();
		RateLimits limits = claims.limits;
		SendingMark.set(entry.id(), claims.owner(), entry.attempts());
		try {
			ConversationKey reached = dispatch.send(entry);
			limits.settle(scopes, claimed.reservedAt(), claims.realTime.instant());
			ledger.finish(entry.id(),
					new Update().set(LedgerEntry.STATE, DeliveryState.SENT.name())
						.set(LedgerEntry.CONVERSATION, reached.asString())
						.set(LedgerEntry.SENT_AT, Date.from(ledger.now())));
			dispatch.ended(entry, Outcome.SENT);
		}
		catch (NotNow wait) {
			limits.refund(scopes, claimed.reservedAt());
			ledger.release(entry.id(), wait.notBefore());
			claims.queue.retry(new ReadyQueue.Item(entry.id(), scopes, wait.notBefore()));
			return false;
		}
		catch (NothingToSend nothing) {
			limits.refund(scopes, claimed.reservedAt());
			ledger.finish(entry.id(), new Update().set(LedgerEntry.STATE, DeliveryState.FAILED.name())
				.set(LedgerEntry.NOTE, nothing.getMessage()));
			dispatch.ended(entry, Outcome.SKIPPED);
		}
		catch (DeliveryFailed failure) {
			if (failed(claimed, failure)) {
				return true;
			}
		}
		catch (LostClaim lost) {
			limits.refund(scopes, claimed.reservedAt());
			log.info("Outbox entry {}: its lease ran out before the send; nothing sent", entry.id());
		}
		catch (RuntimeException ex) {
			limits.settle(scopes, claimed.reservedAt(), claims.realTime.instant());
			log.error("Outbox entry {} failed unexpectedly; not retried", entry.id(), ex);
			ledger.finish(entry.id(), new Update().set(LedgerEntry.STATE, DeliveryState.FAILED.name())
				.set(LedgerEntry.NOTE, "unexpected " + ex.getClass().getSimpleName()));
			dispatch.ended(entry, Outcome.FAILED);
			dispatch.notSent(entry);
		}
		finally {
			SendingMark.clear();
			claims.endTurn(claimed);
		}
		claims.queue.done(claimed.item().id());
		return true;
	}

	/** Records a refused send; true when the entry goes back in line for a retry. */
	private boolean failed(Claims.Claimed claimed, DeliveryFailed failure) {
		LedgerEntry entry = claimed.entry();
		List<String> scopes = entry.scopes();
		Channel channel = entry.channel();
		RateLimits limits = claims.limits;
		if (channel == Channel.SLACK && failure.rateLimited()) {
			// Slack's limits count messages posted, and a 429 posted nothing (Teams
			// counts
			// requests).
			limits.refund(scopes, claimed.reservedAt());
		}
		else {
			limits.settle(scopes, claimed.reservedAt(), claims.realTime.instant());
		}
		SendPolicy.Decision decision = SendPolicy.after(channel, failure, entry.attempts());
		log.info("Outbox entry {} on {}: {} → {}", entry.id(), channel, failure.status(), decision.state());
		Update update = new Update().set(LedgerEntry.STATE, decision.state().name())
			.set(LedgerEntry.NOTE, decision.note());
		if (decision.state() != DeliveryState.PENDING) {
			dispatch.ended(entry, switch (decision.state()) {
				case UNREACHABLE -> Outcome.UNREACHABLE;
				case UNCERTAIN -> Outcome.UNCERTAIN;
				default -> Outcome.FAILED;
			});
			ledger.finish(entry.id(), update);
			dispatch.notSent(entry);
			return false;
		}
		Instant notBefore = claims.realTime.instant().plus(decision.delay());
		update.set(LedgerEntry.NOT_BEFORE, Date.from(notBefore)).set(LedgerEntry.READY, entry.id());
		if (decision.pauseScope()) {
			limits.pause(scopes.get(0), notBefore);
			update.inc(LedgerEntry.ATTEMPTS, -1);
			dispatch.rateLimited(entry, decision.delay());
		}
		else {
			dispatch.ended(entry, Outcome.RETRIED);
		}
		ledger.finish(entry.id(), update);
		claims.queue.retry(new ReadyQueue.Item(claimed.item().id(), scopes, notBefore));
		return true;
	}

}
