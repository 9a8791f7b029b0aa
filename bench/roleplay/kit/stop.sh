#!/usr/bin/env bash
# stop.sh LETTER — stops the desk and the SMTP sink of LETTER; the worktree and state stay.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

LETTER="${1:-}"
check_letter "$LETTER"
STATE="$(state_dir "$LETTER")"

stop_one() {
  local name=$1 pidfile="$STATE/$1.pid"
  if ! alive "$pidfile"; then
    echo "$name: not running"
    rm -f "$pidfile"
    return
  fi
  local pid
  pid="$(cat "$pidfile")"
  kill -TERM "$pid"
  for _ in $(seq 1 20); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid"
    echo "$name: killed (pid $pid)"
  else
    echo "$name: stopped (pid $pid)"
  fi
  rm -f "$pidfile"
}

stop_one desk
stop_one sink
