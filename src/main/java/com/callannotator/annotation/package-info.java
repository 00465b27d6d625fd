/**
 * The Call Annotation as Twilio Voice Insights defines it: the value type, its enums with Twilio's exact wire
 * values, and the rules of the contract; and the port the core delivers it through ({@link
 * com.callannotator.annotation.AnnotationDelivery}, with its {@link com.callannotator.annotation.DeliveryOutcome} and
 * {@link com.callannotator.annotation.Deadline}), which the {@code delivery} package implements. Pure domain code: no
 * AWS, no HTTP, no environment; time only through a {@link java.time.Clock} it is given.
 *
 * @see <a href="https://www.twilio.com/docs/voice/voice-insights/api/call/call-annotation-resource">Call Annotation</a>
 */
package com.callannotator.annotation;
