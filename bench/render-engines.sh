#!/usr/bin/env bash
# The plan page rendered by jte and by Thymeleaf in one JVM, from the same model (org.hemicycle.bench.RenderEngines):
# CPU time per page of each engine, and of loading the page's data. See bench/README.md.
#   bench/render-engines.sh            # ROUNDS=5 RENDERS=2000, BENCH_JAVA=/path/to/java
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
java=${BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[[ -x $java ]] || java=java
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
exec "$java" -Xmx512m -Drounds="${ROUNDS:-5}" -Drenders="${RENDERS:-2000}" \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.hemicycle.bench.RenderEngines
