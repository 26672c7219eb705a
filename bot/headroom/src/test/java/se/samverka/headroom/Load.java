package se.samverka.headroom;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A closed-loop load: {@code concurrency} threads, each on its own kept-alive connection,
 * send the next request as soon as the last one is answered, for a fixed time. Latency is
 * from writing the request to reading the whole answer.
 */
final class Load {

	/**
	 * What one load gave: acknowledgements (2xx with an empty body), 2xx that answered
	 * with a body instead (a direct answer such as "try again"), every status, failed
	 * exchanges (connection errors, time-outs), acknowledgement latencies and the log
	 * keys of the acknowledged requests.
	 */
	record Result(String label, int concurrency, double seconds, long acks, long answered, Map<Integer, Long> statuses,
			long failures, long[] latencyMicros, Set<String> acked) {

		double perSecond() {
			return this.acks / this.seconds;
		}

		double percentileMillis(double p) {
			if (this.latencyMicros.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(p / 100 * this.latencyMicros.length) - 1;
			return this.latencyMicros[Math.max(0, Math.min(index, this.latencyMicros.length - 1))] / 1000.0;
		}

		double maxMillis() {
			return this.latencyMicros.length == 0 ? Double.NaN
					: this.latencyMicros[this.latencyMicros.length - 1] / 1000.0;
		}

		/** Everything that was not an acknowledgement or a direct answer. */
		long errors() {
			long refused = this.statuses.entrySet()
				.stream()
				.filter(e -> e.getKey() < 200 || e.getKey() >= 300)
				.mapToLong(Map.Entry::getValue)
				.sum();
			return refused + this.failures;
		}

	}

	private Load() {
	}

	static Result run(String label, int port, Inbound kind, Inbound.Setting setting, String phase, int concurrency,
			Duration duration) throws InterruptedException {
		Worker[] workers = new Worker[concurrency];
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		for (int i = 0; i < concurrency; i++) {
			workers[i] = new Worker(port, kind, setting, phase, i, end);
			workers[i].setName("load-" + i);
			workers[i].start();
		}
		for (Worker worker : workers) {
			worker.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long acks = 0;
		long answered = 0;
		long failures = 0;
		Map<Integer, Long> statuses = new TreeMap<>();
		List<long[]> latencies = new ArrayList<>();
		int total = 0;
		Set<String> acked = new HashSet<>();
		for (Worker worker : workers) {
			acks += worker.acks;
			answered += worker.answered;
			failures += worker.failures;
			worker.statuses.forEach((status, count) -> statuses.merge(status, count, Long::sum));
			latencies.add(Arrays.copyOf(worker.latencies, worker.count));
			total += worker.count;
			acked.addAll(worker.acked);
		}
		long[] all = new long[total];
		int at = 0;
		for (long[] part : latencies) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		Arrays.sort(all);
		return new Result(label, concurrency, seconds, acks, answered, statuses, failures, all, acked);
	}

	private static final class Worker extends Thread {

		private final Connection connection;

		private final Inbound kind;

		private final Inbound.Setting setting;

		private final String phase;

		private final int index;

		private final long end;

		private final Map<Integer, Long> statuses = new TreeMap<>();

		private final List<String> acked = new ArrayList<>();

		private long[] latencies = new long[4096];

		private int count;

		private long acks;

		private long answered;

		private long failures;

		Worker(int port, Inbound kind, Inbound.Setting setting, String phase, int index, long end) {
			this.connection = new Connection(port);
			this.kind = kind;
			this.setting = setting;
			this.phase = phase;
			this.index = index;
			this.end = end;
		}

		@Override
		public void run() {
			try {
				for (long n = 0; System.nanoTime() < this.end; n++) {
					Inbound.Request request = this.kind.request(this.setting, this.phase, this.index, n);
					long sent = System.nanoTime();
					try {
						Connection.Answer answer = this.connection.post(this.kind.path(), this.kind.contentType(),
								request.body(), request.headers());
						long micros = (System.nanoTime() - sent) / 1000;
						this.statuses.merge(answer.status(), 1L, Long::sum);
						if (answer.status() / 100 == 2 && answer.bodyLength() == 0) {
							this.acks++;
							this.acked.add(request.logKey());
							record(micros);
						}
						else if (answer.status() / 100 == 2) {
							this.answered++;
						}
					}
					catch (IOException | RuntimeException ex) {
						this.failures++;
					}
				}
			}
			finally {
				this.connection.close();
			}
		}

		private void record(long micros) {
			if (this.count == this.latencies.length) {
				this.latencies = Arrays.copyOf(this.latencies, this.count * 2);
			}
			this.latencies[this.count++] = micros;
		}

	}

}
