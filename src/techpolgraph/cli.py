"""The ``techpolgraph`` command: thin commands over the Python API.

This is the only module that prints or exits. Errors of techpolgraph become one line on
standard error and exit code 1; a wrong command line exits with code 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Optional

from . import __version__
from .errors import DateValueError, TechpolgraphError
from .export import load
from .graph import KnowledgeGraph
from .models import Meeting, Modality, Relation, RelationType
from .types import as_date


class Parser(argparse.ArgumentParser):
    """argparse, with a wrong command line told in one line (and where to read the usage)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        message = " ".join(message.split())  # a value quoted in the message may hold a line break
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def date_option(value: str) -> dt.date:
    """The argparse type of a date option: an ISO date, read by :func:`techpolgraph.types.as_date`
    (argparse names the option in its message)."""
    try:
        day = as_date(value, "")
    except DateValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
    assert day is not None  # a string is never None
    return day


def existing_file(value: str) -> str:
    """The argparse type of a file to read: it must exist."""
    if not value.strip() or not Path(value).is_file():
        raise argparse.ArgumentTypeError(f"{value!r} is not a file")
    return value


def positive_int(value: str) -> int:
    """The argparse type of a count: a whole number, at least 1."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive number (1 or more)")
    return number


def megabytes(value: str) -> float:
    """The argparse type of a size in MB: a finite number, 0 or more (0: no limit)."""
    try:
        size = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of megabytes") from None
    if not math.isfinite(size) or size < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size: give a number of megabytes, 0 or more")
    return size


def _graph_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--graph",
        "-g",
        required=True,
        type=existing_file,
        metavar="FILE",
        help="a graph written by `techpolgraph build` (.json is lossless; .graphml works too)",
    )


def make_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="techpolgraph",
        description="French news articles to a knowledge graph of who met, criticised, banned and endorsed whom.",
        epilog="Example: techpolgraph build corpus/ -o out/corpus.graphml && techpolgraph who-met Zuckerberg --graph out/corpus.graphml",
    )
    parser.add_argument("--version", action="version", version=f"techpolgraph {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in COMMANDS:
        add(sub)
    return parser


def add_build(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "build",
        help="build the graph of a corpus folder and write GraphML (and JSON beside it)",
        description="Read every article of CORPUS (.txt, .jsonl, Europresse .html exports, saved web pages, "
        ".csv and .tsv exports), build the graph, write GraphML for Gephi "
        "to OUT and a lossless JSON copy beside it (same name, .json). Unusable articles are reported and skipped.",
    )
    p.add_argument("corpus", metavar="CORPUS", help="folder of articles (.txt, .jsonl, .html, .csv, .tsv, optional metadata.json)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.graphml", help="GraphML file to write")
    p.add_argument("--batch-size", type=positive_int, default=16, help="documents per spaCy batch (default 16)")
    p.add_argument(
        "--n-process", type=positive_int, default=1, help="worker processes of the analysis (default 1; with --engine dask and no "
        "--scheduler: workers of the local cluster, at least 2)"
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument(
        "--cache",
        metavar="FILE",
        help="SQLite cache of document analyses (default: OUT.cache.sqlite beside the output); "
        "a rebuild analyses only new and changed articles",
    )
    p.add_argument("--no-cache", action="store_true", help="analyse every article, read and write no cache")
    p.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="where articles are analysed: here (default) or on dask.distributed (pip install 'techpolgraph[dask]')",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDR",
        help="dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster of two workers)",
    )
    p.add_argument(
        "--max-size", type=megabytes, default=10.0, metavar="MB", help="skip files larger than this (default 10 MB; 0: no limit)"
    )
    p.add_argument("--any-language", action="store_true", help="do not skip articles that do not look French")
    p.add_argument(
        "--text-column",
        metavar="NAME",
        help="the text column of CSV and TSV files (default: a column named text, texte, content, body...)",
    )
    lists = p.add_argument_group(
        "your own word lists",
        "files in the columns of the shipped ones (techpolgraph/data/), read instead of them",
    )
    for option, shipped in DATA_OPTIONS.items():
        lists.add_argument(option, type=existing_file, metavar="FILE", help=f"instead of {shipped}")
    p.set_defaults(run=cmd_build, build_options=_build_options)


#: Options of ``build`` that give a user's own file in place of a shipped one.
DATA_OPTIONS = {
    "--people": "people.tsv",
    "--organisations": "organisations.tsv",
    "--titles": "titles.txt",
    "--event-cues": "event_cues.tsv",
    "--relation-cues": "relation_cues.tsv",
}


def user_files(args: argparse.Namespace) -> dict[str, str]:
    """The user's own files given to ``build``, by the shipped file each replaces."""
    given = {shipped: getattr(args, option[2:].replace("-", "_")) for option, shipped in DATA_OPTIONS.items()}
    return {shipped: path for shipped, path in given.items() if path}


