"""The ``techpolgraph`` command: thin commands over the Python API.

This is the only module that prints or exits. Errors of techpolgraph become one line on
standard error and exit code 1; a wrong command line exits with code 2.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Optional

from . import __version__
from .errors import TechpolgraphError
from .export import load
from .graph import KnowledgeGraph
from .models import Meeting, Modality


def _graph_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--graph",
        "-g",
        required=True,
        metavar="FILE",
        help="a graph written by `techpolgraph build` (.json is lossless; .graphml works too)",
    )


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
        description="Read every .txt and .jsonl article of CORPUS, build the graph, write GraphML for Gephi "
        "to OUT and a lossless JSON copy beside it (same name, .json). Unusable articles are reported and skipped.",
    )
    p.add_argument("corpus", metavar="CORPUS", help="folder of articles (.txt, .jsonl, optional metadata.json)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.graphml", help="GraphML file to write")
    p.add_argument("--batch-size", type=int, default=16, help="documents per spaCy batch (default 16)")
    p.add_argument("--n-process", type=int, default=1, help="spaCy worker processes (default 1)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(run=cmd_build)


def add_who_met(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "who-met",
        help="who met NAME, with the evidence sentence of each meeting",
        description="List everyone NAME met (any alias works: 'Zuckerberg', 'Mark Zuckerberg'), "
        "with the document, its date, the modality and the sentence that says so.",
    )
    p.add_argument("name", metavar="NAME")
    _graph_arg(p)
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only documents dated on or after")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="only documents dated on or before")
    p.add_argument("--modality", choices=[m.value for m in Modality], help="only asserted, negated or uncertain meetings")
    p.set_defaults(run=cmd_who_met)


def cmd_build(args: argparse.Namespace) -> int:
    from .build import build

    out = Path(args.output)
    kg = build(args.corpus, batch_size=args.batch_size, n_process=args.n_process, progress=not args.no_progress)
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
    head = f"{m.other.label} [{m.modality.value}] {m.doc}" + (f" ({m.date.isoformat()})" if m.date else "")
    if m.attributed_to:
        head += f", according to {m.attributed_to}"
    body = textwrap.fill(f"« {m.evidence.sentence} »", width=width, initial_indent="    ", subsequent_indent="    ")
    return f"- {head}\n{body}"


def cmd_who_met(args: argparse.Namespace) -> int:
    kg = _load(args.graph)
    person = kg.entity(args.name)
    meetings = kg.who_met(args.name, since=args.since, until=args.until, modality=args.modality)
    print(f"{person.label} met {len({m.other.id for m in meetings})} entities in {len(meetings)} sentences:")
    for m in meetings:
        print(format_meeting(m))
    return 0


#: Each function adds one subcommand; the order is the order of ``techpolgraph --help``.
COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [add_build, add_who_met]


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except TechpolgraphError as err:
        print(f"techpolgraph: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("techpolgraph: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
