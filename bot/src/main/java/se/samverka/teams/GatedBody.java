package se.samverka.teams;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

import se.samverka.delivery.SendGate;

/**
 * A request body that passes the send's gate ({@link SendGate}) when the HTTP client asks
 * for it, just before the bytes go on the wire: the Bot Connector cannot have the whole
 * request before the send journal's line is on disk, and little can happen in between.
 * Without a gate it is a plain body.
 */
final class GatedBody implements HttpRequest.BodyPublisher {

	private final byte[] bytes;

	private final SendGate gate;

	private GatedBody(byte[] bytes, SendGate gate) {
		this.bytes = bytes;
		this.gate = gate;
	}

	static HttpRequest.BodyPublisher of(byte[] bytes, SendGate gate) {
		return gate == null ? HttpRequest.BodyPublishers.ofByteArray(bytes) : new GatedBody(bytes, gate);
	}

	@Override
	public long contentLength() {
		return bytes.length;
	}

	@Override
	public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
		subscriber.onSubscribe(new Flow.Subscription() {

			private boolean done;

			@Override
			public void request(long n) {
				synchronized (this) {
					if (done || n <= 0) {
						return;
					}
					done = true;
				}
				try {
					gate.pass();
				}
				catch (RuntimeException refused) {
					subscriber.onError(refused);
					return;
				}
				subscriber.onNext(ByteBuffer.wrap(bytes));
				subscriber.onComplete();
			}

			@Override
			public void cancel() {
				synchronized (this) {
					done = true;
				}
			}

		});
	}

}