def _build_options(args: argparse.Namespace) -> dict[str, object]:
    """The keyword arguments of :func:`techpolgraph.build.build` given by the build options."""
    cache = None if args.no_cache else Path(args.cache or Path(args.output).with_suffix(".cache.sqlite"))
    return {
        "batch_size": args.batch_size,
        "n_process": args.n_process,
        "progress": not args.no_progress,
        "cache": cache,
        "engine": args.engine,
        "scheduler": args.scheduler,
        "max_bytes": int(args.max_size * 1_000_000) if args.max_size > 0 else None,
        "check_language": not args.any_language,
        "text_column": args.text_column,
    }


def _date_args(parser: argparse.ArgumentParser) -> None:
    """--since and --until, as in the Python queries (ISO dates, both ends included)."""
    parser.add_argument("--since", type=date_option, metavar="YYYY-MM-DD", help="only documents dated on or after")
    parser.add_argument("--until", type=date_option, metavar="YYYY-MM-DD", help="only documents dated on or before")


def add_who_met(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "who-met",
        help="who met NAME, with the evidence sentence of each meeting",
        description="List everyone NAME met (any alias works: 'Zuckerberg', 'Mark Zuckerberg'), "
        "with the document, its date, the modality and the sentence that says so.",
    )
    p.add_argument("name", metavar="NAME")
    _graph_arg(p)
    _date_args(p)
    p.add_argument("--modality", choices=[m.value for m in Modality], help="only asserted, negated or uncertain meetings")
    p.set_defaults(run=cmd_who_met)


def cmd_build(args: argparse.Namespace) -> int:
    from .build import build  # spaCy is imported by the commands that analyse, not by the queries
    from .nlp.pipeline import make_analyser

    out = Path(args.output)
    options = args.build_options(args)
    files = user_files(args)
    if files:
        options["nlp"] = make_analyser(files)
    kg = build(args.corpus, **options)
    kg.to_graphml(out)
    json_path = out.with_suffix(".json")
    kg.to_json(json_path)
    for item in kg.report.skipped:
        print(f"skipped {item.path}: {item.reason}", file=sys.stderr)
    print(f"wrote {out} and {json_path}")
    print(kg.report.summary())
    return 0


def _load(path: str) -> KnowledgeGraph:
    json_path = Path(path).with_suffix(".json")
    if Path(path).suffix.lower() == ".graphml" and json_path.exists():
        return load(json_path)  # the lossless copy written beside it
    return load(path)


def format_meeting(m: Meeting, width: int = 100) -> str:
    """One meeting as a short block: who, when, how sure, where, and the sentence."""
    return _block(f"{m.other.label} [{m.modality.value}]", m.doc, m.date, m.attributed_to, "", m.evidence.sentence, width)


def _block(head: str, doc: str, date: Optional[dt.date], attributed_to: str, tense: str, sentence: str, width: int) -> str:
    """The shared layout of an answer: head, document, date, source of the claim, then the sentence."""
    head += f" {doc}" + (f" ({date.isoformat()})" if date else "")
    if tense == "past":
        head += ", now over"
    if attributed_to:
        head += f", according to {attributed_to}"
    body = textwrap.fill(f"« {sentence} »", width=width, initial_indent="    ", subsequent_indent="    ")
    return f"- {head}\n{body}"


def cmd_who_met(args: argparse.Namespace) -> int:
    kg = _load(args.graph)
    person = kg.entity(args.name)
    meetings = kg.who_met(args.name, since=args.since, until=args.until, modality=args.modality)
    print(f"{person.label} met {len({m.other.id for m in meetings})} entities in {len(meetings)} sentences:")
    for m in meetings:
        print(format_meeting(m))
    return 0


