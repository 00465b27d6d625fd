package com.callannotator.testutils;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server that answers every request {@code 200} announcing 100 bytes of JSON, sends <code>{"a"</code> and
 * closes the connection: Twilio's answer cut short by the network.
 */
public final class TruncatingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;
    private final AtomicInteger requests = new AtomicInteger();

    public TruncatingServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "truncating-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** How many requests were answered so far. */
    public int requests() {
        return requests.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                readHead(client.getInputStream());
                requests.incrementAndGet();
                OutputStream out = client.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\""
                        .getBytes(UTF_8));
                out.flush();
            } catch (IOException e) {
                // closed, or the client went away: next
            }
        }
    }

    /** Reads up to the blank line after the headers, and the body as far as it has arrived. */
    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
        }
        in.skip(in.available());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
