package com.callannotator.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnsweredBy;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.ConnectivityIssue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class StatusCallbackMapperTest {

    private static final CallSid CALL = new CallSid("CA0123456789abcdef0123456789abcdef");

    private final StatusCallbackMapper mapper = new StatusCallbackMapper(false);

    @ParameterizedTest(name = "AnsweredBy={0} -> {1}")
    @CsvSource(nullValues = "none", value = {
        "human, HUMAN",
        "machine_start, MACHINE",
        "machine_end_beep, MACHINE",
        "machine_end_silence, MACHINE",
        "machine_end_other, MACHINE",
        "fax, MACHINE",
        "unknown, none",
        "robot, none"})
    void map_everyAmdValue_setsAnsweredBy(String amd, AnsweredBy expected) {
        Optional<Annotation> annotation = mapper.map(callback("completed", "AnsweredBy", amd));

        assertEquals(Optional.ofNullable(expected), annotation.map(Annotation::answeredBy));
    }

    @ParameterizedTest(name = "{0} ErrorCode={1} SipResponseCode={2} -> {3}")
    @CsvSource(nullValues = "none", value = {
        "failed, 13223, none, INVALID_NUMBER",
        "failed, 13224, none, INVALID_NUMBER",
        "failed, 13226, none, INVALID_NUMBER",
        "failed, 21211, none, INVALID_NUMBER",
        "failed, 21217, none, INVALID_NUMBER",
        "failed, 31404, none, INVALID_NUMBER",
        "failed, 31484, none, INVALID_NUMBER",
        "failed, 31604, none, INVALID_NUMBER",
        "failed, none, 404, INVALID_NUMBER",
        "failed, none, 484, INVALID_NUMBER",
        "failed, none, 604, INVALID_NUMBER",
        "failed, 21214, none, NUMBER_REACHABILITY",
        "failed, 32009, none, NUMBER_REACHABILITY",
        "failed, 32011, none, NUMBER_REACHABILITY",
        "failed, 31408, none, NUMBER_REACHABILITY",
        "failed, 31480, none, NUMBER_REACHABILITY",
        "failed, 31503, none, NUMBER_REACHABILITY",
        "failed, none, 408, NUMBER_REACHABILITY",
        "failed, none, 480, NUMBER_REACHABILITY",
        "failed, none, 503, NUMBER_REACHABILITY",
        "failed, 21210, none, CALLER_ID",
        "failed, 21212, none, CALLER_ID",
        "failed, 32017, none, CALLER_ID",
        "completed, 32014, none, DROPPED_CALL",
        "failed, 32014, none, DROPPED_CALL",
        "failed, 21211, 480, INVALID_NUMBER",
        "failed, 32017, 404, CALLER_ID",
        "busy, none, 486, none",
        "failed, 31486, none, none",
        "failed, 31603, none, none",
        "failed, 31487, none, none",
        "failed, 13225, none, none",
        "failed, 21216, none, none",
        "busy, 13224, none, none",
        "no-answer, none, 480, none",
        "canceled, none, 487, none",
        "completed, none, 200, none",
        "failed, 99999, none, none",
        "failed, none, 500, none",
        "failed, notanumber, none, none"})
    void map_failureCodes_setConnectivityIssue(String status, String errorCode, String sipCode,
            ConnectivityIssue expected) {
        List<String> pairs = new ArrayList<>(List.of("CallStatus", status));
        if (errorCode != null) {
            pairs.addAll(List.of("ErrorCode", errorCode));
        }
        if (sipCode != null) {
            pairs.addAll(List.of("SipResponseCode", sipCode));
        }

        Optional<Annotation> annotation = mapper.map(callback(pairs.toArray(String[]::new)));

        assertEquals(Optional.ofNullable(expected), annotation.map(Annotation::connectivityIssue));
    }

    @ParameterizedTest(name = "CallStatus={0} says nothing")
    @CsvSource({"initiated", "ringing", "in-progress", "completed", "queued"})
    void map_callbackWithoutAmdOrError_isEmpty(String status) {
        assertTrue(mapper.map(callback("CallStatus", status)).isEmpty());
    }

    @ParameterizedTest(name = "spam setting {0}, {1} {2} -> {3}")
    @CsvSource(nullValues = "none", value = {
        "true, inbound, TN-Validation-Failed-A, true",
        "true, inbound, TN-Validation-Failed-C, true",
        "true, inbound, TN-Validation-Passed-A, none",
        "true, inbound, No-TN-Validation, none",
        "true, outbound-api, TN-Validation-Failed-A, none",
        "false, inbound, TN-Validation-Failed-A, none"})
    void map_failedStirVerification_isSpamOnlyWhenEnabled(boolean enabled, String direction, String verstat,
            Boolean expected) {
        StatusCallbackMapper configured = new StatusCallbackMapper(enabled);

        Optional<Annotation> annotation = configured.map(
                callback("CallStatus", "completed", "Direction", direction, "StirVerstat", verstat));

        assertEquals(Optional.ofNullable(expected), annotation.map(Annotation::spam));
    }

    /** The callback parsed from these parameters, as the status-callback route parses a form. */
    private static StatusCallback callback(String... pairs) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("CallSid", CALL.value());
        parameters.put("AccountSid", "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return StatusCallback.from(name -> Optional.ofNullable(parameters.get(name))).orElseThrow();
    }

    private static StatusCallback callback(String status, String name, String value) {
        return callback("CallStatus", status, name, value);
    }
}
