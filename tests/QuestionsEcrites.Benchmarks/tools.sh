# Sourced by the benchmark scripts: installs the command-line tools they drive (Debian packages of the same name)
# when missing. A fresh machine's package lists may predate a package (wrk, on 2026-12-07), so a failed install
# refreshes them once and retries.
#   source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"; require_tools wrk sqlite3 jq
require_tools() {
  local missing=() tool
  for tool in "$@"; do command -v "$tool" > /dev/null || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing ${missing[*]} (apt-get)" >&2
  apt-get install -y -q "${missing[@]}" > /dev/null 2>&1 ||
    { apt-get update -q > /dev/null && apt-get install -y -q "${missing[@]}" > /dev/null; } ||
    { echo "these benchmarks need ${missing[*]}: apt-get install failed" >&2; exit 2; }
}
