#!/usr/bin/env bash
# Installs a real VS Code for the end-to-end test: code-server (VS Code 1.100.3 on Node 20) from npm,
# made runnable without network, plus Debian's chromium for playwright-core to drive.
# Idempotent: a finished install leaves a marker file and the next run only checks it.
#   QUELLCHECK_E2E_CACHE   install folder (default: $HOME/.cache/quellcheck-e2e)
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${QUELLCHECK_E2E_CACHE:-$HOME/.cache/quellcheck-e2e}"
MARKER="$CACHE/.installed-code-server-$CODE_SERVER_VERSION"
SYSTEM_PACKAGES=(chromium fonts-dejavu-core libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep)

log() { echo "setup-code-server: $*"; }

missing_packages=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing_packages+=("$pkg")
done
if [ "${#missing_packages[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "missing system packages (run as root or install them): ${missing_packages[*]}" >&2
    exit 1
  fi
  log "installing system packages: ${missing_packages[*]}"
  # The package lists may be absent on a fresh machine; update them only when needed.
  apt-get install -y --no-install-recommends "${missing_packages[@]}" \
    || { apt-get update && apt-get install -y --no-install-recommends "${missing_packages[@]}"; }
fi

if [ -f "$MARKER" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in $CACHE"
  exit 0
fi

# Native modules build against the installed Node's headers; without them node-gyp would download them.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi

mkdir -p "$CACHE"
cd "$CACHE"
[ -f package.json ] || echo '{"name":"quellcheck-e2e-cache","private":true}' > package.json

log "installing code-server@$CODE_SERVER_VERSION into $CACHE"
npm install --no-save --ignore-scripts "code-server@$CODE_SERVER_VERSION"

VSCODE="$CACHE/node_modules/code-server/lib/vscode"
(
  cd "$VSCODE"
  log "installing VS Code's own dependencies"
  npm install --omit=dev --ignore-scripts
  # @vscode/ripgrep downloads its binary in a post-install step; Debian's ripgrep stands in.
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sfn /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
  log "building native modules"
  # node-pty's own post-install step fails after pty.node is built; the module works regardless.
  npm rebuild @parcel/watcher @vscode/deviceid @vscode/spdlog kerberos native-watchdog node-pty || true
  # @parcel/watcher ships prebuilt binaries as platform packages; these four must be built here.
  for module in @vscode/spdlog kerberos native-watchdog node-pty; do
    find "node_modules/$module/build" -name '*.node' -print -quit 2>/dev/null | grep -q . \
      || { log "native module $module did not build" >&2; exit 1; }
  done
  ln -sfn node_modules node_modules.asar
  ln -sfn code-linux.sh bin/remote-cli/code-server
  ln -sfn browser-linux.sh bin/helpers/browser.sh
  log "installing the built-in extensions' dependencies"
  (cd extensions && npm install --omit=dev --ignore-scripts)
)

log "building argon2"
npm rebuild argon2 --build-from-source

"$CACHE/node_modules/.bin/code-server" --version
touch "$MARKER"
log "done: code-server $CODE_SERVER_VERSION in $CACHE"
