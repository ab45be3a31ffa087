"""Every language pack found is checked the same way: its lexicon, examples and annotated sentences."""

import json
import re
import tokenize

import pytest

from nextseason.models import Article
from nextseason.nlp import analyze, normalise, packs
from nextseason.nlp.pack import LEXICON_DEFAULTS
from nextseason.status import installments

PACKS = sorted(packs())


def sentence_items():
    for code in PACKS:
        path = packs()[code].sentences_file
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    yield pytest.param(code, json.loads(line), id=f"{code}:{number}")


def test_indonesian_and_english_are_installed():
    assert {"id", "en"} <= set(PACKS)


@pytest.mark.parametrize("code", PACKS)
def test_pack_has_every_part(code):
    pack = packs()[code]
    assert pack.code == code and pack.name
    assert len(pack.examples) >= 5
    assert pack.sentences_file.exists()
    for name in ("SEASON_NOUNS", "RENEWAL", "CANCELLATION", "RELEASE", "NOT_CONFIRMED", "DENIAL", "HEDGES",
                 "MONTHS", "SEASON_VOCABULARY"):
        assert pack[name], f"{code} defines no {name}"
    assert all(word == word.lower() and " " not in word.strip() or " " in word for word in pack["SEASON_VOCABULARY"])


@pytest.mark.parametrize("code", PACKS)
def test_lexicon_names_are_known(code):
    module = __import__(f"nextseason.nlp.lang.{code}.lexicon", fromlist=["x"])
    defined = {name for name in dir(module) if name.isupper()}
    unknown = defined - set(LEXICON_DEFAULTS) - {"CODE", "NAME"}
    assert not unknown, f"{code} defines names the engine never reads: {sorted(unknown)}"


@pytest.mark.parametrize("code", PACKS)
def test_no_cue_entry_ends_on_a_space(code):
    """Cue lists are matched with a word's end after each entry: one that ends on a space ("per ") can never match
    before a word. The space goes into a lookahead: "per(?= sources)"."""
    module = __import__(f"nextseason.nlp.lang.{code}.lexicon", fromlist=["x"])
    pack = {name: getattr(module, name, LEXICON_DEFAULTS[name]) for name in LEXICON_DEFAULTS}  # (before any suffix)
    cue_lists = ("RENEWAL", "CANCELLATION", "RELEASE", "RELEASED_PAST", "NOT_CONFIRMED", "DENIAL", "NO_COMMENT", "HEDGES",
                 "REPORTED", "RUMOUR", "CAST", "ANNOUNCE", "FINAL_STATEMENTS", "SPEECH_VERBS", "ACCORDING_TO")
    entries = [(name, entry) for name in cue_lists for entry in pack[name]]
    entries += [("PRODUCTION", entry) for stage in pack["PRODUCTION"].values() for entry in stage]
    dead = [(name, entry) for name, entry in entries if re.search(r"(?: |\\s|\[\^\\S\\n\])$", entry)]
    assert not dead, f"{code}: entries that end on a space: {dead}"


@pytest.mark.parametrize("code", PACKS)
def test_no_lexicon_entry_hides_in_a_comment(code):
    """A comment put after an entry swallows the entries that follow it on its line: none may look like one."""
    module = __import__(f"nextseason.nlp.lang.{code}.lexicon", fromlist=["x"])
    with open(module.__file__, "rb") as source:
        comments = [(token.start[0], token.string) for token in tokenize.tokenize(source.readline)
                    if token.type == tokenize.COMMENT]
    hidden = [(line, text) for line, text in comments if re.search(r"(?<![\w])r[\"'][^\"']+[\"'],", text)]
    assert not hidden, f"{code}: entries inside comments: {hidden}"


@pytest.mark.parametrize("code,item", list(sentence_items()))
def test_annotated_sentence(code, item):
    from datetime import date

    article = Article(id="t", text=item["text"], headline=item["text"].split("\n")[0],
                      published=date.fromisoformat(item["published"]), language=code, outlet=item.get("outlet"))
    found = installments(article, analyze(article))
    got = {}
    for installment in found:
        for name in (installment.work, *installment.aliases):
            got[(normalise(name), installment.n)] = installment
    for wanted in item["expect"]:
        key = (normalise(wanted["work"]), wanted["n"])
        assert key in got, f"{wanted['work']} #{wanted['n']} not found in {[(i.work, i.n) for i in found]}"
        installment = got[key]
        assert installment.status == wanted["status"], (installment.status, installment.claims)
        if "platform_response" in wanted:
            assert installment.platform_response == wanted["platform_response"], installment.claims
        if "expected" in wanted:
            assert (installment.expected.when if installment.expected else None) == wanted["expected"]
        if "source" in wanted:  # who said it: one of the installment's claims names this source
            assert wanted["source"] in [c.source for c in installment.claims], installment.claims
        if wanted.get("exact"):  # the work is named by this title itself, not by an alias of a longer one
            assert installment.work == wanted["work"], (installment.work, installment.aliases)
        for spec in wanted.get("claims", []):  # claims it must hold, by the fields given ({"event", "when"})
            assert any(all(getattr(c, k) == v for k, v in spec.items()) for c in installment.claims), \
                (spec, installment.claims)
        for spec in wanted.get("no_claims", []):  # claims it must not hold ({"event": "production"})
            assert not any(all(getattr(c, k) == v for k, v in spec.items()) for c in installment.claims), \
                (spec, installment.claims)
    for name in item.get("not_works", []):  # names the text uses that are no work ("star Ana Lima joins ...")
        assert not any(normalise(name) in {normalise(n) for n in (i.work, *i.aliases)} for i in found), \
            f"{name} taken for a work: {[(i.work, i.n) for i in found]}"
    for spec in item.get("absent", []):  # installments it must not find at all, released ones too
        assert (normalise(spec["work"]), spec["n"]) not in got, f"{spec['work']} #{spec['n']} found"
    wanted_keys = {(normalise(w["work"]), w["n"]) for w in item["expect"]}
    extra = [i for i in found if i.status not in ("released", "unknown")
             and not any((normalise(n), i.n) in wanted_keys for n in (i.work, *i.aliases))]
    assert not extra, f"unexpected installments: {[(i.work, i.n, i.status) for i in extra]}"
