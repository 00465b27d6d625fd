package com.callannotator;

/** The release of Call Annotator, as in {@code pom.xml}. */
final class Version {

    /** Kept equal to the Maven project version by {@code VersionTest}. */
    public static final String VERSION = "0.1.0";

    private Version() {
    }
}
