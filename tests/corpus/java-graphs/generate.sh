#!/bin/sh
# Regenerate the java-graphs drawings and truths, then check them.
#   sh generate.sh            all drawings
#   sh generate.sh circle     only names containing "circle"
# Needs: Debian packages openjdk-17-jdk-headless libjgraphx-java libjung-free-java
# libbatik-java xvfb xauth (mxGraphComponent needs a display: run under xvfb-run).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ONLY=${1:-}
BUILD=${BUILD:-/tmp/java-graphs-build}
J=/usr/share/java
BATIK=$J/batik-all.jar:$J/xmlgraphics-commons.jar:$J/xml-apis-ext.jar
CP_JGX=$J/jgraphx.jar:$BATIK
CP_JUNG=$J/jung-visualization.jar:$J/jung-algorithms.jar:$J/jung-api.jar:$J/jung-graph-impl.jar:$J/guava.jar:$BATIK
JAVA_OPTS="--add-opens java.base/java.lang=ALL-UNNAMED"   # to seed Math.random (used by mxFastOrganicLayout, FRLayout, ISOMLayout)

mkdir -p "$BUILD"
javac -nowarn -cp "$CP_JGX" -d "$BUILD" "$HERE/JGraphXDrawings.java"
javac -nowarn -cp "$CP_JUNG" -d "$BUILD" "$HERE/JungDrawings.java"

# JGraphX: mxGraphComponent (jgx-batik-component-14) refuses to start headless.
xvfb-run -a java $JAVA_OPTS -cp "$CP_JGX:$BUILD" JGraphXDrawings "$HERE" "$ONLY"
java $JAVA_OPTS -Djava.awt.headless=true -cp "$CP_JUNG:$BUILD" JungDrawings "$HERE" "$ONLY"

python3 "$HERE/verify.py" "$HERE" "$ONLY"
