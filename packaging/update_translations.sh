#!/usr/bin/env bash
# Translations: extracts the GUI's translatable strings (tr(), QCoreApplication.translate)
# into resources/translations/keyfold.ts (the template) and into every existing
# keyfold_<lang>.ts, then compiles each keyfold_<lang>.ts to keyfold_<lang>.qm,
# which the app loads for the system locale.
# Usage: packaging/update_translations.sh            extract, then compile
#        packaging/update_translations.sh --release  only compile (what the bundle build runs)
# Start a new language with: cp resources/translations/keyfold.ts resources/translations/keyfold_de.ts
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PYSIDE_BIN:-.venv/bin}
folder=resources/translations
mkdir -p "$folder"

if [[ ${1:-} != --release ]]; then
  mapfile -t sources < <(find app/keyfold/gui -name '*.py' | sort)
  "$bin/pyside6-lupdate" -silent -no-obsolete "${sources[@]}" -ts "$folder/keyfold.ts"
  for ts in "$folder"/keyfold_*.ts; do
    [[ -e $ts ]] || continue
    "$bin/pyside6-lupdate" -silent -no-obsolete "${sources[@]}" -ts "$ts"
  done
fi
for ts in "$folder"/keyfold_*.ts; do
  [[ -e $ts ]] || continue
  "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
