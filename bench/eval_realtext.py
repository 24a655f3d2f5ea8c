"""Precision and recall per relation on the sample corpus and on the real-text set.

Run from the project folder (``make eval``)::

    .venv/bin/python bench/eval_realtext.py                  # corpus, dev and test: scores only
    .venv/bin/python bench/eval_realtext.py --sets dev --details   # misses and false positives too

Each set is a corpus folder with its gold relations: ``corpus/`` with
``tests/expected/corpus_relations.json``; ``bench/realtext/dev/``, ``bench/realtext/test/``, ``bench/realtext/holdout/``, ``bench/realtext/holdout2/`` and ``bench/realtext/holdout3/``
with every ``gold*.json`` in them (see ``bench/realtext/README.md``). Besides the relation
scores, it prints for the real-text sets two figures of the resolver, from the ``entities*.json``
files: the share of the parties of required relations that are nodes of the graph, and the
real-world entities whose names landed on more than one node.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
import sys
import tempfile
from pathlib import Path

import techpolgraph as tpg
from techpolgraph.build import load_analyser
from techpolgraph.evaluate import LEADING_ARTICLES, Evaluation, GoldStatus, own_name, read_gold
from techpolgraph.resolve.names import name_key, surname_forms

ROOT = Path(__file__).resolve().parent.parent
REALTEXT = ROOT / "bench" / "realtext"
SETS = {
    "corpus": (ROOT / "corpus", [ROOT / "tests" / "expected" / "corpus_relations.json"]),
    "dev": (REALTEXT / "dev", None),
    "test": (REALTEXT / "test", None),
    "holdout": (REALTEXT / "holdout", None),
    "holdout2": (REALTEXT / "holdout2", None),
    "holdout3": (REALTEXT / "holdout3", None),
    "holdout4": (REALTEXT / "holdout4", None),
    "holdout5": (REALTEXT / "holdout5", None),
    "holdout6": (REALTEXT / "holdout6", None),
    "holdout7": (REALTEXT / "holdout7", None),
    "holdout8": (REALTEXT / "holdout8", None),
    "holdout9": (REALTEXT / "holdout9", None),
    "holdout10": (REALTEXT / "holdout10", None),
    "holdout11": (REALTEXT / "holdout11", None),
    "holdout12": (REALTEXT / "holdout12", None),
    "holdout13": (REALTEXT / "holdout13", None),
    "holdout14": (REALTEXT / "holdout14", None),
    "holdout15": (REALTEXT / "holdout15", None),
    "holdout16": (REALTEXT / "holdout16", None),
    "holdout17": (REALTEXT / "holdout17", None),
    "holdout18": (REALTEXT / "holdout18", None),
    "holdout19": (REALTEXT / "holdout19", None),
    "holdout20": (REALTEXT / "holdout20", None),
    "holdout21": (REALTEXT / "holdout21", None),
    "holdout22": (REALTEXT / "holdout22", None),
    "holdout23": (REALTEXT / "holdout23", None),
    "holdout24": (REALTEXT / "holdout24", None),
    "holdout25": (REALTEXT / "holdout25", None),
    "holdout26": (REALTEXT / "holdout26", None),
    "holdout27": (REALTEXT / "holdout27", None),
    "holdout28": (REALTEXT / "holdout28", None),
    "holdout29": (REALTEXT / "holdout29", None),
    "holdout30": (REALTEXT / "holdout30", None),
    "holdout31": (REALTEXT / "holdout31", None),
    "holdout32": (REALTEXT / "holdout32", None),
    "holdout33": (REALTEXT / "holdout33", None),
    "holdout34": (REALTEXT / "holdout34", None),
    "holdout35": (REALTEXT / "holdout35", None),
    "holdout36": (REALTEXT / "holdout36", None),
    "holdout37": (REALTEXT / "holdout37", None),
    "holdout38": (REALTEXT / "holdout38", None),
    "holdout39": (REALTEXT / "holdout39", None),
    "holdout40": (REALTEXT / "holdout40", None),
    "holdout41": (REALTEXT / "holdout41", None),
    "holdout42": (REALTEXT / "holdout42", None),
    "holdout43": (REALTEXT / "holdout43", None),
    "holdout44": (REALTEXT / "holdout44", None),
    "holdout45": (REALTEXT / "holdout45", None),
    "holdout46": (REALTEXT / "holdout46", None),
    "holdout47": (REALTEXT / "holdout47", None),
    "holdout48": (REALTEXT / "holdout48", None),
    "holdout49": (REALTEXT / "holdout49", None),
    "holdout50": (REALTEXT / "holdout50", None),
    "holdout51": (REALTEXT / "holdout51", None),
    "holdout52": (REALTEXT / "holdout52", None),
    "holdout53": (REALTEXT / "holdout53", None),
    "holdout54": (REALTEXT / "holdout54", None),
    "holdout55": (REALTEXT / "holdout55", None),
    "holdout56": (REALTEXT / "holdout56", None),
    "holdout57": (REALTEXT / "holdout57", None),
    "holdout58": (REALTEXT / "holdout58", None),
    "holdout59": (REALTEXT / "holdout59", None),
    "holdout60": (REALTEXT / "holdout60", None),
    "holdout61": (REALTEXT / "holdout61", None),
    "holdout62": (REALTEXT / "holdout62", None),
    "holdout63": (REALTEXT / "holdout63", None),
    "holdout64": (REALTEXT / "holdout64", None),
    "holdout65": (REALTEXT / "holdout65", None),
    "holdout66": (REALTEXT / "holdout66", None),
    "holdout67": (REALTEXT / "holdout67", None),
    "holdout68": (REALTEXT / "holdout68", None),
    "holdout69": (REALTEXT / "holdout69", None),
    "holdout70": (REALTEXT / "holdout70", None),
    "holdout71": (REALTEXT / "holdout71", None),
    "holdout72": (REALTEXT / "holdout72", None),
    "holdout73": (REALTEXT / "holdout73", None),
    "holdout74": (REALTEXT / "holdout74", None),
    "holdout75": (REALTEXT / "holdout75", None),
    "holdout76": (REALTEXT / "holdout76", None),
    "holdout77": (REALTEXT / "holdout77", None),
    "holdout78": (REALTEXT / "holdout78", None),
    "holdout79": (REALTEXT / "holdout79", None),
    "holdout80": (REALTEXT / "holdout80", None),
    "holdout81": (REALTEXT / "holdout81", None),
    "holdout82": (REALTEXT / "holdout82", None),
    "holdout83": (REALTEXT / "holdout83", None),
    "holdout84": (REALTEXT / "holdout84", None),
    "holdout85": (REALTEXT / "holdout85", None),
    "holdout86": (REALTEXT / "holdout86", None),
    "holdout87": (REALTEXT / "holdout87", None),
    "holdout88": (REALTEXT / "holdout88", None),
    "holdout89": (REALTEXT / "holdout89", None),
    "holdout90": (REALTEXT / "holdout90", None),
    "holdout91": (REALTEXT / "holdout91", None),
    "holdout92": (REALTEXT / "holdout92", None),
    "holdout93": (REALTEXT / "holdout93", None),
    "holdout94": (REALTEXT / "holdout94", None),
    "holdout95": (REALTEXT / "holdout95", None),
    "holdout96": (REALTEXT / "holdout96", None),
    "holdout97": (REALTEXT / "holdout97", None),
    "holdout98": (REALTEXT / "holdout98", None),
    "holdout99": (REALTEXT / "holdout99", None),
    "holdout100": (REALTEXT / "holdout100", None),
    "holdout101": (REALTEXT / "holdout101", None),
    "holdout102": (REALTEXT / "holdout102", None),
    "holdout103": (REALTEXT / "holdout103", None),
    "holdout104": (REALTEXT / "holdout104", None),
    "holdout105": (REALTEXT / "holdout105", None),
    "holdout106": (REALTEXT / "holdout106", None),
    "holdout107": (REALTEXT / "holdout107", None),
    "holdout108": (REALTEXT / "holdout108", None),
    "holdout109": (REALTEXT / "holdout109", None),
    "holdout110": (REALTEXT / "holdout110", None),
    "holdout111": (REALTEXT / "holdout111", None),
    "holdout112": (REALTEXT / "holdout112", None),
    "holdout113": (REALTEXT / "holdout113", None),
    "holdout114": (REALTEXT / "holdout114", None),
    "holdout115": (REALTEXT / "holdout115", None),
    "holdout116": (REALTEXT / "holdout116", None),
    "holdout117": (REALTEXT / "holdout117", None),
    "holdout118": (REALTEXT / "holdout118", None),
    "holdout119": (REALTEXT / "holdout119", None),
    "holdout120": (REALTEXT / "holdout120", None),
    "holdout121": (REALTEXT / "holdout121", None),
    "holdout122": (REALTEXT / "holdout122", None),
    "holdout123": (REALTEXT / "holdout123", None),
    "holdout124": (REALTEXT / "holdout124", None),
    "holdout125": (REALTEXT / "holdout125", None),
    "holdout126": (REALTEXT / "holdout126", None),
    "holdout127": (REALTEXT / "holdout127", None),
    "holdout128": (REALTEXT / "holdout128", None),
    "holdout129": (REALTEXT / "holdout129", None),
    "holdout130": (REALTEXT / "holdout130", None),
    "holdout131": (REALTEXT / "holdout131", None),
    "holdout132": (REALTEXT / "holdout132", None),
    "holdout133": (REALTEXT / "holdout133", None),
    "holdout134": (REALTEXT / "holdout134", None),
    "holdout135": (REALTEXT / "holdout135", None),
    "holdout136": (REALTEXT / "holdout136", None),
    "holdout137": (REALTEXT / "holdout137", None),
    "holdout138": (REALTEXT / "holdout138", None),
    "holdout139": (REALTEXT / "holdout139", None),
    "holdout140": (REALTEXT / "holdout140", None),
    "holdout141": (REALTEXT / "holdout141", None),
    "holdout142": (REALTEXT / "holdout142", None),
    "holdout143": (REALTEXT / "holdout143", None),
    "holdout144": (REALTEXT / "holdout144", None),
    "holdout145": (REALTEXT / "holdout145", None),
    "holdout146": (REALTEXT / "holdout146", None),
    "holdout147": (REALTEXT / "holdout147", None),
    "holdout148": (REALTEXT / "holdout148", None),
    "holdout149": (REALTEXT / "holdout149", None),
    "holdout150": (REALTEXT / "holdout150", None),
    "holdout151": (REALTEXT / "holdout151", None),
    "holdout152": (REALTEXT / "holdout152", None),
    "holdout153": (REALTEXT / "holdout153", None),
    "holdout154": (REALTEXT / "holdout154", None),
    "holdout155": (REALTEXT / "holdout155", None),
    "holdout156": (REALTEXT / "holdout156", None),
    "holdout157": (REALTEXT / "holdout157", None),
    "holdout158": (REALTEXT / "holdout158", None),
    "holdout159": (REALTEXT / "holdout159", None),
    "holdout160": (REALTEXT / "holdout160", None),
    "holdout161": (REALTEXT / "holdout161", None),
    "holdout162": (REALTEXT / "holdout162", None),
    "holdout163": (REALTEXT / "holdout163", None),
    "holdout164": (REALTEXT / "holdout164", None),
    "holdout165": (REALTEXT / "holdout165", None),
    "holdout166": (REALTEXT / "holdout166", None),
    "holdout167": (REALTEXT / "holdout167", None),
    "holdout168": (REALTEXT / "holdout168", None),
    "holdout169": (REALTEXT / "holdout169", None),
}


def gold_files(folder: Path, given: list[Path] | None) -> list[Path]:
    return given if given is not None else sorted(folder.glob("gold*.json"))


def merged_gold(files: list[Path], out: Path) -> Path:
    """One gold file made of several (each checked by :func:`read_gold` first)."""
    items: list[dict] = []
    for f in files:
        read_gold(f)
        items.extend(json.loads(f.read_text(encoding="utf-8")))
    out.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return out


def entity_figures(kg: tpg.KnowledgeGraph, folder: Path, gold: Path, details: bool = False) -> list[str]:
    """Parties of required relations that are nodes (with ``details``, those that are not);
    entities split over several nodes."""
    index: dict[str, set[str]] = {}
    for e in kg.entities.values():
        for name in (e.label, *(a.text for a in e.aliases)):
            index.setdefault(name_key(name), set()).add(e.id)
    # a form names the nodes that were seen under it in that document (« l'application » is one
    # platform in one article and another in the next)
    in_doc: dict[tuple[str, str], set[str]] = {}
    for e in kg.entities.values():
        for alias in e.aliases:
            for doc in alias.docs:
                in_doc.setdefault((doc, name_key(alias.text)), set()).add(e.id)
    entities = [e for f in sorted(folder.glob("entities*.json")) for e in json.loads(f.read_text(encoding="utf-8"))]
    # the names a party is given in a document (« C. Engrand », where the gold's name is
    # « Christine Engrand »): a node seen there under one of them is that party's
    named_in: dict[tuple[str, str], list[str]] = {}
    for entity in entities:
        for doc, forms in entity.get("forms", {}).items():
            named_in.setdefault((doc, name_key(entity["name"])), []).extend(f for f in forms if f[:1].isupper())

    def is_node(doc: str, name: str) -> bool:
        # as the scoring of relations does (:func:`techpolgraph.evaluate`), a node seen in that
        # document under the name's last word (« le président Barroso »; or that word without its
        # particle: « el-Sarraj ») is the party, and so is one seen under the very words of the
        # name, with an article before them (a role the gold keeps unnamed, « Premier ministre »,
        # given by the graph to its holder)
        said = [f"{article}{name}" for article in LEADING_ARTICLES]
        forms = [*named_in.get((doc, name_key(name)), []), *surname_forms(name.split()[-1].lower()), *said]
        own = own_name(name)  # « général Gérard Bezacier »: the person's own name
        return bool(index.get(name_key(name)) or (own and index.get(name_key(own)))) or any(in_doc.get((doc, name_key(f))) for f in forms)

    parties = [(g.doc, name) for g in read_gold(gold) if g.status is GoldStatus.REQUIRED for name in (g.source, g.target)]
    present = sum(1 for doc, name in parties if is_node(doc, name))
    lines = [f"  parties of required relations that are nodes: {present}/{len(parties)}"
             + (f" ({present / len(parties):.0%})" if parties else "")]
    if details:
        lines.extend(f"    - not a node: {name} ({doc})" for doc, name in sorted(set(parties)) if not is_node(doc, name))
    split: list[str] = []
    # a form the gold gives to several entities in one document (« ils » for two persons) names
    # several nodes rightly: it tells nothing of a split
    shared = Counter((doc, name_key(form)) for e in entities for doc, forms in e.get("forms", {}).items() for form in set(forms))
    for entity in entities:
        own = [(doc, name_key(form)) for doc, forms in entity.get("forms", {}).items() for form in forms if shared[(doc, name_key(form))] == 1]
        nodes = {n for key in own for n in in_doc.get(key, set())}
        if len(nodes) > 1:
            split.append(f"{entity['name']}: " + ", ".join(sorted(kg.entities[n].label for n in nodes)))
    lines.append(f"  entities split over several nodes: {len(split)}")
    lines.extend(f"    - {s}" for s in split)
    return lines


#: The rounds in which the real-text set was gathered, by the prefix of a passage's name (the
#: longest that matches: every first letter is taken, so a new round names its passages with two
#: letters): the test split of the first was scored once before the second round of rules.
ROUNDS = {
    "first round (a*, b*)": ("a", "b"),
    "second round (c*-f*)": ("c", "d", "e", "f"),
    "third round (g*)": ("g",),
    "fourth round (k*)": ("k",),
    "fourth round, news (n*)": ("n",),
    "fifth round (p*)": ("p",),
    "sixth round (q*)": ("q",),
    "sixth round, second split (r*)": ("r",),
    "seventh round (s*)": ("s",),
    "eighth round (t*)": ("t",),
    "ninth round (u*)": ("u",),
    "tenth round (v*)": ("v",),
    "eleventh round (w*)": ("w",),
    "eleventh round, second split (x*)": ("x",),
    "twelfth round (y*)": ("y",),
    "twelfth round, second split (z*)": ("z",),
    "thirteenth round (m*)": ("m",),
    "thirteenth round, second split (o*)": ("o",),
    "fourteenth round (h*)": ("h",),
    "fourteenth round, second split (i*)": ("i",),
    "fifteenth round (j*)": ("j",),
    "fifteenth round, second split (l*)": ("l",),
    "sixteenth round (aa*)": ("aa",),
    "sixteenth round, second split (ab*)": ("ab",),
    "seventeenth round (ac*)": ("ac",),
    "seventeenth round, second split (ad*)": ("ad",),
    "seventeenth round, third split (ae*)": ("ae",),
    "eighteenth round (af*)": ("af",),
    "eighteenth round, second split (ag*)": ("ag",),
    "nineteenth round (ah*)": ("ah",),
    "nineteenth round, second split (ai*)": ("ai",),
    "twentieth round (aj*)": ("aj",),
    "twentieth round, second split (ak*)": ("ak",),
    "twenty-first round (al*)": ("al",),
    "twenty-first round, second split (am*)": ("am",),
    "twenty-second round (an*)": ("an",),
    "twenty-second round, second split (ao*)": ("ao",),
    "twenty-second round, third split (ap*)": ("ap",),
    "twenty-second round, fourth split (aq*)": ("aq",),
    "twenty-second round, fifth split (ar*)": ("ar",),
    "twenty-second round, sixth split (as*)": ("as",),
    "twenty-third round (at*)": ("at",),
    "twenty-third round, second split (au*)": ("au",),
    "twenty-third round, third split (av*)": ("av",),
    "twenty-fourth round (aw*)": ("aw",),
    "twenty-fourth round, second split (ax*)": ("ax",),
    "twenty-fourth round, third split (ay*)": ("ay",),
    "twenty-fourth round, fourth split (az*)": ("az",),
    "twenty-fifth round (ba*)": ("ba",),
    "twenty-fifth round, second split (bb*)": ("bb",),
    "twenty-fifth round, third split (bc*)": ("bc",),
    "twenty-sixth round (bd*)": ("bd",),
    "twenty-sixth round, second split (be*)": ("be",),
    "twenty-seventh round (bf*)": ("bf",),
    "twenty-eighth round (hg*)": ("hg",),
    "twenty-ninth round (hh*)": ("hh",),
    "twenty-ninth round, second split (hi*)": ("hi",),
    "thirtieth round (hj*)": ("hj",),
    "thirtieth round, second split (hk*)": ("hk",),
    "thirty-first round (hl*)": ("hl",),
    "thirty-first round, second split (hm*)": ("hm",),
    "thirty-second round (hn*)": ("hn",),
    "thirty-second round, second split (ho*)": ("ho",),
    "thirty-third round (hp*)": ("hp",),
    "thirty-third round, second split (hq*)": ("hq",),
    "thirty-fourth round (hr*)": ("hr",),
    "thirty-fourth round, second split (hs*)": ("hs",),
    "thirty-fifth round (ht*)": ("ht",),
    "thirty-fifth round, second split (hu*)": ("hu",),
    "thirty-sixth round (hv*)": ("hv",),
    "thirty-sixth round, second split (hw*)": ("hw",),
    "thirty-seventh round (hx*)": ("hx",),
    "thirty-seventh round, second split (hy*)": ("hy",),
    "thirty-eighth round (hz*)": ("hz",),
    "thirty-eighth round, second split (ia*)": ("ia",),
    "thirty-ninth round (ib*)": ("ib",),
    "thirty-ninth round, second split (ic*)": ("ic",),
    "fortieth round (id*)": ("id",),
    "fortieth round, second split (ie*)": ("ie",),
    "forty-first round (if*)": ("if",),
    "forty-first round, second split (ig*)": ("ig",),
    "forty-second round (ih*)": ("ih",),
    "forty-second round, second split (ii*)": ("ii",),
    "forty-third round (ij*)": ("ij",),
    "forty-third round, second split (ik*)": ("ik",),
    "forty-fourth round (il*)": ("il",),
    "forty-fourth round, second split (im*)": ("im",),
    "forty-fifth round (in*)": ("in",),
    "forty-fifth round, second split (io*)": ("io",),
    "forty-sixth round (ip*)": ("ip",),
    "forty-sixth round, second split (iq*)": ("iq",),
    "forty-seventh round (ir*)": ("ir",),
    "forty-seventh round, second split (is*)": ("is",),
    "forty-seventh round, third split (it*)": ("it",),
    "forty-seventh round, fourth split (iu*)": ("iu",),
    "forty-eighth round (iv*)": ("iv",),
    "forty-eighth round, second split (iw*)": ("iw",),
    "forty-eighth round, third split (ix*)": ("ix",),
    "forty-eighth round, fourth split (iy*)": ("iy",),
    "forty-ninth round (iz*)": ("iz",),
    "forty-ninth round, second split (ja*)": ("ja",),
    "forty-ninth round, third split (jb*)": ("jb",),
    "forty-ninth round, fourth split (jc*)": ("jc",),
    "fiftieth round (jd*)": ("jd",),
    "fiftieth round, second split (je*)": ("je",),
    "fiftieth round, third split (jf*)": ("jf",),
    "fiftieth round, fourth split (jg*)": ("jg",),
    "fifty-first round (jh*)": ("jh",),
    "fifty-first round, second split (ji*)": ("ji",),
    "fifty-second round (jj*)": ("jj",),
    "fifty-second round, second split (jk*)": ("jk",),
    "fifty-third round (jl*)": ("jl",),
    "fifty-third round, second split (jm*)": ("jm",),
    "fifty-fourth round (jn*)": ("jn",),
    "fifty-fourth round, second split (jo*)": ("jo",),
    "fifty-fifth round (jp*)": ("jp",),
    "fifty-fifth round, second split (jq*)": ("jq",),
    "fifty-fifth round, third split (jr*)": ("jr",),
    "fifty-fifth round, fourth split (js*)": ("js",),
    "fifty-sixth round (jt*)": ("jt",),
    "fifty-sixth round, second split (ju*)": ("ju",),
    "fifty-seventh round (jv*)": ("jv",),
    "fifty-seventh round, second split (jw*)": ("jw",),
    "fifty-seventh round, third split (jx*)": ("jx",),
    "fifty-seventh round, fourth split (jy*)": ("jy",),
    "fifty-eighth round (jz*)": ("jz",),
    "fifty-eighth round, second split (ka*)": ("ka",),
    "fifty-ninth round (kb*)": ("kb",),
    "fifty-ninth round, second split (kc*)": ("kc",),
    "sixtieth round (kd*)": ("kd",),
    "sixtieth round, second split (ke*)": ("ke",),
    "sixty-first round (kf*)": ("kf",),
    "sixty-first round, second split (kg*)": ("kg",),
    "sixty-second round (kh*)": ("kh",),
    "sixty-second round, second split (ki*)": ("ki",),
    "sixty-third round (kj*)": ("kj",),
    "sixty-third round, second split (kk*)": ("kk",),
    "sixty-fourth round (kl*)": ("kl",),
    "sixty-fourth round, second split (km*)": ("km",),
    "sixty-fifth round (kn*)": ("kn",),
    "sixty-fifth round, second split (ko*)": ("ko",),
    "sixty-sixth round (kp*)": ("kp",),
    "sixty-sixth round, second split (kq*)": ("kq",),
    "sixty-seventh round (kr*)": ("kr",),
    "sixty-seventh round, second split (ks*)": ("ks",),
    "sixty-eighth round (kt*)": ("kt",),
    "sixty-eighth round, second split (ku*)": ("ku",),
    "sixty-ninth round (kv*)": ("kv",),
    "sixty-ninth round, second split (kw*)": ("kw",),
    "seventieth round (kx*)": ("kx",),
    "seventieth round, second split (ky*)": ("ky",),
    "seventy-first round (kz*)": ("kz",),
    "seventy-first round, second split (la*)": ("la",),
    "seventy-second round (lb*)": ("lb",),
    "seventy-second round, second split (lc*)": ("lc",),
    "seventy-third round (ld*)": ("ld",),
    "seventy-third round, second split (le*)": ("le",),
    "seventy-fourth round (lf*)": ("lf",),
    "seventy-fourth round, second split (lg*)": ("lg",),
    "seventy-fifth round (lh*)": ("lh",),
    "seventy-fifth round, second split (li*)": ("li",),
    "seventy-sixth round (lj*)": ("lj",),
    "seventy-sixth round, second split (lk*)": ("lk",),
    "seventy-seventh round (ll*)": ("ll",),
    "seventy-seventh round, second split (lm*)": ("lm",),
    "seventy-eighth round (ln*)": ("ln",),
    "seventy-eighth round, second split (lo*)": ("lo",),
    "seventy-ninth round (lp*)": ("lp",),
    "seventy-ninth round, second split (lq*)": ("lq",),
    "eightieth round (lr*)": ("lr",),
    "eightieth round, second split (ls*)": ("ls",),
}


def round_of(doc: str) -> str | None:
    """The round a passage belongs to: the one of the longest prefix of its name (every first
    letter is taken, so later rounds may name theirs with two letters)."""
    found = [(len(prefix), label) for label, prefixes in ROUNDS.items() for prefix in prefixes if doc.startswith(prefix)]
    return max(found)[1] if found else None


def round_figures(gold: Path, kg: tpg.KnowledgeGraph, out: Path) -> list[str]:
    """Overall precision and recall on the passages of each round."""
    items = json.loads(gold.read_text(encoding="utf-8"))
    lines = []
    for label in ROUNDS:
        chosen = [g for g in items if round_of(g["doc"]) == label]
        if not chosen:
            continue
        out.write_text(json.dumps(chosen, ensure_ascii=False), encoding="utf-8")
        s = tpg.evaluate(out, kg).overall
        docs = len({g["doc"] for g in chosen})
        lines.append(f"  {label}: {docs} passages, {s.gold} required, {s.predicted} edges, precision {s.precision:.2f}, recall {s.recall:.2f}")
    return lines


def summary(name: str, result: Evaluation, docs: int) -> list[str]:
    lines = [f"{name}: {docs} documents, {result.overall.gold} required relations"]
    lines.append(f"  {'relation':<12} {'gold':>5} {'edges':>6} {'found':>6} {'precision':>10} {'recall':>7}")
    for s in (*result.scores, result.overall):
        lines.append(f"  {s.relation:<12} {s.gold:>5} {s.predicted:>6} {s.found:>6} {s.precision:>10.2f} {s.recall:>7.2f}")
    lines.append(f"  traps asserted: {len(result.traps)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", choices=list(SETS), default=list(SETS))
    parser.add_argument("--details", action="store_true", help="print every false positive and miss")
    args = parser.parse_args(argv)
    nlp = load_analyser()
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            folder, given = SETS[name]
            files = gold_files(folder, given)
            if not files:
                print(f"{name}: no gold file in {folder}", file=sys.stderr)
                continue
            gold = merged_gold(files, Path(tmp) / f"{name}.json")
            kg = tpg.build(folder, nlp=nlp, progress=False)
            result = tpg.evaluate(gold, kg)
            print("\n".join(summary(name, result, len(kg.documents))))
            if name != "corpus":
                print("\n".join(entity_figures(kg, folder, gold, args.details)))
                print("\n".join(round_figures(gold, kg, Path(tmp) / f"{name}-round.json")))
            if args.details:
                print(result.report())
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
