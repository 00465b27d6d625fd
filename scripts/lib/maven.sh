# Maven through the project's wrapper (./mvnw, Maven 3.9.x pinned in .mvn/wrapper/maven-wrapper.properties), so a
# JDK is the only prerequisite. Source it after setting "root".
MVNW="$root/mvnw"

# quiet_mvn ARGS...: runs Maven in batch, quiet mode with all its output on stderr, minus the bare colour-reset
# codes Maven prints even in batch mode. Returns Maven's exit status (callers use set -o pipefail).
quiet_mvn() {
    "$MVNW" -B -q -ntp "$@" 2>&1 | { sed 's/\x1b\[0m//g' | grep -v '^$' || true; } >&2
}

# assemble_sam_layout: lays out target/sam-layout/ as `sam build` does for a Maven function: classes at the root, the
# runtime jars (groupId-prefixed names, copied to target/runtime-jars/ by pom.xml at package) in lib/.
assemble_sam_layout() {
    local layout="$root/target/sam-layout"
    rm -rf "$layout"
    mkdir -p "$layout/lib"
    cp -R "$root/target/classes/." "$layout/"
    if compgen -G "$root/target/runtime-jars/*.jar" >/dev/null; then
        cp "$root"/target/runtime-jars/*.jar "$layout/lib/"
    fi
}

# build_tools: compiles the function and the developer tools (src/tools/java, into target/tools-classes), not the
# tests, when src/main, src/tools or pom.xml changed since the last build wrote target/tools.classpath (every Maven
# build that compiles rewrites it, scripts/test's included). Says what it does on stderr.
build_tools() {
    local marker="$root/target/tools.classpath" changed
    if [[ -f "$marker" && -d "$root/target/tools-classes" ]]; then
        changed="$(find "$root/src/main" "$root/src/tools" "$root/pom.xml" -newer "$marker" -type f -print -quit)"
        [[ -z "$changed" ]] && return 0
    fi
    echo "$(basename "$0"): compiling the function and the tools (./mvnw process-classes, tests not compiled)..." >&2
    (cd "$root" && quiet_mvn -Dmaven.test.skip=true process-classes)
}

# The classpath the tools run on: the tools, the function's classes and every dependency (the runtime interface
# client and WireMock included, which are test-scoped so they never reach the deployment package).
tools_classpath() {
    echo "$root/target/tools-classes:$root/target/classes:$(cat "$root/target/tools.classpath")"
}
