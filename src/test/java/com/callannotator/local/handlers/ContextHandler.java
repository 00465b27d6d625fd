package com.callannotator.local.handlers;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Answers with what the runtime told it: function name, memory, time left and the variable the event names. */
public final class ContextHandler implements RequestStreamHandler {

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String variable = new String(input.readAllBytes(), UTF_8).replace("\"", "").trim();
        String answer = String.format("{\"functionName\":\"%s\",\"memoryMb\":%d,\"remainingMs\":%d,\"%s\":\"%s\"}",
                context.getFunctionName(), context.getMemoryLimitInMB(), context.getRemainingTimeInMillis(),
                variable, System.getenv(variable));
        output.write(answer.getBytes(UTF_8));
    }
}
