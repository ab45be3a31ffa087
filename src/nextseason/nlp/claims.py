"""Cues, sources and certainty: what a sentence says about an installment, and who says it."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from .gate import GatedPatterns, WordStarts, lower_case
from .pack import Pack, alternation, word_regex
from .platforms import COMPANY_SUFFIXES, PLATFORMS
from .text import Sentence
from .works import OF_WORDS

# a word that opens a noun phrase naming a work: "the", "this", "del", "esta", "cette", "do", "dieser"
# (a definite article not right after "of": "la directrice de la fiction de France 2" is one of the platform's people)
_DETERMINER = (r"(?:(?<!de )(?<!of )(?:the|la|el|los|las|le|les|l['’]|o|os|as|der|die|den|dem)|this|that|its|a|an|um|uma|un|"
               r"une|una|des|ein|eine|einer|einem|esta|este|esa|ese|cette|ce|cet|sa|son|su|sua|seu|essa|esse|del|al|do|da|"
               r"dos|das|du|au|dieser|diese|diesem|ihrer|seiner)")

# Quotations open with one of these marks, stated first so the regex engine skips other characters.
_QUOTE_PAIRS = re.compile(r"[\"“«'‘„](?:(?<=\")[^\"\n]*\"|(?<=“)[^”\n]*”|(?<=«)[^»\n]*»|(?<=')(?<!\w')[^'\n]{12,}'(?![\w])"
                          r"|(?<=‘)[^’\n]{12,}’|(?<=„)[^“”\n]*[“”])")  # (German: „...“)
# A proper name: capitalised words, and the particles between them ("Lee Nak-jun", "Inês de Sá", "La Voz del Sur",
# "Diário do Cais"), each a whole word
# ("J.K. Lee": initials with their dots before a capitalised word)
# a capital of a Latin script, accented ones too ("Álvaro", "Élodie", "Ömer", "Łucja")
_UPPER = "A-ZÀ-ÖØ-ÞŁŚŠŽŻĆČŘ"
_NAME = re.compile(rf"(?:(?:[A-Z]\.){{1,3}}(?=\s+[A-Z])|[{_UPPER}][\w'’.\-]*[\w]|[A-Z])"
                   rf"(?:\s+(?:[{_UPPER}][\w'’\-]*[\w]|(?:de|da|do|dos|das|del|du|des|van|von|bin|binti|al|el)(?=\s+[{_UPPER}])))*")
# a capitalised word after another ("According to Star Daily": the role word opens a name)
_CAPITAL_AFTER = re.compile(r"[^\S\n]+[A-ZÀ-Ý]")
# a person's first name and surname after a word, nothing capitalised after them: " Paul Gerber laufen"
_TWO_NAMES_AFTER = re.compile(r"[^\S\n]+[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[^\S\n]+[A-ZÀ-Ý][a-zà-ÿ'’-]+(?![\w])(?![^\S\n]+[A-ZÀ-Ý])")


# a number of people before a word for them ("3 juta", "10 million", "2 millions de", "1,5 Millionen")
_COUNTED = re.compile(r"\d[\d.,]*(?:[^\S\n]*(?:juta|ribu|rb|miliar|million|millions|mil|milhões|millones|Millionen|Mio\.|k|M))?"
                      r"[^\S\n]+(?:(?:de|d['’]|of)[^\S\n]*)?$")
# a possessive before a word for the audience: "su audiencia", "its audience" (the show's own, no one who speaks)
_OWN_AUDIENCE = re.compile(r"(?<![\w])(?i:its|their|su|sus|seu|sua|seus|suas|son|sa|ses|leur|leurs|ihr|ihre|ihren|ihrem|seine|seinen|"
                           # (a name of them between: "showering its Animation Domination fans with love")
                           r"seinem)[^\S\n]+(?:[A-ZÀ-Ý][\w'’-]*[^\S\n]+){0,3}$")

# a word of giving before the audience: "les quitó la esperanza a los fanáticos", "a message to fans", "aux fans" (they
# are told, they do not tell)
_TO_AUDIENCE = re.compile(r"(?<![\w])(?i:a los|a las|aux|à|aos|às|to|to the|to all|kepada|kepada para|bagi|bagi para|buat|buat para|untuk|untuk para)"
                          r"(?:[^\S\n]+(?i:its|their|his|her|sus|ses|seus|suas|leurs))?[^\S\n]+$")
# ... or of winning them: "drama que conquistou muitos fãs", "a show that won over legions of fans" (the fans are
# what it won, they say nothing)
_WON_AUDIENCE = re.compile(r"(?<![\w])(?i:conquist(?:ou|aram|a)|ganh(?:ou|aram)|atrai(?:u|ram)?|conquistó|ganó|atrajo|won(?: over)?|"
                           r"wins(?: over)?|gained|attracted|a conquis|a séduit|gewann|meraih|memikat|menarik perhatian|mencuri perhatian|"
                           # (or of taking them by surprise: "taking viewers of the popular drama by surprise")
                           r"taking|took|caught|catching|surprising|surprised|delighting|delighted|thrilling|thrilled|shocking|shocked)"
                           r"(?:[^\S\n]+(?i:muitos|muitas|many|legions of|a legion of|new|novos|tantos|muchos|nombreux|de nombreux|"
                           r"banyak|viele|a lot of|lots of))?[^\S\n]+$")
# the of-words in the few words of an office after a role word, before the platform's name ("director de producción
# original de Movistar+", "head of content at Netflix"), and what may follow that name: the phrase's end
_OFFICE_OF = re.compile(r"[^\S\n]+(?:de|del|da|do|of|at|di|von|bei|chez)[^\S\n]+(?:(?:la|el|the|o|a)[^\S\n]+)?")
_OFFICE_WORDS_GAP = re.compile(r"(?:[^\S\n]+[a-zà-ÿ]+){0,3}")
_OFFICE_END = re.compile(r"[^\S\n]*(?:[,.;:)]|$)")
_ROLE_WORDS = {"platform": "PLATFORM_WORDS", "creator": "CREATOR_WORDS", "crew": "CREW_WORDS", "cast": "CAST_WORDS",
               "fans": "FAN_WORDS", "media": "MEDIA_WORDS"}


# a kind of programme right after "TV": "Cherished TV Shows", no company "Cherished TV"
_TV_PROGRAMMES = re.compile(r"[^\S\n]+(?:shows?|series|dramas?|comed(?:y|ies)|sitcoms?|programs?|programmes?)(?![\w])", re.IGNORECASE)
# the small words a Title Case headline capitalises, which no company name holds in capitals
_TITLE_CASE_FUNCTION_WORDS = frozenset({"Of", "For", "And", "Or", "In", "On", "To", "With", "That", "Is", "Are", "Has", "Have", "From"})


@dataclass(frozen=True)
class Cue:
    """A cue word found in the text: its category, stage (for production) and span."""

    category: str
    start: int
    end: int
    stage: str | None = None


@dataclass(frozen=True)
class Source:
    """Someone named in a sentence who may assert a claim."""

    start: int
    end: int
    name: str | None
    role: str
    credit: bool = False  # named by a credit ("directed by X"): who the person is, not someone who asserts
    owner: bool = False  # a platform named as the work's owner ("Netflix's drama"), a source only where no one else is


_THE_BEFORE = re.compile(r"(?<![\w])the[^\S\n]+$", re.IGNORECASE)


class CueFinder:
    """Every cue category of one (merged) pack, compiled once, run over a whole article."""

    def __init__(self, pack: Pack):
        fragments = {
            "renewal": pack["RENEWAL"], "cancellation": pack["CANCELLATION"], "release": pack["RELEASE"],
            "cast": pack["CAST"], "released_past": pack["RELEASED_PAST"], "begun": pack["BEGUN"],
            "future": pack["FUTURE_MARKERS"],
            "negation": pack["NEGATIONS"], "future_negation": pack["FUTURE_NEGATIONS"],
            "not_confirmed": pack["NOT_CONFIRMED"], "denial": pack["DENIAL"], "no_comment": pack["NO_COMMENT"],
            "hedge": pack["HEDGES"], "reported": pack["REPORTED"], "rumour": pack["RUMOUR"],
            "forward_source": pack["FORWARD_SOURCE"], "according_to": pack["ACCORDING_TO"],
            "speech": pack["SPEECH_VERBS"], "final_statement": pack["FINAL_STATEMENTS"],
            "retraction": pack["RETRACTION"], "officially": pack["OFFICIALLY"], "unofficially": pack["UNOFFICIALLY"],
            "superseded": pack["SUPERSEDED"],
            "habitual": pack["HABITUAL"], "credit": pack["CREDIT_WORDS"], "promptly": pack["PROMPTLY"],
            "date_later": pack["DATE_LATER"], "decision_pair": pack["DECISION_PAIRS"],
            "previous_season": pack["PREVIOUS_SEASON"],
        }
        for stage, words in pack["PRODUCTION"].items():
            fragments[f"production:{stage}"] = words
        # the words that name who speaks ("role:creator") are found in the same pass (see `find`)
        for role, words in _ROLE_WORDS.items():
            fragments["role:" + role] = pack[words]
        self.gated = GatedPatterns(fragments)
        self.roles = {role: word_regex(pack[words]) for role, words in _ROLE_WORDS.items()}
        self.announce = re.compile(alternation(pack["ANNOUNCE"]), re.IGNORECASE)
        # "its cancellation", "canceled series": a cancellation named, not stated
        self.nominal_cancellation = re.compile(alternation(pack["NOMINAL_CANCELLATION"]), re.IGNORECASE)
        self.platforms = re.compile(r"(?<![\w])(?:" + alternation(PLATFORMS) + r")(?![\w+])")
        # "Lena Fox, who plays the lead in Copper Hill, said": the name before a clause of the part it plays is cast,
        # its clause up to the next comma hers (not "Fox" the network, nor a "lead" of no name)
        self.role_clause = re.compile(r"(?:" + alternation(pack["ROLE_CLAUSES"]) + r")(?![\w])[^,.;:!?\n]{0,60}", re.IGNORECASE) \
            if pack["ROLE_CLAUSES"] else None
        # who may be named, found once per article at the word starts that can begin a name (see gate.py)
        self.platform_gate = GatedPatterns({"platform": PLATFORMS}, case_sensitive=True, after_hyphen=True,
                                           tail=r"(?![\w+])")
        # a company name ends in one of these words: a sentence without them names no company
        self.company_words = re.compile(alternation(COMPANY_SUFFIXES + ["Estudios", "Estúdios"]))
        self.company = re.compile(r"(?:[A-Z][\w'’&.-]*[^\S\n]+){1,4}(?:" + alternation(COMPANY_SUFFIXES) + r")(?![\w])"
                                  r"|(?:Studio|Studios|Estudios|Estúdios)[^\S\n]+[A-Z](?:[\w'’&.-]*[\w&])?")  # not its full stop
        self.common = {w.lower() for w in pack["COMMON_CAPITALISED"]}
        # ... and a Title Case headline's verb before a company's last word opens no name ("Sutradara Ungkap Film
        # Jalan Pulang 2 Digarap": no company "Ungkap Film")
        self.headline_verbs = self.common | {w.lower() for w in pack["TITLE_CASE_VERBS"]}
        # an office held at a company, capitalised before its name: "CEO MD Entertainment" names the company
        self.office = re.compile(alternation(pack["OFFICE_WORDS"]), re.IGNORECASE) if pack["OFFICE_WORDS"] else None
        self.months = {m.lower() for m in pack["MONTHS"]}
        # "on another streamer": no platform named; "his agency Blue Star Entertainment": the cast's side
        self.another = re.compile(r"(?<![\w])" + alternation(pack["ANOTHER_WORDS"]) + r"[^\S\n]+$", re.IGNORECASE)
        self.close_to = re.compile(r"(?<![\w])" + alternation(pack["CLOSE_TO_WORDS"]), re.IGNORECASE) \
            if pack["CLOSE_TO_WORDS"] else None
        # "perwakilan agensi", "a spokesperson for her agency": the one who speaks for an actor's agency is the cast's side
        self.agency_after = re.compile(r"[^\S\n]+(?:(?:for|of|from|at|dari|de|du|da|do|der|des|von|la|le|el|the|her|his|their|"
                                       r"sa|su|sua|seu|ihrer|seiner)[^\S\n]+){0,2}" + alternation(pack["AGENCY_WORDS"]) + r"(?![\w])",
                                       re.IGNORECASE) if pack["AGENCY_WORDS"] else None
        # ("Agensi aktor Jung Ha-rin, Blossom Entertainment, membantah": the actor named between)
        self.agency_before = re.compile(r"(?<![\w])" + alternation(pack["AGENCY_WORDS"])
                                        + r"(?:[^\S\n]+[\w-]+){0,4}?[^\S\n]*,?[^\S\n]*(?:\w+[^\S\n]+)?$", re.IGNORECASE)
        self.venue = re.compile(r"(?<![\w])" + alternation(pack["VENUE_PREPOSITIONS"]) + r"[^\S\n]+$", re.IGNORECASE)
        # "the newsletter Studio Ledger": a company-like name right after a word for an outlet is the outlet
        self.media_before = re.compile(r"(?<![\w])" + alternation(pack["MEDIA_WORDS"]) + r"[^\S\n]+$", re.IGNORECASE) \
            if pack["MEDIA_WORDS"] else None
        # ("ao jornal O Globo": a platform's name that is an outlet's, its article between)
        self.media_article_before = re.compile(r"(?<![\w])" + alternation(pack["MEDIA_WORDS"]) + r"[^\S\n]+\w{1,3}[^\S\n]+$",
                                               re.IGNORECASE) if pack["MEDIA_WORDS"] else None
        # "afirmou em entrevista ao podcast Cena Aberta que ...", "said in an interview with the podcast ...": the outlet
        # is where the one named before spoke, no source of its own
        self.interview_before = re.compile(r"(?<![\w])" + alternation(pack["INTERVIEW_WORDS"])
                                           + r"[^\S\n]+(?:[\w'’]+[^\S\n]+){0,3}$", re.IGNORECASE) if pack["INTERVIEW_WORDS"] else None
        self.asked_by = re.compile(r"(?<![\w])" + alternation(pack["ASKED_BY"]) + r"(?:[^\S\n]+\w+)?[^\S\n]+$", re.IGNORECASE) \
            if pack["ASKED_BY"] else None
        # "Menurut Star Daily", "According to Star Daily": a capitalised role word right after "according to" opens
        # the outlet's name
        self.according_before = re.compile(r"(?<![\w])" + alternation(pack["ACCORDING_TO"]) + r"[^\S\n]+$", re.IGNORECASE) \
            if pack["ACCORDING_TO"] else None
        # "der RTL+-Serie", "der ZDF-Krimi": a platform joined to a kind of work owns it and says nothing (not
        # "ZDF-Sprecherin")
        self.owned_kind = re.compile(r"-(?:" + alternation(pack["TYPE_NOUNS"]) + r")(?![\w])", re.IGNORECASE) \
            if pack["TYPE_NOUNS"] else None
        # "the star of Netflix's royal drama said", "Netflix's 'Harbor Lights' ..., its creator said": a platform
        # whose work follows its possessive speaks only when no one else in the sentence does ("Netflix's hit
        # series has been renewed" is its own renewal; "Netflix's head of drama" is its own people)
        self.possessive_owner = re.compile(r"['’]s[^\S\n]+(?:[\"'“‘]|(?:(?!(?:of|for|at|in)[^\S\n])[\w-]+[^\S\n]+){0,2}(?:"
                                           + alternation(pack["TYPE_NOUNS"]) + r")(?![\w]))", re.IGNORECASE) \
            if pack["TYPE_NOUNS"] else None
        # "la creadora del drama juvenil de Disney+", "Esta serie argentina de Disney+": a platform after a kind of work,
        # maybe a word or two describing it, and "of", owns it
        # (the kind after a determiner: not "la directora de ficción de Movistar Plus+", the platform's own people)
        self.kind_of_owner = re.compile(r"(?<![\w])" + _DETERMINER + r"[^\S\n]+(?:" + alternation(pack["TYPE_NOUNS"]) + r")(?:[^\S\n]+[\w-]+){0,2}?[^\S\n]+"
                                        + OF_WORDS + r"[^\S\n]+(?:(?:the|la|el|a|o|die)[^\S\n]+)?$", re.IGNORECASE) \
            if pack["TYPE_NOUNS"] else None
        # "The period drama from creator Miriam Okoye averaged ...": a work credited to someone, who says nothing here
        self.credited_kind = re.compile(r"(?<![\w])" + _DETERMINER + r"[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:" + alternation(pack["TYPE_NOUNS"])
                                        + r")[^\S\n]+(?:from|by|de|del|da|do|von|dari|oleh)[^\S\n]+$", re.IGNORECASE) \
            if pack["TYPE_NOUNS"] else None
        # "Les abonnés de Disney+ espéraient ...", "Netflix's subscribers": the platform whose audience hopes is no speaker
        self.audience_of = re.compile(r"(?<![\w])(?:" + alternation(pack["FAN_WORDS"]) + r")[^\S\n]+" + OF_WORDS
                                      + r"[^\S\n]+(?:(?:the|la|el|a|o|die)[^\S\n]+)?$", re.IGNORECASE) if pack["FAN_WORDS"] else None
        # "the cast and crew of the Apple TV+ drama": a platform before the kind of work, after "the", owns it
        self.attributive_owner = re.compile(r"[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:" + alternation(pack["TYPE_NOUNS"]) + r")(?![\w])",
                                            re.IGNORECASE) if pack["TYPE_NOUNS"] else None
        # "Pasalnya serial Netflix tersebut akan lanjut", "la série Netflix": a platform right after a kind of work owns it
        self.kind_before_owner = re.compile(r"(?<![\w])" + alternation(pack["OWNING_KINDS"]) + r"[^\S\n]+$", re.IGNORECASE) \
            if pack["OWNING_KINDS"] else None
        # "renewed for a third season at Hulu", "cancelada tras dos temporadas en Netflix": who decided
        self.decided_at = re.compile(r"(?<![\w])" + alternation(pack["DECIDED_PARTICIPLES"]) + r"(?![\w])[^,;.!?\n]{0,50}?"
                                     + alternation(pack["VENUE_PREPOSITIONS"]) + r"[^\S\n]+$", re.IGNORECASE) \
            if pack["DECIDED_PARTICIPLES"] else None
        # "wurde bei Netflix um eine zweite Staffel verlängert": the participle at the clause's end, after the platform
        self.decided_after = re.compile(r"[^,;:.!?\n]{0,60}?(?<![\w])" + alternation(pack["DECIDED_PARTICIPLES"])
                                        + r"(?![\w])(?=[^\S\n]*(?:[,;:.!?\n]|$))", re.IGNORECASE) \
            if pack["DECIDED_PARTICIPLES"] else None
        # "berlanjut hingga musim ketiga", "renewed through season 5": a renewal that runs up to a season
        self.through = re.compile(r"[^\S\n]+(?:[\w'’]+[^\S\n]+){0,3}" + alternation(pack["THROUGH"]) + r"[^\S\n]+(?:\w+[^\S\n]+)?",
                                  re.IGNORECASE) if pack["THROUGH"] else None
        # clause breaks: punctuation, and the words that join a contrast ("but", "namun", "pero")
        # (a comma inside a closing quote too: 'Netflix has renewed "Saltwater Saints," Variety reports')
        # ("the script is finished and he hopes to start filming next year": "and" before a person's pronoun opens a
        # clause of its own, a hope that is not the script's)
        # (so does "and" before the fans or viewers as the subject: "... since its launch in March and fans already want
        # to know if they will see a second season", where the second season is no launch's)
        subject_and = rf"|\s{alternation(pack['CLAUSE_AND'])}\s(?={alternation(pack['SUBJECT_PRONOUNS'] + pack['SUBJECT_NOUNS'])}\s)" \
            if pack["CLAUSE_AND"] and pack["SUBJECT_PRONOUNS"] else ""
        self.clause_break = re.compile(r"[;:—–]|,[\"”’]?\s|\s" + alternation(pack["CLAUSE_BREAK_WORDS"]) + r"\s" + subject_and,
                                       re.IGNORECASE)
        self.clause_break_lower = lower_case(self.clause_break)  # for the text in lower case (WordStarts.lowered)
        # "rumah produksi Sinemaku", "the studio Blue Haven" (an acronym like "PH" keeps its case)
        company_words = pack["COMPANY_ROLE_WORDS"]
        acronyms = [w for w in company_words if w.isupper()]
        self.company_role = re.compile(
            rf"(?i:(?:{alternation(pack['SOURCE_DETERMINERS'])}[^\S\n]+)?{alternation([w for w in company_words if not w.isupper()])})"
            + (rf"|{alternation(acronyms)}" if acronyms else ""))
        # ("indicó a este periódico una portavoz": the outlet spoken to, not who speaks)
        # ("afirmou ao jornal O Globo", "told the magazine Screen Weekly": a word for the outlet may come between)
        article = rf"(?:[^\S\n]+(?:{alternation(pack['SOURCE_DETERMINERS'])}))?" if pack["SOURCE_DETERMINERS"] else ""
        media_word = r"(?:[^\S\n]+(?:" + alternation(pack["MEDIA_WORDS"]) + r")" + article + r")?" if pack["MEDIA_WORDS"] else ""
        self.addressee = re.compile(r"(?<![\w])" + alternation(pack["ADDRESSEE_WORDS"]) + r"(?:[^\S\n]+(?:the|this|our|para|este|esta|"
                                    r"nuestro|nuestra|ce|cette|notre|diesem|dieser|unserem|unserer|nosso|nossa))?" + media_word
                                    + r"[^\S\n]+$", re.IGNORECASE) if pack["ADDRESSEE_WORDS"] else None
        # "la serie de Netflix", "a série da TVI": a platform named as the work's owner, not as one who speaks
        # (an adjective may come between: "o drama familiar do Globoplay", "la comedia romántica de Netflix")
        self.owner_before = re.compile(r"(?<![\w])" + alternation(pack["TYPE_NOUNS"]) + r"(?:[^\S\n]+[^\W\d]+)?" + _OF_OWNER.pattern + "$",
                                       re.IGNORECASE) \
            if pack["TYPE_NOUNS"] else None
        # ... and a quoted one: 'sagte Showrunner Felix Brandauer dem „Spiegel“'
        # ("contou ao podcast "Papo de Set"", "told the podcast 'Set Talk'": a word for the outlet may come between)
        media = r"(?:[^\S\n]+(?:" + alternation(pack["MEDIA_WORDS"]) + r"))?" if pack["MEDIA_WORDS"] else ""
        self.addressee_quoted = re.compile(r"(?<![\w])" + alternation(pack["ADDRESSEE_WORDS"]) + media
                                           + r"[^\S\n]+[\"'“‘«„][^\S\n]?$", re.IGNORECASE) if pack["ADDRESSEE_WORDS"] else None
        # attribution: a condition, the agent of a passive, a report and its outlet, a wish and its fans
        self.condition = re.compile(r"(?<![\w])" + alternation(pack["CONDITION_WORDS"]) + r"[^\S\n]+[^,;:.!?\n]*$",
                                    re.IGNORECASE) if pack["CONDITION_WORDS"] else None
        from_words = alternation(pack["FROM_WORDS"])
        determiners = rf"(?:{alternation(pack['SOURCE_DETERMINERS'])}[^\S\n]+){{0,2}}"
        # "renewed by Hulu"; "fue confirmada por el director de contenidos de Atresmedia": the platform's own people
        # ("dibantah oleh sang produser, Dimas Wijaya", "denied by the producer": a determiner before the one named)
        self.passive_agent = re.compile(r"(?<![\w])" + alternation(pack["PASSIVE_AGENT"]) + r"(?:[^\S\n]+(?i:" + determiners
                                        + r")$|[^\S\n]+(?i:"
                                        + determiners + alternation(pack["PLATFORM_WORDS"]) + ")" + _OF.pattern + "$)")
        # ... and one right after the verb, its kind before its name: "diumumkan stasiun televisi SBS"
        self.agent_kind = re.compile(r"[^\S\n]+(?i:" + determiners + alternation(pack["PLATFORM_WORDS"]) + r")[^\S\n]+")
        report = alternation(pack["REPORT_NOUNS"])
        # (the outlet's name in quotes: 'Laut einem Bericht von „Bild“')
        # (a day before the noun: "according to a May 20 report by Sports Kyunghyang")
        dated = r"(?:[^\W\d]+[^\S\n]+\d{1,2}(?:st|nd|rd|th)?[^\S\n]+)?"
        self.report_from = re.compile(rf"[^\S\n]+{determiners}{dated}{report}[^\S\n]+{from_words}[^\S\n]+[\"“„«»‘']?",
                                      re.IGNORECASE)
        self.report_noun = re.compile(rf"(?<![\w])(?:{report})(?:s|e|n|en)?(?![\w])", re.IGNORECASE)  # "denied reports that"
        self.report_by = re.compile(rf"(?i:{report})s?[^\S\n]+(?i:{from_words})[^\S\n]+({_NAME.pattern})")
        self.fans_of = re.compile(rf"[^\S\n]+(?:{from_words}[^\S\n]+)?{determiners}", re.IGNORECASE)
        # ("the show's producers, Kip Lane and Liza Marr": a second name joined to the one after a role word)
        self.joined_name = re.compile(r",?[^\S\n]+" + alternation(pack["CLAUSE_AND"]) + r"[^\S\n]+(" + _NAME.pattern + ")") \
            if pack["CLAUSE_AND"] else None
        # "and" with up to two words before a season expression: where a second clause may begin
        self.joint = re.compile(r"[^\S\n]" + alternation(pack["CLAUSE_AND"]) + r"[^\S\n]+(?:[\w'’]+[^\S\n]+){0,2}$",
                                re.IGNORECASE) if pack["CLAUSE_AND"] else None

    def _joined_name(self, text: str, name: str, start: int, end: int) -> tuple[int, int] | None:
        """Where a person's name of two words or more stands, joined by "and" to `name` in text[start:end]."""
        at = text.find(name, start, end)
        joined = self.joined_name.match(text, at + len(name), end) if at >= 0 and self.joined_name is not None else None
        if joined is None or " " not in joined.group(1) or self.platforms.match(joined.group(1)):
            return None
        return joined.start(1), joined.end(1)

    def find(self, text: str, words: WordStarts | None = None) -> CueIndex:
        """All cues of the article, indexed by position, and the places that may name a source."""
        words = words if words is not None else WordStarts(text)
        cues: list[Cue] = []
        found: dict[str, list[tuple[int, int]]] = {"role:" + role: [] for role in _ROLE_WORDS}
        found["platform"] = [(start, end) for _, start, end in self.platform_gate.scan(text, words)]
        for name, start, end in self.gated.scan(text, words):
            if name.startswith("role:"):
                found[name].append((start, end))
            elif name.startswith("production:"):
                cues.append(Cue("production", start, end, name.split(":", 1)[1]))
            else:
                cues.append(Cue(name, start, end))
        # "wasted no time renewing it", "n'a pas tardé à": the negation inside says it was done at once
        promptly = [(c.start, c.end) for c in cues if c.category == "promptly"]
        if promptly:
            cues = [c for c in cues if c.category != "promptly" and not (
                c.category in ("negation", "future_negation", "not_confirmed") and any(s <= c.start and c.end <= e for s, e in promptly))]
        unlisted = set(self.gated.everywhere) | set(self.platform_gate.everywhere)
        # a name whose words cannot be listed is left to its regex, sentence by sentence
        named = {name: ([a for a, _ in spans], spans) for name, spans in found.items() if name not in unlisted}
        return CueIndex(cues, named)

    def _interviewer(self, text: str, s: int, start: int) -> bool:
        """Whether the outlet at `start` is the one someone spoke to in an interview ("afirmou em entrevista ao podcast
        Cena Aberta que ...", "em entrevista ao jornal O Globo")."""
        return self.interview_before is not None and self.interview_before.search(text, max(s, start - 40), start) is not None

    def _venue(self, text: str, s: int, e: int, start: int, end: int) -> bool:
        """Whether the platform at `start:end` is where something streams ("premieres on Hulu"), not who decided."""
        return self.venue.search(text, max(s, start - 12), start) is not None and not (
            self.decided_at is not None and self.decided_at.search(text, max(s, start - 80), start) is not None
            or self.decided_after is not None and self.decided_after.match(text, end, e) is not None)

    def _employer(self, text: str, end: int, limit: int) -> str | None:
        """The platform a role word's office is at, named right after a few words of the office and an of-word, its
        name ending the phrase ("director de producción original de Movistar+,"); else None."""
        for of in _OFFICE_OF.finditer(text, end, min(limit, end + 50)):
            if _OFFICE_WORDS_GAP.fullmatch(text, end, of.start()) is None:
                break
            platform = self.platforms.match(text, of.end(), limit)
            if platform is not None and _OFFICE_END.match(text, platform.end(), limit) is not None:
                return platform.group()
        return None

    def sources(self, text: str, sentence: Sentence, known_platform: str | None,
                titles: list[tuple[int, int]] | tuple[()] = (), named: dict | None = None) -> list[Source]:
        """Who is named in the sentence: platforms, companies, creators, cast, fans, outlets.

        `named`: the article's CueIndex.named, when found already (else each pattern scans the sentence).
        """
        s, e = sentence.start, sentence.end
        found: list[Source] = []
        held: list[tuple[int, int]] = []  # the platform's own people, where the platform is named already
        owners: list[Source] = []  # the platforms that own a work named after them ("Netflix's drama")

        def taken(position: int) -> bool:
            # "Lantern Star" is a title, not a star; "Neither Studio Lumo" names the studio
            # ("o diretor de programas da RTP1": the platform's director, not a film's)
            return any(f.start <= position < f.end for f in found) or any(a <= position < b for a, b in titles) \
                or any(a <= position < b for a, b in held) or any(o.start <= position < o.end for o in owners)

        def spans(name: str, regex: re.Pattern) -> list[tuple[int, int]]:
            within = spans_within(named[name], s, e) if named is not None and name in named else None
            if within is not None:
                return within
            return [(m.start(), m.end()) for m in regex.finditer(text, s, e)]

        # ("Actress Megan Fox said", "star Max Irons": a person's name right after a role word, a platform's name at its
        # end, is the person's, not the platform's)
        platform_spans = spans("platform", self.platforms)
        for role in ("cast", "creator", "crew") if platform_spans else ():
            for start, end in spans("role:" + role, self.roles[role]):
                after = _AFTER_ROLE.match(text, end, e)
                person = _NAME.match(text, after.end() if after else end, e)
                if person is None or " " not in person.group():
                    continue
                inside = self.platforms.search(person.group())
                if inside is not None and (inside.start() > 0 or inside.end() < len(person.group())):
                    held.append((person.start(), person.end()))
        if self.role_clause is not None:
            for m in self.role_clause.finditer(text, s, e):
                person = next((n for n in _NAME.finditer(text, max(s, m.start() - 40), m.start()) if n.end() == m.start()), None)
                if person is not None and len(person.group().split()) >= 2 and not taken(person.start()):
                    # (without its role word: "Actor Marcus Hale, who plays Ruiz": Marcus Hale)
                    first, _, rest = person.group().partition(" ")
                    role_word = " " in rest and any(self.roles[r].fullmatch(first) for r in ("cast", "crew", "creator"))
                    found.append(Source(person.start(), m.end(), rest if role_word else person.group(), "cast"))
        venues = []
        for start, end in platform_spans:
            # "tayang di Netflix", "premieres on Hulu": the platform is where, not who
            if taken(start) or self.owned_kind is not None and self.owned_kind.match(text, end, e):
                continue
            # (or a title right after its possessive: "The author behind HBO's The Winter Ledger has said ...")
            if self.possessive_owner is not None and self.possessive_owner.match(text, end, e) or (
                    text[end:end + 3] in ("'s ", "’s ") and any(a == end + 3 for a, _ in titles)
                    and not self._venue(text, s, e, start, end)) or (
                    self.attributive_owner is not None and self.attributive_owner.match(text, end, e)
                    and _THE_BEFORE.search(text, max(s, start - 8), start)) or (
                    self.kind_of_owner is not None and self.kind_of_owner.search(text, max(s, start - 50), start)) or (
                    self.audience_of is not None and self.audience_of.search(text, max(s, start - 40), start)) or (
                    self.kind_before_owner is not None and self.kind_before_owner.search(text, max(s, start - 30), start)):
                owners.append(Source(start, end, text[start:end], "platform", owner=True))
                continue
            if self.media_article_before is not None and self.media_article_before.search(text, max(s, start - 24), start):
                if not self._interviewer(text, s, start):
                    found.append(Source(start, end, text[start:end], "media"))
                continue
            # ("COPPER & QUILL (Hulu) — IN TALKS": the platform in brackets after a title is where it streams)
            if text[start - 1:start] == "(" and text[end:end + 1] == ")" and \
                    any(0 <= start - 1 - b <= 3 and not text[b:start - 1].strip(" \"'”“»’") for _, b in titles):
                venues.append(text[start:end])
            elif self._venue(text, s, e, start, end):
                venues.append(text[start:end])
            else:
                found.append(Source(start, end, text[start:end], "platform"))
        if self.company_words.search(text, s, e):
            for m in self.company.finditer(text, s, e):
                words = m.group().split()
                while words and (words[0].lower() in self.headline_verbs
                                 or self.office is not None and self.office.fullmatch(words[0]) is not None):
                    words.pop(0)
                # (nor a Title Case headline's function word: "List Of TV Shows Renewed ...", no company "List Of TV")
                small = max((i for i, w in enumerate(words[:-1]) if w in _TITLE_CASE_FUNCTION_WORDS), default=-1)
                words = words[small + 1:]
                # (nor "TV" before a kind of programme: "Cherished TV Shows Networks Let Go", no company "Cherished TV")
                if words and words[-1] == "TV" and _TV_PROGRAMMES.match(text, m.end()) is not None:
                    continue
                # ("arrives on Apple TV on June 11": a company, too, is where, not who)
                if len(words) >= 2 and not taken(m.start()) and not self._venue(text, s, e, m.start(), m.end()):
                    # "his agency Blue Star Entertainment", "Agensinya, Blue Star Entertainment": the actor's side
                    agency = self.agency_before.search(text, max(s, m.start() - 50), m.start()) is not None
                    outlet = self.media_before is not None and \
                        self.media_before.search(text, max(s, m.start() - 20), m.start()) is not None
                    found.append(Source(m.start(), m.end(), " ".join(words),
                                        "cast" if agency else "media" if outlet else "platform"))
        for role, regex in self.roles.items():
            for start, end in spans("role:" + role, regex):
                if taken(start):
                    continue
                if self.asked_by is not None and self.asked_by.search(text, max(s, start - 40), start):
                    continue  # ("consultadas por este medio": the outlet asked, the sources speak)
                # (the role word alone is the role: German capitalises it, "Kinostart ist laut Verleih an Weihnachten")
                # (but not a person's name of two words after it: "Laut Regisseur Paul Gerber laufen Gespräche")
                if role != "media" and text[start].isupper() and self.according_before is not None and \
                        self.according_before.search(text, max(s, start - 30), start) and _CAPITAL_AFTER.match(text, end, e) \
                        and _TWO_NAMES_AFTER.match(text, end, e) is None:
                    continue
                if role == "media" and self._interviewer(text, s, start):
                    continue
                if role in ("creator", "crew", "cast") and self.credited_kind is not None and \
                        self.credited_kind.search(text, max(s, start - 50), start):
                    continue
                if role == "fans" and _COUNTED.search(text, max(s, start - 30), start):
                    continue  # "meraup 3 juta penonton", "10 million viewers": a count of them, not their word
                if role == "fans" and _OWN_AUDIENCE.search(text, max(s, start - 40), start):
                    continue  # "había perdido un tercio de su audiencia": the show's audience, which says nothing
                if role == "fans" and (_TO_AUDIENCE.search(text, max(s, start - 20), start)
                                       or _WON_AUDIENCE.search(text, max(s, start - 30), start)):
                    continue
                name = _name_near(text, start, end, s, e)
                if name and " " in name:
                    # ("Actor Milo Grant Says Season 2 ...": a Title Case headline's verb ends the name)
                    words = name.split()
                    cut = next((k for k in range(1, len(words)) if self.announce.fullmatch(words[k])), None)
                    name = " ".join(words[:cut]) if cut is not None else name
                if name is not None and role == "media" and self.platforms.fullmatch(name) is not None and \
                        "," in text[end:max(end, text.find(name, end, e))]:
                    name = None  # ("Selon plusieurs médias, TF1 aurait commandé ...": the subject after the comma)
                if name is None and role == "media":
                    # ('das US-Branchenblatt „Deadline“', "el diario «La Crónica»": an outlet's name in quotation marks)
                    quoted = _QUOTED_NAME.match(text, end, e)
                    name = quoted.group(1) if quoted is not None else None
                    # ("Selon nos confrères du Parisien": the outlet after "of", its article folded into "du")
                    outlet_of = _OUTLET_OF.match(text, end, e) if name is None else None
                    if outlet_of is not None:
                        name = _FOLDED_ARTICLES.get(outlet_of.group(1).lower(), "") + outlet_of.group(2)
                # "Sutradara Lentera Senja, Bayu Pratama", "the director of Harbor Nine, Ana Ruiz": the work's
                # director, named after its title
                of = _OF.match(text, end, e)
                # ("Penulis novel asli drama X (응급실), Lee Han-seo": or the title a few words on, no name nearer)
                # ('O criador da série "Mar de Dentro", Paulo Vasconcelos': the kind of work may stand between)
                title_at = text.find(name, end, e) if name else (next(
                    (a for a, _ in titles if 0 <= a - of.end() <= 14), of.end()) if of else next(
                    (a for a, _ in titles if 0 <= a - end <= 12), -1))
                # "A autora de 'Maré Mansa', Clara Nunes", "la créatrice des « Feux du port », Dana Morel"
                while 0 <= title_at < e and text[title_at] in "'\"“‘«„\u00a0 ":
                    title_at += 1
                title = next(((a, b) for a, b in titles if a <= title_at < b), None)
                if title is not None and title_at - end <= 12:
                    after = _APPOSITIVE_NAME.match(text, title[1], e)
                    # ("Kim Ji-ho, sutradara Bulan di Atas Pelabuhan, memastikan ...": else the name before the role)
                    before = _NAME_BEFORE_ROLE.search(text, s, start) if after is None else None
                    name = after.group(1) if after else before.group(1) if before else None
                if name and (name.lower() in self.months or name.lower() in self.common):
                    name = None  # "out in July, the showrunner said", "kepada wartawan, Selasa": no one's name
                if name is None and role == "crew" and text[end - 1:end].lower() == "s":
                    continue  # ("with Taylor Sheridan among the executive producers": the crew in the plural, no one named)
                if name and titles:
                    # "a second season of The Neighbours, the creator said": the work before the role is no name
                    at = text.rfind(name, s, start)
                    if at >= 0 and any(a <= at < b for a, b in titles) and text.find(name, end, e) < 0:
                        name = None
                    # ("Kreator Pastikan The Bitter Orchard Tamat di Season 3": a headline's capitals after the role,
                    # a title among them, are no one's name)
                    name_at = text.find(name, end, e) if name else -1
                    if name and name_at >= 0 and any(name_at < b and a < name_at + len(name) for a, b in titles):
                        name = None
                if role == "platform" and not (name and self.platforms.fullmatch(name)) and \
                        self.agency_after is not None and self.agency_after.match(text, end, e):
                    found.append(Source(start, end, None, "cast"))
                    continue
                if role == "platform":
                    if self.another.search(text, max(s, start - 12), start):
                        continue  # "en otra plataforma", "on another streamer": no one named, and not the one known
                    platform = _nearest(found, start, 40, "platform")
                    # (not "Em comunicado enviado à imprensa, a plataforma afirmou": a word for it, the subject after)
                    if platform and text[platform.start:platform.end] == platform.name:
                        held.append((start, end))
                        continue  # "a Max spokesperson": the platform is already named
                    # "chega ao Prime Video ..., como a plataforma anunciou": the platform named where it streams
                    # "Disney+ is close to a deal, although the streamer ...": the platform named before it
                    # ("the ITV thriller Copper Coast ..., the network said": or the one that owns the work)
                    named_before = [f.name for f in found + owners if f.role == "platform" and f.name and f.end <= start]
                    # "rumah produksi Sinemaku", "the studio Blue Haven": a company named right after its kind
                    company = bool(name and self.company_role.fullmatch(text, start, end) and _right_after(text, end, name))
                    name = name if name and (self.platforms.fullmatch(name) or company) else (
                        venues[-1] if venues else named_before[-1] if named_before else known_platform)
                if role == "crew" and name and self.platforms.fullmatch(name):
                    role = "platform"  # "Dewi Rahmasari, produser eksekutif SCTV": the platform's own producer speaks for it
                elif role == "crew" and (employer := self._employer(text, end, e)) is not None:
                    # ("Domingo Corral, director de producción original de Movistar+, anunció ...": an office at the
                    # platform, its name ending the phrase; not "the director of the Netflix series X")
                    role, name = "platform", employer
                # ("will again be directed by Rudi Hartono", "disutradarai oleh ...": credited, not speaking)
                credit = role in ("crew", "cast") and _CREDIT.search(text[start:end]) is not None
                found.append(Source(start, end, name, role, credit=credit))
                # ("the show's producers, Kip Lane and Liza Marr", "showrunners Ana Ruiz and Tom Hale": the second name
                # joined to the first holds the same role; not a platform joined so, "creator Rosa Quill and Netflix")
                joined = self._joined_name(text, name, end, e) if name and role in ("creator", "crew", "cast") else None
                if joined is not None and not taken(joined[0]):
                    found.append(Source(joined[0], joined[1], text[joined[0]:joined[1]], role, credit=credit))
        if owners and not any(f.role in ("platform", "creator", "crew", "cast") for f in found):
            found.extend(owners)
        if self.close_to is not None:
            # ("sources close to the production company, Levante Films, who say ...": whom the unnamed sources are close
            # to does not speak)
            near = [m.end() for m in self.close_to.finditer(text, s, e)]
            found = [f for f in found if f.role in ("media", "fans") or not any(0 <= f.start - a <= 60 for a in near)]
        found.sort(key=lambda f: f.start)
        # ("lead actor Sam Otto said": a role word right before another of the same role is one role, the named one)
        return [f for i, f in enumerate(found) if not (
            f.name is None and i + 1 < len(found) and found[i + 1].role == f.role and found[i + 1].name
            and 0 <= found[i + 1].start - f.end <= 1)]


