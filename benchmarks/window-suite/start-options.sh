#!/usr/bin/env bash
# Prepares what the JDK and Spring Boot offer for start time on the suite's jtauri app, then runs
# the suite with each as a variant beside java -jar and the bare app:
#   extracted  java -jar on the extracted layout (java -Djarmode=tools -jar app.jar extract)
#   cds        the extracted layout with a CDS archive from a training run (-XX:ArchiveClassesAtExit)
#   lazy       the extracted layout with lazy bean initialization (spring.main.lazy-initialization)
#   autocds    (Java 19+) the extracted layout with -XX:+AutoCreateSharedArchive: no training step
#   aot        (Java 25+) the extracted layout with an AOT cache from a training run (-XX:AOTCacheOutput)
#   spring-aot     the extracted layout of the app built with Spring's AOT processing (-Pspring-aot),
#                  run with -Dspring.aot.enabled=true
#   cds-spring-aot the same with a CDS archive from a training run
# Usage: [JAVA=/path/to/java] benchmarks/window-suite/start-options.sh [suite options, e.g. --runs 5]
# Build first: mvn -q -pl benchmarks/bare-app,benchmarks/jtauri-app -am package -DskipTests
# and, for the Spring AOT variants (the build runs the app's conditions, so it needs a DISPLAY):
#   DISPLAY=:0 mvn -q -pl benchmarks/jtauri-app -am package -DskipTests -Pspring-aot
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA=${JAVA:-java}
JAR=benchmarks/jtauri-app/target/jtauri-app.jar
OUT=benchmarks/target/start-options
SUITE=benchmarks/window-suite/suite.py
rm -rf "$OUT" && mkdir -p "$OUT"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT/extracted" >/dev/null
EXTRACTED="$OUT/extracted/jtauri-app.jar"
train() { # name, java arguments: one run of the suite's page, at whose end the app exits
    python3 "$SUITE" --apps "$1" --runs 1 --warmup 0 --out "$OUT/$1.json" --java "$JAVA" \
        --variant "$1=$2" >/dev/null
}
train cds-training "-XX:ArchiveClassesAtExit=$OUT/app.jsa -jar $EXTRACTED"
apps=bare,jtauri,extracted,cds,lazy
variants=(--variant "extracted=-jar $EXTRACTED"
    --variant "cds=-XX:SharedArchiveFile=$OUT/app.jsa -jar $EXTRACTED"
    --variant "lazy=-Dspring.main.lazy-initialization=true -jar $EXTRACTED")
if "$JAVA" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$OUT/probe.jsa" -version >/dev/null 2>&1; then
    apps=$apps,autocds
    variants+=(--variant "autocds=-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$OUT/auto.jsa -jar $EXTRACTED")
fi
SPRING_AOT_JAR=benchmarks/jtauri-app/target/jtauri-app-aot.jar
if [ -f "$SPRING_AOT_JAR" ]; then
    "$JAVA" -Djarmode=tools -jar "$SPRING_AOT_JAR" extract --destination "$OUT/extracted-aot" >/dev/null
    SPRING_AOT="-Dspring.aot.enabled=true -jar $OUT/extracted-aot/jtauri-app-aot.jar"
    train cds-spring-aot-training "-XX:ArchiveClassesAtExit=$OUT/app-aot.jsa $SPRING_AOT"
    apps=$apps,spring-aot,cds-spring-aot
    variants+=(--variant "spring-aot=$SPRING_AOT"
        --variant "cds-spring-aot=-XX:SharedArchiveFile=$OUT/app-aot.jsa $SPRING_AOT")
fi
if "$JAVA" -XX:AOTCacheOutput="$OUT/probe.aot" -version >/dev/null 2>&1; then
    train aot-training "-XX:AOTCacheOutput=$OUT/app.aot -jar $EXTRACTED"
    apps=$apps,aot
    variants+=(--variant "aot=-XX:AOTCache=$OUT/app.aot -jar $EXTRACTED")
fi
exec python3 "$SUITE" --java "$JAVA" --apps "$apps" "${variants[@]}" --out benchmarks/target/start-options.json "$@"