def add_evaluate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "evaluate",
        help="score a graph against a hand-checked gold file of relations",
        description="Compare the graph's edges with GOLD.json (a list of hand-checked relations, see docs/gold-format.md) "
        "and print precision, recall and F1 per relation type and overall, then every false positive and every miss "
        "with its evidence.",
    )
    p.add_argument("gold", type=existing_file, metavar="GOLD.json", help="the gold file")
    _graph_arg(p)
    p.set_defaults(run=cmd_evaluate)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate

    print(evaluate(args.gold, _load(args.graph)).report())
    return 0


def add_relations(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "relations",
        help="list relations (met, criticised, banned, endorsed...) with their evidence",
        description="List the relations of the graph that match every filter given, one block each: "
        "source, relation, target, modality, document, date and the sentence it was read from. "
        "Names may be any alias ('Trump', 'M. Trump'); a 'met' relation matches a name on either side.",
        epilog="Example: techpolgraph relations --graph out/corpus.graphml --relation criticised --source Trump",
    )
    _graph_arg(p)
    p.add_argument("--relation", "-r", choices=[r.value for r in RelationType], help="only this relation type")
    p.add_argument("--source", "-s", metavar="NAME", help="only relations from NAME")
    p.add_argument("--target", "-t", metavar="NAME", help="only relations to NAME")
    p.add_argument("--doc", metavar="FILE", help="only relations read in this document (file name relative to the corpus)")
    p.add_argument("--modality", choices=[m.value for m in Modality], help="only asserted, negated or uncertain relations")
    p.set_defaults(run=cmd_relations)


def format_relation(kg: KnowledgeGraph, r: Relation, width: int = 100) -> str:
    """One relation as a short block: who, what, whom, how sure, where, and the sentence."""
    arrow = "--" if r.relation.symmetric else "->"
    head = f"{kg.entities[r.source].label} -{r.relation.value}{arrow} {kg.entities[r.target].label} [{r.modality.value}]"
    tense = r.tense.value if r.tense else ""
    return _block(head, r.doc, r.date, r.attributed_to, tense, r.evidence.sentence, width)


def cmd_relations(args: argparse.Namespace) -> int:
    kg = _load(args.graph)
    found = kg.relations_of(relation=args.relation, source=args.source, target=args.target, doc=args.doc, modality=args.modality)
    print(f"{len(found)} relations:")
    for r in found:
        print(format_relation(kg, r))
    return 0


