package se.samverka.delivery;

import java.util.Map;

/**
 * How the entries of one send (or several, by message key prefix) stand. Pending includes
 * those being sent.
 */
public record DeliveryCounts(int sent, int pending, int unreachable, int failed, int uncertain) {

	public int total() {
		return sent + pending + unreachable + failed + uncertain;
	}

	static DeliveryCounts of(Map<DeliveryState, Integer> byState) {
		int sent = 0;
		int pending = 0;
		int unreachable = 0;
		int failed = 0;
		int uncertain = 0;
		for (Map.Entry<DeliveryState, Integer> e : byState.entrySet()) {
			int n = e.getValue();
			switch (e.getKey()) {
				case SENT -> sent += n;
				case PENDING, SENDING -> pending += n;
				case UNREACHABLE -> unreachable += n;
				case FAILED -> failed += n;
				case UNCERTAIN -> uncertain += n;
				default -> throw new IllegalStateException();
			}
		}
		return new DeliveryCounts(sent, pending, unreachable, failed, uncertain);
	}

}
