#!/bin/sh
# Cuts the spiral canvas's Chinese font (wasm/spiral/text.go embeds it) from
# Debian's Noto Sans CJK SC (package fonts-noto-cjk, SIL Open Font License
# 1.1; see OFL.txt) with fonttools (package python3-fonttools): printable
# ASCII and the characters of spiral-cjk.txt, which
# `go test ./web/figure -run TestSpiralGlyphs -update` writes from the
# catalog. Run it after that file changes; the
# result is committed, so that builds do not need the packages.
set -eu
SRC=${NOTO_CJK:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}
DIR=$(dirname "$0")
if [ ! -f "$SRC" ] || ! python3 -c 'import fontTools' 2>/dev/null; then
  SUDO=$( [ "$(id -u)" = 0 ] || echo sudo )
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-noto-cjk python3-fonttools >/dev/null
fi
python3 -m fontTools.subset "$SRC" --font-number=2 \
  --unicodes=U+0020-007E --text-file="$DIR/spiral-cjk.txt" \
  --layout-features='' --no-hinting --desubroutinize --name-IDs='0,1,2,3,4,5,6,13,14' \
  --output-file="$DIR/NotoSansCJKsc-spiral.otf"
# Every character must be in the font: fonttools drops a missing one silently.
python3 - "$DIR/NotoSansCJKsc-spiral.otf" "$DIR/spiral-cjk.txt" <<'PY'
import sys
from fontTools.ttLib import TTFont
cmap = TTFont(sys.argv[1]).getBestCmap()
missing = [c for c in open(sys.argv[2], encoding="utf-8").read().strip() if ord(c) not in cmap]
if missing:
    sys.exit("the font lacks " + "".join(missing))
PY
ls -l "$DIR/NotoSansCJKsc-spiral.otf"
