package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.WebhookFunction;
import com.callannotator.annotation.Annotation;
import com.callannotator.mapping.StatusCallback;
import com.callannotator.mapping.StatusCallbackMapper;
import com.callannotator.observability.Report;
import com.callannotator.observability.RequestLog;
import com.callannotator.security.SignatureVerifier;
import com.callannotator.webhook.FormParameters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Warms the request path: its pure parts on a background thread as soon as the handler is built, so the JVM's class
 * loading overlaps the runtime's own start-up; and all of it before a SnapStart snapshot, so restored environments
 * start warm.
 *
 * <p>The background warm-up touches no network and reads no secret: it signs and verifies a made-up request with a
 * made-up token, maps a made-up status callback and writes a log line to nowhere. Before the snapshot
 * ({@link #beforeCheckpoint}) it also builds what the function otherwise builds on first use (the SQS client), runs
 * whole requests against a loopback stand-in ({@link RequestPriming}) and loads the TLS context. The snapshot then
 * holds no secret, no credential and no open connection: the stand-in's made-up secret and keys belong to a
 * throw-away copy of the app, and every stand-in connection is closed.
 */
final class Priming implements Resource {

    private static final String SAMPLE_CALL = "CA00000000000000000000000000000000";
    private static final String SAMPLE_FORM = "CallSid=" + SAMPLE_CALL + "&CallStatus=completed&AnsweredBy=human"
            + "&ErrorCode=&SipResponseCode=200&Direction=outbound-api";

    private final Thread warmUp;
    private final Runnable buildDeferred;
    private final Map<String, String> environment;

    private Priming(Runnable buildDeferred, Map<String, String> environment) {
        this.warmUp = new Thread(Priming::warmUp, "call-annotator-priming");
        this.warmUp.setDaemon(true);
        this.buildDeferred = buildDeferred;
        this.environment = Map.copyOf(environment);
    }

    /**
     * Starts warming up in the background and registers for SnapStart's checkpoint. Keep the result referenced.
     *
     * @param buildDeferred builds what the app otherwise builds on first use ({@link WebhookFunction#buildDeferred()})
     * @param environment the function's settings, for the throw-away app that primes the request path
     */
    static Priming start(Runnable buildDeferred, Map<String, String> environment) {
        Priming priming = new Priming(buildDeferred, environment);
        priming.warmUp.start();
        Core.getGlobalContext().register(priming);
        return priming;
    }

    /** Runs the request path's pure parts once, with made-up values. */
    static void warmUp() {
        FormParameters form = FormParameters.parse(SAMPLE_FORM);
        SignatureVerifier verifier = new SignatureVerifier("priming-token-not-a-secret");
        verifier.verifyForm("https://example.invalid/status-callback?question=score", form.entries(), "AAAA");
        verifier.verifyJson("https://example.invalid/annotations?bodySHA256=00", "{}".getBytes(UTF_8), "AAAA");
        Annotation annotation = new StatusCallbackMapper(false).map(StatusCallback.from(form::first).orElseThrow())
                .orElseThrow();
        RequestLog nowhere = new RequestLog(new PrintStream(OutputStream.nullOutputStream()));
        nowhere.write(Report.skipped("/status-callback", annotation.callSid().value()), null, 0.5);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws InterruptedException {
        warmUp.join();
        buildDeferred.run();
        primeRequestPath(environment);
        try {
            SSLContext.getDefault().getSocketFactory().createSocket().close();
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("the JDK has no default TLS context", e);
        }
    }

    /**
     * Runs whole requests against a loopback stand-in. Best effort: a priming that fails leaves a slower first
     * request, never a failed snapshot, so it only says so on stderr.
     */
    static void primeRequestPath(Map<String, String> environment) {
        try (PrimingServer server = PrimingServer.start()) {
            RequestPriming.run(environment, server);
        } catch (IOException | RuntimeException | LinkageError e) {
            System.err.println("call-annotator: request path not primed: " + e.getClass().getName());
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: credentials are read on first use after restore, never before the snapshot; no
        // connection was left open; the jitter comes from a SecureRandom (delivery.Timing).
    }
}