def add_export(sub: argparse._SubParsersAction) -> None:
    from .export import EXPORT_FORMATS

    p = sub.add_parser(
        "export",
        help="write the graph as GraphML, GEXF (with dates), CSV, JSON, an HTML page or a PNG picture",
        description="Write a graph built by `techpolgraph build` in another format:\n"
        "  graphml  for Gephi (File > Open) and networkx, igraph...\n"
        "  gexf     for Gephi, with dates: Gephi's timeline plays the graph over time\n"
        "  csv      a folder with nodes.csv and edges.csv (Gephi: Data Laboratory > Import Spreadsheet)\n"
        "  json     the whole graph, lossless (techpolgraph.load reads it back)\n"
        "  html     one self-contained page for any browser: click an edge to read its sentences\n"
        "  png      a picture, nodes coloured by kind and edges by relation (needs matplotlib)\n"
        "The format is taken from the suffix of PATH unless --format is given.",
        epilog="Examples: techpolgraph export --graph out/corpus.graphml -o out/corpus.gexf\n"
        "          techpolgraph export --graph out/corpus.graphml --format csv --collapsed -o out/gephi/\n"
        "          techpolgraph export --graph out/corpus.graphml -o out/corpus.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _graph_arg(p)
    p.add_argument("-o", "--output", required=True, metavar="PATH", help="file to write (a folder for csv)")
    p.add_argument("--format", "-f", choices=EXPORT_FORMATS, help="output format (default: from the suffix of PATH; csv for a folder)")
    p.add_argument(
        "--collapsed",
        action="store_true",
        help="one edge per pair, relation and modality, weight = number of sentences, evidence joined (graphml, gexf, csv)",
    )
    p.set_defaults(run=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from .export import EXPORT_FORMATS, export

    out = Path(args.output)
    fmt = args.format or ("csv" if (not out.suffix or out.is_dir()) else out.suffix.lower().lstrip("."))
    if fmt not in EXPORT_FORMATS:
        raise TechpolgraphError(f"{out}: cannot tell the format from the suffix {out.suffix!r}; give --format ({', '.join(EXPORT_FORMATS)})")
    kg = _load(args.graph)
    export(kg, out, fmt, collapsed=args.collapsed)
    what = f"{out / 'nodes.csv'} and {out / 'edges.csv'}" if fmt == "csv" else str(out)
    print(f"wrote {what} ({fmt}{', collapsed' if args.collapsed and fmt in ('graphml', 'gexf', 'csv') else ''}): "
          f"{len(kg.entities)} entities, {len(kg.relations)} relations")
    return 0


#: Each function adds one subcommand; the order is the order of ``techpolgraph --help``.
def add_explain(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "explain",
        help="why each alias of NAME belongs to its entity, with the sentence of each merge",
        description="Show the entity NAME refers to (any alias: 'Zuckerberg', 'le patron de Facebook'), "
        "every surface form it was seen under, and why each was merged into it (same surname, title, "
        "apposition, role table at the article's date, pronoun), with the sentence it was read from.",
    )
    p.add_argument("name", metavar="NAME")
    _graph_arg(p)
    p.add_argument("--date", type=date_option, metavar="YYYY-MM-DD", help="for a role description: who held the role on that day")
    p.set_defaults(run=cmd_explain)


def cmd_explain(args: argparse.Namespace) -> int:
    print(_load(args.graph).explain(args.name, date=args.date))
    return 0


def add_path(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "path",
        help="the shortest chain of relations between A and B, with the sentences of each step",
        description="Show how A and B are linked: the shortest chain of relations between them "
        "(any relation, either way), each step with its relations and evidence sentences. "
        "Only asserted relations count, unless --any-modality is given.",
    )
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    _graph_arg(p)
    p.add_argument("--any-modality", action="store_true", help="let negated and uncertain relations link too")
    p.set_defaults(run=cmd_path)


def cmd_path(args: argparse.Namespace) -> int:
    kg = _load(args.graph)
    found = kg.path(args.a, args.b, modality=None if args.any_modality else Modality.ASSERTED)
    if found is None:
        print(f"no chain of relations links {args.a} and {args.b}")
        return 0
    print(" -> ".join(e.label for e in found.entities) + f" ({len(found)} steps)")
    for step in found.steps:
        print(f"{step.source.label} / {step.target.label}:")
        for r in step.relations:
            print(format_relation(kg, r))
    return 0


def add_timeline(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "timeline",
        help="every relation of NAME in date order, with its sentence",
        description="List the relations of NAME (any alias) in the order of their dates, "
        "each with the other party, the document and the sentence that says so.",
    )
    p.add_argument("name", metavar="NAME")
    _graph_arg(p)
    _date_args(p)
    p.add_argument("--relation", choices=[r.value for r in RelationType], help="only this relation")
    p.set_defaults(run=cmd_timeline)


def cmd_timeline(args: argparse.Namespace) -> int:
    kg = _load(args.graph)
    entries = kg.timeline(args.name, since=args.since, until=args.until, relation=args.relation)
    print(f"{kg.entity(args.name).label}: {len(entries)} relations")
    for t in entries:
        head = f"{t.relation.value} ({t.role}) {t.other.label} [{t.modality.value}]"
        print(_block(head, t.doc, t.date, t.attributed_to, "", t.evidence.sentence, 100))
    return 0


COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [add_build, add_who_met, add_relations, add_path, add_timeline, add_export, add_evaluate, add_explain]


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = make_parser()
    given = list(sys.argv[1:] if argv is None else argv)
    empty = next((a for a in given if a.startswith("--") and a.partition("=")[2] == "--"), None)
    if empty is not None:  # argparse reads « --max-size=-- » as an empty list, not as a bad value
        parser.error(f"argument {empty.partition('=')[0]}: expected a value, got '--'")
    args = parser.parse_args(given)
    try:
        return int(args.run(args))
    except TechpolgraphError as err:
        print(f"techpolgraph: error: {_one_line(err)}", file=sys.stderr)
        return 1
    except OSError as err:  # a file that cannot be read or written: the system says why
        print(f"techpolgraph: error: {_one_line(err)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("techpolgraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `techpolgraph relations ... | head`: the reader has gone
        sys.stderr.close()
        return 0


def _one_line(err: BaseException) -> str:
    """An error's message on one line (a message may quote a value with a line break)."""
    return " ".join(str(err).split())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
