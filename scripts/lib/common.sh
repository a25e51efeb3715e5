# Shared by scripts/run, scripts/test, scripts/bench, scripts/screenshot.
# Installs the Debian packages Copil needs (only those missing), then configures and builds.
set -euo pipefail

COPIL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
COPIL_BUILD="${COPIL_BUILD:-$COPIL_ROOT/build}"

COPIL_PACKAGES=(
    g++ cmake ninja-build pkg-config tzdata poppler-utils libreoffice-writer-nogui
    qt6-base-dev qt6-base-dev-tools qt6-base-private-dev libqt6sql6-sqlite libqt6sql6-psql
    postgresql-15 postgresql-client-15 qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev
    nlohmann-json3-dev catch2
    xvfb xauth fonts-dejavu-core imagemagick
)

copil_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

copil_install_packages() {
    local missing=()
    local pkg
    for pkg in "${COPIL_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    copil_log "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# copil_build [extra cmake args...]
# Unoptimised unity build by default: the quickest clean build on two cores (Qt itself is
# optimised; scripts/bench builds Release).
copil_build() {
    if [ ! -f "$COPIL_BUILD/build.ninja" ]; then
        copil_log "Configuring in $COPIL_BUILD"
        cmake -S "$COPIL_ROOT" -B "$COPIL_BUILD" -G Ninja \
            -DCMAKE_BUILD_TYPE="${COPIL_BUILD_TYPE:-}" -DCOPIL_WERROR=ON \
            -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=6 "$@"
    fi
    copil_log "Building"
    cmake --build "$COPIL_BUILD" -j "$(nproc)"
}

# A private runtime folder silences QStandardPaths when running as root.
copil_runtime_dir() {
    if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
        export XDG_RUNTIME_DIR="${TMPDIR:-/tmp}/copil-runtime-$(id -u)"
        mkdir -p "$XDG_RUNTIME_DIR"
        chmod 700 "$XDG_RUNTIME_DIR"
    fi
}

# copil_pg_start: a throw-away PostgreSQL cluster in a temporary folder for the tests and
# benchmarks (scripts/pg-test-cluster), stopped and removed when the script exits, even
# on failure. Exports COPIL_TEST_PG (its admin URI), COPIL_TEST_PG_DIR and
# COPIL_TEST_PG_CONTROL (the tests stop and start it to play a server restart).
copil_pg_start() {
    COPIL_TEST_PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/copil-pg.XXXXXX")"
    export COPIL_TEST_PG_DIR
    export COPIL_TEST_PG_CONTROL="$COPIL_ROOT/scripts/pg-test-cluster"
    trap 'copil_pg_stop' EXIT
    copil_log "Starting a PostgreSQL test cluster in $COPIL_TEST_PG_DIR"
    "$COPIL_TEST_PG_CONTROL" start "$COPIL_TEST_PG_DIR"
    export COPIL_TEST_PG="postgresql:///postgres?host=$COPIL_TEST_PG_DIR&port=${COPIL_PG_PORT:-5439}&user=postgres"
}

copil_pg_stop() {
    if [ -n "${COPIL_TEST_PG_DIR:-}" ] && [ -d "$COPIL_TEST_PG_DIR" ]; then
        "$COPIL_TEST_PG_CONTROL" remove "$COPIL_TEST_PG_DIR" || true
    fi
}
