#!/usr/bin/env bash
# Installs the Debian packages Headroom needs to build, run and test; does nothing when
# every one is already installed.
set -euo pipefail

packages=(
  build-essential cmake
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n
  qt6-svg-dev libqcustomplot-dev nlohmann-json3-dev libgl-dev fonts-dejavu-core
  xvfb xauth poppler-utils appstream clang libclang-rt-14-dev
  python3-torch   # the probe's synth tests (CPU PyTorch 1.13: about 136 MB to download)
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
