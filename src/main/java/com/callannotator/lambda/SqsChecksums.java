package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MD5 digests SQS returns for a sent message, which the SDK checks: priming's stand-in computes them as SQS
 * does, so the SDK's success path runs, not its checksum-mismatch path.
 */
final class SqsChecksums {

    private SqsChecksums() {
    }

    /** A {@code SendMessage} answer (AWS JSON protocol) for the request {@code fields}. */
    static String sendMessageResponse(Map<String, Object> fields) throws IOException {
        Map<String, Object> answer = new TreeMap<>();
        answer.put("MessageId", "00000000-0000-0000-0000-000000000000");
        answer.put("MD5OfMessageBody", md5(String.valueOf(fields.get("MessageBody")).getBytes(UTF_8)));
        if (fields.get("MessageAttributes") instanceof Map<?, ?> attributes && !attributes.isEmpty()) {
            answer.put("MD5OfMessageAttributes", md5(attributeBytes(attributes)));
        }
        return JSON.std.asString(answer);
    }

    /** SQS's encoding: per attribute, by name: name, data type, transport type 1 (string), value; lengths first. */
    private static byte[] attributeBytes(Map<?, ?> attributes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> entry : new TreeMap<String, Object>(cast(attributes)).entrySet()) {
            Map<?, ?> value = (Map<?, ?>) entry.getValue();
            prefixed(bytes, entry.getKey());
            prefixed(bytes, String.valueOf(value.get("DataType")));
            bytes.write(1);
            prefixed(bytes, String.valueOf(value.get("StringValue")));
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static void prefixed(ByteArrayOutputStream bytes, String text) {
        byte[] encoded = text.getBytes(UTF_8);
        bytes.writeBytes(ByteBuffer.allocate(4).putInt(encoded.length).array());
        bytes.writeBytes(encoded);
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
