#!/bin/sh
# The language server in headless Neovim (Debian 12: 0.7.2): diagnostics, a quick fix and a hover
# for seed 002, through the bin the contract names (server/bin/quellcheck-ls.js → server/dist).
set -eu
cd "$(dirname "$0")/../.."
if ! command -v nvim >/dev/null 2>&1; then
  echo "test:nvim: nvim not found; install it with: apt-get install -y neovim" >&2
  exit 2
fi
# Bundle again when the sources are newer than the bundle, so that the check runs the current server.
if [ ! -f server/dist/server.js ] || [ ! -f server/dist/lexicon.dat ]; then
  npm run build
elif [ -n "$(find server/src -name '*.ts' -newer server/dist/server.js | head -n 1)" ]; then
  node server/scripts/bundle.mjs
fi
exec timeout 90 nvim --headless --clean -n -i NONE -c 'luafile test/nvim/check.lua'
