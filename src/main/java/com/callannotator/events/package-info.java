/**
 * Annotation events for integrations: one Amazon EventBridge event per posted, rejected or dead-lettered annotation
 * ({@code EVENT_BUS_NAME}). {@link com.callannotator.events.AnnotationEvent} is plain data; only
 * {@link com.callannotator.events.EventBridgeEvents} touches the AWS SDK, and it is loaded only when a bus is set.
 * An event never holds a phone number.
 */
package com.callannotator.events;
