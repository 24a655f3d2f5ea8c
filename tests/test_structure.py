"""Plumbing a user relies on without seeing it: which data files are read, how dates are taken,
which pipeline an engine analyses with, a pipeline saved and loaded back, and the command
line's answer to a malformed option."""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import io
import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import techpolgraph as tpg
from techpolgraph.cli import COMMANDS, main, make_parser, megabytes, positive_int
from techpolgraph.data import function_words, read_lines, read_table
from techpolgraph.errors import DataFileError, DateValueError, EngineError
from techpolgraph.models import RelationType
from techpolgraph.nlp.pipeline import (
    ANALYSIS_COMPONENTS,
    COMPONENTS,
    MODEL_NAME,
    add_components,
    make_analyser,
    pipeline_fingerprint,
    pipeline_from_bytes,
    pipeline_to_bytes,
)
from techpolgraph.types import as_date

from .test_graph import small_graph

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PACKAGE = ROOT / "src" / "techpolgraph"

# Sentences written for these tests (no news text), with the constructions of real articles.
TEXT = (
    "Le ministre Paul Verdier a rencontré Claire Fontaine, la patronne de Nexora, le 3 mars 2021 à Lyon. "
    "Deux jours plus tard, Paul Verdier a vivement critiqué Nexora devant les députés."
)


# ---------------------------------------------------------------------------------------------
# data files: a bare name is a shipped file; a user's file is a path


def _blank_with_entities(**config: str) -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("techpolgraph_entities", config=config)
    return nlp


def test_files_in_the_working_folder_change_nothing(tmp_path, monkeypatch, nlp):
    shipped_titles = frozenset(read_lines("titles.txt"))
    before = pipeline_fingerprint(nlp)
    (tmp_path / "titles.txt").write_text("Zorglub\n", encoding="utf-8")
    (tmp_path / "people.tsv").write_text("Zorglub Zorg\n", encoding="utf-8")
    (tmp_path / "organisations.tsv").write_text("Acme\tzzz\n", encoding="utf-8")  # not even a valid kind
    monkeypatch.chdir(tmp_path)

    entities = _blank_with_entities().get_pipe("techpolgraph_entities")
    assert entities.titles == shipped_titles
    assert "Acme" not in entities.gazetteer.entries and "Facebook" in entities.gazetteer.entries
    assert pipeline_fingerprint(nlp) == before
    assert read_lines("titles.txt") == tuple(sorted(shipped_titles, key=read_lines("titles.txt").index))

    # the same file given by its path is the user's, and its content enters the fingerprint
    own = _blank_with_entities(titles="./titles.txt").get_pipe("techpolgraph_entities")
    assert own.titles == {"Zorglub"}
    first = pipeline_fingerprint(_blank_with_entities(titles="./titles.txt"))
    (tmp_path / "titles.txt").write_text("Zorglub\nMonseigneur\n", encoding="utf-8")
    assert pipeline_fingerprint(_blank_with_entities(titles="./titles.txt")) != first


