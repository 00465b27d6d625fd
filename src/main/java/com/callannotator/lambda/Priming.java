package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.annotation.Annotation;
import com.callannotator.mapping.StatusCallback;
import com.callannotator.mapping.StatusCallbackMapper;
import com.callannotator.observability.RequestLog;
import com.callannotator.security.SignatureVerifier;
import com.callannotator.webhook.FormParameters;
import com.callannotator.webhook.Report;
import java.io.OutputStream;
import java.io.PrintStream;
import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Warms the request path: on a background thread as soon as the handler is built, so the JVM's class loading
 * overlaps the runtime's own start-up, and again before a SnapStart snapshot, so restored environments start warm.
 *
 * <p>It touches no network and reads no secret (a snapshot must never hold one): it signs and verifies a made-up
 * request with a made-up token, maps a made-up status callback and writes a log line to nowhere. Before the
 * snapshot it also loads the TLS context that the first call to Twilio needs.
 */
final class Priming implements Resource {

    private static final String SAMPLE_CALL = "CA00000000000000000000000000000000";
    private static final String SAMPLE_FORM = "CallSid=" + SAMPLE_CALL + "&CallStatus=completed&AnsweredBy=human"
            + "&ErrorCode=&SipResponseCode=200&Direction=outbound-api";

    private final Thread warmUp;

    private Priming() {
        this.warmUp = new Thread(Priming::warmUp, "call-annotator-priming");
        this.warmUp.setDaemon(true);
    }

    /** Starts warming up in the background and registers for SnapStart's checkpoint. Keep the result referenced. */
    static Priming start() {
        Priming priming = new Priming();
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

    /** True once the background warm-up has finished. */
    boolean isWarm() {
        return !warmUp.isAlive();
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws InterruptedException {
        warmUp.join();
        try {
            SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no default TLS context", e);
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: credentials are read on first use after restore, never before the snapshot.
    }
}
