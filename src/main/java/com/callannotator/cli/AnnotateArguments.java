package com.callannotator.cli;

import static com.callannotator.annotation.AnnotationField.CALL_SCORE;
import static com.callannotator.annotation.AnnotationField.QUALITY_ISSUES;
import static com.callannotator.annotation.AnnotationField.SPAM;
import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.AnnotationField;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code scripts/annotate}, read by hand: one call SID and options, in any order; {@code --help}
 * anywhere wins. Values are kept as typed; judging them is {@link com.callannotator.mapping.Submission}'s job.
 *
 * @param callSid the call SID as given; null only with {@code help}
 * @param fields the annotation fields given, by snake_case name, in the order given
 * @param show {@code --show}: read the annotation instead of setting it
 * @param help {@code --help}: print the usage, nothing else
 */
record AnnotateArguments(String callSid, Map<String, String> fields, boolean show, boolean help) {

    /** The survey's three answers, the fields set most often: their options come first in help and messages. */
    private static final List<AnnotationField> FIRST = List.of(CALL_SCORE, QUALITY_ISSUES, SPAM);

    /** Each option that sets a field, and that field; every field has one. */
    static final Map<String, AnnotationField> OPTIONS = options();

    AnnotateArguments {
        requireNonNull(fields, "fields == null");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * Reads {@code args}.
     *
     * @throws IllegalArgumentException when the command line is malformed; the message says how
     */
    static AnnotateArguments parse(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            return new AnnotateArguments(null, Map.of(), false, true);
        }
        String callSid = null;
        Map<String, String> fields = new LinkedHashMap<>();
        boolean show = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--show")) {
                show = true;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                i = readOption(args, i, fields);
            } else if (callSid == null) {
                callSid = arg;
            } else {
                throw new IllegalArgumentException("one CALL_SID only; unexpected " + arg);
            }
        }
        return checked(new AnnotateArguments(callSid, fields, show, false));
    }

    /**
     * Reads the field option at {@code args[i]}, {@code --name value} or {@code --name=value}, into {@code fields}.
     *
     * @return the index of the last argument read
     */
    private static int readOption(List<String> args, int i, Map<String, String> fields) {
        String arg = args.get(i);
        int equals = arg.indexOf('=');
        String option = equals < 0 ? arg : arg.substring(0, equals);
        AnnotationField field = OPTIONS.get(option);
        if (field == null) {
            throw new IllegalArgumentException("unknown option " + option + "; known: --show, "
                    + String.join(", ", OPTIONS.keySet()));
        }
        if (equals < 0 && i + 1 == args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        String value = equals < 0 ? args.get(i + 1) : arg.substring(equals + 1);
        if (fields.put(field.snakeName(), value) != null) {
            throw new IllegalArgumentException(option + " is given more than once");
        }
        return equals < 0 ? i + 1 : i;
    }

    private static AnnotateArguments checked(AnnotateArguments arguments) {
        if (arguments.callSid() == null) {
            throw new IllegalArgumentException("CALL_SID is missing");
        }
        if (arguments.show() && !arguments.fields().isEmpty()) {
            throw new IllegalArgumentException("--show sets nothing; leave out the field options");
        }
        if (!arguments.show() && arguments.fields().isEmpty()) {
            throw new IllegalArgumentException("nothing to do: give --show, or at least one of "
                    + String.join(", ", OPTIONS.keySet()));
        }
        return arguments;
    }

    /** The option that sets {@code field}: {@code --} and its snake_case name with dashes, or a short name. */
    static String option(AnnotationField field) {
        return switch (field) {
            case CALL_SCORE -> "--score";
            case QUALITY_ISSUES -> "--quality";
            default -> "--" + field.snakeName().replace('_', '-');
        };
    }

    private static Map<String, AnnotationField> options() {
        Map<String, AnnotationField> options = new LinkedHashMap<>();
        FIRST.forEach(field -> options.put(option(field), field));
        for (AnnotationField field : AnnotationField.values()) {
            options.putIfAbsent(option(field), field);
        }
        return Collections.unmodifiableMap(options);
    }
}
