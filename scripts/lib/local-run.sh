# Shared steps of scripts/invoke-local and scripts/benchmark-cold-start. Source it after setting "root".
source "$root/scripts/lib/maven.sh"

# Provides: JAVA, build_for_local_run, local_classpath, function_settings, start_insights_stand_in, cleanup.

JAVA="${JAVA:-java}"                    # Any JDK 17+; e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
LOCAL_ACCOUNT_SID="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"   # The local stand-in's documented credentials.
LOCAL_AUTH_TOKEN="12345"
# The URL Twilio signed. Empty: rebuilt from each event (host + rawPath), which is how events/*.json are signed.
LOCAL_PUBLIC_BASE_URL="${LOCAL_PUBLIC_BASE_URL:-}"

temp_files=()
stand_in_pid=""
stand_in_log=""

cleanup() {
    if [[ -n "$stand_in_pid" ]]; then
        kill "$stand_in_pid" 2>/dev/null || true
        wait "$stand_in_pid" 2>/dev/null || true
    fi
    if ((${#temp_files[@]})); then
        rm -f "${temp_files[@]}"
    fi
}
trap cleanup EXIT

require() {
    command -v "$1" >/dev/null || { echo "$(basename "$0"): $1 not found; $2" >&2; exit 1; }
}

# Builds target/sam-layout and the tools LocalInvoke lives in, only when src/main, src/tools or pom.xml changed since
# the last build: ./mvnw package without compiling the tests (-Dmaven.test.skip=true; the tools compile into
# target/tools-classes), no clean, nothing installed into ~/.m2. Says what it does on stderr.
build_for_local_run() {
    local stamp="$root/target/.local-run-built" changed
    if [[ -f "$stamp" && -d "$root/target/sam-layout" && -f "$root/target/tools.classpath" ]]; then
        changed="$(find "$root/src/main" "$root/src/tools" "$root/pom.xml" -newer "$stamp" -type f -print -quit)"
        [[ -z "$changed" ]] && return 0
        echo "$(basename "$0"): ${changed#"$root"/} changed; rebuilding (./mvnw package, tests not compiled)..." >&2
    else
        echo "$(basename "$0"): first build (./mvnw package, tests not compiled;" \
            "later runs rebuild only on change)..." >&2
    fi
    local started=$SECONDS
    rm -rf "$root/target/runtime-jars"  # Jars of an older pom must not stay in the layout.
    (cd "$root" && quiet_mvn -Dmaven.test.skip=true package)
    assemble_sam_layout
    touch "$stamp"
    echo "$(basename "$0"): built in $((SECONDS - started)) s" >&2
}

local_classpath() {
    tools_classpath
}

# read_template ARGS...: runs template_function.py with a Python that has cfnlint (whose decoder reads the template's
# short tags): python3, else the interpreter of a cfn-lint command installed with pipx or brew; else the install hint.
read_template() {
    local status=0 command interpreter
    SCRIPT_NAME="$(basename "$0")" SCRIPT_USAGE="${usage:-}" \
        python3 "$root/scripts/lib/template_function.py" "$@" || status=$?
    ((status == 3)) || return "$status"  # 3: python3 has no cfnlint module.
    command="$(command -v cfn-lint || true)"
    interpreter="$([[ -n "$command" ]] && head -n 1 "$command" | sed -n 's/^#![[:space:]]*//p')"
    if [[ -n "$interpreter" && "$interpreter" != *bash && "$interpreter" != *sh ]]; then
        # shellcheck disable=SC2086  # "/usr/bin/env python3" is two words on purpose.
        SCRIPT_NAME="$(basename "$0")" SCRIPT_USAGE="${usage:-}" \
            $interpreter "$root/scripts/lib/template_function.py" "$@" && return 0 || status=$?
        ((status == 3)) || return "$status"
    fi
    echo "$(basename "$0"): needs cfn-lint to read template.yaml; install it: pip install cfn-lint" \
        "(or pipx install cfn-lint)" >&2
    return 1
}

# function_settings LOGICAL_ID_OR_EMPTY ENV_VARS_FILE_OR_EMPTY EVENTS... -- [KEY=VALUE ...]
# Picks the function (given, or from the events' shape) and sets function_id, handler, timeout, memory and env_file
# (KEY=VALUE lines) from template.yaml. With env_file=/dev/null already set, it only checks (fast, before a build).
function_settings() {
    local id="$1" env_vars="$2" out="${env_file:-}"
    shift 2
    if [[ "$out" != /dev/null ]]; then
        env_file="$(mktemp)"
        temp_files+=("$env_file")
        out="$env_file"
    fi
    local args=("$root/template.yaml" --env-out "$out")
    [[ -n "$id" ]] && args+=(--function "$id")
    [[ -n "$env_vars" ]] && args+=(--env-vars "$env_vars")
    [[ "$out" == /dev/null ]] && args+=(--quiet)
    while (($#)) && [[ "$1" != -- ]]; do args+=(--event "$1"); shift; done
    (($#)) && shift
    local pair
    for pair in "$@"; do args+=(--set "$pair"); done
    local settings status=0
    settings="$(read_template "${args[@]}")" || status=$?
    ((status == 0)) || exit "$status"
    IFS=$'\t' read -r function_id handler timeout memory <<<"$settings"
}

# The local defaults for a run without any AWS or Twilio account, as KEY=VALUE words.
local_defaults() {
    local defaults=("TWILIO_ACCOUNT_SID=$LOCAL_ACCOUNT_SID" "TWILIO_AUTH_TOKEN=$LOCAL_AUTH_TOKEN")
    [[ -n "$LOCAL_PUBLIC_BASE_URL" ]] && defaults+=("PUBLIC_BASE_URL=$LOCAL_PUBLIC_BASE_URL")
    [[ -n "${stand_in_url:-}" ]] && defaults+=("TWILIO_INSIGHTS_BASE_URL=$stand_in_url")
    printf '%s\n' "${defaults[@]}"
}

# Starts the local Insights stand-in (src/tools/.../testutils/InsightsStandIn, the class the tests use) and sets stand_in_url.
# What it records goes to $stand_in_log; show it with print_stand_in_log.
start_insights_stand_in() {
    stand_in_log="$(mktemp)"  # Outside target/, which the build cleans.
    temp_files+=("$stand_in_log")
    "$JAVA" -cp "$(local_classpath)" com.callannotator.testutils.InsightsStandIn ${STAND_IN_PORT:+--port "$STAND_IN_PORT"} \
        >"$stand_in_log" 2>&1 &
    stand_in_pid=$!
    local waited
    for waited in $(seq 1 150); do
        stand_in_url="$(sed -n 's/^listening on //p' "$stand_in_log" | head -n 1)"
        [[ -n "$stand_in_url" ]] && return 0
        if ! kill -0 "$stand_in_pid" 2>/dev/null; then
            cat "$stand_in_log" >&2
            echo "$(basename "$0"): the Insights stand-in exited" >&2
            exit 1
        fi
        sleep 0.1
    done
    echo "$(basename "$0"): the Insights stand-in did not start within $((waited / 10)) s" >&2
    exit 1
}

print_stand_in_log() {
    [[ -n "$stand_in_log" ]] || return 0
    local recorded
    recorded="$(grep -v '^listening on ' "$stand_in_log" || true)"
    if [[ -z "$recorded" ]]; then
        echo "--- Insights stand-in ($stand_in_url): no requests ---" >&2
    else
        echo "--- Insights stand-in ($stand_in_url) ---" >&2
        printf '%s\n' "$recorded" >&2
    fi
}
