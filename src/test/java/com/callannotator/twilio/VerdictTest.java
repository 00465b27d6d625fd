package com.callannotator.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class VerdictTest {

    @ParameterizedTest(name = "{0}: {1} code {2} is {3}")
    @CsvSource({
            "stored,                              200, 0,     SUCCESS",
            "created,                             201, 0,     SUCCESS",
            "invalid parameter,                   400, 20001, PERMANENT",
            "older than 30 days,                  400, 17002, PERMANENT",
            "older than 30 days as 404,           404, 17002, PERMANENT",
            "bad credentials,                     401, 20003, UNAUTHENTICATED",
            "forbidden to access data,            403, 17000, PERMANENT",
            "advanced features off,               403, 17007, PERMANENT",
            "advanced features off as 400,        400, 17007, PERMANENT",
            "other forbidden,                     403, 20403, PERMANENT",
            "young call,                          404, 20404, NOT_YET_KNOWN",
            "404 without code,                    404, 0,     NOT_YET_KNOWN",
            "method not allowed,                  405, 20004, PERMANENT",
            "request timeout,                     408, 0,     TRANSIENT",
            "too many requests,                   429, 20429, TRANSIENT",
            "too many requests without code,      429, 0,     TRANSIENT",
            "internal server error,               500, 20500, TRANSIENT",
            "query timeout,                       500, 17008, TRANSIENT",
            "insights internal error,             500, 17009, TRANSIENT",
            "bad gateway,                         502, 0,     TRANSIENT",
            "service unavailable,                 503, 20503, TRANSIENT",
            "gateway timeout,                     504, 0,     TRANSIENT",
            "teapot,                              418, 0,     PERMANENT",
            "redirect,                            302, 0,     PERMANENT",
    })
    void of_statusAndCode_givesTheTablesVerdict(String name, int status, int code, Verdict expected) {
        Verdict verdict = Verdict.of(status, code);

        assertEquals(expected, verdict);
    }
}
