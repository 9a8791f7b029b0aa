#!/usr/bin/env bash
# tk.sh LETTER list          → every ticket: reference, channel, state, queue, priority, intent, customer
# tk.sh LETTER show TICKET   → one ticket (T-000001 or its id): state, queue, customer, priority, CSAT, timeline
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LETTER="${1:-}"
shift || true
load_env "$LETTER"
exec node "$KIT_DIR/tk.mjs" "$@"
