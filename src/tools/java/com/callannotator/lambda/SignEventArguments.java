package com.callannotator.lambda;

import java.nio.file.Path;

/**
 * The arguments of {@code scripts/sign-event}, in any order, {@code --name value} or {@code --name=value}.
 *
 * @param event the event file
 * @param authToken the auth token to sign with; default the documented local one
 * @param publicBaseUrl as the function's {@code PUBLIC_BASE_URL}; empty to rebuild the URL from the event
 * @param inPlace rewrite the file instead of printing the event
 */
record SignEventArguments(Path event, String authToken, String publicBaseUrl, boolean inPlace) {

    /**
     * Reads the command line.
     *
     * @throws BadInput naming the first problem
     */
    static SignEventArguments parse(String[] args) {
        String event = null;
        String authToken = SignEventCommand.LOCAL_AUTH_TOKEN;
        String publicBaseUrl = "";
        boolean inPlace = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean inline = !name.equals(arg);
            switch (name) {
                case "--auth-token", "--public-base-url" -> {
                    if (!inline && i + 1 >= args.length) {
                        throw new BadInput(name + " needs a value");
                    }
                    String value = inline ? arg.substring(name.length() + 1) : args[++i];
                    if (name.equals("--auth-token")) {
                        authToken = value;
                    } else {
                        publicBaseUrl = value;
                    }
                }
                case "--in-place" -> inPlace = true;
                default -> {
                    if (arg.startsWith("-") || event != null) {
                        throw new BadInput("unrecognized argument " + arg);
                    }
                    event = arg;
                }
            }
        }
        return checked(event, authToken, publicBaseUrl, inPlace);
    }

    private static SignEventArguments checked(String event, String authToken, String publicBaseUrl, boolean inPlace) {
        if (event == null) {
            throw new BadInput("give the event file to sign (events/ has samples)");
        }
        if (authToken.isEmpty()) {
            throw new BadInput("--auth-token must not be empty");
        }
        SignEventCommand.publicBaseUrl(publicBaseUrl);
        return new SignEventArguments(Path.of(event), authToken, publicBaseUrl, inPlace);
    }

    /** Input that cannot be signed: one line for the user, exit status 2. */
    static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }
}
