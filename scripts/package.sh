#!/usr/bin/env bash
# Builds the Debian package in build-release/ and prints its path.
#   scripts/package.sh            install what is missing, build (Release), cpack -G DEB
#   scripts/package.sh --check    ... then validate the package (desktop entry, AppStream,
#                                 lintian, Depends) and run the installed binary from a
#                                 scratch root: --version, and --headless answering /healthz.
# Standard output is only the path of the .deb; progress and tool output go to standard error.
# Exits non-zero with a message naming the failed step. docs/PACKAGING.md has the details.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-release"

check=0
case "${1-}" in
  "") ;;
  --check) check=1 ;;
  *) echo "usage: scripts/package.sh [--check]" >&2; exit 2 ;;
esac

fail() { echo "package: FAILED: $*" >&2; exit 1; }
step() { echo "package: $*" >&2; }

"$root/scripts/setup-debian.sh"

# Debian's hardening flags (stack protector, fortify, relro, bindnow), without -g: the package
# ships a stripped binary and debug information would only slow the build down.
# From the source tree, so that -ffile-prefix-map (and with it the flags) does not depend on
# where the script was called from.
cd "$root"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
cxxflags="$(echo "$cxxflags" | sed -e 's/\(^\| \)-g\( \|$\)/ /' -e 's/  */ /g' -e 's/^ //')"
ldflags="$(dpkg-buildflags --get LDFLAGS)"

# Configuring again with the same values is cheap and keeps the tree in step with this script.
cmake -S "$root" -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DHOOKLINE_BUILD_TESTS=OFF -DHOOKLINE_BUILD_BENCH=OFF \
  -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null \
  || fail "cmake configure of $build"
# Two cores: one build at a time on this machine (other trees take the same lock).
flock /tmp/hookline-build.lock cmake --build "$build" -j 2 >&2 || fail "build of $build"

rm -f "$build"/hookline_*.deb
(cd "$build" && cpack -G DEB >/dev/null) || fail "cpack -G DEB (see $build/_CPack_Packages)"
debs=("$build"/hookline_*.deb)
[ -f "${debs[0]}" ] || fail "cpack wrote no hookline_*.deb in $build"
deb="${debs[0]}"

if ((check)); then
  scratch="$(mktemp -d)"
  pid=""
  cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
  }
  trap cleanup EXIT

  step "unpacking into $scratch/root"
  dpkg-deb -x "$deb" "$scratch/root" || fail "dpkg-deb -x $deb"
  app_id=app.hookline.Hookline
  for f in usr/bin/hookline \
           usr/share/applications/$app_id.desktop \
           usr/share/metainfo/$app_id.metainfo.xml \
           usr/share/icons/hicolor/scalable/apps/$app_id.svg \
           usr/share/icons/hicolor/48x48/apps/$app_id.png \
           usr/share/icons/hicolor/256x256/apps/$app_id.png \
           usr/share/man/man1/hookline.1.gz \
           usr/lib/systemd/user/hookline.service \
           usr/share/doc/hookline/copyright \
           usr/share/doc/hookline/changelog.Debian.gz; do
    [ -f "$scratch/root/$f" ] || fail "the package lacks /$f"
  done

  step "Depends names the SQL drivers shlibdeps cannot see"
  depends="$(dpkg-deb -f "$deb" Depends)"
  echo "  Depends: $depends" >&2
  for p in libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libqt6core6 libqt6gui6; do
    grep -Eq "(^|, )$p( |,|$)" <<<"$depends" || fail "Depends lacks $p"
  done

  step "desktop-file-validate"
  desktop-file-validate "$scratch/root/usr/share/applications/$app_id.desktop" >&2 \
    || fail "desktop-file-validate"

  step "appstreamcli validate --no-net --pedantic"
  appstreamcli validate --no-net --pedantic "$scratch/root/usr/share/metainfo/$app_id.metainfo.xml" >&2 \
    || fail "appstreamcli validate"

  step "lintian --fail-on error"
  lintian --fail-on error --info --display-level ">=info" --tag-display-limit 0 "$deb" >&2 \
    || fail "lintian reported errors"

  step "man page renders without warnings"
  man_warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$scratch/root/usr/share/man/man1/hookline.1.gz" 2>&1 >/dev/null)"
  [ -z "$man_warnings" ] || fail "man page: $man_warnings"

  bin="$scratch/root/usr/bin/hookline"
  step "installed binary: stripped, hardened, no RPATH/RUNPATH"
  dynamic="$(readelf -d "$bin")" || fail "readelf -d $bin"
  ! grep -Eq '\((RPATH|RUNPATH)\)' <<<"$dynamic" || fail "$bin has an RPATH/RUNPATH: $(grep -E 'R(UN)?PATH' <<<"$dynamic")"
  grep -q 'BIND_NOW' <<<"$dynamic" || fail "$bin is not linked with -z now"
  ! readelf -SW "$bin" | grep -Eq ' \.(symtab|debug_info|comment) ' || fail "$bin is not fully stripped"

  step "installed binary: --version"
  version="$("$bin" --version)" || fail "$bin --version exited non-zero"
  echo "  $version" >&2
  expected="hookline $(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')"
  [ "$version" = "$expected" ] || fail "--version printed '$version', expected '$expected'"

  step "installed binary: --headless against a scratch data directory"
  data="$scratch/data"
  # A scratch home too: nothing of the caller's own Hookline is read or written.
  mkdir -p "$scratch/home"
  env -u DISPLAY -u WAYLAND_DISPLAY HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" \
    XDG_DATA_HOME="$scratch/home/.local/share" XDG_CACHE_HOME="$scratch/home/.cache" \
    "$bin" --headless --data-dir "$data" --listen 127.0.0.1:0 \
    >"$scratch/headless.log" 2>&1 &
  pid=$!
  for _ in $(seq 100); do
    [ -s "$data/server.port" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$scratch/headless.log" >&2; fail "headless exited early"; }
    sleep 0.1
  done
  [ -s "$data/server.port" ] || { cat "$scratch/headless.log" >&2; fail "no $data/server.port after 10 s"; }
  port="$(tr -d '[:space:]' <"$data/server.port")"
  health="$(curl -fsS --max-time 5 "http://127.0.0.1:$port/healthz")" \
    || { cat "$scratch/headless.log" >&2; fail "GET /healthz on port $port"; }
  echo "  GET /healthz -> $health" >&2
  tr -d '[:space:]' <<<"$health" | grep -q '"status":"ok"' || fail "/healthz answered '$health'"
  kill -TERM "$pid"
  status=""
  for _ in $(seq 100); do
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" && status=0 || status=$?
      break
    fi
    sleep 0.1
  done
  [ -n "$status" ] || { cat "$scratch/headless.log" >&2; fail "still running 10 s after SIGTERM"; }
  pid=""
  [ "$status" -eq 0 ] || { cat "$scratch/headless.log" >&2; fail "exit status $status after SIGTERM"; }
  echo "  SIGTERM -> exit 0" >&2
  step "all checks passed"
fi

echo "$deb"
