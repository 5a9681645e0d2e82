#!/usr/bin/env bash
# The one test command (README.md): installs what a fresh machine lacks, runs every test project, and ends with
# the line "N passed, N failed" summed over the projects.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "dotnet SDK 10 is required (https://dot.net); this machine kind ships it." >&2
  exit 1
fi

# The browser tests (tests/QuestionsEcrites.BrowserTests) drive Debian's Chromium; Playwright never downloads one.
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's Chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -q && apt-get install -y -q chromium; }; then
    echo "Could not install chromium (apt-get); the browser tests will fail." >&2
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test QuestionsEcrites.sln --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One summary line per test assembly: "Passed!  - Failed: 0, Passed: 28, Skipped: 0, Total: 28, ...".
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the build or the runner failed before counting
fi
echo "$passed passed, $failed failed"
exit "$status"
