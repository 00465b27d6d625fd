# quiet_mvn ARGS...: runs Maven in batch, quiet mode with all its output on stderr, minus the bare colour-reset
# codes this Maven prints even in batch mode. Returns Maven's exit status (callers use set -o pipefail).
quiet_mvn() {
    mvn -B -q "$@" 2>&1 | { sed 's/\x1b\[0m//g' | grep -v '^$' || true; } >&2
}
