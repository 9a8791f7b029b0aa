#!/usr/bin/env bash
# chat.sh LETTER new [--portal CUSTOMERNUMBER] [--lang sv|en]   → prints the conversation id
# chat.sh LETTER say ID "text"                                  → the desk's replies to it
# chat.sh LETTER show ID                                        → the whole conversation
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LETTER="${1:-}"
shift || true
load_env "$LETTER"
exec node "$KIT_DIR/chat.mjs" "$@"
