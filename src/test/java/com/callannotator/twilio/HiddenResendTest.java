package com.callannotator.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnsweredBy;
import com.callannotator.annotation.CallSid;
import com.callannotator.credentials.TwilioCredentials;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The JDK must not re-send a POST behind the retry loop's back: a server answers the first request on a kept-alive
 * connection and drops the second unanswered. In a fresh JVM (the property is read once per JVM, as in Lambda), the
 * client's own set-up must leave exactly one request per call.
 */
final class HiddenResendTest {

    private static final String OK = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
            + "Connection: keep-alive\r\n\r\n{}";

    @Test
    void resetOnAKeptAliveConnection_noSilentResend_oneRequestPerCall() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread serving = new Thread(() -> serve(server, requests), "resetting-server");
            serving.setDaemon(true);
            serving.start();
            Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Probe.class.getName(),
                    "http://127.0.0.1:" + server.getLocalPort()).redirectErrorStream(true).start();
            String output = new String(probe.getInputStream().readAllBytes(), UTF_8).strip();
            probe.waitFor(30, TimeUnit.SECONDS);

            assertEquals("calls=2 second=IOException", output);
            assertEquals(2, requests.get());
        }
    }

    /** Connection 1: answers its first request, reads the second and closes. Later connections: answer all. */
    private static void serve(ServerSocket server, AtomicInteger requests) {
        for (int connection = 1; !server.isClosed(); connection++) {
            try (Socket socket = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8));
                OutputStream out = socket.getOutputStream();
                for (int request = 1; readRequest(in); request++) {
                    requests.incrementAndGet();
                    if (connection == 1 && request == 2) {
                        break; // Dropped unanswered, as a peer resetting an idle kept-alive connection does.
                    }
                    out.write(OK.getBytes(UTF_8));
                    out.flush();
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Reads one request's head and form body; false at the end of the stream. */
    private static boolean readRequest(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) {
            return false;
        }
        int length = 0;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        in.skip(length);
        return true;
    }

    /** Runs in the fresh JVM: two updates through the client, as the retry loop makes them. */
    public static final class Probe {
        public static void main(String[] args) {
            HttpInsightsClient client = new HttpInsightsClient(URI.create(args[0]), Duration.ofSeconds(2),
                    Duration.ofSeconds(2), "call-annotator/test");
            Annotation annotation = Annotation.builder(new CallSid("CA0123456789abcdef0123456789abcdef"))
                    .answeredBy(AnsweredBy.MACHINE).build();
            TwilioCredentials credentials = TwilioCredentials.of("AC" + "a".repeat(32), "token");
            String second = "ok";
            try {
                client.update(annotation, credentials, Duration.ofSeconds(2));
                client.update(annotation, credentials, Duration.ofSeconds(2));
            } catch (IOException | RuntimeException e) {
                second = e instanceof IOException ? "IOException" : e.getClass().getSimpleName();
            }
            System.out.println("calls=2 second=" + second);
        }
    }
}
