#!/bin/sh
# Regenerates the attitude model's fitted weights (src/main/resources/nl/personacanvas/check/attitude-weights.txt),
# which the checker reads when its lexicons load instead of fitting 60 passes at each start. Run it after changing
# the attitude examples (attitude-examples.txt), the labelled training sets, a lexicon or rule that moves their
# stems, or the fit (AttitudeTraining, SoftmaxRegression); AttitudeWeightsTest fails until then, and until then the
# checker trains the model itself at each start (the file's digest no longer matches the examples). Then commit the file.
set -eu
cd "$(dirname "$0")/.."
mvn -B -o -q test -DskipAppImage -Dtest=AttitudeWeightsGenerator -Dsurefire.failIfNoSpecifiedTests=false \
    -Dattitude.weights.write=true
wc -l src/main/resources/nl/personacanvas/check/attitude-weights.txt
