#!/bin/sh
# A plain shell check for any CI (Jenkins, a cron job, a reviewer's machine): lint with a JUnit
# report the CI can show, coverage of the national guidelines, then the compendium in dist/.
# Exit codes: 0 publishable, 1 findings or too little coverage, 2 usage or I/O problems.
# Without gkml on the PATH it is installed first from the tarball `npm pack` makes in gkml's own
# repository: ci/gkml.tgz beside this workspace, or wherever GKML_PACKAGE points (a path or URL).
set -eu
command -v gkml >/dev/null 2>&1 || npm install --global --no-audit --no-fund "${GKML_PACKAGE:-./ci/gkml.tgz}"
gkml lint -f stylish -f junit -o junit=gkml-junit.xml
gkml coverage --min-coverage 90
gkml build --out dist
