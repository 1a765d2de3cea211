#!/usr/bin/env bash
# Prepares what the JDK and Spring Boot offer for start time on the suite's jtauri app, then runs
# the suite with each as a variant beside java -jar and the bare app:
#   extracted  java -jar on the extracted layout (java -Djarmode=tools -jar app.jar extract)
#   cds        the extracted layout with a CDS archive from a training run (-XX:ArchiveClassesAtExit)
#   lazy       the extracted layout with lazy bean initialization (spring.main.lazy-initialization)
# Usage: benchmarks/window-suite/start-options.sh [suite options, e.g. --runs 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA=${JAVA:-java}
JAR=benchmarks/jtauri-app/target/jtauri-app.jar
OUT=benchmarks/target/start-options
rm -rf "$OUT" && mkdir -p "$OUT"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT/extracted" >/dev/null
EXTRACTED="$OUT/extracted/jtauri-app.jar"
# The training run: the suite's page runs its course and the app exits, writing the archive.
python3 benchmarks/window-suite/suite.py --apps cds-training --runs 1 --warmup 0 --out "$OUT/training.json" \
    --java "$JAVA" --variant "cds-training=-XX:ArchiveClassesAtExit=$OUT/app.jsa -jar $EXTRACTED" >/dev/null
ls -la "$OUT/app.jsa" >&2
exec python3 benchmarks/window-suite/suite.py --java "$JAVA" --apps bare,jtauri,extracted,cds,lazy \
    --variant "extracted=-jar $EXTRACTED" \
    --variant "cds=-XX:SharedArchiveFile=$OUT/app.jsa -jar $EXTRACTED" \
    --variant "lazy=-Dspring.main.lazy-initialization=true -jar $EXTRACTED" \
    --out benchmarks/target/start-options.json "$@"
