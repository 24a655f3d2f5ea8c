"""notebooks/quickstart.ipynb runs from top to bottom and shows what it promises."""

from __future__ import annotations

import pytest

import techpolgraph as tpg

from .conftest import CORPUS, ROOT

NOTEBOOK = ROOT / "notebooks" / "quickstart.ipynb"


def _outputs(cell) -> tuple[str, set[str]]:
    """The text a code cell printed or returned, and the MIME types of its rich outputs."""
    text, kinds = [], set()
    for out in cell.get("outputs", []):
        if out.output_type == "stream":
            text.append(out.text)
        elif out.output_type in ("execute_result", "display_data"):
            kinds.update(out.data)
            text.append(out.data.get("text/plain", ""))
    return "".join(text), kinds


@pytest.mark.model
def test_quickstart_notebook_runs(tmp_path):
    import nbformat
    from nbclient import NotebookClient

    (tmp_path / "corpus").symlink_to(CORPUS, target_is_directory=True)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    cells = [_outputs(c) for c in nb.cells if c.cell_type == "code"]
    text = "\n".join(t for t, _ in cells)
    kinds = set().union(*(k for _, k in cells))
    assert "Donald Trump" in text and "«" in text  # who met Zuckerberg, with the sentence
    assert "Emmanuel Macron -> Mark Zuckerberg -> Donald Trump" in text  # the path
    assert "application/vnd.jupyter.widget-view+json" in kinds  # the ipysigma view
    assert "image/png" in kinds  # the matplotlib picture
    assert "text/html" in kinds  # the tables
    out = tmp_path / "out"
    for name in ("corpus.graphml", "corpus.gexf", "corpus-collapsed.gexf", "gephi/nodes.csv", "gephi/edges.csv", "corpus.html"):
        assert (out / name).stat().st_size > 0, name
    kg = tpg.load(out / "corpus.json")
    assert kg.who_met("Zuckerberg")
