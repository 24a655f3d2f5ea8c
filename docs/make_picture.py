"""Make docs/corpus-graph.png, the picture of the sample corpus shown in the README.

Run from the project folder: ``.venv/bin/python docs/make_picture.py`` (needs matplotlib:
``pip install -e '.[notebook]'``). The layout is seeded, so the picture only changes when
the graph does. The same picture comes from ``techpolgraph export --graph G -o G.png``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import techpolgraph as tpg  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main(out: Path = ROOT / "docs" / "corpus-graph.png") -> Path:
    """Build the graph of corpus/ and draw it to ``out``."""
    kg = tpg.build(ROOT / "corpus", progress=False)
    kg.to_png(out)
    print(f"wrote {out}: {kg}")
    return out


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "corpus-graph.png")