def test_a_bare_name_that_is_not_shipped_is_refused_with_the_path_to_give(tmp_path, monkeypatch):
    (tmp_path / "my_titles.txt").write_text("Zorglub\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DataFileError, match=r"'\./my_titles\.txt'"):
        read_lines("my_titles.txt")
    with pytest.raises(DataFileError, match="missing.tsv"):
        read_table(tmp_path / "missing.tsv")
    assert read_lines(tmp_path / "my_titles.txt") == ("Zorglub",)


def test_function_words_come_from_one_data_file():
    assert {"entre", "avec"} <= function_words("event_parties")
    assert {"du", "de", "d'", "des"} <= function_words("of")
    with pytest.raises(DataFileError, match="no_such_group"):
        function_words("no_such_group")


def test_each_group_of_function_words_is_described_once():
    """A group described twice in the header merges two lists under one name: each reader of it
    would read the other's words too."""
    from collections import Counter
    from importlib.resources import files

    header = [line[1:].split()[0] for line in files("techpolgraph.data").joinpath("function_words.tsv").read_text(encoding="utf-8").splitlines() if line.startswith("#   ") and line[4:5].isalpha()]
    twice = sorted(name for name, n in Counter(header).items() if n > 1)
    assert len(header) > 300 and twice == []


# ---------------------------------------------------------------------------------------------
# dates: one coercion for every query and option


def test_every_date_query_takes_strings_dates_and_datetimes():
    kg = small_graph()
    for since in ("2020-01-01", dt.date(2020, 1, 1), dt.datetime(2020, 1, 1, 9, 30), "2020-01-01T09:30"):
        assert [m.relation_id for m in kg.who_met("Ann Lee", since=since)] == ["r2", "r4"]
        assert [t.relation_id for t in kg.timeline("Bob Ray", until=since)] == ["r1"]
    assert as_date(None) is None


@pytest.mark.parametrize("bad", ["2020-13-01", "01/02/2020", "", "2020", "soon", 20200101])
def test_a_bad_date_is_the_projects_error_naming_value_and_form(bad):
    kg = small_graph()
    with pytest.raises(DateValueError, match="YYYY-MM-DD") as err:
        kg.who_met("Ann Lee", since=bad)
    assert repr(bad) in str(err.value) and "since" in str(err.value)
    with pytest.raises(DateValueError, match="until"):
        kg.timeline("Ann Lee", until=bad)
    with pytest.raises(DateValueError, match="date"):
        kg.entity("Ann Lee", date=bad)


# ---------------------------------------------------------------------------------------------
# the command line: a malformed option is one line, never a traceback


def _commands() -> set[str]:
    parser = make_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return set(sub.choices)


#: The values each kind of option accepts, as a test.
CHOICES = {
    "modality": ("asserted", "negated", "uncertain"),
    "relation": tuple(r.value for r in RelationType),
    "engine": ("local", "dask"),
    "format": ("graphml", "gexf", "csv", "json", "html", "png"),
}
PARSERS = {"date": lambda v: as_date(v, ""), "count": positive_int, "megabytes": megabytes}


def _valid(kind: str, value: str) -> bool:
    """Whether a value is one the option accepts (the property test wants the others)."""
    if kind == "file":
        return Path(value).is_file()
    if kind in CHOICES:
        return value in CHOICES[kind]
    try:
        PARSERS[kind](value)
    except Exception:  # noqa: BLE001  (any refusal means malformed)
        return False
    return True


#: Each command with a valid command line ({graph}: a graph file) and the options a user may
#: get wrong, with what each expects.
CASES: dict[str, tuple[list[str], list[tuple[str, str]]]] = {
    "build": (
        ["build", "{corpus}", "-o", "{out}"],
        [("--batch-size", "count"), ("--n-process", "count"), ("--max-size", "megabytes"), ("--engine", "engine"), ("--relation-cues", "file"), ("--people", "file")],
    ),
    "who-met": (["who-met", "Ann Lee", "--graph", "{graph}"], [("--since", "date"), ("--until", "date"), ("--modality", "modality"), ("--graph", "file")]),
    "relations": (["relations", "--graph", "{graph}"], [("--relation", "relation"), ("--modality", "modality"), ("--graph", "file")]),
    "path": (["path", "Ann Lee", "Cid Moe", "--graph", "{graph}"], [("--graph", "file")]),
    "timeline": (["timeline", "Ann Lee", "--graph", "{graph}"], [("--since", "date"), ("--until", "date"), ("--relation", "relation"), ("--graph", "file")]),
    "export": (["export", "--graph", "{graph}", "-o", "{out}"], [("--format", "format"), ("--graph", "file")]),
    "evaluate": (["evaluate", "{gold}", "--graph", "{graph}"], [("--graph", "file")]),
    "explain": (["explain", "Ann Lee", "--graph", "{graph}"], [("--date", "date"), ("--graph", "file")]),
}

#: What a command line can hold: any character but NUL (which no command line can carry).
ARGUMENT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=24)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    small_graph().save(folder / "g.json")
    (folder / "gold.json").write_text("[]", encoding="utf-8")
    return {"graph": str(folder / "g.json"), "gold": str(folder / "gold.json"), "corpus": str(CORPUS), "out": str(folder / "out.graphml")}


def test_the_property_test_covers_every_command():
    assert set(CASES) == _commands()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=st.sampled_from([(c, o, k) for c, (_, opts) in CASES.items() for o, k in opts]), value=ARGUMENT)
