#!/usr/bin/env bash
# Installs the tools a make target needs, and only those; skips whatever is present.
#
#   scripts/install-tools.sh test    wasm target, wasm-bindgen-cli, wasm-pack, chromium + chromedriver,
#                                    redis-server and PostgreSQL 15 (the proxy's shared-state tests)
#   scripts/install-tools.sh build   wasm target, wasm-bindgen-cli, node/npm (checked; wasm-opt is npm's binaryen)
#   scripts/install-tools.sh e2e     build tools + chromium + openssl (the extension test's certificate)
#   scripts/install-tools.sh all     everything
#   scripts/install-tools.sh node    node/npm only (checked): `make` runs `npm ci` for the web sidebar's
#                                    npm packages (binaryen's wasm-opt, playwright-core) from the lock
#
# Made for Debian 12 with rustup's Rust. Runs without a terminal (CI): apt and cargo never ask.
# Prints one line per tool.
set -euo pipefail

cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# wasm-pack from crates.io: the npm package downloads its binary from GitHub, which is blocked here.
WASM_PACK_VERSION=0.15.1

say() { printf '%-18s %s\n' "$1" "$2"; }

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock to the last digit,
# otherwise wasm-bindgen rejects the module and wasm-pack tries to download a CLI.
locked_wasm_bindgen() {
    local versions
    versions=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print }' Cargo.lock)
    if [ -z "$versions" ] || [ "$(wc -l <<<"$versions")" -ne 1 ]; then
        echo "install-tools: expected exactly one wasm-bindgen in Cargo.lock, found: '${versions}'" >&2
        exit 1
    fi
    echo "$versions"
}

apt_updated=no
apt_install() {
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    # Fresh images have no package lists; refresh once, and only when something is to be installed.
    if [ "$apt_updated" = no ]; then
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        apt_updated=yes
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

wasm_target() {
    if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
        say wasm32-target "present"
    else
        say wasm32-target "installing (rustup target add)"
        rustup target add wasm32-unknown-unknown
    fi
}

wasm_bindgen_cli() {
    local want have
    want=$(locked_wasm_bindgen)
    have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
    if [ "$have" = "$want" ]; then
        say wasm-bindgen "$have present (= Cargo.lock)"
    else
        say wasm-bindgen "installing $want${have:+ (replacing $have)}; cargo install takes a few minutes"
        # No --locked: wasm-bindgen-cli 0.2.130's own lock names webpki-roots 1.0.11, missing from our registry.
        cargo install --quiet --force wasm-bindgen-cli --version "$want"
    fi
}

wasm_pack() {
    if wasm-pack --version >/dev/null 2>&1; then
        say wasm-pack "$(wasm-pack --version | awk '{print $2}') present"
    else
        say wasm-pack "installing $WASM_PACK_VERSION; cargo install takes a few minutes"
        cargo install --quiet wasm-pack --version "$WASM_PACK_VERSION"
    fi
}

# $1 = command that proves the package is there, $2 = Debian package.
debian_tool() {
    if command -v "$1" >/dev/null; then
        say "$1" "present ($(command -v "$1"))"
    else
        say "$1" "installing Debian package $2"
        apt_install "$2"
    fi
}

chromium_tools() {
    # Debian's Chromium: Google's browser downloads are blocked here, and branded Chrome
    # ignores --load-extension. Debian's chromedriver finds it without configuration.
    debian_tool chromium chromium
    debian_tool chromedriver chromium-driver
}

# The proxy's shared-state tests (cli/tests/serve_shared.rs) start their own redis-server and
# PostgreSQL (initdb + pg_ctl from /usr/lib/postgresql/15/bin) on free loopback ports.
shared_state_servers() {
    debian_tool redis-server redis-server
    if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
        say postgresql "present (/usr/lib/postgresql/15/bin)"
    else
        say postgresql "installing Debian package postgresql-15"
        apt_install postgresql-15
    fi
}

node_check() {
    # Only checked: Debian 12's nodejs is 18, and web-ext needs 20.
    local tool
    for tool in node npm; do
        if command -v "$tool" >/dev/null; then
            say "$tool" "$("$tool" --version) present"
        else
            say "$tool" "MISSING: install Node.js 20 with npm (Debian 12's nodejs 18 is too old for web-ext)"
            return 1
        fi
    done
}

case "${1:-all}" in
    test)  wasm_target; wasm_bindgen_cli; wasm_pack; chromium_tools; shared_state_servers ;;
    build) wasm_target; wasm_bindgen_cli; node_check ;;
    e2e)   wasm_target; wasm_bindgen_cli; chromium_tools; debian_tool openssl openssl; node_check ;;
    node)  node_check ;;
    all)   wasm_target; wasm_bindgen_cli; wasm_pack; chromium_tools; shared_state_servers; debian_tool openssl openssl; node_check ;;
    *)     echo "usage: $0 [test|build|e2e|node|all]" >&2; exit 2 ;;
esac
