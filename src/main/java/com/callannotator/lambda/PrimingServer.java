package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A loopback HTTP server that answers, with made-up values, the calls the request path makes: Secrets Manager's
 * {@code GetSecretValue}, SQS's {@code SendMessage} and Twilio Insights' annotation POST. It exists only while
 * priming runs before a SnapStart snapshot, so that the real code runs once end to end without touching AWS or
 * Twilio. Every answer says {@code Connection: close}: no connection made here outlives the priming.
 *
 * <p>Only {@code java.base}: no HTTP server module is assumed in the Lambda runtime.
 */
final class PrimingServer implements AutoCloseable {

    /** The made-up auth token of the made-up secret: priming signs its own requests with it. */
    static final String AUTH_TOKEN = "priming-token-not-a-secret";
    /** A call whose annotation the stand-in refuses with a 503, so the request defers it to the queue. */
    static final String DEFERRED_CALL = "CA00000000000000000000000000000002";

    private final ServerSocket socket;
    private final Thread acceptor;

    private PrimingServer(ServerSocket socket) {
        this.socket = socket;
        this.acceptor = new Thread(this::serve, "call-annotator-priming-server");
        this.acceptor.setDaemon(true);
    }

    /** Listens on a free loopback port. */
    static PrimingServer start() throws IOException {
        PrimingServer server = new PrimingServer(new ServerSocket(0, 16, InetAddress.getLoopbackAddress()));
        server.acceptor.start();
        return server;
    }

    /** {@code http://127.0.0.1:port} */
    URI url() {
        return URI.create("http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort());
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                answer(client.getInputStream(), client.getOutputStream());
            } catch (IOException | RuntimeException e) {
                // Closed, or a request we did not expect: priming then simply runs the failure path.
            }
        }
    }

    private static void answer(InputStream in, OutputStream out) throws IOException {
        Request request = Request.read(in);
        String target = request.headers().getOrDefault("x-amz-target", "");
        Answer answer;
        if (target.endsWith("GetSecretValue")) {
            answer = Answer.json(200, secretValue());
        } else if (target.endsWith("SendMessage")) {
            answer = Answer.json(200, SqsChecksums.sendMessageResponse(JSON.std.mapFrom(request.body())));
        } else if (request.path().contains(DEFERRED_CALL)) {
            answer = Answer.json(503, "{\"code\":20003,\"message\":\"priming\",\"status\":503}");
        } else if (request.path().startsWith("/v1/Voice/")) {
            String callSid = request.path().split("/", -1)[3];
            answer = Answer.json(200, "{\"call_sid\":\"" + callSid + "\",\"answered_by\":\"human\"}");
        } else {
            answer = Answer.json(404, "{}");
        }
        answer.write(out);
    }

    private static String secretValue() throws IOException {
        String secret = JSON.std.asString(Map.of("account_sid", "AC00000000000000000000000000000000",
                "auth_token", AUTH_TOKEN));
        return JSON.std.asString(Map.of("ARN", "arn:aws:secretsmanager:us-east-1:000000000000:secret:priming",
                "Name", "priming", "SecretString", secret, "VersionId", "priming"));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** What priming needs of a request: path, lower-cased headers, body. */
    private record Request(String path, Map<String, String> headers, String body) {
        static Request read(InputStream in) throws IOException {
            String requestLine = line(in);
            Map<String, String> headers = new HashMap<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            String body = new String(in.readNBytes(length), UTF_8);
            return new Request(URI.create(requestLine.split(" ", -1)[1]).getPath(), headers, body);
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(US_ASCII);
        }
    }

    private record Answer(int status, String body) {
        static Answer json(int status, String body) {
            return new Answer(status, body);
        }

        void write(OutputStream out) throws IOException {
            byte[] bytes = body.getBytes(UTF_8);
            String head = "HTTP/1.1 " + status + " Priming\r\nContent-Type: application/json\r\nContent-Length: "
                    + bytes.length + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(US_ASCII));
            out.write(bytes);
            out.flush();
        }
    }
}
