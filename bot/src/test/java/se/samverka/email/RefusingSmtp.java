package se.samverka.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server on loopback that refuses chosen recipients the way real servers do:
 * {@code 550} for an address that does not exist, {@code 451} (try again later) a set
 * number of times for another. Everything else is accepted and kept: which recipients a
 * message was accepted for, and how often each recipient was tried.
 */
final class RefusingSmtp implements AutoCloseable {

	private final ServerSocket server;

	private final Map<String, String> refusals = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> laterTimes = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();

	private final List<String> delivered = new CopyOnWriteArrayList<>();

	RefusingSmtp() {
		try {
			server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread acceptor = new Thread(this::accept, "refusing-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return server.getLocalPort();
	}

	/** Every RCPT TO for the address is answered 550. */
	void noSuchUser(String address) {
		refusals.put(address.toLowerCase(Locale.ROOT), "550 5.1.1 No such user here");
	}

	/** The first {@code times} RCPT TO for the address are answered 451. */
	void busy(String address, int times) {
		laterTimes.put(address.toLowerCase(Locale.ROOT), new AtomicInteger(times));
	}

	/** How many messages were accepted for the address. */
	long deliveredTo(String address) {
		return delivered.stream().filter(address.toLowerCase(Locale.ROOT)::equals).count();
	}

	int triesFor(String address) {
		AtomicInteger n = tries.get(address.toLowerCase(Locale.ROOT));
		return n == null ? 0 : n.get();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				Thread session = new Thread(() -> session(socket), "refusing-smtp-session");
				session.setDaemon(true);
				session.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void session(Socket socket) {
		try (socket) {
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			OutputStream out = socket.getOutputStream();
			reply(out, "220 refusing-smtp ready");
			List<String> recipients = new ArrayList<>();
			String line;
			while ((line = in.readLine()) != null) {
				String upper = line.toUpperCase(Locale.ROOT);
				if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
					reply(out, "250 refusing-smtp");
				}
				else if (upper.startsWith("MAIL FROM")) {
					recipients.clear();
					reply(out, "250 2.1.0 OK");
				}
				else if (upper.startsWith("RCPT TO")) {
					String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
					tries.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
					AtomicInteger later = laterTimes.get(address);
					if (refusals.containsKey(address)) {
						reply(out, refusals.get(address));
					}
					else if (later != null && later.getAndDecrement() > 0) {
						reply(out, "451 4.3.0 Try again later");
					}
					else {
						recipients.add(address);
						reply(out, "250 2.1.5 OK");
					}
				}
				else if (upper.equals("DATA")) {
					if (recipients.isEmpty()) {
						reply(out, "554 5.5.1 No valid recipients");
						continue;
					}
					reply(out, "354 End data with <CR><LF>.<CR><LF>");
					while ((line = in.readLine()) != null && !line.equals(".")) {
						// the message itself is not needed here
					}
					delivered.addAll(recipients);
					recipients.clear();
					reply(out, "250 2.0.0 Accepted");
				}
				else if (upper.startsWith("QUIT")) {
					reply(out, "221 2.0.0 Bye");
					return;
				}
				else {
					// RSET, NOOP and the rest
					recipients.clear();
					reply(out, "250 OK");
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

}
