package com.callannotator.webhook;

/** The body media types the routes speak. */
final class MediaTypes {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";

    private MediaTypes() {
    }
}
