#!/bin/sh
# `npm test`: the typecheck and the suite at the same time, rather than tsc's half a minute or more
# of one core first. Arguments go to vitest; fails if either fails.
tsc --noEmit -p tsconfig.json &
types=$!
vitest run "$@"
tests=$?
if ! wait "$types"; then
  echo 'npm test: the typecheck (tsc --noEmit) failed.' >&2
  exit 1
fi
exit "$tests"
