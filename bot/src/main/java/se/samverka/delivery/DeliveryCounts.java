package se.samverka.delivery;

/**
 * How the entries of one send (or several, by message key prefix) stand. Pending includes
 * those being sent.
 */
public record DeliveryCounts(int sent, int pending, int unreachable, int failed, int uncertain) {

	public int total() {
		return sent + pending + unreachable + failed + uncertain;
	}

}
