package com.callannotator.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TwimlTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain | plain",
        "a & b | a &amp; b",
        "<Hangup/> | &lt;Hangup/&gt;",
        "say \"hi\" | say &quot;hi&quot;",
        "it's | it&apos;s",
        "&amp; | &amp;amp;",
        "caf\u00e9 \ud83d\ude00 | caf\u00e9 \ud83d\ude00"})
    void escape_specialCharacters_areEscaped(String text, String expected) {
        StringBuilder out = new StringBuilder();

        Twiml.escape(text, out);

        assertEquals(expected, out.toString());
    }

    @Test
    void escape_charactersXmlCannotCarry_areDropped() {
        StringBuilder out = new StringBuilder();

        Twiml.escape("a\u0000b\u0007c\td\ue000\ud800e\uffff", out);

        assertEquals("abc\td\ue000e", out.toString());
    }

    @Test
    void toXml_gatherWithSayAndRedirect_isExact() {
        Map<String, String> gather = new LinkedHashMap<>();
        gather.put("action", "https://h/survey?question=spam&score=4");
        gather.put("numDigits", null);
        gather.put("hints", "");

        String xml = new Twiml().gather(gather).say("1 < 2 & \"yes\"", Map.of("voice", "Polly.Joanna")).endGather()
                .redirect("https://h/survey?question=spam&score=4").hangup().toXml();

        assertEquals(HEAD + "<Gather action=\"https://h/survey?question=spam&amp;score=4\">"
                + "<Say voice=\"Polly.Joanna\">1 &lt; 2 &amp; &quot;yes&quot;</Say></Gather>"
                + "<Redirect method=\"POST\">https://h/survey?question=spam&amp;score=4</Redirect><Hangup/>"
                + "</Response>", xml);
    }

    @Test
    void toXml_empty_isAnEmptyResponse() {
        assertEquals(HEAD + "</Response>", new Twiml().toXml());
    }
}
