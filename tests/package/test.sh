#!/usr/bin/env bash
# Installs a Touchmap .deb on this machine as a user would (apt, dependencies from what is
# installed, nothing downloaded), checks it with installed.test.mjs (files, desktop entry,
# icons, and the installed app's window on the sample under Xvfb), then purges it and checks
# that none of its files is left. Whatever fails midway, the package is removed on exit.
# Usage: bash tests/package/test.sh path/to/Touchmap_VERSION_ARCH.deb   (as root or with sudo)
set -euo pipefail
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: bash tests/package/test.sh PACKAGE.deb" >&2; exit 2; }
deb="$(realpath "$1")"
cd "$(dirname "$0")/../.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
package="$(dpkg-deb --field "$deb" Package)"
# Says that the installed package is this test's, so a run killed before its clean-up
# (where the trap cannot run) is cleaned up by the next run instead of refused.
marker=/var/tmp/touchmap-package-test.installed

present() {
  local status
  status="$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)"
  [ -n "$status" ] && [ "$status" != not-installed ]
}
purge() {
  if present; then $SUDO dpkg --purge "$package" >/dev/null; fi
  $SUDO rm -f "$marker"
}

if present; then
  if [ ! -e "$marker" ]; then
    echo "package test: $package is installed on this machine and not by this test; remove it first" >&2
    exit 1
  fi
  echo "package test: removing $package left installed by an earlier, interrupted run"
  purge
fi

# The package's dependencies must already be here (setup.sh installs them): the test
# installs this one package and nothing else, and downloads nothing.
extra="$(apt-get install -s "$deb" 2>/dev/null | awk '$1 == "Inst" { print $2 }' | grep -vx "$package" || true)"
if [ -n "$extra" ]; then
  echo "package test: installing $package would also install ${extra//$'\n'/ }; run scripts/setup.sh" >&2
  exit 1
fi

trap purge EXIT
trap 'exit 130' INT TERM
$SUDO touch "$marker"
echo "package test: installing $(basename "$deb")"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$deb" >/dev/null
present || { echo "package test: $package did not install" >&2; exit 1; }

# The package's files (not its folders, which other packages share), to check they go.
mapfile -t files < <(dpkg -L "$package" | while read -r path; do [ -d "$path" ] || echo "$path"; done)
app="$(printf '%s\n' "${files[@]}" | grep -m1 '^/usr/bin/')" \
  || { echo "package test: $package installs nothing in /usr/bin" >&2; exit 1; }

TOUCHMAP_PACKAGE="$package" TOUCHMAP_E2E_APP="$app" \
  xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" \
  node --test --test-reporter=spec tests/package/installed.test.mjs

echo "package test: removing $package"
purge
left=()
for path in "${files[@]}"; do
  if [ -e "$path" ] || [ -L "$path" ]; then left+=("$path"); fi
done
if [ ${#left[@]} -gt 0 ]; then
  echo "package test: removing $package left ${left[*]}" >&2
  exit 1
fi
echo "package test: $package installed, started and removed; none of its ${#files[@]} files is left"
