#!/usr/bin/env bash
# setup.sh LETTER PP — a private worktree at the current main, built, and a demo desk started from it
# (HTTP PP80, ACS PP47, inbound SMTP PP25, SMTP sink PP26). State in /work/rp-LETTER.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

LETTER="${1:-}"
PP="${2:-}"
check_letter "$LETTER"
[[ "$PP" =~ ^[1-9][0-9]?$ ]] || die "usage: setup.sh LETTER PP (PP: 1-99, ports PP80 PP47 PP25 PP26)"
[ -e "$MAIN_REPO/node_modules" ] || die "$MAIN_REPO/node_modules is missing"

WT="$(worktree_dir "$LETTER")"
STATE="$(state_dir "$LETTER")"
HTTP_PORT="${PP}80"
ACS="${PP}47"
SMTP_IN="${PP}25"
SINK="${PP}26"

if alive "$STATE/desk.pid" || alive "$STATE/sink.pid"; then
  die "a desk or sink of $LETTER is running: stop.sh $LETTER first"
fi
for p in "$HTTP_PORT" "$ACS" "$SMTP_IN" "$SINK"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then die "port $p is in use"; fi
done

# 1. The worktree, at main as it is now.
MAIN_SHA="$(git -C "$MAIN_REPO" rev-parse main)"
if [ -d "$WT" ]; then
  echo "worktree $WT exists: moving it to main ($MAIN_SHA)"
  [ -z "$(git -C "$WT" status --porcelain --untracked-files=no)" ] || die "$WT has local changes"
  git -C "$WT" checkout -q --detach "$MAIN_SHA"
else
  git -C "$MAIN_REPO" worktree add -q --detach "$WT" "$MAIN_SHA"
fi
[ -e "$WT/node_modules" ] || ln -s "$MAIN_REPO/node_modules" "$WT/node_modules"

# 2. Fresh state; an earlier run's state is kept in previous-<time>/.
if [ -d "$STATE" ] && [ -n "$(ls -A "$STATE" 2>/dev/null | grep -v '^previous-' || true)" ]; then
  OLD="$STATE/previous-$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$OLD"
  find "$STATE" -mindepth 1 -maxdepth 1 ! -name 'previous-*' -exec mv {} "$OLD/" \;
  echo "earlier state moved to $OLD"
fi
mkdir -p "$STATE/outbox" "$STATE/chats"

echo "building $WT at $(git -C "$WT" rev-parse --short HEAD) (npm run build; log in $STATE/build.log)"
if ! (cd "$WT" && npm run build >"$STATE/build.log" 2>&1); then
  tail -30 "$STATE/build.log" >&2
  die "build failed (see $STATE/build.log)"
fi

# 3. The env file every other script reads.
cat >"$STATE/env" <<ENV
RP_LETTER=$LETTER
RP_WORKTREE=$WT
RP_STATE=$STATE
RP_COMMIT=$(git -C "$WT" rev-parse HEAD)
RP_HTTP=http://127.0.0.1:$HTTP_PORT
RP_SMTP_PORT=$SMTP_IN
RP_SINK_PORT=$SINK
RP_OUTBOX=$STATE/outbox
DEMO=true
NODE_ENV=development
HOST=127.0.0.1
PORT=$HTTP_PORT
ACS_PORT=$ACS
SMTP_PORT=$SMTP_IN
DATABASE_URL=$STATE/frontline.db
SMTP_RELAY_URL=smtp://127.0.0.1:$SINK
PUBLIC_URL=http://127.0.0.1:$HTTP_PORT
DEMO_CONVERSATIONS=false
RATE_LIMITS=false
ENV
load_env "$LETTER"
SUPPORT="$(cd "$WT" && node --input-type=module -e "
const { loadConfig } = await import('$WT/dist/src/server/config.js');
console.log(loadConfig().supportAddress);
")"
echo "RP_SUPPORT_ADDRESS=$SUPPORT" >>"$STATE/env"

# 4. The sink, then the desk (each in a session of its own; pids in the state dir).
# Each writes its own pid before it becomes node (setsid may fork).
setsid bash -c 'echo $$ >"$1"; exec node "$2" "$3" "$4"' _ "$STATE/sink.pid" "$KIT_DIR/sink.mjs" "$SINK" "$STATE/outbox" \
  >"$STATE/sink.log" 2>&1 </dev/null &
setsid bash -c 'echo $$ >"$1"; cd "$2" && exec node dist/src/cli/main.js start' _ "$STATE/desk.pid" "$WT" \
  >"$STATE/desk.log" 2>&1 </dev/null &
sleep 1

echo "waiting for the desk (log: $STATE/desk.log)"
for _ in $(seq 1 300); do
  if ! alive "$STATE/desk.pid"; then
    tail -30 "$STATE/desk.log" >&2
    die "the desk exited during start"
  fi
  if grep -q 'Frontline desk listening' "$STATE/desk.log" && grep -q 'demo ISP routers online' "$STATE/desk.log"; then
    break
  fi
  sleep 1
done
grep -q 'Frontline desk listening' "$STATE/desk.log" || die "no 'Frontline desk listening' after 300 s (see $STATE/desk.log)"
alive "$STATE/sink.pid" || die "the SMTP sink is not running (see $STATE/sink.log)"
ROUTERS="$(grep -o '"cpes":[0-9]*' "$STATE/desk.log" | head -1 | cut -d: -f2)"
echo "desk $LETTER ready at $RP_HTTP (commit $(git -C "$WT" rev-parse --short HEAD), ${ROUTERS:-?} demo routers online)"
echo "  support address $SUPPORT, inbound SMTP 127.0.0.1:$SMTP_IN, outgoing mail in $STATE/outbox"