# kinds of company whose name follows them: "rumah produksi Sinemaku", "the production company Blue Fox"

def spans_within(found: tuple[list[int], list[tuple[int, int]]], s: int, e: int) -> list[tuple[int, int]] | None:
    """The matches a scan of text[s:e] alone finds, from the article's word-start matches (None: ask the regex)."""
    starts, spans = found
    if not starts:
        return []
    out = []
    last = s
    for i in range(bisect.bisect_left(starts, s), len(starts)):
        a, b = spans[i]
        if a >= e:
            break
        if a < last:
            continue  # inside the match before, as a scan would skip it
        if b > e:
            return None  # runs past the sentence: a scan of the sentence alone may end it otherwise
        out.append((a, b))
        last = b
    return out


class CueIndex:
    """Cues sorted by position, for quick lookup by sentence."""

    def __init__(self, cues: list[Cue], named: dict | None = None):
        self.cues = sorted(cues, key=lambda c: (c.start, -c.end))
        self.named = named  # where a platform or a role word stands, by name (see CueFinder.find)
        self.starts = [c.start for c in self.cues]

    def within(self, start: int, end: int, *categories: str) -> list[Cue]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [c for c in self.cues[i:j] if not categories or c.category in categories]




_LOW_OPENED = re.compile(r'„[^“”"\n]{1,80}"')


