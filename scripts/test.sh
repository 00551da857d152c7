#!/bin/sh
# `npm test`: the typecheck and the suite at the same time. Most test files wait on sockets, child
# processes and the database, so tsc's one busy core costs the suite little; run one after the other
# they took a minute longer. Arguments go to vitest; fails if either fails.
tsc --noEmit -p tsconfig.json &
types=$!
vitest run "$@"
tests=$?
if ! wait "$types"; then
  echo 'npm test: the typecheck (tsc --noEmit) failed.' >&2
  exit 1
fi
exit "$tests"
