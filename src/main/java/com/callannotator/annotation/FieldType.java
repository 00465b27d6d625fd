package com.callannotator.annotation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The value type of one annotation field: how it is read from untrusted input (native JSON, or text as Studio's
 * Liquid and a form send it) and how it is written for Twilio's form and our snake_case JSON.
 *
 * @param <T> the typed value, as the {@link Annotation} record holds it
 */
interface FieldType<T> {

    /** The value of {@code raw} (not null); null, after adding a {@link FieldError}, when it is not one. */
    T read(String field, Object raw, List<FieldError> problems);

    /** The value as one form parameter. */
    String toText(T value);

    /** The value as a JSON writer takes it: a string, boolean, number or list, never an enum. */
    Object toJson(T value);

    /** Whether {@code value} sets the field: null, and for a list empty, means not set. */
    default boolean isSet(T value) {
        return value != null;
    }

    /** Whether a form may repeat the field, each value adding to the list. */
    default boolean isList() {
        return false;
    }

    /** What the field takes, in words: the error's rule is "must be " followed by this. */
    String accepts();

    /** A short placeholder for a usage line, e.g. {@code 1-5}. */
    String placeholder();

    /** One of an enum's wire values. */
    record OneOf<E extends Enum<E> & WireValue>(Class<E> type, Function<String, Optional<E>> parse)
            implements FieldType<E> {

        @Override
        public E read(String field, Object raw, List<FieldError> problems) {
            Optional<E> parsed = raw instanceof String text ? parse.apply(text.trim()) : Optional.empty();
            if (parsed.isEmpty()) {
                problems.add(new FieldError(field, String.valueOf(raw), "must be " + accepts()));
            }
            return parsed.orElse(null);
        }

        @Override
        public String toText(E value) {
            return value.wireValue();
        }

        @Override
        public Object toJson(E value) {
            return value.wireValue();
        }

        @Override
        public String accepts() {
            return "one of " + WireValue.accepted(type);
        }

        @Override
        public String placeholder() {
            return "VALUE";
        }
    }

    /** {@code true} or {@code false}, native or as text. */
    final class Flag implements FieldType<Boolean> {

        @Override
        public Boolean read(String field, Object raw, List<FieldError> problems) {
            if (raw instanceof Boolean flag) {
                return flag;
            }
            String text = raw instanceof String string ? string.trim() : "";
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            problems.add(new FieldError(field, String.valueOf(raw), "must be " + accepts()));
            return null;
        }

        @Override
        public String toText(Boolean value) {
            return value.toString();
        }

        @Override
        public Object toJson(Boolean value) {
            return value;
        }

        @Override
        public String accepts() {
            return "true or false";
        }

        @Override
        public String placeholder() {
            return "true|false";
        }
    }

    /** A score, a whole number native or as text; its range is {@link AnnotationRules}'. */
    final class Score implements FieldType<Integer> {

        /** Up to nine digits, so that the value fits an int and an out-of-range score is reported as such. */
        private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,9}");

        @Override
        public Integer read(String field, Object raw, List<FieldError> problems) {
            if (raw instanceof Integer score) {
                return score;
            }
            String text = raw instanceof String string ? string.trim() : "";
            if (DIGITS.matcher(text).matches()) {
                return Integer.valueOf(text);
            }
            problems.add(new FieldError(field, String.valueOf(raw), "must be " + accepts()));
            return null;
        }

        @Override
        public String toText(Integer value) {
            return value.toString();
        }

        @Override
        public Object toJson(Integer value) {
            return value;
        }

        @Override
        public String accepts() {
            return "an integer from " + AnnotationRules.MIN_CALL_SCORE + " to " + AnnotationRules.MAX_CALL_SCORE;
        }

        @Override
        public String placeholder() {
            return AnnotationRules.MIN_CALL_SCORE + "-" + AnnotationRules.MAX_CALL_SCORE;
        }
    }

    /** Free text, which may hold anything a person typed (so logs treat it with care). */
    final class Text implements FieldType<String> {

        @Override
        public String read(String field, Object raw, List<FieldError> problems) {
            if (raw instanceof String text) {
                return text;
            }
            problems.add(new FieldError(field, String.valueOf(raw), "must be a string"));
            return null;
        }

        @Override
        public String toText(String value) {
            return value;
        }

        @Override
        public Object toJson(String value) {
            return value;
        }

        @Override
        public String accepts() {
            return "text, not blank, at most " + AnnotationRules.MAX_TEXT_LENGTH + " characters";
        }

        @Override
        public String placeholder() {
            return "TEXT";
        }
    }
}
