#!/usr/bin/env bash
# The test suite drives Debian's Chromium (viewer e2e), checks GraphML with networkx and igraph, and validates GraphML
# and GEXF against their XML schemas with xmllint (libxml2-utils).
# Installs whichever of them is missing, when this is a Debian-like machine and we may (root or sudo).
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
/usr/bin/python3 -c 'import networkx' 2>/dev/null || missing+=(python3-networkx)
/usr/bin/python3 -c 'import igraph' 2>/dev/null || missing+=(python3-igraph)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "papergraph tests need: ${missing[*]} (Debian package names); install them and rerun." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing test dependencies: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
