#!/usr/bin/env bash
# Zacni z Sąsiedztwa — set up and run, or set up and test, from a fresh clone.
#
#   scripts/bootstrap.sh run  [zacni global options, e.g. --archive DIR]   install, then start the GUI
#   scripts/bootstrap.sh test [extra pytest args]                          install, then ruff, mypy, pytest
#
# On Debian/Ubuntu it installs the system libraries Qt needs (and PostgreSQL for `test`) with apt-get
# when run as root; otherwise it prints the exact `sudo apt-get install …` command and stops.
# It creates .venv in the repository and installs the project into it in editable mode.
# PYTHON=python3.12 scripts/bootstrap.sh … picks another interpreter for a new .venv (needs 3.11+).
set -euo pipefail

usage() {
    echo "usage: scripts/bootstrap.sh run|test [extra args]" >&2
    echo "  run   install and start the app (extra args go to zacni before 'gui', e.g. --archive DIR)" >&2
    echo "  test  install everything and run ruff, mypy and pytest (extra args go to pytest)" >&2
    exit 2
}

mode="${1:-}"
case "$mode" in
    run | test) shift ;;
    -h | --help) usage ;;
    *) usage ;;
esac

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$(pwd)"

say() { printf '==> %s\n' "$*"; }
die() {
    printf 'bootstrap: %s\n' "$*" >&2
    exit 1
}

# --- system packages (Debian/Ubuntu) -----------------------------------------------------------
# libpulse0: QtMultimedia does not import without it; libxcb-*/libxkbcommon-x11-0: the xcb platform
# plugin; libegl1/libgl1/libfontconfig1/libdbus-1-3: QtGui; fonts-dejavu-core: text in offscreen tests.
packages=(
    libpulse0
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
    libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
    libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
    python3-venv
)
if [[ "$mode" == test ]]; then
    packages+=(postgresql) # Debian's server; the tests start a throwaway cluster from /usr/lib/postgresql/*/bin
    packages+=(chromium)   # headless: the exported website is rendered and screenshotted by the tests
fi

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for pkg in "${packages[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)"
        [[ "$status" == ii* ]] || missing+=("$pkg")
    done
    if ((${#missing[@]} > 0)); then
        if [[ "$(id -u)" == 0 ]]; then
            say "installing system packages: ${missing[*]}"
            apt-get update -q
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
        else
            {
                echo "bootstrap: these system packages are missing: ${missing[*]}"
                echo "Install them, then run this script again:"
                echo
                echo "    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
                echo
            } >&2
            exit 1
        fi
    else
        say "system packages present"
    fi
else
    say "note: no apt-get/dpkg here (not Debian/Ubuntu); skipping system packages."
    say "      Qt needs its usual X11/EGL/font libraries; 'test' needs PostgreSQL's initdb and pg_ctl on PATH."
fi

# --- Python virtual environment -----------------------------------------------------------------
python="${PYTHON:-python3}"
venv_ok() {
    [[ -x .venv/bin/python ]] &&
        .venv/bin/python -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null
}
if ! venv_ok; then
    command -v "$python" >/dev/null 2>&1 ||
        die "$python not found; install Python 3.11 or newer (Debian/Ubuntu: apt-get install python3 python3-venv)"
    if ! "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
        found="$("$python" -c 'import platform; print(platform.python_version())' || echo unknown)"
        die "Python 3.11 or newer is needed, $python is $found." \
            "Install a newer one and run: PYTHON=python3.11 scripts/bootstrap.sh $mode"
    fi
    if [[ -e .venv ]]; then
        say "replacing unusable .venv"
        rm -rf .venv
    fi
    say "creating .venv with $("$python" -c 'import sys; print(sys.executable, sys.version.split()[0])')"
    "$python" -m venv .venv
fi

pip=(.venv/bin/python -m pip --disable-pip-version-check)
say "upgrading pip"
"${pip[@]}" install -q --upgrade pip || say "warning: could not upgrade pip; continuing with $("${pip[@]}" --version)"
if [[ "$mode" == test ]]; then
    extras="test,postgres"
else
    extras="postgres"
fi
say "installing zacni[$extras] into .venv"
"${pip[@]}" install -q -e ".[$extras]"

# --- run ---------------------------------------------------------------------------------------------
if [[ "$mode" == run ]]; then
    say "starting zacni gui"
    exec "$repo/.venv/bin/zacni" "$@" gui
fi

# --- test --------------------------------------------------------------------------------------------
export QT_QPA_PLATFORM=offscreen

say "ruff check"
.venv/bin/ruff check .

say "ruff format --check"
.venv/bin/ruff format --check .

say "mypy"
.venv/bin/mypy

say "pytest $*"
status=0
.venv/bin/python -m pytest "$@" || status=$?
if ((status == 5)); then
    echo "bootstrap: pytest collected no tests (exit 5); that counts as a failure" >&2
    exit 5
elif ((status != 0)); then
    echo "bootstrap: pytest failed (exit $status)" >&2
    exit "$status"
fi
say "all checks passed"
