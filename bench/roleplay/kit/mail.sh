#!/usr/bin/env bash
# mail.sh LETTER address                     → the desk's support address
# mail.sh LETTER send FROM "Subject" "body"  → sends it to the desk, then prints the desk's answers
# mail.sh LETTER inbox ADDRESS               → every mail the desk sent to ADDRESS (as sent)
# mail.sh LETTER reply ADDRESS "body"        → answers the newest mail to ADDRESS in its thread
# Options for send/reply: --no-wait (do not wait for answers), reply --no-quote (no quoted original).
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LETTER="${1:-}"
shift || true
load_env "$LETTER"
exec node "$KIT_DIR/mail.mjs" "$@"
