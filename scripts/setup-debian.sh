#!/bin/sh
# Install what building and testing libbackrelief needs on Debian 12, only
# when something is missing. Usage: scripts/setup-debian.sh [extra packages]
set -eu
pkgs="build-essential cmake ninja-build pkgconf clang libclang-rt-14-dev libcriterion-dev python3 $*"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "setup: installing$missing" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
