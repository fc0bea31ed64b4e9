# One line per step for the end-to-end suites (tests/e2e/*.sh, tests/js-sdk/run.sh). Sourced.
#
#   steps_init LINE_PREFIX MESSAGE_PREFIX   e.g. steps_init e2e e2e, steps_init js js-sdk
#   step TITLE                              prints "PREFIX  N  TITLE " (no newline)
#   ok [DETAIL]                             ends the line with ok (and the detail)
#   fail MESSAGE [DETAIL]                   ends the line with FAILED, prints the message, exits 1
#   steps_summary RC                        the closing line CI reads: N passed, 0 or 1 failed

steps_init() {
  steps_line_prefix="$1"
  steps_message_prefix="$2"
  step_no=0
  passed=0
}

step() { step_no=$((step_no + 1)); printf '%s %2d  %-64s ' "$steps_line_prefix" "$step_no" "$1"; }

ok() { passed=$((passed + 1)); printf 'ok%s\n' "${1:+  ($1)}"; }

fail() {
  printf 'FAILED\n' >&2
  printf '%s: %s\n' "$steps_message_prefix" "$1" >&2
  if [ -n "${2:-}" ]; then printf '%s\n' "$2" | sed "s/^/$steps_message_prefix:   | /" >&2; fi
  exit 1
}

steps_summary() {
  if [ "$1" -eq 0 ]; then
    echo "$steps_message_prefix: $passed passed, 0 failed"
  else
    echo "$steps_message_prefix: $passed passed, 1 failed"
  fi
}
