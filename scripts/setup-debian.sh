#!/usr/bin/env bash
# Installs the Debian 12 packages Hookline builds and tests with. Idempotent: it only calls
# apt-get when something is missing, so repeated runs cost a few dpkg queries.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
  qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6
  libboost1.81-dev libcpp-httplib-dev libcurl4-openssl-dev libarchive-dev qtkeychain-qt6-dev
  sqlite3 openssl python3 python3-aiosmtpd clang libclang-rt-14-dev clang-format
  postgresql libqt6sql6-psql
  xvfb xauth fonts-noto-core
  librsvg2-bin dpkg-dev fakeroot desktop-file-utils appstream lintian curl
)

# The test suite checks Hookline's output with independent tools from the npm registry.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
  echo "setup: installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
