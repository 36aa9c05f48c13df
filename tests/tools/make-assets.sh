#!/usr/bin/env bash
# Makes the app's icons and sounds from scratch (Debian: imagemagick, sox). The results are
# committed under static/, so this only runs when a designer changes them.
set -euo pipefail
cd "$(dirname "$0")/../../static"
convert -background none -density 600 icons/logo.svg -resize 192x192 icons/icon-192.png
convert -background none -density 600 icons/logo.svg -resize 512x512 icons/icon-512.png
# Maskable: the logo inside the safe zone (80%) on a full-bleed background.
convert -background none -density 600 icons/logo.svg -resize 360x360 \
	-gravity center -background '#2f5d8a' -extent 512x512 icons/maskable-512.png
# Short, soft sounds: a rising two-note chime, a low "hmm", and a small fanfare.
sox -n -r 22050 -c 1 -b 16 sounds/right.wav synth 0.12 sine 660 synth 0.12 sine 660 : synth 0.2 sine 990 fade 0 0.2 0.12 vol 0.5
sox -n -r 22050 -c 1 -b 16 sounds/wrong.wav synth 0.3 triangle 220 fade 0.02 0.3 0.15 vol 0.4
sox -n -r 22050 -c 1 -b 16 sounds/done.wav synth 0.12 sine 523 : synth 0.12 sine 659 : synth 0.12 sine 784 : synth 0.35 sine 1047 fade 0 0.35 0.25 vol 0.5
