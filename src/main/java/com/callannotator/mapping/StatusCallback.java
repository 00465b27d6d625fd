package com.callannotator.mapping;

import com.callannotator.annotation.CallSid;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Twilio voice status callback, as far as annotations care: the one place that knows its parameter names
 * (FACTS-twilio.md §4). Parsed once where the request enters the core; the mapping reads only these fields.
 *
 * @param callSid the call ({@code CallSid})
 * @param callStatus {@code CallStatus}, e.g. {@code completed} or {@code failed}; empty string when absent
 * @param answeredBy the Answering Machine Detection result ({@code AnsweredBy}); empty when absent
 * @param errorCode Twilio's {@code ErrorCode}; empty when absent or not a number
 * @param sipResponseCode the final {@code SipResponseCode}; empty when absent or not a number
 * @param direction {@code Direction}, e.g. {@code inbound}; empty when absent
 * @param stirVerstat the SHAKEN/STIR verification result ({@code StirVerstat}); empty when absent
 */
public record StatusCallback(CallSid callSid, String callStatus, Optional<String> answeredBy,
        Optional<Integer> errorCode, Optional<Integer> sipResponseCode, Optional<String> direction,
        Optional<String> stirVerstat) {

    /** The name of the parameter that identifies the call. */
    public static final String CALL_SID = CallSid.PASCAL_NAME;

    /**
     * Reads a callback from its parameters; empty when {@code CallSid} is missing or malformed.
     *
     * @param parameter the first value of a parameter by name; empty when absent
     */
    public static Optional<StatusCallback> from(Function<String, Optional<String>> parameter) {
        return CallSid.parse(parameter.apply(CALL_SID).orElse("")).map(callSid -> new StatusCallback(callSid,
                parameter.apply("CallStatus").orElse(""),
                parameter.apply("AnsweredBy"),
                integer(parameter.apply("ErrorCode")),
                integer(parameter.apply("SipResponseCode")),
                parameter.apply("Direction"),
                parameter.apply("StirVerstat")));
    }

    /** A number, blanks around it allowed; empty when blank or not a number. */
    private static Optional<Integer> integer(Optional<String> value) {
        return value.map(String::trim).filter(text -> !text.isEmpty()).flatMap(text -> {
            try {
                return Optional.of(Integer.valueOf(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
