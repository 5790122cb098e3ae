#!/bin/sh
# A plain shell check for any CI (Jenkins, a cron job, a reviewer's machine): lint with a JUnit
# report the CI can show, coverage of the national guidelines, then the compendium in dist/.
# Exit codes: 0 publishable, 1 findings or too little coverage, 2 usage or I/O problems.
set -eu
gkml lint -f stylish -f junit -o junit=gkml-junit.xml
gkml coverage --min-coverage 90
gkml build --out dist
