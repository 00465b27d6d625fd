package com.callannotator.cli;

import com.callannotator.annotation.AnnotationField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code --help} text of {@code scripts/annotate}, written from the field table so that it lists every field. */
final class AnnotateUsage {

    private static final int WIDTH = 116;
    private static final String COMMAND = "usage: scripts/annotate ";
    private static final String OPTION_COLUMN = " ".repeat(24);

    private static final String ABOUT = """
            Sets the given fields of the call's Twilio Voice Insights annotation (Twilio keeps the others), or shows
            it, and prints the annotation as Twilio returned it. Fields follow the rules of POST /annotations
            (docs/submissions.md); every problem is listed and nothing is sent.
            """;

    private static final String ENVIRONMENT = """

            Credentials: TWILIO_SECRET_ID (Secrets Manager, with AWS credentials as the AWS CLI finds them: keys in
            the environment, AWS_PROFILE, SSO after `aws sso login`; the region from AWS_REGION, else the profile),
            else TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN. TWILIO_INSIGHTS_BASE_URL replaces
            https://insights.twilio.com. More: docs/local-development.md ("scripts/annotate").
            Exit status: 0 done, 1 Twilio refused or could not be reached, 2 invalid input (nothing sent).
            """;

    private AnnotateUsage() {
    }

    /** The usage for {@code options}, each option and the field it sets. */
    static String text(Map<String, AnnotationField> options) {
        List<String> synopsis = new ArrayList<>();
        synopsis.add("CALL_SID");
        options.forEach((option, field) -> synopsis.add("[" + option + " " + field.placeholder() + "]"));
        StringBuilder text = new StringBuilder();
        wrap(COMMAND, " ".repeat(COMMAND.length()), synopsis, text);
        text.append(" ".repeat(COMMAND.length() - "scripts/annotate ".length()))
                .append("scripts/annotate CALL_SID --show\n\n").append(ABOUT);
        options.forEach((option, field) -> wrap(column("  " + option), OPTION_COLUMN,
                List.of(field.accepts().split(" ")), text));
        return text.append(ENVIRONMENT).toString();
    }

    /** {@code first} padded to the option column, or followed by one space when it is wider. */
    private static String column(String first) {
        return first.length() < OPTION_COLUMN.length()
                ? first + " ".repeat(OPTION_COLUMN.length() - first.length()) : first + " ";
    }

    /** Appends {@code words} after {@code first}, wrapped at {@link #WIDTH} with {@code indent} on later lines. */
    private static void wrap(String first, String indent, List<String> words, StringBuilder text) {
        StringBuilder line = new StringBuilder(first);
        int start = line.length();
        for (String word : words) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                text.append(line).append('\n');
                line.setLength(0);
                line.append(indent);
                start = line.length();
            } else if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        text.append(line).append('\n');
    }
}
