#!/bin/sh
# Installs what is missing, builds and starts Ponte: with the account stored in the keychain, or in
# demo mode (built-in Omie and Ploomes simulators, separate data folder) when there is none yet.
# Extra arguments go to the application.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh dev
exec build/dev/src/app/ponte --demo-unless-configured "$@"
