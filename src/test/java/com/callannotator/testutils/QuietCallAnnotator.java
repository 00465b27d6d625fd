package com.callannotator.testutils;

import com.callannotator.CallAnnotator;
import com.callannotator.delivery.Timing;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;

/** Builds the function's composition root for a test that does not read its log lines, which go nowhere. */
public final class QuietCallAnnotator {

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    private QuietCallAnnotator() {
    }

    /** {@link CallAnnotator#fromEnvironment(Map)} without the log lines. */
    public static CallAnnotator from(Map<String, String> environment) {
        return from(environment, Timing.system());
    }

    /** {@link CallAnnotator#fromEnvironment(Map, Timing)} without the log lines. */
    public static CallAnnotator from(Map<String, String> environment, Timing timing) {
        return CallAnnotator.fromEnvironment(environment, timing, NOWHERE);
    }
}
