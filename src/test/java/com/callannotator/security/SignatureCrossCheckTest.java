package com.callannotator.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.security.RequestValidator;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Compares our signatures with Twilio's official Java library ({@code com.twilio.sdk:twilio}, test scope only) over
 * generated URLs and parameter sets. Each repetition uses its own seed, printed in the failure message.
 */
final class SignatureCrossCheckTest {

    private static final String ALPHABET = "abcXYZ0189 +-_.~!*'()&=/?:@%$,;\u00e9\u4e2d\ud83d\ude00";

    @RepeatedTest(500)
    void sign_generatedRequest_isAcceptedByTwilioLibrary(RepetitionInfo repetition) {
        long seed = 7919L * repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String token = randomWord(random, 32);
        String url = randomUrl(random);
        Map<String, String> params = randomParams(random);
        List<Map.Entry<String, String>> entries = new ArrayList<>(params.entrySet());

        String ours = new SignatureCalculator(token).sign(url, entries);

        RequestValidator twilio = new RequestValidator(token);
        assertTrue(twilio.validate(url, params, ours), "seed " + seed + " url " + url);
        assertTrue(new SignatureVerifier(token).verifyForm(url, entries, ours), "seed " + seed);
        assertFalse(twilio.validate(url, params, flip(ours)), "seed " + seed);
    }

    @RepeatedTest(200)
    void verifyJson_generatedBody_agreesWithTwilioLibrary(RepetitionInfo repetition) throws URISyntaxException {
        long seed = 104729L * repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String token = randomWord(random, 32);
        String body = "{\"CallSid\":\"CA" + randomWord(random, 8) + "\",\"call_score\":\"" + (random.nextInt(5) + 1)
                + "\"}";
        String hash = SignatureVerifier.sha256Hex(body.getBytes(StandardCharsets.UTF_8));
        String url = "https://" + randomWord(random, 6) + ".example.com/survey?bodySHA256=" + hash;
        String signature = new SignatureCalculator(token).sign(url, List.of());

        boolean twilioSays = new RequestValidator(token).validate(url, body, signature);
        boolean weSay = new SignatureVerifier(token).verifyJson(url, body.getBytes(StandardCharsets.UTF_8), signature);

        assertTrue(twilioSays, "seed " + seed);
        assertEquals(twilioSays, weSay, "seed " + seed);
    }

    private static String randomUrl(Random random) {
        String scheme = random.nextBoolean() ? "https" : "http";
        String port = switch (random.nextInt(4)) {
            case 0 -> ":8443";
            case 1 -> scheme.equals("https") ? ":443" : ":80";
            default -> "";
        };
        StringBuilder url = new StringBuilder(scheme + "://" + randomWord(random, 8).toLowerCase(Locale.ROOT)
                + ".example.com" + port + "/" + randomWord(random, 5) + "/status-callback");
        if (random.nextBoolean()) {
            url.append("?question=").append(randomWord(random, 5)).append("&n=").append(random.nextInt(100));
        }
        return url.toString();
    }

    private static Map<String, String> randomParams(Random random) {
        Map<String, String> params = new LinkedHashMap<>();
        int count = random.nextInt(20);
        for (int i = 0; i < count; i++) {
            params.put(randomName(random), randomValue(random));
        }
        return params;
    }

    private static String randomName(Random random) {
        String[] known = {"CallSid", "CallStatus", "CallbackSource", "Digits", "From", "To", "AnsweredBy",
            "SpeechResult", "callSid", "_x", "A", "a", "Z", "z"};
        return random.nextInt(3) == 0 ? randomWord(random, 6) : known[random.nextInt(known.length)];
    }

    private static String randomValue(Random random) {
        StringBuilder value = new StringBuilder();
        int length = random.nextInt(24);
        for (int i = 0; i < length; i++) {
            int start = random.nextInt(ALPHABET.length());
            if (Character.isHighSurrogate(ALPHABET.charAt(start))) {
                value.append(ALPHABET, start, start + 2);
            } else if (!Character.isLowSurrogate(ALPHABET.charAt(start))) {
                value.append(ALPHABET.charAt(start));
            }
        }
        return value.toString();
    }

    private static String randomWord(Random random, int length) {
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    private static String flip(String signature) {
        char first = signature.charAt(0);
        return (first == 'A' ? 'B' : 'A') + signature.substring(1);
    }
}
