#!/usr/bin/env bash
# Installs the Debian packages OpenOPS Centre needs for its demo and test suite.
# Idempotent: does nothing when everything is present. Needs root (or sudo) to install.
set -euo pipefail

# command-to-package pairs: a missing command means its package is installed
declare -A needed=(
  [chromium]=chromium
  [socat]=socat
  [cupsd]=cups-daemon
  [lpadmin]=cups-client
  [espeak-ng]=espeak-ng
  [zbarimg]=zbar-tools
  [sox]=sox
)
packages=()
for cmd in "${!needed[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || [ -x "/usr/sbin/$cmd" ] || packages+=("${needed[$cmd]}")
done
# headers for the optional CUPS printer transport, and a font with Vietnamese glyphs
[ -f /usr/include/cups/cups.h ] || packages+=(libcups2-dev)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || packages+=(fonts-dejavu-core)
# the CUPS socket and usb backends (raw printer queues), and libusb for HID scanners and keypads
[ -x /usr/lib/cups/backend/socket ] || packages+=(cups)
ldconfig -p 2>/dev/null | grep -q 'libusb-1.0.so.0' || packages+=(libusb-1.0-0)

if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi

echo "openops: installing Debian packages: ${packages[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "openops: please install these Debian packages as root: ${packages[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}"
