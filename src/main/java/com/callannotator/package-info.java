/**
 * Call Annotator: Twilio voice webhooks become Twilio Voice Insights Call Annotations. This package holds only what
 * wires the others together: the composition root ({@code CallAnnotator}), the AWS SDK clients
 * built from the environment, and the version.
 */
package com.callannotator;
