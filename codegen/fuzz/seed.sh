#!/usr/bin/env bash
# Writes the seed corpus of the `generate` fuzz target (corpus/generate/): every spec of the
# repository (spec/, the fixtures, the Spector specs) as one input, its files separated by
# NUL bytes, each file its path on the first line and its text after it, the service file
# first. Run it once before the first `cargo +nightly fuzz run generate`.
set -euo pipefail
cd "$(dirname "$0")"
corpus=corpus/generate
mkdir -p "$corpus"

# seed <service file> <input name>
seed() {
  local service=$1 dir
  dir=$(dirname "$service")
  {
    printf '%s\n' "$(basename "$service")"
    cat "$service"
    # The operation files the service file lists (`  - operations/x.yaml`); a missing one
    # (an invalid fixture's) is left out, as the loader would find it.
    sed -n 's/^[[:space:]]*-[[:space:]]*\(operations\/[^[:space:]#]*\).*/\1/p' "$service" |
      while read -r operation; do
        if [[ -f $dir/$operation ]]; then
          printf '\0%s\n' "$operation"
          cat "$dir/$operation"
        fi
      done
  } >"$corpus/$2"
}

seed ../../spec/cloud-partner-portal.yaml spec
for service in ../tests/fixtures/*/*/service.yaml; do
  fixture=${service%/service.yaml}
  seed "$service" "$(basename "$(dirname "$fixture")")-$(basename "$fixture")"
done
for service in ../../tests/spector/spec/*.yaml; do
  seed "$service" "spector-$(basename "$service" .yaml)"
done
echo "$(ls "$corpus" | wc -l) inputs in $corpus"
