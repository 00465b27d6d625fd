package com.callannotator.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.callannotator.CallAnnotator;
import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.FieldError;
import com.callannotator.annotation.TwilioError;
import com.callannotator.config.ConfigException;
import com.callannotator.credentials.CredentialsException;
import com.callannotator.credentials.CredentialsSource;
import com.callannotator.mapping.Submission;
import com.callannotator.twilio.InsightsAnswer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code scripts/annotate}: sets or shows one call's Voice Insights annotation from a terminal, with the rules of
 * {@code POST /annotations} ({@link Submission}) and the function's own credentials source and Insights client.
 *
 * <p>Prints the annotation as Twilio returned it, as indented JSON, on stdout; everything else goes to stderr. Exit
 * status: {@value #OK} done; {@value #FAILED} Twilio refused or could not be reached, or the credentials could not be
 * read; {@value #INVALID} invalid arguments, fields or settings, and nothing was sent. Never prints a token or secret.
 */
public final class AnnotateCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int INVALID = 2;

    static final String USAGE = AnnotateUsage.text(AnnotateArguments.OPTIONS);

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param environment the settings, as {@link Config} reads them
     * @param out where the annotation goes
     * @param err where problems go
     */
    AnnotateCommand(Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = Map.copyOf(requireNonNull(environment, "environment == null"));
        this.out = requireNonNull(out, "out == null");
        this.err = requireNonNull(err, "err == null");
    }

    /** Runs the command with the process environment and exits with its status. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
        System.exit(new AnnotateCommand(System.getenv(), out, err).run(List.of(args)));
    }

    /** Runs the command once; returns the exit status. */
    int run(List<String> args) {
        AnnotateArguments arguments;
        try {
            arguments = AnnotateArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("annotate: " + e.getMessage() + " (see --help)");
            return INVALID;
        }
        if (arguments.help()) {
            out.print(USAGE);
            return OK;
        }
        Optional<CallSid> callSid = CallSid.parse(arguments.callSid().trim());
        Optional<Annotation> annotation = Optional.empty();
        if (!arguments.show()) {
            Submission.Parsed parsed = Submission.fromJson(submission(arguments));
            if (parsed.annotation().isEmpty()) {
                return invalid(parsed.problems());
            }
            annotation = parsed.annotation();
        } else if (callSid.isEmpty()) {
            return invalid(List.of(new FieldError(CallSid.SNAKE_NAME, arguments.callSid(), "must match "
                    + CallSid.PATTERN_TEXT)));
        }
        return send(callSid.orElseThrow(), annotation);
    }

    /** The arguments as a {@code POST /annotations} JSON body: snake_case names, values as typed. */
    private static Map<String, Object> submission(AnnotateArguments arguments) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(CallSid.SNAKE_NAME, arguments.callSid());
        fields.putAll(arguments.fields());
        return fields;
    }

    /** Posts {@code annotation}, or fetches the call's annotation when it is empty, and prints what Twilio says. */
    private int send(CallSid callSid, Optional<Annotation> annotation) {
        TerminalAws aws = new TerminalAws(environment);
        try {
            CallAnnotator.Terminal function = CallAnnotator.fromEnvironment(aws.environment()).terminal(aws::clients);
            CredentialsSource credentials = function.credentials();
            InsightsAnswer answer = annotation.isPresent()
                    ? function.insights().update(annotation.get(), credentials.current(), function.requestTimeout())
                    : function.insights().fetch(callSid, credentials.current());
            return print(answer);
        } catch (ConfigException e) {
            err.println("annotate: " + e.getMessage());
            return INVALID;
        } catch (CredentialsException e) {
            err.println("annotate: credentials: " + CredentialsFailure.describe(e, aws.region()));
            return FAILED;
        } catch (IOException e) {
            err.println("annotate: Twilio could not be reached: " + e);
            return FAILED;
        }
    }

    /** The annotation Twilio stored, on stdout; or Twilio's error, on stderr. */
    private int print(InsightsAnswer answer) {
        if (answer instanceof InsightsAnswer.Stored stored) {
            out.println(PrettyJson.indent(stored.annotation().json()));
            return OK;
        }
        TwilioError error = ((InsightsAnswer.Refused) answer).error();
        err.println("annotate: Twilio answered " + error.status() + " with code " + error.code() + ": "
                + error.message() + (error.moreInfo().isEmpty() ? "" : " (" + error.moreInfo() + ")"));
        return FAILED;
    }

    private int invalid(List<FieldError> problems) {
        err.println("annotate: invalid annotation, nothing sent:");
        Map<String, String> options = new LinkedHashMap<>();
        options.put(CallSid.SNAKE_NAME, "CALL_SID");
        AnnotateArguments.OPTIONS.forEach((option, field) -> options.put(field.snakeName(), option));
        for (FieldError problem : problems) {
            String name = options.getOrDefault(problem.field(), problem.field());
            String value = problem.value() == null ? "" : " \"" + problem.value() + "\"";
            err.println("  " + name + value + ": " + problem.rule());
        }
        return INVALID;
    }
}