def test_a_malformed_option_is_one_line_and_no_traceback(files, case, value):
    command, option, kind = case
    assume(not _valid(kind, value))
    base = [part.format(**files) for part in CASES[command][0]]
    if option in base:  # --graph: replace the good one
        i = base.index(option)
        base = base[:i] + base[i + 2 :]
    argv = [*base, f"{option}={value}"]
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as exit:
            code = exit.code
    message = err.getvalue()
    assert code not in (0, None), argv
    assert "Traceback" not in message
    assert message.count("\n") == 1 and message.endswith("\n"), message
    assert "error" in message


@pytest.mark.parametrize("option", ["--max-size", "--batch-size", "--relation-cues"])
def test_a_double_dash_as_an_option_value_is_one_line_of_error(files, option, capsys):
    # argparse reads « --max-size=-- » as an empty list: the command says so instead of failing later
    with pytest.raises(SystemExit) as exit:
        main(["build", files["corpus"], "-o", files["out"], f"{option}=--"])
    message = capsys.readouterr().err
    assert exit.value.code == 2
    assert message.count("\n") == 1 and option in message and "Traceback" not in message


def test_a_bad_date_on_the_command_line_names_the_value_and_form(files, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["who-met", "Ann Lee", "--graph", files["graph"], "--since", "2020-13-01"])
    assert exit.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'2020-13-01'" in err and "YYYY-MM-DD" in err and "--since" in err


# ---------------------------------------------------------------------------------------------
# the pipeline: the caller's, everywhere; saved and loaded back the spaCy way


def test_factories_are_declared_as_spacy_entry_points():
    declared = {ep.name: ep for ep in metadata.entry_points(group="spacy_factories") if ep.name.startswith("techpolgraph_")}
    ours = {name for name, _ in COMPONENTS} | set(ANALYSIS_COMPONENTS) | {"techpolgraph_attribute_ruler", "techpolgraph_lemmatizer"}
    assert set(declared) == ours
    for name, ep in declared.items():
        assert callable(ep.load()) and Language.has_factory(name)


def _analysis(doc) -> dict:
    return {
        "ents": [(e.text, e.label_, e.start_char) for e in doc.ents],
        "entities": doc._.tpg_entities,
        "relations": doc._.tpg_relations,
    }


