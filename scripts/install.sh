#!/usr/bin/env bash
# Installs the Debian packages newsgraph needs, only those that are missing (checked with
# dpkg-query); runs `apt-get update` only when something must be installed. Uses apt-get
# directly as root, sudo otherwise, and says what to run when neither is possible.
#
# usage: scripts/install.sh [--test] [--score] [--dask]
#   --test   also what the test suite needs: Node.js + npm (for the npm client packages
#            that scripts/test.sh installs with `npm ci`), python3-rdflib,
#            python3-networkx, chromium (the headless browser the HTML explorer's
#            test drives through puppeteer-core; it never downloads a browser of its own),
#            clang with its sanitizer and libFuzzer runtimes (libclang-rt-14-dev) for
#            scripts/sanitize.sh, and what --dask installs (the Dask runner's test)
#   --score  also python3-rdflib, which ../shared/eval/graph_score.py loads graphs with
#   --dask   also python3-dask and python3-distributed, for scripts/dask_build.py
set -euo pipefail

packages=(pkg-config libboost-graph-dev rapidjson-dev libgraphviz-dev graphviz doctest-dev)
commands=()  # packages wanted for a command rather than a library: "command:package"
for arg in "$@"; do
  case "$arg" in
    --test) packages+=(python3-rdflib python3-networkx python3-dask python3-distributed chromium clang libclang-rt-14-dev); commands+=(node:nodejs npm:npm) ;;
    --dask) packages+=(python3-dask python3-distributed) ;;
    --score) packages+=(python3-rdflib) ;;
    -h|--help) sed -n '2,13s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option '$arg'" >&2; exit 2 ;;
  esac
done

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install.sh: dpkg-query not found: this script is for Debian; install the equivalents of: ${packages[*]}" >&2
  exit 1
fi
installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

missing=()
for p in $(printf '%s\n' "${packages[@]}" | sort -u); do installed "$p" || missing+=("$p"); done
# Node.js may come from outside Debian (nodesource, nvm): a working command is enough.
for c in "${commands[@]}"; do
  command -v "${c%%:*}" >/dev/null 2>&1 || installed "${c#*:}" || missing+=("${c#*:}")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install.sh: all needed Debian packages are installed"
  exit 0
fi

echo "install.sh: installing missing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
  as_root=(sudo)
else
  {
    echo "install.sh: cannot install packages: not root and sudo is not available (or needs a password without a terminal)."
    echo "Ask an administrator to run:"
    echo "  apt-get update && apt-get install -y ${missing[*]}"
  } >&2
  exit 1
fi
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
