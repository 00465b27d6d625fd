package com.callannotator.annotation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fields of a Call Annotation that can be set, in Twilio's order: the one table of their names, value types,
 * accessors and setters. Every codec (Twilio's form, our JSON, the submission reader, the command line, the log)
 * iterates it, so a field Twilio adds is one constant here (plus a component and setter on {@link Annotation}).
 *
 * <p>The call SID is not among them: it names the annotation (it is in Twilio's URL, not its form); its names are
 * {@link CallSid#SNAKE_NAME} and {@link CallSid#PASCAL_NAME}.
 */
public enum AnnotationField {
    ANSWERED_BY("answered_by", "AnsweredBy", new FieldType.OneOf<>(AnsweredBy.class, AnsweredBy::fromWireValue),
            Annotation::answeredBy, Annotation.Builder::answeredBy),
    CONNECTIVITY_ISSUE("connectivity_issue", "ConnectivityIssue",
            new FieldType.OneOf<>(ConnectivityIssue.class, ConnectivityIssue::fromWireValue),
            Annotation::connectivityIssue, Annotation.Builder::connectivityIssue),
    QUALITY_ISSUES("quality_issues", "QualityIssues", new QualityIssuesType(),
            Annotation::qualityIssues, Annotation.Builder::qualityIssues),
    SPAM("spam", "Spam", new FieldType.Flag(), Annotation::spam, Annotation.Builder::spam),
    CALL_SCORE("call_score", "CallScore", new FieldType.Score(), Annotation::callScore, Annotation.Builder::callScore),
    COMMENT("comment", "Comment", new FieldType.Text(), Annotation::comment, Annotation.Builder::comment),
    INCIDENT("incident", "Incident", new FieldType.Text(), Annotation::incident, Annotation.Builder::incident);

    private static final Map<String, AnnotationField> BY_SNAKE_NAME = Stream.of(values())
            .collect(Collectors.toUnmodifiableMap(AnnotationField::snakeName, Function.identity()));
    private static final Map<String, AnnotationField> BY_PASCAL_NAME = Stream.of(values())
            .collect(Collectors.toUnmodifiableMap(AnnotationField::pascalName, Function.identity()));
    private static final List<String> SNAKE_NAMES = Stream.of(values()).map(AnnotationField::snakeName).toList();

    private final String snakeName;
    private final String pascalName;
    @SuppressWarnings("ImmutableEnumChecker") // A record of stateless method references and a stateless type.
    private final Binding<?> binding;

    <T> AnnotationField(String snakeName, String pascalName, FieldType<T> type, Function<Annotation, T> accessor,
            BiConsumer<Annotation.Builder, T> setter) {
        this.snakeName = snakeName;
        this.pascalName = pascalName;
        this.binding = new Binding<>(type, accessor, setter);
    }

    /** The name in Twilio's JSON and in ours, e.g. {@code call_score}. */
    public String snakeName() {
        return snakeName;
    }

    /** The name in Twilio's form, e.g. {@code CallScore}. */
    public String pascalName() {
        return pascalName;
    }

    /** Parses a snake_case name; empty for anything else. */
    public static Optional<AnnotationField> fromSnakeName(String name) {
        return Optional.ofNullable(name == null ? null : BY_SNAKE_NAME.get(name));
    }

    /** Parses a PascalCase form name; empty for anything else. */
    public static Optional<AnnotationField> fromPascalName(String name) {
        return Optional.ofNullable(name == null ? null : BY_PASCAL_NAME.get(name));
    }

    /** Every field's snake_case name, in Twilio's order. */
    public static List<String> snakeNames() {
        return SNAKE_NAMES;
    }

    /** Whether {@code annotation} sets this field. */
    public boolean isSetIn(Annotation annotation) {
        return binding.isSetIn(annotation);
    }

    /** The value as one form parameter; null when not set. */
    public String formValue(Annotation annotation) {
        return binding.formValue(annotation);
    }

    /** The value as a JSON writer takes it (a quality-issue list is an array); null when not set. */
    public Object jsonValue(Annotation annotation) {
        return binding.jsonValue(annotation);
    }

    /**
     * Reads untrusted input, native JSON or text, into {@code builder}; adds a {@link FieldError} instead when it is
     * not a value of this field.
     */
    public void read(Object raw, Annotation.Builder builder, List<FieldError> problems) {
        binding.read(snakeName, raw, builder, problems);
    }

    /** Whether a form may repeat this field, each value adding to a list. */
    public boolean isList() {
        return binding.type().isList();
    }

    /** Whether the value is text a person typed, which may hold anything (a phone number, a name). */
    public boolean isFreeText() {
        return binding.type() instanceof FieldType.Text;
    }

    /** What the field takes, in words, e.g. {@code true or false}. */
    public String accepts() {
        return binding.type().accepts();
    }

    /** A short placeholder for a usage line, e.g. {@code 1-5}. */
    public String placeholder() {
        return binding.type().placeholder();
    }

    /** The typed half of a constant: an enum cannot be generic, but its constructor and this record can. */
    private record Binding<T>(FieldType<T> type, Function<Annotation, T> accessor,
            BiConsumer<Annotation.Builder, T> setter) {

        boolean isSetIn(Annotation annotation) {
            return type.isSet(accessor.apply(annotation));
        }

        String formValue(Annotation annotation) {
            T value = accessor.apply(annotation);
            return type.isSet(value) ? type.toText(value) : null;
        }

        Object jsonValue(Annotation annotation) {
            T value = accessor.apply(annotation);
            return type.isSet(value) ? type.toJson(value) : null;
        }

        void read(String field, Object raw, Annotation.Builder builder, List<FieldError> problems) {
            T value = type.read(field, raw, problems);
            if (value != null) {
                setter.accept(builder, value);
            }
        }
    }
}