@pytest.mark.model
def test_a_saved_pipeline_loads_in_a_fresh_process_and_analyses_the_same(nlp, tmp_path):
    folder = tmp_path / "pipeline"
    nlp.to_disk(folder)
    assert (folder / "techpolgraph_entities" / "tables.json").is_file()
    assert (folder / "techpolgraph_events" / "event_cues.tsv").is_file()
    script = (
        "import json, sys, spacy\n"
        f"nlp = spacy.load({str(folder)!r})\n"  # spaCy finds our factories by their entry points
        f"doc = nlp({TEXT!r})\n"
        "print(json.dumps({'ents': [(e.text, e.label_, e.start_char) for e in doc.ents],"
        " 'entities': doc._.tpg_entities, 'relations': doc._.tpg_relations}, sort_keys=True))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    here = json.loads(json.dumps(_analysis(nlp(TEXT)), sort_keys=True))
    assert here["relations"] and here["ents"]
    assert json.loads(run.stdout) == here


def test_saved_tables_replace_the_settings_when_loaded(tmp_path):
    (tmp_path / "t.txt").write_text("Zorglub\n", encoding="utf-8")
    nlp = spacy.blank("fr")
    entities = nlp.add_pipe("techpolgraph_entities", config={"titles": str(tmp_path / "t.txt")})
    events = nlp.add_pipe("techpolgraph_events")
    nlp.to_disk(tmp_path / "saved")
    (tmp_path / "t.txt").write_text("Monseigneur\n", encoding="utf-8")  # the user's list changed since
    loaded = spacy.load(tmp_path / "saved")
    assert loaded.get_pipe("techpolgraph_entities").titles == {"Zorglub"}
    assert loaded.get_pipe("techpolgraph_entities").gazetteer.entries == entities.gazetteer.entries
    assert loaded.get_pipe("techpolgraph_events").cues == events.cues
    # the cache key follows the tables in use, not the settings' names
    assert pipeline_fingerprint(loaded) == pipeline_fingerprint(nlp)
    fresh = spacy.blank("fr")
    fresh.add_pipe("techpolgraph_entities", config={"titles": str(tmp_path / "t.txt")})
    fresh.add_pipe("techpolgraph_events")
    assert pipeline_fingerprint(fresh) != pipeline_fingerprint(loaded)


def test_a_pipeline_that_cannot_be_serialised_is_refused_clearly():
    @Language.component("structure_test_unserialisable")
    def unserialisable(doc):  # pragma: no cover - never run
        return doc

    nlp = spacy.blank("fr")
    nlp.add_pipe("structure_test_unserialisable")
    nlp.get_pipe("structure_test_unserialisable").to_bytes = lambda **kw: 1 / 0  # type: ignore[attr-defined]
    with pytest.raises(EngineError, match="cannot be sent"):
        pipeline_to_bytes(nlp)
    good = spacy.blank("fr")
    data = pipeline_to_bytes(good).replace(b'lang = "fr"', b'lang = "xx_none"')
    with pytest.raises(EngineError, match="cannot be rebuilt"):
        pipeline_from_bytes(data)


def _met_free_cues(folder: Path) -> Path:
    """A cue file of the user's own: the shipped cues without those of meetings."""
    rows = ["\t".join(r) for r in read_table("relation_cues.tsv") if r[2] != "met"]
    path = folder / "cues_without_met.tsv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.model
def test_a_custom_pipeline_gives_the_same_graph_here_and_on_dask(tmp_path, kg):
    custom = add_components(spacy.load(MODEL_NAME, exclude=["senter"]))
    custom.add_pipe("techpolgraph_resolver", last=True)
    custom.add_pipe("techpolgraph_relations", last=True, config={"cues": str(_met_free_cues(tmp_path))})

    local = tpg.build(CORPUS, nlp=custom, progress=False, cache=tmp_path / "cache.sqlite")
    def meetings(graph: tpg.KnowledgeGraph) -> int:
        return sum(r.relation is RelationType.MET for r in graph.relations.values())

    assert local.relations and meetings(local) < meetings(kg)  # the user's cues were read

    on_dask = tpg.build(CORPUS, nlp=custom, engine="dask", progress=False)
    local.to_json(tmp_path / "local.json")
    on_dask.to_json(tmp_path / "dask.json")
    assert (tmp_path / "dask.json").read_bytes() == (tmp_path / "local.json").read_bytes()

    # the cache is keyed by the pipeline: the shipped pipeline does not read the custom analyses
    again = tpg.build(CORPUS, progress=False, cache=tmp_path / "cache.sqlite")
    assert again.report.cached == 0 and again == kg


@pytest.mark.model
def test_build_reads_the_users_own_cue_file_given_on_the_command_line(tmp_path, kg, capsys):
    cues = _met_free_cues(tmp_path)
    out = tmp_path / "own.graphml"
    assert main(["build", str(CORPUS), "-o", str(out), "--no-progress", "--relation-cues", str(cues)]) == 0
    own = tpg.load(out.with_suffix(".json"))
    met = [r for r in own.relations.values() if r.relation is RelationType.MET]
    assert own.relations and len(met) < sum(r.relation is RelationType.MET for r in kg.relations.values())
    with pytest.raises(DataFileError, match="cannot be replaced"):
        make_analyser({"roles.tsv": cues})


# ---------------------------------------------------------------------------------------------
# structure: each stage imports only earlier ones; PathLike defined once

#: The stages of the package in the order of the data flow (a module may import its own stage
#: and earlier ones).
STAGES = ["errors", "types", "models", "data", "corpus", "nlp", "resolve", "relations", "graph", "export", "html", "cache", "engines", "build", "evaluate", "cli"]


def _modules():
    return sorted(PACKAGE.rglob("*.py"))


def _imported_stages(path: Path):
    """The stage of each relative import of a module, at its top or inside a function."""
    package = list(path.relative_to(PACKAGE).with_suffix("").parts)[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            base = package[: len(package) - node.level + 1]
            targets = [base + node.module.split(".")] if node.module else [base + [a.name] for a in node.names]
            yield from (target[0] for target in targets)


def test_each_stage_imports_only_itself_and_earlier_stages():
    """No cycle between stages, not even one hidden by an import inside a function."""
    for path in _modules():
        stage = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        if stage == "__init__":
            continue
        for imported in _imported_stages(path):
            if imported != "__version__":
                assert STAGES.index(imported) <= STAGES.index(stage), f"{path.name} imports the later stage {imported}"


def test_pathlike_is_defined_once():
    defined = [p.relative_to(PACKAGE).as_posix() for p in _modules() if "\nPathLike = " in p.read_text(encoding="utf-8")]
    assert defined == ["types.py"]
