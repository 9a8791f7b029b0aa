# Shared by the kit's scripts: where a letter's desk lives and how to reach it.
# shellcheck shell=bash
set -euo pipefail

KIT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MAIN_REPO="${FRONTLINE_MAIN:-/work/main}"

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

check_letter() {
  [[ "${1:-}" =~ ^[a-z0-9]+$ ]] || die "LETTER must be lower-case letters/digits, got '${1:-}'"
}

state_dir() { echo "/work/rp-$1"; }
worktree_dir() { echo "/work/wt-rp-$1"; }

# Loads <state dir>/env (written by setup.sh) into the environment.
load_env() {
  check_letter "$1"
  local env
  env="$(state_dir "$1")/env"
  [ -f "$env" ] || die "no $env: run setup.sh $1 PP first"
  set -a
  # shellcheck disable=SC1090
  . "$env"
  set +a
}

# Is the process in pid file $1 alive?
alive() {
  [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}
