package com.callannotator.twilio;

import com.callannotator.annotation.TwilioError;
import java.util.List;

/**
 * What an answer of the Insights API means for the annotation: the one place where Twilio's HTTP status and error
 * code are turned into a decision. Rules are read top to bottom; the first that matches wins. The codes and their
 * meaning are Twilio's (FACTS-twilio.md §6; twilio.com/docs/api/errors).
 */
public enum Verdict {
    /** Stored. */
    SUCCESS,
    /** Worth another try soon: rate limiting, Twilio's server errors, timeouts, broken connections. */
    TRANSIENT,
    /** Retrying cannot help: the request or the call can never be annotated. */
    PERMANENT,
    /** Twilio does not know the call yet (a call that only just started or ended): try again in minutes. */
    NOT_YET_KNOWN,
    /** The credentials were refused: re-read them (a rotated token), then try again. */
    UNAUTHENTICATED;

    /** Any status or any code. */
    private static final int ANY = -1;

    /** The table. Codes first, because a code is more specific than its status. */
    private static final List<Rule> RULES = List.of(
            new Rule(ANY, 17000, PERMANENT, "forbidden to access data (other account, or Advanced Features off)"),
            new Rule(ANY, 17002, PERMANENT, "the call is older than 30 days"),
            new Rule(ANY, 17007, PERMANENT, "Advanced Features were off when the call was made"),
            new Rule(ANY, 17008, TRANSIENT, "Insights query timeout; Twilio says retry with backoff"),
            new Rule(ANY, 17009, TRANSIENT, "Insights internal error; Twilio says retry with backoff"),
            new Rule(ANY, 20429, TRANSIENT, "too many requests; never processed, always safe to retry"),
            new Rule(401, ANY, UNAUTHENTICATED, "credentials refused"),
            new Rule(404, ANY, NOT_YET_KNOWN, "call not known to Insights yet"),
            new Rule(408, ANY, TRANSIENT, "request timeout"),
            new Rule(429, ANY, TRANSIENT, "too many requests"),
            new Rule(400, ANY, PERMANENT, "invalid request"),
            new Rule(403, ANY, PERMANENT, "forbidden"));

    /**
     * The verdict on an answer with HTTP {@code status} and Twilio error {@code code} (0 when none).
     * Unlisted 2xx are {@link #SUCCESS}, 5xx {@link #TRANSIENT}, and any other status {@link #PERMANENT}.
     */
    public static Verdict of(int status, int code) {
        if (status >= 200 && status < 300) {
            return SUCCESS;
        }
        for (Rule rule : RULES) {
            if (rule.matches(status, code)) {
                return rule.verdict();
            }
        }
        return status >= 500 && status < 600 ? TRANSIENT : PERMANENT;
    }

    /** The verdict on Twilio's error answer. */
    public static Verdict of(TwilioError error) {
        return of(error.status(), error.code());
    }

    /** One row: status and code to match ({@link #ANY} for any) and the verdict, with why. */
    private record Rule(int status, int code, Verdict verdict, String why) {
        boolean matches(int actualStatus, int actualCode) {
            return (status == ANY || status == actualStatus) && (code == ANY || code == actualCode);
        }
    }
}
