package com.callannotator.config;

import java.util.List;

/** Thrown at start-up when settings are missing or invalid; the message lists every problem at once. */
public final class ConfigException extends RuntimeException {

    public ConfigException(List<String> problems) {
        super("invalid configuration: " + String.join("; ", problems));
    }
}
