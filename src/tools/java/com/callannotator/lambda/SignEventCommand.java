package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.config.Config;
import com.callannotator.config.ConfigException;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code scripts/sign-event}: re-signs a sample API Gateway event for an auth token and public URL with the function's
 * own signing code ({@link EventSigner}). Prints the event, or rewrites the file with {@code --in-place}. Bad input
 * gets one line on stderr and exit status 2, and nothing is written.
 */
public final class SignEventCommand {

    static final String USAGE =
            "usage: scripts/sign-event EVENT.json [--auth-token TOKEN] [--public-base-url URL] [--in-place]";
    /** The documented local auth token, which the sample events are signed with. */
    static final String LOCAL_AUTH_TOKEN = "12345";

    private SignEventCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status: 0 signed, 1 the file could not be written, 2 bad input. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            SignEventArguments arguments = SignEventArguments.parse(args);
            Map<String, Object> event = read(arguments.event());
            new EventSigner(arguments.authToken(), publicBaseUrl(arguments.publicBaseUrl())).sign(event);
            String signed = IndentedJson.write(event) + "\n";
            if (arguments.inPlace()) {
                Files.writeString(arguments.event(), signed, UTF_8);
            } else {
                out.print(signed);
                out.flush();
            }
            return 0;
        } catch (SignEventArguments.BadInput e) {
            err.println("sign-event: " + e.getMessage() + "; " + USAGE);
            return 2;
        } catch (IOException e) {
            err.println("sign-event: cannot write the event: " + e);
            return 1;
        }
    }

    /** The base URL, valid by the function's own rule for {@code PUBLIC_BASE_URL}; empty when not given. */
    static Optional<URI> publicBaseUrl(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Config.from(Map.of(Config.TWILIO_ACCOUNT_SID, "AC00000000000000000000000000000000",
                    Config.TWILIO_AUTH_TOKEN, LOCAL_AUTH_TOKEN, Config.PUBLIC_BASE_URL, value)).publicBaseUrl();
        } catch (ConfigException e) {
            throw new SignEventArguments.BadInput("--public-base-url must be an absolute http(s) URL, as "
                    + Config.PUBLIC_BASE_URL + ": " + value);
        }
    }

    @SuppressWarnings("unchecked") // isApiGatewayEvent checked that it is a JSON object.
    private static Map<String, Object> read(Path file) {
        String text;
        try {
            text = Files.readString(file, UTF_8);
        } catch (NoSuchFileException e) {
            throw new SignEventArguments.BadInput("no such event file: " + file);
        } catch (CharacterCodingException e) {
            throw new SignEventArguments.BadInput("cannot read " + file + ": not UTF-8");
        } catch (IOException e) {
            throw new SignEventArguments.BadInput("cannot read " + file + ": " + e.getMessage());
        }
        Object event;
        try {
            event = JSON.std.anyFrom(text);
        } catch (IOException e) {
            throw new SignEventArguments.BadInput(file + " is not JSON: " + e.getMessage().lines().findFirst()
                    .orElse("unreadable"));
        }
        if (!EventSigner.isApiGatewayEvent(event)) {
            throw new SignEventArguments.BadInput(file + " is not an API Gateway event (HTTP API v2 or REST v1); "
                    + "only those carry a signature");
        }
        return (Map<String, Object>) event;
    }
}
