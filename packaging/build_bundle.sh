#!/usr/bin/env bash
# Builds the one-folder Keyfold bundle into dist/keyfold/ (keyfold, keyfold-cli, keyfold-ssh;
# KEYFOLD_BUNDLE_SERVER=1 adds keyfold-server) with PyInstaller from .venv.
# Usage: packaging/build_bundle.sh [DIST_DIR [WORK_DIR]]
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
work=${2:-build/pyinstaller}
python=${PYTHON:-.venv/bin/python}

if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
  echo "build_bundle: PyInstaller is missing; run: $python -m pip install -e '.[dev]'" >&2
  exit 2
fi
# Compile the translations (.ts -> .qm); the spec ships every .qm it finds.
PYSIDE_BIN=$(dirname "$python") packaging/update_translations.sh --release
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/keyfold.spec
echo "build_bundle: $dist/keyfold/ ($(du -sh "$dist/keyfold" | cut -f1))"
