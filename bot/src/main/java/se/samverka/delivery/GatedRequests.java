package se.samverka.delivery;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSink;

/**
 * Passes the send's gate ({@link SendGate}) as late as an OkHttp client allows (the Teams
 * Bot Connector's and the Slack Web API's): a network interceptor gives each request a
 * body that is rendered first and written only after the gate, on the calling thread,
 * right before the bytes go to the socket. So the platform cannot have the whole request
 * before the send journal's line is on disk, and almost nothing happens in between.
 * Requests outside a journaled send go unchanged.
 */
public final class GatedRequests implements Interceptor {

	@Override
	public Response intercept(Chain chain) throws IOException {
		Request request = chain.request();
		SendGate gate = SendGate.current();
		if (gate == null || request.body() == null) {
			return chain.proceed(request);
		}
		return chain.proceed(request.newBuilder().method(request.method(), new Gated(request.body(), gate)).build());
	}

	private static final class Gated extends RequestBody {

		private final RequestBody body;

		private final SendGate gate;

		Gated(RequestBody body, SendGate gate) {
			this.body = body;
			this.gate = gate;
		}

		@Override
		public MediaType contentType() {
			return body.contentType();
		}

		@Override
		public long contentLength() throws IOException {
			return body.contentLength();
		}

		@Override
		public void writeTo(BufferedSink sink) throws IOException {
			Buffer rendered = new Buffer();
			body.writeTo(rendered);
			gate.pass();
			sink.writeAll(rendered);
		}

	}

}
