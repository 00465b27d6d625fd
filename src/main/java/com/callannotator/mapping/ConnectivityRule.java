package com.callannotator.mapping;

import com.callannotator.annotation.ConnectivityIssue;
import java.util.List;
import java.util.Set;

/**
 * One row of the status-callback table: calls ending in one of {@code callStatuses} with one of {@code errorCodes}
 * (Twilio's {@code ErrorCode}) or {@code sipCodes} (the final {@code SipResponseCode}) had {@code issue}.
 *
 * <p>Only codes whose meaning Twilio documents are listed; a code the fact sheet marks as an inference is left out,
 * so we never annotate on a guess (see README, "What a status callback becomes").
 */
record ConnectivityRule(Set<String> callStatuses, Set<Integer> errorCodes, Set<Integer> sipCodes,
        ConnectivityIssue issue) {

    /** The rows, checked in order: Twilio error codes first, because they are more specific than SIP codes. */
    static final List<ConnectivityRule> TABLE = List.of(
            // 13223 invalid format, 13224 unsupported or invalid number, 13226 invalid country code,
            // 21211 invalid 'To', 21217 number does not appear valid, 31404 / 31484 / 31604 (Twilio's names for
            // SIP Not Found, Address Incomplete, Does Not Exist Anywhere); SIP 404, 484, 604 themselves.
            new ConnectivityRule(Set.of("failed"), Set.of(13223, 13224, 13226, 21211, 21217, 31404, 31484, 31604),
                    Set.of(404, 484, 604), ConnectivityIssue.INVALID_NUMBER),
            // 21214 'To' cannot be reached, 32009 SIP user not registered, 32011 SIP infrastructure unreachable,
            // 31408 / 31480 / 31503 (Request Timeout, Temporarily Unavailable, Service Unavailable);
            // SIP 408, 480, 503 themselves.
            new ConnectivityRule(Set.of("failed"), Set.of(21214, 32009, 32011, 31408, 31480, 31503),
                    Set.of(408, 480, 503), ConnectivityIssue.NUMBER_REACHABILITY),
            // 21210 'From' not verified, 21212 invalid caller ID, 32017 carrier blocked the calling number.
            new ConnectivityRule(Set.of("failed"), Set.of(21210, 21212, 32017), Set.of(),
                    ConnectivityIssue.CALLER_ID),
            // 32014 call terminated because no audio (RTP) was received.
            new ConnectivityRule(Set.of("completed", "failed"), Set.of(32014), Set.of(),
                    ConnectivityIssue.DROPPED_CALL));

    boolean matchesError(String callStatus, Integer errorCode) {
        return errorCode != null && callStatuses.contains(callStatus) && errorCodes.contains(errorCode);
    }

    boolean matchesSip(String callStatus, Integer sipCode) {
        return sipCode != null && callStatuses.contains(callStatus) && sipCodes.contains(sipCode);
    }
}
