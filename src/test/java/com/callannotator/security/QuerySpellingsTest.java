package com.callannotator.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.security.RequestValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spellings of a query that Twilio may have signed, and what they let in (nothing new). */
final class QuerySpellingsTest {

    private static final String TOKEN = "12345";
    private static final String BASE = "https://hooks.example.com/Prod/status-callback?";

    @ParameterizedTest(name = "signed {0}, received {1}")
    @CsvSource(delimiter = '|', value = {
        "name=William+O%27Hara | name=William+O%27Hara",
        "name=William%20O%27Hara | name=William+O%27Hara",
        "name=William+O'Hara | name=William+O%27Hara",
        "name=William%20O'Hara | name=William%20O%27Hara",
        "caller=sip:alice@example.com | caller=sip%3Aalice%40example.com",
        "tag=a%2Bb&x=1 | tag=a%2Bb&x=1",
        "flag&x= | flag&x="})
    void verifyForm_querySpelledDifferently_isAccepted(String signedQuery, String receivedQuery) {
        String signature = new SignatureCalculator(TOKEN).sign(BASE + signedQuery, List.of());

        assertTrue(new RequestValidator(TOKEN).validate(BASE + signedQuery, Map.of(), signature));
        assertTrue(new SignatureVerifier(TOKEN).verifyForm(BASE + receivedQuery, List.of(), signature));
    }

    @ParameterizedTest(name = "signed {0}, received {1}")
    @CsvSource(delimiter = '|', value = {
        "tag=a%2Bb | tag=a+b",
        "a=1&b=2 | b=2&a=1",
        "x=%26 | x=&",
        "name=Anne | name=Anna"})
    void verifyForm_differentParameters_isRefused(String signedQuery, String receivedQuery) {
        String signature = new SignatureCalculator(TOKEN).sign(BASE + signedQuery, List.of());

        assertFalse(new SignatureVerifier(TOKEN).verifyForm(BASE + receivedQuery, List.of(), signature));
    }

    @Test
    void of_receivedSpelling_comesFirst() {
        List<String> spellings = QuerySpellings.of(BASE + "q=a%20b");

        assertEquals(BASE + "q=a%20b", spellings.get(0));
        assertEquals(List.of(BASE + "q=a%20b", BASE + "q=a+b"), spellings);
    }

    @Test
    void of_malformedEscapeOrFragment_isOnlyTheUrl() {
        assertEquals(List.of(BASE + "q=%zz"), QuerySpellings.of(BASE + "q=%zz"));
        assertEquals(List.of(BASE + "q=1#rc=2"), QuerySpellings.of(BASE + "q=1#rc=2"));
        assertEquals(List.of("https://hooks.example.com/x"), QuerySpellings.of("https://hooks.example.com/x"));
    }

    @Test
    void queryOf_decodedParameters_isEncodedStrictlyInOrder() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("b", List.of("x y", "é"));
        parameters.put("a", List.of("'~*"));

        assertEquals("b=x+y&b=%C3%A9&a=%27~%2A", PublicUrl.queryOf(parameters));
    }
}