def quotations(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of quoted speech in a sentence, including a quote that opens or closes in another sentence."""
    # (a German quotation is speech where it is long or ends in its own punctuation: „Die Farbe der Flut“ is a title)
    body = text[sentence.start:sentence.end]
    if "„" in body:  # a German opening mark closed by a straight one („Grenzland"): a title, as with its own closer
        # (so „A", „B" und „C" pairs no straight marks across the names)
        body = _LOW_OPENED.sub(lambda m: "„" + m.group()[1:-1] + "“", body)
    at = sentence.start  # the pairs are looked for in the sentence alone, its offsets then moved back into the text
    spans = [(m.start() + at, m.end() + at) for m in _QUOTE_PAIRS.finditer(body)
             if len(m.group().split()) >= 3 and (m.group()[0] != "„" or len(m.group().split()) >= 6
                                                  or m.group()[-2:-1] in ".!?,…")]
    first = body.find('"')
    if spans and body.count('"') % 2 == 1 and first > 0 and not body[first - 1].isspace() and \
            body[first + 1:first + 2] in ("", ",", ".", ";", "!", "?", " ") and spans[0][0] == sentence.start + first:
        # ('Já li os primeiros roteiros", contou a atriz, ... que ela poderia "levar bronca" da plataforma.': the
        # first straight mark closes a quotation begun in the sentence before; the pairs start after it)
        close = sentence.start + first + 1
        spans = [(sentence.start, close)] + [
            (m.start() + at, m.end() + at) for m in _QUOTE_PAIRS.finditer(body, close - at)
            if len(m.group().split()) >= 3 and m.group()[0] != "„"]
        return spans
    straight = body.count('"')
    low = body.count("„")
    if low and not spans:
        # German: „ opens and “ closes; a quotation that opens here and goes on, or began before and ends here
        # („Wir freuen uns ... weitererzählen. Eine Entscheidung ... ist noch nicht gefallen.“)
        closing = body.count("“")
        if low > closing:
            opening = body.rfind("„")
            if opening == 0 or body[opening - 1] in " :(":
                spans.append((sentence.start + opening, sentence.end))
        return spans
    if not spans and body.count("“") > body.count("”") and body.rstrip()[-1:] == "“" and "”" not in body:
        close = body.rfind("“")
        spans.append((sentence.start, sentence.start + close + 1))  # (the German closing mark of one begun before)
        return spans
    if not spans and (straight % 2 == 1 or body.count("“") != body.count("”") or body.count("«") != body.count("»")):
        opening = max(body.rfind('"'), body.rfind("“"), body.rfind("«"))
        if body[:1] in '"“«':  # the quote goes on in the next sentence
            spans.append((sentence.start, sentence.end))
        elif opening > 0 and body[opening - 1] in " :(" and body[opening + 1:opening + 3].strip()[:1].isalnum() \
                and body.count("“") >= body.count("”") and body.count("«") >= body.count("»"):
            # 'a Globo negou: "Não procede. ...': a quote that opens here goes on in the next sentence
            spans.append((sentence.start + opening, sentence.end))
        else:  # the quote began in the sentence before: it ends at the closing mark
            close = max(body.rfind('"'), body.rfind("”"), body.rfind("»"))
            if close > 0:
                spans.append((sentence.start, sentence.start + close + 1))
    return spans


class Clauses:
    """The clause breaks of one article, found once: the answers of clause_start and clause_end without a scan.

    A break that straddles the point a scan would start from could hide another (", but"): there the scan is run.
    """

    def __init__(self, text: str, breaks: re.Pattern[str]):
        self.text = text
        self.breaks = breaks
        spans = [m.span() for m in breaks.finditer(text)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def _straddled(self, position: int) -> bool:
        i = bisect.bisect_left(self.starts, position)
        return i > 0 and self.ends[i - 1] > position

    def start(self, sentence_start: int, position: int) -> int:
        """clause_start(text, sentence_start, position)."""
        if self._straddled(sentence_start):
            return clause_start(self.text, sentence_start, position, self.breaks)
        first = bisect.bisect_left(self.starts, sentence_start)
        last = bisect.bisect_right(self.ends, position) - 1
        return self.ends[last] if last >= first else sentence_start

    def first(self, position: int, end: int) -> int | None:
        """Where the first break in text[position:end] begins, as a search for one finds it."""
        if self._straddled(position):
            m = self.breaks.search(self.text, position, end)
            return m.start() if m else None
        i = bisect.bisect_left(self.starts, position)
        return self.starts[i] if i < len(self.starts) and self.ends[i] <= end else None

    def end(self, position: int, sentence_end: int) -> int:
        """clause_end(text, position, sentence_end)."""
        found = self.first(position, sentence_end)
        return sentence_end if found is None else found


def clause_start(text: str, sentence_start: int, position: int, breaks: re.Pattern[str]) -> int:
    """Where the clause holding `position` begins (`breaks`: the pack's CueFinder.clause_break)."""
    start = sentence_start
    for m in breaks.finditer(text, sentence_start, position):
        start = m.end()
    return start


def clause_end(text: str, position: int, sentence_end: int, breaks: re.Pattern[str]) -> int:
    m = breaks.search(text, position, sentence_end)
    return m.start() if m else sentence_end


# between a role word and the name after it: "creator, Rosa Quill", "the author of the original webtoon, Park Seo-yeon",
# "penulis novel aslinya, Sari"
_AFTER_ROLE = re.compile(r"[\s,]*(?:(?:utama(?:nya)?|senior|baru|veteran|principal|lead)\s*,?\s*)?"
                         r"(?:(?:(?:of|dari|de|del|du|des|von|do|da)\s+(?:(?:the|la|le|el|o|a|die|das|der)\s+)?)?"
                         r"(?:(?:original|originale)\s+)?(?:(?:web ?toon|web ?novel|novel|book|comic|manga|manhwa|novela|livro|roman"
                         r"|Roman|Buch|buku|komik|series|série|serie|Serie|show|drama|film|Film|filme|película|serial)s?)?"
                         r"(?:\s*(?:asli(?:nya)?|original(?:e|al)?))?\s*,\s*)?")  # ("le créateur de la série, Mathieu Sorel")
# a role word that credits someone, not one that names a speaker: "directed by", "disutradarai oleh", "réalisé par"
_CREDIT = re.compile(r"(?:[^\S\n](?:by|oleh|von|par|por)|^(?:disutradarai|dipandu|dimainkan))$|^unter der Regie", re.IGNORECASE)
_OUTLET_OF = re.compile(r"[^\S\n]+(du|de la|del|of the|of|von der|vom)[^\S\n]+(" + _NAME.pattern + r")")
_FOLDED_ARTICLES = {"du": "Le ", "de la": "La ", "of the": "The ", "von der": "", "vom": ""}
_QUOTED_NAME = re.compile(r"[^\S\n]+[\"“„«‘'][^\S\n]?([A-Z][^\"“”„«»‘’'\n]{1,40}?)[^\S\n]?[\"”“»’']")
# "Lee Nak-jun (Hansanleega), penulis": the name before a role word
# ("Kang Min-jae, the show's creator, said": the role after the work's possessive too)
# (or Indonesian "selaku" / "sebagai", in the role of: "Manoj Punjabi selaku produser")
_NAME_BEFORE_ROLE = re.compile(r"(" + _NAME.pattern + r")\s*(?:\([^)]*\))?(?:\s*,\s*|\s+(?:selaku|sebagai)\s+)(?:(?:the|its|sang|si|el|la|le|o|a|su|sua|seu|sa|son|ihre|ihr|sein|seine)\s+)?"
                               r"(?:(?:show|series|drama|film|movie|novel|book|comic|webtoon)['’]s\s+)?$")


_OF_ARTICLE = r"[^\S\n]+(?:(?:the|la|le|el|o|a|die|der|das)[^\S\n]+)?"
_OF = re.compile(r"[^\S\n]+(?:of|dari|de|del|da|do|du|des|von)" + _OF_ARTICLE)
# ... and "from" ("the family drama from Netflix") for the work's owner
_OF_OWNER = re.compile(r"[^\S\n]+(?:from|of|dari|de|del|da|do|du|des|von)" + _OF_ARTICLE)
# (after a quoted title too, its closing mark after a space in French: "« Les Feux du port », Dana Morel")
# (past the title's other name in brackets: "Penulis novel asli drama X (응급실), Lee Han-seo, ...")
_APPOSITIVE_NAME = re.compile(r"[^\S\n]?['’\"”“»]?(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]*,[^\S\n]*(" + _NAME.pattern + r")")


def _right_after(text: str, end: int, name: str) -> bool:
    """Whether `name` follows text[end] after spaces on the same line."""
    rest = text[end:end + len(name) + 3]
    gap = len(rest) - len(rest.lstrip())
    return gap > 0 and "\n" not in rest[:gap] and rest[gap:].startswith(name)


def _name_near(text: str, start: int, end: int, s: int, e: int) -> str | None:
    """The proper name beside a role word: "creator Rosa Quill", "Lee Nak-jun, penulis"."""
    after = _AFTER_ROLE.match(text, end, e)
    pos = after.end() if after else end
    m = _NAME.match(text, pos, e)
    if m and len(m.group()) > 2:
        return m.group()
    before = text[s:start]
    m = _NAME_BEFORE_ROLE.search(before)
    # (not one word opening the sentence, set off by its comma: "Unsurprisingly, fans want to know ...")
    if m and not (m.start(1) == len(before) - len(before.lstrip()) and " " not in m.group(1)):
        return m.group(1)
    return None


def _nearest(sources: list[Source], position: int, distance: int, role: str) -> Source | None:
    close = [f for f in sources if f.role == role and abs(f.start - position) <= distance]
    return min(close, key=lambda f: abs(f.start - position)) if close else None


@cache
def finder(pack: Pack) -> CueFinder:
    return CueFinder(pack)
