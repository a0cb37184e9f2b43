#!/bin/sh
# Signs ponte.app for the hardened runtime, and notarises and staples the .dmg, on macOS.
#
#   scripts/macos-sign-notarize.sh sign PATH/ponte.app     (CPack calls this through
#                                                            packaging/macos/sign-staged-bundle.cmake)
#   scripts/macos-sign-notarize.sh notarize PATH/ponte-X.Y.Z-Darwin.dmg
#
# Environment (supplied by the release manager; nothing here is ever printed):
#   PONTE_MACOS_SIGN_IDENTITY   "Developer ID Application: Name (TEAMID)", in the login or CI keychain
#   PONTE_NOTARY_PROFILE        a profile stored with "xcrun notarytool store-credentials", or else
#   PONTE_NOTARY_APPLE_ID, PONTE_NOTARY_TEAM_ID, PONTE_NOTARY_PASSWORD (an app-specific password)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
entitlements="$here/../packaging/macos/ponte.entitlements"

die() { echo "macos-sign-notarize: $*" >&2; exit 2; }
[ "$(uname)" = Darwin ] || die "runs on macOS only"
[ $# -eq 2 ] || die "usage: $0 sign APP | notarize DMG"
identity=${PONTE_MACOS_SIGN_IDENTITY:-}
[ -n "$identity" ] || die "PONTE_MACOS_SIGN_IDENTITY is not set"

sign_one() {
    codesign --force --timestamp --options runtime --entitlements "$entitlements" --sign "$identity" "$1"
}

case $1 in
sign)
    app=$2
    [ -d "$app/Contents/MacOS" ] || die "$app is not an application bundle"
    # Inside out: nested code first, the bundle last (--deep is unreliable and Apple advises against it).
    find "$app/Contents/Frameworks" "$app/Contents/PlugIns" -type f \( -name '*.dylib' -o -name '*.so' \) \
        2>/dev/null | while read -r lib; do sign_one "$lib"; done
    find "$app/Contents/Frameworks" -maxdepth 1 -name '*.framework' 2>/dev/null \
        | while read -r framework; do sign_one "$framework"; done
    for exe in "$app"/Contents/MacOS/*; do
        [ "$(basename "$exe")" = ponte ] || sign_one "$exe"
    done
    sign_one "$app"
    codesign --verify --strict --deep --verbose=2 "$app"
    ;;
notarize)
    dmg=$2
    [ -f "$dmg" ] || die "$dmg not found"
    codesign --force --timestamp --sign "$identity" "$dmg"
    if [ -n "${PONTE_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$dmg" --keychain-profile "$PONTE_NOTARY_PROFILE" --wait
    else
        : "${PONTE_NOTARY_APPLE_ID:?not set}" "${PONTE_NOTARY_TEAM_ID:?not set}" "${PONTE_NOTARY_PASSWORD:?not set}"
        xcrun notarytool submit "$dmg" --apple-id "$PONTE_NOTARY_APPLE_ID" --team-id "$PONTE_NOTARY_TEAM_ID" \
            --password "$PONTE_NOTARY_PASSWORD" --wait
    fi
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
    ;;
*)
    die "unknown step $1 (sign or notarize)"
    ;;
esac
