package com.callannotator.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class AnnotationFieldTest {

    private static final CallSid CALL = new CallSid("CA0123456789abcdef0123456789abcdef");
    private static final Annotation EVERY_FIELD = Annotation.builder(CALL).answeredBy(AnsweredBy.HUMAN)
            .connectivityIssue(ConnectivityIssue.CALLER_ID).qualityIssues(List.of(QualityIssue.ECHO, QualityIssue.DTMF))
            .spam(true).callScore(4).comment("rated").incident("INC-9").build();

    @ParameterizedTest(name = "{0}")
    @EnumSource(AnnotationField.class)
    void names_areTheSameWordsInBothSpellings(AnnotationField field) {
        assertEquals(field.pascalName().toLowerCase(Locale.ROOT), field.snakeName().replace("_", ""));
        assertEquals(field.name().toLowerCase(Locale.ROOT), field.snakeName());
        assertEquals(Optional.of(field), AnnotationField.fromSnakeName(field.snakeName()));
        assertEquals(Optional.of(field), AnnotationField.fromPascalName(field.pascalName()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AnnotationField.class)
    void everyField_isSetInAFullAnnotationAndNotInAnEmptyOne(AnnotationField field) {
        Annotation empty = Annotation.builder(CALL).build();

        assertTrue(field.isSetIn(EVERY_FIELD));
        assertFalse(field.isSetIn(empty));
        assertNull(field.formValue(empty));
        assertNull(field.jsonValue(empty));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AnnotationField.class)
    void read_ofItsOwnFormValue_setsTheSameValue(AnnotationField field) {
        List<FieldError> problems = new ArrayList<>();
        Annotation.Builder builder = Annotation.builder(CALL);

        field.read(field.formValue(EVERY_FIELD), builder, problems);

        assertEquals(List.of(), problems);
        assertEquals(field.jsonValue(EVERY_FIELD), field.jsonValue(builder.build()));
    }

    @Test
    void reader_ofEveryJsonValue_isTheSameAnnotation() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(CallSid.SNAKE_NAME, CALL.value());
        for (AnnotationField field : AnnotationField.values()) {
            json.put(field.snakeName(), field.jsonValue(EVERY_FIELD));
        }
        List<FieldError> problems = new ArrayList<>();

        assertEquals(Optional.of(EVERY_FIELD), AnnotationReader.fromJson(json, problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void jsonValues_arePlainJsonNotEnums() {
        for (AnnotationField field : AnnotationField.values()) {
            Object value = field.jsonValue(EVERY_FIELD);
            assertTrue(value instanceof String || value instanceof Boolean || value instanceof Integer
                    || value instanceof List<?>, field + " -> " + value.getClass());
        }
    }

    @Test
    void freeText_isCommentAndIncident() {
        assertEquals(List.of(AnnotationField.COMMENT, AnnotationField.INCIDENT),
                List.of(AnnotationField.values()).stream().filter(AnnotationField::isFreeText).toList());
    }
}
