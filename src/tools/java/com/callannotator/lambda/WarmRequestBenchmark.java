package com.callannotator.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.callannotator.CallAnnotator;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/**
 * Prints the time our own code takes for one warm request, in process, with nothing posted to Twilio: events
 * whose answer needs no network (a busy callback, the survey start, an unsigned request). Asserts nothing.
 *
 * <p>usage: {@code scripts/benchmark-warm [ITERATIONS]}; runs with Lambda's {@code -XX:TieredStopAtLevel=1}.
 */
public final class WarmRequestBenchmark {

    private WarmRequestBenchmark() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        PrintStream stdout = System.out;
        // The function's log lines go nowhere, so the figures show our work, not a terminal's.
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        HttpApiHandler handler = new HttpApiHandler(CallAnnotator.fromEnvironment(Map.of(
                "TWILIO_ACCOUNT_SID", "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "TWILIO_AUTH_TOKEN", "12345",
                "TWILIO_INSIGHTS_BASE_URL", "http://127.0.0.1:9")).webhook());
        for (String name : new String[] {"status-callback-busy.json", "survey-start.json", "unsigned"}) {
            APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(
                    "events/" + (name.equals("unsigned") ? "status-callback-human.json" : name));
            if (name.equals("unsigned")) {
                event.getHeaders().remove("x-twilio-signature");
            }
            double[] micros = run(handler, event, iterations);
            stdout.printf("%-28s median %6.1f us   p99 %6.1f us   (%d warm requests)%n", name,
                    micros[micros.length / 2], micros[(int) (micros.length * 0.99)], iterations);
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        stdout.printf("heap in use after %d requests and a GC: %.1f MB%n", 3 * 2 * iterations,
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
    }

    private static double[] run(HttpApiHandler handler, APIGatewayV2HTTPEvent event, int iterations) {
        for (int i = 0; i < iterations; i++) {
            handler.handleRequest(event, null);
        }
        double[] micros = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            handler.handleRequest(event, null);
            micros[i] = (System.nanoTime() - start) / 1e3;
        }
        Arrays.sort(micros);
        return micros;
    }
}
