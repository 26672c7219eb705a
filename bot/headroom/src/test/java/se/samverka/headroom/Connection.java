package se.samverka.headroom;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client on one kept-alive socket: writes a request, reads the status,
 * the headers and the body (by length or chunked). Far cheaper per request than a general
 * client, so on two shared cores the load generator takes little from the servers it
 * measures. Reconnects when the server closes.
 */
final class Connection implements Closeable {

	/** What one exchange gave: the status and how many body bytes came back. */
	record Answer(int status, int bodyLength) {
	}

	private final int port;

	private Socket socket;

	private OutputStream out;

	private InputStream in;

	Connection(int port) {
		this.port = port;
	}

	Answer post(String path, String contentType, byte[] body, String... headers) throws IOException {
		if (this.socket == null) {
			open();
		}
		StringBuilder head = new StringBuilder(256).append("POST ")
			.append(path)
			.append(" HTTP/1.1\r\nHost: 127.0.0.1:")
			.append(this.port)
			.append("\r\nContent-Type: ")
			.append(contentType)
			.append("\r\nContent-Length: ")
			.append(body.length)
			.append("\r\n");
		for (int i = 0; i + 1 < headers.length; i += 2) {
			head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
		}
		head.append("\r\n");
		try {
			this.out.write(head.toString().getBytes(StandardCharsets.UTF_8));
			this.out.write(body);
			this.out.flush();
			return read();
		}
		catch (IOException ex) {
			close();
			throw ex;
		}
	}

	private Answer read() throws IOException {
		String status = line();
		if (!status.startsWith("HTTP/1.")) {
			throw new IOException("Not an HTTP answer");
		}
		int code = Integer.parseInt(status.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean closing = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(lower.substring(15).strip());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				closing = true;
			}
		}
		int bodyLength = 0;
		if (chunked) {
			for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0; size = Long
				.parseLong(line().split(";")[0].strip(), 16)) {
				skip(size);
				bodyLength += (int) size;
				line();
			}
			while (!line().isEmpty()) {
				// trailers
			}
		}
		else if (length > 0) {
			skip(length);
			bodyLength = (int) length;
		}
		if (closing) {
			close();
		}
		return new Answer(code, bodyLength);
	}

	private void skip(long bytes) throws IOException {
		long left = bytes;
		while (left > 0) {
			long skipped = this.in.skip(left);
			if (skipped <= 0) {
				if (this.in.read() < 0) {
					throw new EOFException();
				}
				skipped = 1;
			}
			left -= skipped;
		}
	}

	private String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream(64);
		for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
			if (b < 0) {
				throw new EOFException("Connection closed by the server");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	private void open() throws IOException {
		Socket opened = new Socket();
		opened.setTcpNoDelay(true);
		opened.setSoTimeout(30_000);
		opened.connect(new InetSocketAddress("127.0.0.1", this.port), 5_000);
		this.socket = opened;
		this.out = new BufferedOutputStream(opened.getOutputStream(), 4096);
		this.in = new BufferedInputStream(opened.getInputStream(), 4096);
	}

	@Override
	public void close() {
		if (this.socket != null) {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
			this.socket = null;
		}
	}

}
