package com.callannotator.mapping;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnnotationField;
import com.callannotator.annotation.AnnotationReader;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an explicit annotation submission ({@code POST /annotations}), strictly: every problem is reported, and an
 * annotation comes out only when there is none. The values are judged by the one {@link AnnotationReader}.
 *
 * <p>JSON uses the annotation's own snake_case names and must hold nothing else. A form uses Twilio's PascalCase
 * names; because a form posted by Twilio also carries Twilio's standard request parameters ({@code AccountSid},
 * {@code From}, {@code To}, {@code ApiVersion}, …, a list Twilio grows without notice), other form names are
 * ignored, except near misses of ours ({@code callScore}, {@code call_score}), which are reported as unknown.
 */
public final class Submission {

    /** Twilio's PascalCase form names and our snake_case names, in Twilio's order. */
    private static final Map<String, String> FORM_NAMES = names();

    private Submission() {
    }

    /**
     * What a submission held.
     *
     * @param annotation the annotation; empty when there are problems
     * @param problems every broken rule, in field order; empty when the annotation is present
     */
    public record Parsed(Optional<Annotation> annotation, List<FieldError> problems) {
        public Parsed {
            requireNonNull(annotation, "annotation == null");
            problems = List.copyOf(problems);
        }
    }

    /** Reads a JSON object whose values are native JSON or strings ({@code "4"}, {@code "true"}), as Studio sends. */
    public static Parsed fromJson(Map<String, Object> json) {
        List<FieldError> problems = new ArrayList<>();
        return new Parsed(AnnotationReader.fromJson(json, problems), problems);
    }

    /**
     * Reads a form with Twilio's names; {@code QualityIssues} may be repeated or comma-joined.
     *
     * @param form every value of each name, names in the order first received
     */
    public static Parsed fromForm(Map<String, List<String>> form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<FieldError> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : form.entrySet()) {
            String name = parameter.getKey();
            List<String> values = parameter.getValue();
            String field = FORM_NAMES.get(name);
            if (field == null) {
                nearMiss(name).ifPresent(meant -> problems.add(unknown(name, values.get(0), "did you mean " + meant)));
            } else if (AnnotationField.fromPascalName(name).filter(AnnotationField::isList).isPresent()) {
                fields.put(field, values.size() == 1 ? values.get(0) : values);
            } else if (values.size() > 1) {
                problems.add(new FieldError(field, String.join(",", values), "must be given once"));
            } else {
                fields.put(field, values.get(0));
            }
        }
        return new Parsed(AnnotationReader.read(fields, problems), problems);
    }

    /** Our form name that {@code name} misspells (case, underscores), if any. */
    private static Optional<String> nearMiss(String name) {
        String folded = name.replace("_", "").toLowerCase(Locale.ROOT);
        return FORM_NAMES.keySet().stream().filter(ours -> ours.toLowerCase(Locale.ROOT).equals(folded)).findFirst();
    }

    private static FieldError unknown(String name, Object value, String hint) {
        return new FieldError(name, value == null ? null : String.valueOf(value), "unknown field; " + hint);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(CallSid.PASCAL_NAME, CallSid.SNAKE_NAME);
        for (AnnotationField field : AnnotationField.values()) {
            names.put(field.pascalName(), field.snakeName());
        }
        return Collections.unmodifiableMap(names);
    }
}
