package com.callannotator.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Repeated form parameters. twilio-java's {@code RequestValidator} takes a {@code Map<String, String>} and cannot
 * express them, so these vectors were computed with the published algorithms of twilio-python
 * ({@code RequestValidator.compute_signature}: names {@code sorted(set(...))}, values {@code sorted(set(...))}) and
 * twilio-node ({@code getExpectedTwilioSignature}: {@code Array.from(new Set(values)).sort()}), run side by side on
 * python3 and node, which agreed on every vector. {@code scripts/sign-event} implements the same rule, and the signed
 * {@code events/annotations-form.json} (repeated {@code QualityIssues}) is accepted end to end.
 */
final class RepeatedParametersTest {

    private static final String TOKEN = "12345";
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of("two values, given unsorted", List.of(
                        Map.entry("QualityIssues", "low_volume"), Map.entry("CallSid", "CA1234567890ABCDE"),
                        Map.entry("QualityIssues", "echo")), "D6L9luspqbxTpKPnI078isg2rsM="),
                Arguments.of("a value repeated counts once", List.of(
                        Map.entry("CallSid", "CA1234567890ABCDE"), Map.entry("QualityIssues", "echo"),
                        Map.entry("QualityIssues", "echo"), Map.entry("QualityIssues", "low_volume")),
                        "D6L9luspqbxTpKPnI078isg2rsM="),
                Arguments.of("values sorted as strings, names case-sensitively", List.of(
                        Map.entry("Digits", "2"), Map.entry("a", "b"), Map.entry("Digits", "10"),
                        Map.entry("B", "z"), Map.entry("Digits", "1"), Map.entry("B", "A")),
                        "ygYj5yzmrWT93kXOP6msXKKnFGo="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void sign_repeatedParameters_matchesTwilioPythonAndNode(String name, List<Map.Entry<String, String>> params,
            String expected) {
        assertEquals(expected, new SignatureCalculator(TOKEN).sign(URL, params));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void verifyForm_repeatedParameters_isAccepted(String name, List<Map.Entry<String, String>> params,
            String expected) {
        assertTrue(new SignatureVerifier(TOKEN).verifyForm(URL, params, expected));
    }
}
