# Shared steps of scripts/invoke-local and scripts/benchmark-cold-start. Source it after setting "root".
source "$root/scripts/lib/maven.sh"

# Provides: JAVA, build_for_local_run, local_classpath, check_function, function_settings, start_insights_stand_in, cleanup.

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

# Builds target/sam-layout (tests compiled, not run) and the classpath LocalInvoke runs on.
build_for_local_run() {
    require mvn "install Maven 3.8+ (apt-get install maven)"
    require python3 "install Python 3 (apt-get install python3)"
    "$root/scripts/build-layout" --skip-tests >/dev/null
    (cd "$root" && quiet_mvn dependency:build-classpath -Dmdep.outputFile=target/local-run.classpath)
}

local_classpath() {
    echo "$root/target/test-classes:$root/target/classes:$(cat "$root/target/local-run.classpath")"
}

# function_settings LOGICAL_ID_OR_EMPTY ENV_VARS_FILE_OR_EMPTY [KEY=VALUE ...]
# Sets function_id, handler, timeout, memory and env_file (KEY=VALUE lines) from template.yaml.
function_settings() {
    local id="$1" env_vars="$2"
    shift 2
    env_file="$(mktemp)"
    temp_files+=("$env_file")
    local args=("$root/template.yaml" --env-out "$env_file")
    [[ -n "$id" ]] && args+=(--function "$id")
    [[ -n "$env_vars" ]] && args+=(--env-vars "$env_vars")
    local pair
    for pair in "$@"; do args+=(--set "$pair"); done
    python3 -c 'import cfnlint' 2>/dev/null \
        || { echo "$(basename "$0"): cfn-lint's Python package is missing; pip install cfn-lint" >&2; exit 1; }
    local settings
    settings="$(python3 "$root/scripts/lib/template_function.py" "${args[@]}")"
    IFS=$'\t' read -r function_id handler timeout memory <<<"$settings"
}

# check_function LOGICAL_ID_OR_EMPTY: fails fast, before the slow build, when the template has no such function.
check_function() {
    local args=("$root/template.yaml" --env-out /dev/null --quiet)
    [[ -n "$1" ]] && args+=(--function "$1")
    python3 "$root/scripts/lib/template_function.py" "${args[@]}" >/dev/null
}

# The local defaults for a run without any AWS or Twilio account, as KEY=VALUE words.
local_defaults() {
    local defaults=("TWILIO_ACCOUNT_SID=$LOCAL_ACCOUNT_SID" "TWILIO_AUTH_TOKEN=$LOCAL_AUTH_TOKEN")
    [[ -n "$LOCAL_PUBLIC_BASE_URL" ]] && defaults+=("PUBLIC_BASE_URL=$LOCAL_PUBLIC_BASE_URL")
    [[ -n "${stand_in_url:-}" ]] && defaults+=("TWILIO_INSIGHTS_BASE_URL=$stand_in_url")
    printf '%s\n' "${defaults[@]}"
}

# Starts the local Insights stand-in (src/test/.../testutils/InsightsStandIn) and sets stand_in_url.
# What it records goes to $stand_in_log; show it with print_stand_in_log.
start_insights_stand_in() {
    stand_in_log="$(mktemp)"  # Outside target/, which the build cleans.
    temp_files+=("$stand_in_log")
    "$JAVA" -cp "$(local_classpath)" com.callannotator.testutils.InsightsStandIn >"$stand_in_log" 2>&1 &
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
