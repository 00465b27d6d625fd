package com.callannotator.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.callannotator.annotation.QualityIssue;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quality prompt is written from the keypad table: every key, in key order, none last. */
final class KeypadPromptTest {

    @Test
    void quality_everyPhrase_isSaidWithItsKeyInKeyOrderNoneLast() {
        String prompt = KeypadPrompt.quality("Any problem?", phrases());

        assertEquals("Any problem? {1} low, {2} choppy, {3} echo, {4} tones, {5} delay, {6} one side, {7} noise, "
                + "or {0} none.", prompt.replaceAll("([0-7])", "{$1}"));
    }

    @Test
    void quality_phraseWithoutKey_isRefused() {
        Map<QualityIssue, String> phrases = phrases();
        phrases.put(QualityIssue.ECHO, "for echo");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeypadPrompt.quality("Any problem?", phrases));

        assertEquals("no phrase with {key} for echo", e.getMessage());
    }

    @Test
    void quality_missingPhrase_isRefused() {
        Map<QualityIssue, String> phrases = phrases();
        phrases.remove(QualityIssue.NONE);

        assertThrows(IllegalArgumentException.class, () -> KeypadPrompt.quality("Any problem?", phrases));
    }

    private static Map<QualityIssue, String> phrases() {
        Map<QualityIssue, String> phrases = new EnumMap<>(QualityIssue.class);
        phrases.put(QualityIssue.STATIC_NOISE, "{key} noise");
        phrases.put(QualityIssue.NONE, "or {key} none");
        phrases.put(QualityIssue.LOW_VOLUME, "{key} low");
        phrases.put(QualityIssue.CHOPPY_ROBOTIC, "{key} choppy");
        phrases.put(QualityIssue.ECHO, "{key} echo");
        phrases.put(QualityIssue.DTMF, "{key} tones");
        phrases.put(QualityIssue.LATENCY, "{key} delay");
        phrases.put(QualityIssue.ONE_WAY_AUDIO, "{key} one side");
        return phrases;
    }
}
