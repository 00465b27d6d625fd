/**
 * The post-call survey: its questions, typed answers (validated once, in {@link com.callannotator.survey.Answer}),
 * languages and prompts, the settings a deployment chooses, and the flow from one question to the next. What Twilio
 * posts arrives as {@link com.callannotator.survey.SurveyCallback}; what the caller hears next leaves as a
 * {@link com.callannotator.survey.Step} for the webhook to render. Pure domain code: no AWS, no HTTP, no environment.
 */
package com.callannotator.survey;
