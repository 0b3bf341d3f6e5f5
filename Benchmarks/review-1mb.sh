#!/usr/bin/env bash
# Times `tandem review` on a site with one translation pair of about 1 MB per side
# (4,500 paragraphs and 225 headings; one paragraph missing in English).
# Usage: Benchmarks/review-1mb.sh [path/to/tandem]   (default: a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
tandem=${1:-}
if [[ -z "$tandem" ]]; then
    swift build -c release --product tandem >&2
    tandem=.build/release/tandem
fi
site=$(mktemp -d "${TMPDIR:-/tmp}/tandem-review-bench.XXXXXX")
trap 'rm -rf "$site"' EXIT
mkdir -p "$site/content"
cp -r tandem.yaml themes "$site/"
awk -v site="$site" 'BEGIN {
    es = site "/content/grande.es.md"; en = site "/content/grande.en.md"
    print "---\ntitle: Grande\n---\n" > es
    print "---\ntitle: Big\n---\n" > en
    for (i = 0; i < 4500; i++) {
        if (i % 20 == 0) { printf "## Sección %d\n\n", i / 20 > es; printf "## Section %d\n\n", i / 20 > en }
        printf "El municipio número %d informó %d beneficiarios y un presupuesto de %d,5 millones en el período, con avances en educación, salud y gobierno local que el equipo revisó con cuidado durante la visita a la región.\n\n", i, i * 7, i * 13 > es
        if (i != 1234) printf "Municipality number %d reported %d beneficiaries and a budget of %d.5 million in the period, with progress in education, health and local government that the team reviewed carefully during the visit to the region.\n\n", i, i * 7, i * 13 > en
    }
}'
ls -l "$site/content" >&2
for run in 1 2 3; do "$tandem" review --source "$site" --no-git | head -1; done
