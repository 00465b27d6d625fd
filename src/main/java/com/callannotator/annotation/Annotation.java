package com.callannotator.annotation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A Twilio Voice Insights Call Annotation for one call: the fields to set, each optional.
 *
 * <p>An instance always satisfies the contract ({@link AnnotationRules}); use {@link Builder#problems()} to learn
 * what is wrong with untrusted input before {@link Builder#build()}.
 *
 * @param callSid the call to annotate
 * @param answeredBy may be null: not set
 * @param connectivityIssue may be null: not set
 * @param qualityIssues never null; empty means not set
 * @param spam may be null: not set
 * @param callScore 1 to 5; may be null: not set
 * @param comment at most 100 characters; may be null: not set
 * @param incident at most 100 characters; may be null: not set
 */
public record Annotation(
        CallSid callSid,
        AnsweredBy answeredBy,
        ConnectivityIssue connectivityIssue,
        Set<QualityIssue> qualityIssues,
        Boolean spam,
        Integer callScore,
        String comment,
        String incident) {

    public Annotation {
        requireNonNull(callSid, "callSid == null");
        qualityIssues = qualityIssues == null || qualityIssues.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(qualityIssues));
        List<FieldError> problems = AnnotationRules.check(qualityIssues, callScore, comment, incident);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid annotation: " + problems);
        }
    }

    /** Starts an annotation of {@code callSid}. */
    public static Builder builder(CallSid callSid) {
        return new Builder(callSid);
    }

    /** True when no field is set: there is nothing to post. */
    public boolean isEmpty() {
        return fieldsSet().isEmpty();
    }

    /** The snake_case names of the fields that are set, in Twilio's order; safe to log. */
    public List<String> fieldsSet() {
        List<String> names = new ArrayList<>();
        for (AnnotationField field : AnnotationField.values()) {
            if (field.isSetIn(this)) {
                names.add(field.snakeName());
            }
        }
        return names;
    }

    /** The quality issues as Twilio's comma-joined wire value, in a stable order. */
    public String qualityIssuesWireValue() {
        return QualityIssuesType.joined(qualityIssues);
    }

    /** Collects the optional fields of an {@link Annotation}. Not thread-safe. */
    public static final class Builder {
        private final CallSid callSid;
        private AnsweredBy answeredBy;
        private ConnectivityIssue connectivityIssue;
        private final Set<QualityIssue> qualityIssues = EnumSet.noneOf(QualityIssue.class);
        private Boolean spam;
        private Integer callScore;
        private String comment;
        private String incident;

        private Builder(CallSid callSid) {
            this.callSid = requireNonNull(callSid, "callSid == null");
        }

        public Builder answeredBy(AnsweredBy answeredBy) {
            this.answeredBy = answeredBy;
            return this;
        }

        public Builder connectivityIssue(ConnectivityIssue connectivityIssue) {
            this.connectivityIssue = connectivityIssue;
            return this;
        }

        public Builder qualityIssues(Collection<QualityIssue> qualityIssues) {
            this.qualityIssues.clear();
            if (qualityIssues != null) {
                this.qualityIssues.addAll(qualityIssues);
            }
            return this;
        }

        public Builder spam(Boolean spam) {
            this.spam = spam;
            return this;
        }

        public Builder callScore(Integer callScore) {
            this.callScore = callScore;
            return this;
        }

        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        public Builder incident(String incident) {
            this.incident = incident;
            return this;
        }

        /** Every broken rule of the values collected so far; empty when {@link #build()} will succeed. */
        public List<FieldError> problems() {
            return AnnotationRules.check(qualityIssues, callScore, comment, incident);
        }

        /**
         * Builds the annotation.
         *
         * @throws IllegalArgumentException when {@link #problems()} is not empty
         */
        public Annotation build() {
            return new Annotation(callSid, answeredBy, connectivityIssue, qualityIssues, spam, callScore, comment,
                    incident);
        }
    }
}
