"""Works spoken of in an article: from the catalog, quoted titles, title patterns next
to season expressions, list headers and the headline; with the aliases the article itself
gives ("The Trauma Code: Heroes on Call" / "The Trauma Code", "Moonlit Cobbler (달빛 구두장이)").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Callable

from .gate import WordPattern, WordStarts, lower_case
from .pack import ROMAN, SEQUEL_NUMBER, Pack, alternation
from .platforms import COMPANY_SUFFIXES, INDUSTRY_EVENTS, LEGAL_FORMS, PLATFORMS
from .seasons import SeasonMention, generic_compound
from .text import ABBREVIATIONS, Sentence

SentenceRuns = list[tuple[Sentence, list[tuple[int, int]]]]  # each sentence with its title-like runs
Add = Callable[..., None]  # TitleFinder.find's `add`: a title found, with its strength

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}(?![\w])|\w(?:[\w'’+\-.]*[\w+])?|[^\w\s]")  # (a dotted acronym keeps its last dot: "D.P.")
_POSSESSIVE = re.compile(r"['’]s?$")
# honorifics written short before a name, whose full stop a title may hold ("Dr. Stone", "Dear Ms. Okonkwo")
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Dra", "St", "Jr", "Sr", "Sra"})
_DATED_AFTER_DASH = re.compile(r"^[^\n]{1,40}?[^\S\n][-–—][^\S\n]+(\w+),")
_MONTH_YEAR_OF = frozenset({"de", "del", "of"})  # "Julho de 2025", "marzo del 2026"
# between a subject and the auxiliary that opens its event: " ", " also " ("The Lodger also got the boot")
_ADVERB_GAP = re.compile(r"[^\S\n]+(?:(?:also|too|then|later|eventually|ultimately|finally|quickly|officially|juga|pun|também|"
                         r"también|aussi|auch)[^\S\n]+)?")
_PLACE_PREPOSITIONS = frozenset({"in", "on", "at", "di", "en", "em", "im", "dans", "no", "na"})
# ... and those of where one goes or is: a headline's name the article writes only after them is a place ("sets
# production move to Halden Bay" over "will relocate to Halden Bay")
_WHERE_BEFORE = re.compile(r"(?<![\w])(?:in|at|to|from|near|di|ke|dari|dans|nach|im)[^\S\n]+$", re.IGNORECASE)
# the world or the characters a work takes from another: "en el universo de", "set in the universe of", "inspirée des
# personnages de"
_WORLD_BEFORE = re.compile(r"(?<![\w])(?:(?:universe|world|characters) of|(?:universo|mundo|personajes|personagens) d[eo]|"
                           r"(?:univers|monde|personnages) d[eu]|(?:Universum|Welt|Figuren) (?:von|aus)|semesta)"
                           r"(?:[^\S\n]+(?:the|el|los|la|o|os|a|le|les|der|den|dem))?[^\S\n]+$", re.IGNORECASE)
# a platform's label after its name, before a title: "Viu Original Pretty Little Liars"
_ORIGINAL_LABEL = re.compile(r"[^\S\n]*Originals?[^\S\n]+(?=\S)")
# ... or before its name: "serial original Viu Assalamualaikum Calon Imam"
_ORIGINAL_BEFORE = re.compile(r"(?<![\w])(?:original|orisinal|originale|originais|originales)[^\S\n]+$", re.IGNORECASE)
# the words that make the word for a season a last, new or next one: "The final season", "La nouvelle saison"
_SEASON_EPITHETS = frozenset({"final", "last", "new", "next", "dernière", "ultime", "nouvelle", "prochaine", "última", "nueva",
                              "próxima", "nova", "letzte", "neue", "nächste", "finale", "terakhir", "baru"})
# a word in lower case and a space right before a name: "confirmed that |The One After"
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w])[a-zà-ÿ]+[^\S\n]$")
_CAPITAL_ARTICLES = frozenset({"The", "La", "Le", "Les", "El", "Los", "Las", "Die", "Der", "Das", "Os", "As"})
# ... and the indefinite ones, which open a sentence as well ("Betrieb: Eine vierte Staffel ist beauftragt")
_OPENING_ARTICLES = _CAPITAL_ARTICLES | {"A", "An", "Un", "Une", "Una", "Uma", "Um", "Ein", "Eine", "Einen"}
# the mark of another language's name in brackets: "jap.", "kor.", "Originaltitel:", "título original:"
_LANGUAGE_MARK = re.compile(r"(?:(?:jap|kor|chin|engl|orig|port|span|franz|ing|coreano|japonés|japonês|coréen|japonais)\.?"
                            r"|(?:Originaltitel|OT|original|título original|titre original|judul asli"
                            # the title in the article's own language: "(deutscher Titel: „Der Wintergarten“)"
                            r"|(?:deutscher|dt\.|englischer|spanischer|französischer) Titel|English title"
                            r"|título (?:en español|en España|en portugués|em português|no Brasil)|titre (?:français|en français)"
                            r"|judul (?:Indonesia|bahasa Indonesia))[^\S\n]*:?)[^\S\n]+",
                            re.IGNORECASE)
# one capitalised word in letters, the rest in lower case ("Ciudad"), no part of a longer token
_ELIDED_OF_WORD = re.compile(r"[dD]['’][^\W\d_A-Z][^\W\d_]+")  # "d'hiver", "d’été": "de" and its noun in lower case
_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[^\W\d_a-zà-öø-ÿ][^\W\d_A-Z]{2,}(?![\w'’-])")
# the marks that close a quoted title ("du « Phare »")
_CLOSING_MARKS = ("»", "”", "“", '"', "’", "'")
# A quoted title opens with one of these marks, stated first so the regex engine skips other
# characters; each branch then checks which mark it was (a straight one not right after a letter). The
# apostrophe of a plural possessive before another capitalised word closes nothing ("'Liars' Island'").
_QUOTED = re.compile(
    r"['‘“\"«„‚»](?:(?<=')(?<!\w')(?P<a>(?:[^'\n]|(?<=s)'(?=[^\S\n][A-Z])){2,80}?)'(?![\w])(?!(?<=s')[^\S\n][A-Z][^'\n]{0,60}'(?!\w))|"
    r"(?<=‘)(?P<b>(?:[^’\n]|(?<=s)’(?=[^\S\n][A-Z])){2,80}?)’(?!(?<=s’)[^\S\n][A-Z][^’\n]{0,60}’)|(?<=“)(?P<c>[^”\n]{2,80}?)”|"
    r"(?<=\")(?<!\w\")(?P<d>[^\"\n]{2,80}?)\"|(?<=«)\s*(?P<e>[^»\n]{2,80}?)\s*»|(?<=„)(?P<f>[^“”\"\n]{2,80}?)[“”\"]|"
    r"(?<=‚)(?P<g>[^‘’\n]{2,80}?)[‘’]|"  # German single quotes: „... von ‚Kaltes Land‘ ...“
    # German guillemets, pointing inwards with no space inside: »Nullpunkt« (not French ones: "« A » et « B »")
    r"(?<=»)(?P<h>[^«»\s](?:[^«»\n]{0,78}?[^«»\s])?)«)"
)
# the kind of work after a title, capitalised in a headline: "Stardrift Anime", "Stardrift TV Anime's"
_KIND_AFTER_TITLE = re.compile(r"(?<=\S)[^\S\n]+(?:TV[^\S\n]+)?Anime(?:['’]s)?$")
# where a quotation of speech opens: 'explicó: "Recibimos ...', 'said, "We ...'
_SPEECH_OPENS = re.compile(r"[:,][^\S\n]*$")
_OF_BEFORE = re.compile(r"(?<![\w])(?:of|de|del|do|da|dos|das|du|des|von|dari)[^\S\n]+$", re.IGNORECASE)
# the articles that open what a title is said to be, after a copula or in an apposition ("X is a ...", "X, the ...")
_KIND_ARTICLE = r"(?:an?|the|une?|una?|uma?|eine?|ein|sebuah|el|la|le|o|die|der|das)"
# "Foxglove, the moody crime thriller about ...": an article after the title's comma, then up to three words before a
# kind of work
_APPOSITIVE_KIND = r"[\"”»“’']?,[^\S\n]+" + _KIND_ARTICLE + r"(?:[^\S\n]+[\w'’-]+){0,3}?"
_DAY_PAIR = re.compile(r"[^\W\d_]+-[^\W\d_]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "X adalah serial thriller", "X is a ... series", "X est une série": the copula and article before a kind of work
_DEFINED_AS = re.compile(r"[\"”»“’']?,?[^\S\n]+(?:adalah|merupakan|is|was|es|era|est|était|ist|war|é)"
                         r"(?:[^\S\n]+" + _KIND_ARTICLE + ")?"
                         r"(?:[^\S\n]+[\w-]+){0,2}?(?=[^\S\n])")
# "Han Se-rin", "Kim Soo-hyun": a Korean name, romanised with its hyphen, is a person's (K-drama news names many)
_KOREAN_NAME = re.compile(r"(?:Kim|Lee|Park|Choi|Jung|Jeong|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|"
                          r"Yoo|Hong|Jeon|Ko|Moon|Yang|Son|Bae|Baek|Heo|Nam|Shim|Noh|Ha|Kwak|Sung|Cha|Joo|Woo|Min|Ryu|"
                          r"Na|Jin|Ji|Byun|Chae|Won|Bang|Gong|Hyun|Im|Yeo|Go|Pyo)[^\S\n]+[A-Z][a-z]+-[a-z]+")
# "the Joseon-era romance", "the Buffalo-set comedy", "the Seoul-based thriller", "the Emmy-winning drama": one word, a
# name joined to a participle or a word of setting in lower case, describes a work (not "Kupu-kupu": a word said twice;
# nor "la 2e saison de Contre-jour": a title of its own)
_NAME_COMPOUND = re.compile(r"([A-Z][\w'’]*)-([a-z]+(?:ed|ing|en)|era|set|style|type|like|born|bound|made|built|centric|"
                            r"themed|heavy|free|wide|only|age|year|period|adjacent|esque|specific|friendly|proof|size|sized)")
_PARENTHESIS = re.compile(r"(?:[^\S\n]?[\"”“»’'])?\s*\(([^()\n]{2,80})\)")  # (after the title's closing mark too: "« X » (...)")
# Hangul, Kana and Chinese characters: a name in another script ("달빛 구두장이", "陽炎の剣")
_JAPANESE_CHARS = "\u3040-\u30ff\u3400-\u9fff"
_OTHER_SCRIPT_CHARS = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af" + _JAPANESE_CHARS
_OTHER_SCRIPT = re.compile(f"[{_OTHER_SCRIPT_CHARS}]")
_APPOSITION = re.compile(r"[^\S\n]*,[^\S\n]*[a-z]")
_NEXT_WORD = re.compile(r"[^\S\n]+(\w+)")
_SUBTITLE = re.compile(r"[^\S\n]?:[^\S\n]+((?:[A-Z][\w'’-]*|of|the|on|in|and|a|an|for|to|de|la|du)"
                       r"(?:[^\S\n]+(?:[A-Z][\w'’-]*|of|the|on|in|and|a|an|for|to|de|la|du)){0,5})")
# between a title and its season: "X Season 2", "X's second season", "X – 3ª temporada", "X for a fourth season"
# (past the title's closing quotation mark: 'verlängert „Nebelhorn“ um dritte Staffel', "Renews 'Dockside' for Season 4")
_BEFORE_MENTION = re.compile(r"(?:[\"”“»]|['’](?=[^\S\n]))?(?:['’]s?[^\S\n]+(?:upcoming|forthcoming|long-awaited|highly[^\S\n]+anticipated|"
                             r"anticipated|much-anticipated)[^\S\n]+|"
                             # ("Steel & Lark's upcoming fourth season": an adjective of time after the possessive)
                             r"['’]?s?[^\S\n]*[:–—(-]?[^\S\n]*|"
                             # ("Harbor Lights: the second season is now filming", "Brume Rouge : la saison 2 arrive en juin")
                             r"[^\S\n]*:[^\S\n]+(?:the|la|le|el|o|a|die|der|l['’])[^\S\n]*|"
                             # ("Tidewater, whose second season ended", "Rivages, dont la deuxième saison", "Marea, cuya
                             # segunda temporada", "Gezeiten, deren zweite Staffel")
                             r",[^\S\n]+(?:whose|dont[^\S\n]+(?:la|le|les)|cuy[ao]s?|cuj[ao]s?|deren|dessen|yang)[^\S\n]+|"
                             # ("Harbor Patrol, which just wrapped its second season")
                             r",[^\S\n]+which[^\S\n]+(?:just[^\S\n]+|recently[^\S\n]+)?[a-z]+ed[^\S\n]+(?:its|their)[^\S\n]+|"
                             # ("Daybreak Clinic, now in its sixth season", ", which is currently in its sixth season")
                             r"(?:,|[^\S\n]+is)[^\S\n]+(?:which[^\S\n]+is[^\S\n]+)?(?:now[^\S\n]+|currently[^\S\n]+|still[^\S\n]+)?"
                             r"in[^\S\n]+(?:its|their)[^\S\n]+|"
                             r"(?:[^\S\n]+(?:is|was|has been|will be|[a-z]+(?:ed|kan|an|ut|at|s)))?"
                             r"[^\S\n]+(?:for|with|into|to|ke|untuk|dengan|para|pour|für|por|um|pela|pelo|con|com|avec|mit)[^\S\n]+"
                             r"(?:(?:a|an|its|the|their|une|un|la|el|una|uma|um|eine|einen|su|sa|sua|seine|ihre|o)[^\S\n]+)?)")
# a heading line's title and its season after a comma, and what may end the line after it: its platform in brackets,
# or the season's part with its number after a dash ("– Volume 1", the pack's PART_NOUNS between)
_LINE_REST = re.compile(r"[^\S\n]*(?:\([^()\n]{1,40}\))?[^\S\n]*$", re.MULTILINE)
# ... or its day after a dash, maybe its weekday before it: "– Kamis, 2 Juli 2026", "– July 2", "- 02.07.2026"
_DATE_ENDS_LINE = re.compile(r"[^\S\n]+[-–—|][^\S\n]+(?:[^\W\d_]+(?:-[^\W\d_]+)?\.?,?[^\S\n]+)?(?:\d{1,2}\.?(?:[^\S\n]+de)?[^\S\n]+([^\W\d_]+\.?)"
                             r"|(?=[^\W\d_])([^\W\d_]+\.?)[^\S\n]+\d{1,2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?)"
                             r"(?:,?[^\S\n]+(?:de[^\S\n]+)?\d{4})?[^\S\n]*(?:\([^()\n]{1,40}\))?[^\S\n]*$", re.MULTILINE)
_WEEKDAY_OF_DATE = re.compile(r"(?<![\w])([^\W\d_]+),?[^\S\n]+\d{1,2}(?![\d])")
_PART_DASH = re.compile(r"[^\S\n]*[–—:-][^\S\n]*")
_PART_NUMBER = re.compile(r"\.?[^\S\n]*\d+")
# an indefinite article: a season not named before ("for a second season", "mit einer zweiten Staffel")
INDEFINITE = r"(?:a|an|another|una|une|uma|um|un|einer|eine|einen|otra|outra)"
# ... and the word before it: "will return for a second season", "kembali dengan musim kedua"
FOR_SEASON = r"(?:for|with|dengan|con|para|por|pour|avec|com|mit)"
# "Moonlight Tailor Shop will return for a second season", "is coming back for another season": the subject of a
# verb of a few words that gives it a season not yet named (not "Kit Harlan will not return for the fourth season")
# (not after a name that a pronoun follows, the one spoken to: "told Deadline she has a plan for a second season")
# (nor a title's own words in lower case, a preposition opening them: "Le Phare des oubliés pour une deuxième saison")
_VERB_BEFORE_NEW_SEASON = re.compile(r"(?![^\S\n]+(?:she|he|they|we|it|you|i|elle|il|ils|elles|ella|él|ellos|ela|ele|eles|"
                                     r"sie|er|wir|dia|ia|mereka|of|de|des|du|del|do|da|dos|das|von|der|di|dari)[^\S\n])"
                                     r"(?:[^\S\n]+(?!not|never|no|nicht|pas|tidak|não)[a-zà-öø-ÿ]+){1,5}[^\S\n]+"
                                     + FOR_SEASON + r"[^\S\n]+" + INDEFINITE + r"[^\S\n]+"
                                     # (its episodes counted before it: "will return for an eight-episode Season 2")
                                     r"(?:[\w]+-episodes?[^\S\n]+)?")
# ... or ends with it, its number said without an article: "Marsh Hollow will end with season four" (no person ends
# with a season, as a cast member returns for one)
_ENDS_WITH_SEASON = re.compile(r"(?:[^\S\n]+(?:will|would|is set to|is going to|to)(?:[^\S\n]+(?:officially|now|finally))?)?"
                               r"[^\S\n]+(?:ends?|conclude|concludes|wraps?[^\S\n]+up|comes?[^\S\n]+to[^\S\n]+an[^\S\n]+end)"
                               r"[^\S\n]+with[^\S\n]+")
# ... or a season not yet numbered, after a decision and the name: "renewed Mouse Trap for another season"
_DECIDED_FOR = re.compile(r"[^\S\n]+(?:for|für|um|pour|para|por|untuk)[^\S\n]+(?:" + INDEFINITE + r"[^\S\n]+)?")
# ... or the end of an apposition before it, the title's kind before the apposition: ", for a second season"
_APPOSED_FOR_SEASON = re.compile(r",[^\S\n]+(?:for|für|pour|para|por|untuk)[^\S\n]+(?:" + INDEFINITE + r"[^\S\n]+)?")
# ... or a verb of getting right before it: "Cold Blood will get a second season", "Sangre Fría tendrá una segunda
# temporada", "Sang Froid aura une deuxième saison", "Pedang Api akan mendapatkan musim kedua"
_GETS_NEW_SEASON = re.compile(r"(?:[^\S\n]+(?:also|now|just|already|finally|también|também|juga|auch|aussi|resmi|dipastikan|dikonfirmasi))?[^\S\n]+(?:will (?:also |now |finally |definitely |already |officially )?(?:get|have|receive)|(?:is|are) (?:getting|set to get)|gets|has (?:got|gotten|earned|landed)|"
                              r"got|earned|landed|scored|received|"
                              r"tendrá|tendrán|va a tener|terá|vai ter|ganhará|vai ganhar|aura(?: bien)?(?: droit à)?|auront(?: droit à)?|va avoir(?: droit à)?|a droit à|obtient|bekommt|erhält|"
                              r"(?:akan )?(?:mendapat|mendapatkan|memiliki|punya))[^\S\n]+(?:" + INDEFINITE + r"[^\S\n]+)?"
                              # ("got a fast season two renewal", "earned a quick second-season pickup")
                              r"(?:(?:quick|fast|swift|speedy|early|surprise|surprising|long-awaited)[^\S\n]+)?")
# ... or denied it: "Marea Negra no tendrá una segunda temporada", "Maison Pleine n'aura pas de deuxième saison" (not a
# place a preposition names: "el drama ambientado en los viñedos de Jerez no tendrá una tercera temporada"; nor its star:
# "La série Bluff Road avec Kit Harlan n'aura pas de saison 2")
# (a relative pronoun may open it, after an aside: "Brasier, un show coûteux, qui n'aura pas de saison 2")
_DENIED_NEW_SEASON = re.compile(r"[^\S\n]+(?:(?:qui|which|that|que|die|der|yang)[^\S\n]+)?(?:no tendrá|no tendrán|no va a tener|não terá|não vai ter|"
                                # (with "ganhar" too, and in the conditional of reported speech: "informou que X não
                                # ganharia sua terceira temporada", "dijo que X no tendría una tercera")
                                r"não (?:teria|ganharia|ganhará|vai ganhar)(?:[^\S\n]+(?:sua|seu|a|o))?|no (?:tendría|tendrían)|"
                                r"n['’]aura (?:(?:pas|jamais) )?de|"
                                r"n['’]auront (?:(?:pas|jamais) )?de|n['’](?:aura|auront|a) (?:pas|jamais) (?:le )?droit à|"
                                # (or it will not come back for it: "Kestrel Bay will not return for a second season",
                                # "Les Vergers ne reviendra pas pour une saison 2", "Calle Sur no volverá para una segunda")
                                r"(?:will not|won['’]t|will never|would not|wouldn['’]t|is not|isn['’]t|are not|aren['’]t)"
                                r"(?: be)? (?:return|returning|coming back|come back|back) (?:for|with)|"
                                r"(?:will not|won['’]t|would not|wouldn['’]t) (?:get|have|receive)|"
                                r"ne (?:reviendra|reviendront|reviendrait|revient) pas (?:pour|avec)|"
                                r"no (?:volverá|volverán|volvería|regresará|regresarán|regresaría|vuelve|regresa) (?:para|con)|"
                                r"não (?:voltará|voltarão|voltaria|retornará|retornarão|retornaria|vai voltar|vai retornar|volta|retorna) (?:para|com)|"
                                r"(?:wird|werden) keine)[^\S\n]+"
                                r"(?:(?:una|uma|un|um|une|a|an)[^\S\n]+)?")
# (the preposition or the "with" of a cast before the name)
_PREPOSITION_BEFORE = re.compile(r"(?<![\w])(?:de|del|en|em|do|da|dos|das|du|des|di|à|a|of|in|avec|con|com|with|par|por|by)[^\S\n]+$")
# words of time, praise or waiting between a work's possessive and its season: "its upcoming fifth season", "its
# long-awaited third season", "sa très attendue troisième saison"
_DESCRIBING = (r"(?:(?:upcoming|forthcoming|long-awaited|long awaited|much-anticipated|highly anticipated|hotly anticipated|"
               r"eagerly awaited|anticipated|(?:hugely |wildly |immensely )?(?:popular|successful)|critically acclaimed|acclaimed|"
               r"próxima|esperada|tan esperada|prochaine|(?:très |tant )?attendue|aguardada|tão aguardada|kommende)[^\S\n]+)?")
# ... or comes back with its own, in the Romance languages: "regresará con su tercera temporada", "reviendra avec sa
# troisième saison", "volta com a sua terceira temporada"
# (a word elided before a vowel among its words: "Brume Noire s'achèvera avec sa cinquième saison"; not a negation's)
_WITH_ITS_SEASON = re.compile(r"(?:[^\S\n]+(?!(?:no|não|ne|pas|nunca|jamais)[^\S\n]|n['’])[a-zà-öø-ÿ]+(?:['’][a-zà-öø-ÿ]+)?){1,3}"
                              r"[^\S\n]+(?:con|avec|com)[^\S\n]+"
                              r"(?:su|sa|son|sua|a[^\S\n]+sua)[^\S\n]+" + _DESCRIBING)
# ... or sees it decided on, in French: "Alice au pays avait également vu sa troisième saison confirmée", "a vu sa saison 2
# annulée" (the decision's participle right after the season)
_SEES_ITS_SEASON = re.compile(r"(?:[^\S\n]+(?!(?:ne|pas|jamais)[^\S\n])[a-zà-öø-ÿ]+){1,3}[^\S\n]+(?:vu|voit|voient|verra|verront)"
                              r"[^\S\n]+(?:sa|leur)[^\S\n]+" + _DESCRIBING)
_DECIDED_AFTER_SEASON = re.compile(r"(?:[^\S\n]+(?:officiellement|déjà|bien|finalement))?[^\S\n]+(?:confirmée|renouvelée|commandée|"
                                   r"annulée|validée|officialisée|prolongée|reconduite)(?![\w])")
# ... or goes on to it, in Indonesian: "Lorong Senja akan berlanjut ke musim ketiga", "tidak akan dilanjutkan ke musim 2",
# "akan kembali dengan musim ketiga", "dikonfirmasi akan kembali hadir untuk season 2" (a person comes back "untuk" or
# "di" a season)
_GOES_ON_TO_SEASON = re.compile(r"(?:[^\S\n]+(?:akan|bakal|resmi|dipastikan|dikonfirmasi|segera|juga|tidak|tak|belum|bisa|dapat|"
                                r"kemungkinan|mungkin|siap))*[^\S\n]+(?:lanjut|berlanjut|dilanjutkan|diperpanjang|tayang|kembali(?=[^\S\n]+dengan)|(?:kembali[^\S\n]+)?hadir(?=[^\S\n]+untuk))"
                                r"[^\S\n]+(?:ke|untuk|dengan)[^\S\n]+")
# ... or renewed for one named by its number: "Orbit Nine has been renewed for season 3"
# (or the participle after a comma, in every language: "Ligne Rouge, renouvelée pour des saisons 7 et 8", "Marea Alta,
# renovada para uma terceira temporada")
_RENEWED_FOR = re.compile(r"(?:[^\S\n]+(?:has|have|had|been|was|were|is|are|officially|already|just|now|formally|quickly|quite|[a-z]+ly))*"
                          r"[^\S\n]+(?:renewed|picked up|greenlit|green-lit)[^\S\n]+for[^\S\n]+"
                          # (or denied it: "Gravel Road will not be renewed for a second season")
                          r"|(?:[^\S\n]+(?:will|would|has|have|had|is|are|was|were))?[^\S\n]+(?:not|never|won['’]t|isn['’]t|wasn['’]t|hasn['’]t)"
                          r"(?:[^\S\n]+(?:be|been|being))?[^\S\n]+(?:renewed|picked up)[^\S\n]+for[^\S\n]+(?:(?:a|an|another)[^\S\n]+)?"
                          r"|,[^\S\n]+(?:(?:déjà|officiellement|já|oficialmente|ya|bereits|offiziell)[^\S\n]+)?"
                          r"(?:renouvelée?s?|renovad[ao]s?|verlängert|diperpanjang)[^\S\n]+(?:pour|para|por|um|untuk|ke)[^\S\n]+"
                          r"(?:(?:une|un|des|la|le|uma|um|a|o|una|eine|die)[^\S\n]+)?")
# ... or said to end after it: "Full Nest will end after season 5", "Casa Cheia, que terminará após a 5ª temporada",
# "Maison Pleine se terminera après la saison 5", "Casa Llena terminará tras su quinta temporada"
_ENDS_AFTER_SEASON = re.compile(r",?[^\S\n]+(?:(?:which|that|que|qui|die|der|das|yang)[^\S\n]+)?"
                                r"(?:will[^\S\n]+(?:end|conclude|wrap[^\S\n]+up)|ends|concludes|terminará|acabará|encerrará|"
                                r"se[^\S\n]+terminera|s['’]achèvera|prendra[^\S\n]+fin|endet|(?:akan[^\S\n]+)?berakhir)[^\S\n]+"
                                # (the after-word inside a count of seasons: "terminará após a 5ª temporada")
                                # (or with it, in German: "Kupferne Bucht endet mit Staffel 3")
                                r"(?:(?:after|após|depois[^\S\n]+d[aeo]|tras|después[^\S\n]+de|après|au[^\S\n]+bout[^\S\n]+de|nach|mit|"
                                r"setelah)[^\S\n]+"
                                r"(?:(?:its|the|a|sua|a[^\S\n]+sua|su|la|sa|seiner|der|ihrer)[^\S\n]+)?)?")
# ... negated too, where a platform names it just before: "Disney+ has confirmed that Stardrift Academy will not return
# for a third season" (a platform's word on a show, not on an actor)
_NEGATED_VERB_BEFORE_NEW_SEASON = re.compile(r"(?:[^\S\n]+[a-zà-öø-ÿ]+){1,4}[^\S\n]+" + FOR_SEASON + r"[^\S\n]+" + INDEFINITE + r"[^\S\n]+")
# ... or, negated in English, before the season by its number: "Harbor Lights won't be back for season 3, Hulu confirmed"
_NEGATED_VERB_BEFORE_SEASON_N = re.compile(r"(?=(?:[^\S\n]+[a-z'’]+){0,3}?[^\S\n]+(?:[a-z]+n['’]t|not|never)[^\S\n])"
                                           r"(?:[^\S\n]+[a-z'’]+){1,4}[^\S\n]+for[^\S\n]+")
# an article opening a phrase: " the breakout hit", " la série phénomène" (see _ASIDE_SET_OFF)
_ARTICLE_OPENS = re.compile(r"[^\S\n]+(?:the|a|an|la|le|l['’]|el|o|a|um|uma|un|une|una|der|die|das|ein|eine)[^\S\n]")
# the words that credit the people of a work: "starring", "created by", "protagonizada por", "dibintangi"
_CREDIT_WORDS = (r"(?:starring|created by|written by|directed by|protagonizada por|creada por|estrelada por|criada por|"
                 r"criado por|escrita por|escrito por|dirigida por|dirigido por|créée?s? par|écrite?s? par|réalisée?s? par|"
                 r"portée?s? par|dibintangi|ditulis oleh|disutradarai oleh)")
# ... in an aside right after a name: ", starring Kit Harlan, ", ", protagonizada por Ana Gil, ", ", which stars Kit
# Harlan and Ana Gil, "
_CREDIT_ASIDE = re.compile(r",[^\S\n]+(?:yang[^\S\n]+)?(?:" + _CREDIT_WORDS + r"|which[^\S\n]+(?:also[^\S\n]+)?(?:stars|starred|was created by)"
                           # (or when it came out: "Gravel Road, which premiered recently on HBO, will not be renewed")
                           r"|(?:which|that)[^\S\n]+(?:(?:first|only|just|recently)[^\S\n]+)?(?:premiered|debuted|aired|launched|dropped))"
                           r"[^\S\n]")
# ... and right before a name: "The medical drama starring Kit Harlan will return" (the drama returns)
# (or the kind of work and "with": "a série com Jenna Reyes ganhou renovação", "the drama with Kit Harlan")
_CREDIT_BEFORE = re.compile(r"(?<![\w])(?:" + _CREDIT_WORDS + r"|(?:série|serie|series|show|drama|comédia|comedia|comedy|sitcom|"
                            r"novela|film|filme|película)[^\S\n]+(?:com|with|avec|con|mit|dengan|from|by))[^\S\n]+$", re.IGNORECASE)
# the trade papers' word for a work by its star, right after the star's name: "Kit Harlan starrer", "Ana Gil-starrer"
_STARRER_AFTER = re.compile(r"(?:[^\S\n]+|-)starrer(?![\w])")
# an aside set off by commas right after a name, its first word in lower case: ", the breakout hit of the summer, "
_ASIDE_SET_OFF = re.compile(r",[^\S\n]+[a-zß-öø-ÿ][^,.;:!?\n]{2,100}?,(?=[^\S\n])")
# a lower-case article right before a run: "renewed the Victorian mystery ..." (a word of a description)
_LOWER_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:the|a|an|its|their|la|el|le|les|los|las|die|der|das|den|dem|o|os|as|um|uma|un|une|una)"
                                   r"[^\S\n]+$")
# "s'installera à Marseille pour sa troisième saison": a place, where the season is set
_PLACE_BEFORE = re.compile(r"(?<![\w])à[^\S\n]+$")
# the last of a list of names after "from", "by" or "starring" ("The comedy from star Ada Kell, Rui Mott and Lene
# Barr has been renewed"): people, the subject before them the work
_PEOPLE_LISTED_BEFORE = re.compile(r"(?<![\w])(?:from|by|starring|with|de|von|dari|oleh|par|com|con)(?:[^\S\n]+[a-z][\w-]*){0,2}"
                                   r"(?:[^\S\n]+[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,2},)+"
                                   r"[^\S\n]+[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,2},?[^\S\n]+(?:and|&|y|e|et|und|dan)[^\S\n]+$")
# a word of making, then a preposition of place: the one word after it is where ("filming began in Belfast for season 2")
_MAKING_PLACE_BEFORE = re.compile(r"(?<![\w])(?:begin|began|begins|beginning|start|starts|started|starting|shoot|shoots|shot|shooting|"
                                  r"film|films|filmed|filming|production|produced|relocat(?:e|es|ed|ing)|mov(?:e|es|ed|ing))"
                                  r"(?:[^\S\n]+[\w'’-]+){0,4}?[^\S\n]+(?:in|at|near|from|to)[^\S\n]+$", re.IGNORECASE)
# ("J'adorerais retourner en Bretagne pour une troisième saison": one word after "en" is a region)
_IN_PLACE_BEFORE = re.compile(r"(?<![\w])en[^\S\n]+$")
# ("La casa del olivo - RENOVADA (Netflix)": a round-up's verdict in capitals after a dash is no part of the title)
# a full stop between an item's title and its season, the rest of its line: "Les Marées hautes. Saison 3"
_STOP_BEFORE_SEASON = r"\.[^\S\n]+(?=[A-ZÀ-Ý][^\W\d_]*[^\S\n]+\d{1,2}(?![\w]))"
_SENTENCE_CASE_HEADER = re.compile(r"([A-ZÀ-Ý][\w'’]*(?:[^\S\n]+[\w&][\w'’&-]*){0,6}?)[^\S\n]*"
                                   r"(?:\(|[–—:][^\S\n]|-[^\S\n]+(?=[A-ZÀ-Ý]{2})|" + _STOP_BEFORE_SEASON + ")")
# a title, maybe its season in brackets, then a dash: "Glass Hill — Renewed ...", "Tinline (season 3) – The ..."
# (or a hyphen between spaces, as plain text writes a dash: "Paper Moons - The teen comedy will not return")
# ... or a colon before words in lower case: "Amor em Jeju: aqui, as esperanças acabaram." (not "Iron Valley: Origins")
# (past its season in brackets or after a comma: "Tinline (season 3) —", "Funkstille, Staffel 2 –", "X, 2. Staffel –")
_COLON_AFTER_TITLE = re.compile(r"[^\S\n]*:[^\S\n]+")
# ... past the title's platform in brackets too ("Red Hollow (Prime Video): Amazon has yet to decide")
_COLON_AFTER_BRACKET = re.compile(r"[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?:[^\S\n]+")
_LOWER_WORD_AFTER = re.compile(r"[^\S\n]+[a-zà-öø-ÿ]")
_DASH_AFTER_TITLE = re.compile(r"[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*|,[^\S\n]+(?:[^\W\d_]{1,12}[^\S\n]+\d{1,2}|\d{1,2}\.?[^\S\n]+[^\W\d_]{1,12})"
                               r"[^\S\n]*)?(?:[—–](?:[^\S\n]|$)|(?<=[^\S\n])-(?:[^\S\n]|$)|:[^\S\n]+(?=[a-zà-ÿ]))")
# a list item's title in sentence case, then the dash before the item's news: "El juego de las llaves – renovada"
_SENTENCE_CASE_DASHED = re.compile(r"([A-ZÀ-Ý][\w'’]*(?:[^\S\n]+[\w'’-]+){1,6}?)(?=[^\S\n]*[–—][^\S\n]+\S|[^\S\n]+-[^\S\n]+\S)")
_ITEM_DASH = re.compile(r"[^\S\n]*(?:[–—]|-)[^\S\n]+(?=\S)")
# a heading in sentence case that is its whole line, up to seven words ("2. El club de las viudas")
_SENTENCE_CASE_LINE = re.compile(r"([A-ZÀ-Ý][\w'’]*(?:[^\S\n]+[\w&][\w'’&-]*){1,6})[^\S\n]*")
# a sentence's end inside a line: its mark, then a space or the line's end
_SENTENCE_ENDS = re.compile(r"[.!?…](?:[^\S\n]|$)")
# a heading of capitalised words with a comma among them: "Hello, Landlord", "Goodbye, Mr. Han"
_COMMA_TITLE_LINE = re.compile(r"([A-ZÀ-Ý][\w'’.-]*(?:[^\S\n]+[A-ZÀ-Ý][\w'’.-]*)*,[^\S\n]+[A-ZÀ-Ý][\w'’.-]*"
                               r"(?:[^\S\n]+[A-ZÀ-Ý][\w'’.-]*){0,3}[!?]?)[^\S\n]*")
# a connector elided before the next word: "d'acier", "l'aube"
_ELIDED_CONNECTOR = re.compile(r"(\w+)['’](\w[\w'’-]*)")
# a year cut to two digits after a title, maybe after a connector of it ("Abi '99", "Class of '09")
_ELIDED_YEAR = re.compile(r"(?:[^\S\n]+(\w+))?[^\S\n]['’]\d{2}(?![\w'’])")
# a title in sentence case in brackets, maybe ending on a name ("(Noche en vela)", "(Las hermanas Vidal)")
_SENTENCE_CASE_BRACKET = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:[^\S\n]+[a-zà-ÿ'’-]+){1,5}(?:[^\S\n]+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?")
# a title's initials, maybe with an installment's number ("KSA 2"), its small words' maybe in lower case ("ZdW")
_INITIALS = re.compile(r"(?=[A-Za-z]*[A-Z][a-z]?[A-Z])[A-Z][A-Za-z]{1,4}(?:[^\S\n]+\d{1,2})?")
# a calendar's entry: a day and its month, either order, maybe its weekday in brackets, before a dash, a colon or a
# bar ("11 Maret - ...", "March 4 — ...", "7 de junho (sexta) — ...")
_DAY_MONTH_OPENING = re.compile(r"(?:[^\W\d_]+(?:-[^\W\d_]+)?,?[^\S\n]+)?(?:\d{1,2}\.?(?:[^\S\n]+de)?[^\S\n]+([^\W\d_]+\.?)|([^\W\d_]+\.?)[^\S\n]+\d{1,2})"
                                r"[^\S\n]*(?:\([^()\n]{1,15}\)[^\S\n]*)?[-–—:·|•]")
# ... or on a date in figures: "05.03.2026 – X", "12/03 - X", "Fr., 13.03. – X"
_NUMERIC_DATE_OPENING = re.compile(r"(?:[^\W\d_]+\.?,?[^\S\n]+)?\d{1,2}[./]\d{1,2}(?:[./](?:\d{4}|\d{2}))?\.?[^\S\n]*[-–—:·|•]")
# a mark that ends a clause or a line, between the words that something will not be and a title
_CLAUSE_MARK = re.compile(r"[,.;:!?\n]")
# a calendar's entry for a film and its number: "13/03/2026 – Sable rouge 2" (the date checked apart)
_CALENDAR_FILM = re.compile(r"^([^\n]{4,40}?[-–—:])[^\S\n]*([^\W\d_][^\n]{1,60}?)[^\S\n]+" + rf"(?:{SEQUEL_NUMBER}|{ROMAN})"
                            r"[^\S\n]*(?:\([^()\n]{1,40}\))?[^\S\n]*$", re.MULTILINE)
# a title's name in another language in brackets, after it on a heading line: "Die Töchter des Leuchtturms (Las hijas
# del faro), Staffel 3"
_BRACKETED_NAME = r"(?:[^\S\n]*\([^()\n]{1,60}\))?"
# between a heading's title and its season: "Kaltfront, Staffel 2", "Bright Hollow: season 4"
_HEADING_GAP = re.compile(_BRACKETED_NAME + r"[^\S\n]*[,:–—-]?[^\S\n]*")
# ... a comma or a dash there, with nothing after it: "Front froid, saison 2"
_SEPARATED = re.compile(_BRACKETED_NAME + r"[^\S\n]*[,–—-][^\S\n]*$")
# a name that opens a line before a colon ("Acker: Mehr Zeit."): an interview's speaker, where it opens several
_SPEAKER_LABEL = re.compile(r"^([A-ZÀ-Ý][\w'’.-]*(?:[^\S\n]+[A-ZÀ-Ý][\w'’.-]*){0,2}):[^\S\n]+(\S*)", re.MULTILINE)
# a year that ends a heading line ("Busan 1997")
_YEAR_ENDS_LINE = re.compile(r"[^\S\n]+((?:19|20)\d{2})[^\S\n]*")
_BRACKETED = re.compile(r"\([^()\n]*\)")
# an original title in brackets, its small words in another language's lower case ("(Casa de los Espejos)")
_ORIGINAL_TITLE = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:[^\S\n]+(?:[a-zà-ÿ]{1,3}|[A-ZÀ-Ý][\w'’-]*)){0,5}[^\S\n]+[A-ZÀ-Ý][\w'’-]*")
_LABEL_QUOTED = re.compile(r"[^\W\d_][\w-]*:[^\S\n]*[„\"“«‘]([^\"“”„«»‘’\n]{2,60}?)[\"“”»’]")
_QUOTED_PIECE = re.compile(r"[\"“„«‘'](.+?)[\"”“»’'](?:[^\S\n]+[a-zà-ÿ]+)?")
# a numbered line's number: "3. Alto voltaje"
_NUMBERED_LINE = re.compile(r"^\s*(?:(\d{1,2})[.)]|#(\d{1,2})[.):]?)[^\S\n]+\S")  # ("#3 " as "3. ")
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:[.)]|[^\S\n]*[-–—])|#\d{1,2}[.):]?|[-•*])\s+")  # ("1. ", "2) ", "3 - ", "4- ", "#5 ", "- ", "• ")
_SEPARATOR_AFTER = re.compile(r"[^\S\n]*(?::|–|—|[^\S\n]-)[^\S\n]*\S|" + _STOP_BEFORE_SEASON)
# a cast list's "Tarno Widjanarko sebagai Darso", "Ana Ruiz como Lucía", "Tom Hale as Jack": the name before is a person
# (its article and role words in lower case may come first: "Rodrigo Alencar como o delegado Brandão")
_AS_CHARACTER = re.compile(r"[^\S\n]+(?:as|sebagai|como|als|dans le rôle d['’]|dans le rôle de|no papel de|en el papel de)"
                           r"[^\S\n]+(?:[a-zà-ÿ][\w'’-]*[^\S\n]+){0,3}[A-ZÀ-Ý][\w'’-]+(?:[^\S\n]+[A-ZÀ-Ý][\w'’-]+)?[^\S\n]*(?:\n|$|[,(])")
# the work a season is of, named right after it: " of Glass Kingdom", " de « Lupin »", " dari The Trauma Code"
_OF_TITLE = re.compile(r"[^\S\n]+(?:of|de|del|do|da|dos|das|dari|von|der|des|du)[^\S\n]+"
                       r"(?:(?:the|el|la|le|los|las|les|die|das)[^\S\n]+)?[\"“'‘«„]?[^\S\n]?[A-ZÀ-Ý0-9]")
_ROLE_BEFORE_RUN = re.compile(r"[^\S\n](?:as|als|sebagai|como)[^\S\n]+$")  # "returns as [Detective Sigrun Ash]"
_INDEFINITE_BEFORE = re.compile(r"(?<![\w])(?:a|an|ein|eine|einen|einem|einer|un|une|una|um|uma|seorang|sebuah)[^\S\n]+$")
_COMMA_AFTER = re.compile(r"[^\S\n]*,[^\S\n]+")
_WORD_BEFORE = re.compile(r"[\w+&.-]+[^\S\n]+$")
# what follows a title that opens an item's line as its sentence: lower case, after a comma or not
_GOES_ON_LOWER = re.compile(r",?[^\S\n]+[a-zà-ÿ]")
# after the name a headline quotes: a colon, then the opening mark of the words
_SPEAKER_COLON = re.compile(r"[^\S\n]*:[^\S\n]*[«\"“„‚‘']")
# between a spinoff word and the new work's name: "une série préquelle, Valcourt 1912", "the spinoff: Iron Valley"
_SPINOFF_APPOSITION = re.compile(r"[^\S\n]*[,:–—][^\S\n]*[«\"“„'‘]?[^\S\n]*")
_YEAR_SUBTITLE = re.compile(r"[^\S\n]*:[^\S\n]*((?:1[89]|20)\d\d)(?![\w])")
# a comma and an article after a name, before what it is: "Bramblewood: 1962, a prequel"
_APPOSITION_ARTICLE = re.compile(r",[^\S\n]+(?:(?:a|an|the|un|une|el|la|le|um|uma|o|ein|eine|sebuah)[^\S\n]+)?(?:new[^\S\n]+)?",
                                 re.IGNORECASE)
_YEAR_AFTER_NAME = re.compile(r"[^\S\n]+(?:1[89]\d\d|20\d\d)(?=[,.;:)»\"”’'\s])")
# the rest of a list's line after a title that a number opens: " Reasons Why : annulée", " Coins (Netflix)"
_ITEM_AFTER_TITLE = re.compile(r"(?:[^\S\n]+[A-Z][\w'’-]*){1,5}[^\S\n]*(?:[:(–—]|-[^\S\n])")
# the years a series has run, in brackets after its title: " (2023-sekarang, HBO)", " (2019–2022)", " (2021-present)"
# (years of television: "era pendudukan di Lembah Hijau (1910-1945)" is a time in history)
_RUN_YEARS_BRACKET = re.compile(r"[^\S\n]*\((?:19[5-9]|20\d)\d[^\S\n]*[-–—][^\S\n]*(?:(?:19[5-9]|20\d)\d|sekarang|kini|present|now|presente|"
                                r"actualidad|hoy|atualmente|hoje|aujourd['’]hui|heute)(?:[^\S\n]*,[^()\n]{1,30})?\)")
# a name in brackets right after a title: " (HBO)"
_BRACKET_AFTER = re.compile(r"[^\S\n]*\(([^()\n]{1,25})\)")
# a heading's title before its bracket: "3. La ciudad sumergida (Netflix)", "Paper Moons (Hulu)"
_HEADING_BEFORE_BRACKET = re.compile(r"([^()\n]{2,60}?)[^\S\n]*\([^()\n]{1,40}\)[^\S\n]*[.:]?[^\S\n]*")
_HEADING_WITH_NAME = re.compile(r"([^()\n]{2,60}?)[^\S\n]*(\([^()\n]{1,40}\))[^()\n]{0,30}?[^\S\n]*(\([^()\n]{1,40}\))[^\S\n]*[.:]?[^\S\n]*")
# a title, its platform in brackets (maybe a verdict after a comma) and a colon, the item's text going on after it
_LEAD_HEADING = re.compile(r"([^()\n:]{2,60}?)[^\S\n]*\(([^()\n]{1,60})\):[^\S\n]+(?=\S)")
_HEADING_BEFORE_BAR = re.compile(r"([^()|·•\n]{2,60}?)[^\S\n]+[|·•–—][^\S\n]+[^()|·•–—\n]{1,40}?[^\S\n]*")
# an item's heading: its quoted title, a colon, its news in a few words ('„7 Tage Sylt": Netflix bestellt nach')
# (its platform in brackets before the colon too: "„Almfieber“ (Joyn): Entscheidung offen")
_QUOTED_COLON_HEADING = re.compile(r"[\"'“‘«„][^\S\n]?([^\"“”‘’«»„\n]{2,60}?)[^\S\n]?[\"'”’»“]"
                                   r"(?:[^\S\n]*\([^()\n]{1,30}\))?[^\S\n]*:[^\S\n]+[^\n]{2,90}")
# a round-up's verdict in capitals that labels a heading: "UNDECIDED: The Lantern Club (Apple TV+)"
_LABEL = re.compile(r"[A-ZÀ-Ý]{3,}(?:[^\S\n]+[A-ZÀ-Ý]{2,})?[^\S\n]*:[^\S\n]*")
# ... with its note in brackets, before a heading's title alone on its line: "RENEWED (FINAL SEASON): The Vanderhoek Affair"
_VERDICT_LABEL = re.compile(r"[A-ZÀ-Ý]{3,}(?:[^\S\n]+[A-ZÀ-Ý]{2,}){0,2}(?:[^\S\n]*\([A-ZÀ-Ý0-9]{2,}(?:[^\S\n]+[A-ZÀ-Ý0-9]{2,}){0,3}\))?"
                            r"[^\S\n]*:[^\S\n]*")
_VERDICT_BRACKET = re.compile(r"[^\S\n]*\([^\S\n]*[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?[^\S\n]*\)[^\S\n]*[.:]?[^\S\n]*")  # "(Canceled)"
_LABEL_COLON = re.compile(r"[^\S\n]*:[^\S\n]*")  # the colon after a heading's verdict ("Canceled: Stone Hearts")
# ... and a quoted one: "«Spätkauf Royal» (RTL+)"
_QUOTED_HEADING = re.compile(r"[\"'“‘«„][^\S\n]?([^\"“”‘’«»„\n]{2,60}?)[^\S\n]?[\"'”’»“][^\S\n]*\(([^()\n]{1,40})\)[^\S\n]*[.:]?[^\S\n]*")
# a dash between spaces: "Copper Kettles - RENEWED (Netflix)" names its status after its title
_DASHED_STATUS = re.compile(r"[^\S\n][-–—][^\S\n]")
# a nickname in quotation marks after a one-word name, its article first: "Toni 'el Lince'", "Billy 'the Kid'"
_NICKNAME_AFTER = re.compile(r"[^\S\n]+[\"'“‘«„](?:the|el|la|le|o|a|der|die|si|sang)[^\S\n]")
_NUMBER_INSIDE_HEADING = re.compile(rf"((?:[^\S\n]+(?:\d{{1,3}}|[A-ZÀ-Ý][\w'’-]*))*[^\S\n]+\d{{1,3}}(?:[^\S\n]+[A-ZÀ-Ý][\w'’-]*)+)"
                                    rf"[^\S\n]*\([^()\n]*[{_OTHER_SCRIPT_CHARS}]")
_NUMBER_INSIDE_LINE = re.compile(r"([^\S\n]+\d{1,3}(?:[^\S\n]+[A-ZÀ-Ý][\w'’-]*|[^\S\n]+[a-zà-ÿ]{1,3}(?=[^\S\n]+[A-ZÀ-Ý]))+)"
                                 r"[^\S\n]*(?:\([^()\n]*\))?[^\S\n]*$")
_NUMBER_IN_TITLE = re.compile(r"[^\S\n]+\d{1,3}(?![\w.,])")  # "Lantai 13": the number that ends a title
# The rest of an item's first sentence when it is the title alone: its other name in brackets, a full stop.
_LINE_SPACES = re.compile(r"[^\S\n]*")
# the mark after a name that labels what follows: "Wawancara Dimas Prakoso: ..."
_LABEL_END = re.compile(r"[^\S\n]*[:|–—]")
_ALONE_IN_ITEM = re.compile(r"[^\S\n]*(?:\([^()\n]{1,60}\))?[^\S\n]*[.:]?[^\S\n]*")
# After the title that opens a list item: a comma too ("• Dark, la série allemande, ...").
_ITEM_SEPARATOR = re.compile(r"[^\S\n]*(?:,|:|–|—|[^\S\n]-)(?=[^\S\n]*\S)")
# An interview with someone: the quoted name after it is the outlet that interviews.
_ARTICLES = frozenset("the a an la le les el los las o os as die der das il lo".split())
# the preposition between a verb of ending and the work it ends: "pone fin a Calle Sur", "pulled the plug on Ash Lane"
_END_OBJECT_GAP = re.compile(r"[^\S\n]+(?:a|al|à|ao|on|de|del|para)[^\S\n]+"
                             # ("One of the latest shows canceled early was Y: The Last Man": what the copula names)
                             r"|(?:[^\S\n]+(?:early|recently|this[^\S\n]+(?:week|month|year)|so[^\S\n]+far))?[^\S\n]+(?:was|is|were|are)[^\S\n]+")
# an order, a renewal or a pickup given "to" the name after it (see `find`)
_ORDER_TO = re.compile(r"(?<![\w])(?:order|renewal|pickup|pick-up|greenlight|green light|nod)[^\S\n]+to[^\S\n]+$")
# two names of two capitalised words each, joined by "and": "Orlando Vega y Cara Delmonte" (see `plausible`)
_NAME_PAIR = re.compile(r"([A-ZÀ-Ý][\w'’-]+) ([A-ZÀ-Ý][\w'’-]+) (?:and|y|e|et|und|dan|&) ([A-ZÀ-Ý][\w'’-]+) ([A-ZÀ-Ý][\w'’-]+)")
# the auxiliary right after a sentence's opening name: "The Middle was renewed for a sixth season"
_AUXILIARY_AFTER = re.compile(r"[^\S\n]+(?:was|is|has|have|had|will|would|won['’]t|got|gets|returns|returned|are|were)(?![\w])")
# a person's name and "as" right before a run: the part that person plays ("Lea Brandt als Teilzeit-Detektivin")
_PLAYED_AS_BEFORE = re.compile(r"(?<![\w])[A-ZÀ-Ý][\w'’-]+[^\S\n]+[A-ZÀ-Ý][\w'’-]+[^\S\n]+(?:als|as|comme|como)[^\S\n]+$")
# ... and in French, Spanish and Portuguese, a verb of return or of having: "Les Vergers reviendra", "La Bruma tendrá"
_RETURN_VERB_AFTER = re.compile(r"[^\S\n]+(?:ne[^\S\n]+)?(?:reviendra|reviendront|revient|reviennent|aura|auront|sera|seront|"
                                r"volverá|volverán|regresará|regresarán|vuelve|regresa|tendrá|tendrán|será|serán|"
                                r"voltará|voltarão|volta|retornará|terá|terão|ganhará|ganha)(?![\w])")
# "of" inside a name in capitals: "Disparus de Brest", "House of Reeds"
_INNER_OF = frozenset("of de des du del da do dos das von".split())


def _named_words(title: str) -> list[str]:
    """The words of a title that must be capitals: not its opening article, nor an inner "of" and the article after
    it ("The House of Reeds": House, Reeds; "Keepers of the Flame": Keepers, Flame)."""
    words = title.split()
    words = words[1 if words[0] in _CAPITAL_ARTICLES and len(words) > 1 else 0:]
    return [w for i, w in enumerate(words) if w not in _INNER_OF
            and not (i and words[i - 1] in _INNER_OF and w in _ARTICLES)]
# between "a sequel" and the title it continues: "to", "of the hit", "des Kinohits", "de la película"
_SEQUEL_OF = re.compile(r"[^\S\n]+(?:to|of|for|de|del|da|do|du|des|von|der|dari|untuk)(?:[^\S\n]+(?:the|el|la|le|o|a|die|das|l['’]))?"
                        r"(?:[^\S\n]+[\w-]+)?[^\S\n]+$", re.IGNORECASE)

# a capitalised noun and its adjective that end a clause: "Les Nuits blanches ?"
_NOUN_AND_ADJECTIVE = re.compile(r"[^\W\d_][\w'’-]*[^\S\n]+[^\W\dA-ZÀ-Ý_][\w'’-]*[^\S\n]*(?:[?!.:;,»]|\n|$)")
# a list's item line: its title, its platform in brackets, a colon or a dash ("Quiet Hours (NBC): Pending")
_BRACKETED_ITEM = re.compile(r"[\"“'‘«]?[A-Z0-9À-Ý][^\n():]{1,60}?[^\S\n]\([^()\n]{1,25}\)[^\S\n]*[:–—-]")
_CAPITAL_WORD_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’-]*[^\S\n]+$")  # "Losmen Kenanga": a capitalised word right before
# an adjective of origin or genre after the kind of work, in the languages that put it there: "gallega", "brasileira",
# "française", "dramatique", "policíaca"
_KIND_ADJECTIVE = (r"(?:[a-zà-ÿ]+(?:an[ao]s?|eg[ao]s?|es[ae]s?|és|ic[ao]s?|ist[ae]s?|ens[ea]s?|eir[ao]s?|aise|ais|aine|ain|ienne|ien|iques?)"
                   # (the genres that end otherwise: "le thriller adolescent X", "la série policière X", "a série juvenil X")
                   r"|adolescente?s?|polici(?:er|ère|al|aca)s?|judiciaire|juveni(?:l|les)|médica(?:l|le)?s?|criminal(?:es)?"
                   r"|sobrenatural(?:es)?|surnaturel(?:le)?|animée?s?|animad[ao]s?"
                   # (or a genre after "de": "a série de mistério X", "la serie de ciencia ficción X", "la série d'horreur X")
                   r"|(?:de|d['’])[^\S\n]*(?:mist[eé]rio|misterio|terror|suspense|suspenso|com[eé]dia|acci[oó]n|a[cç][aã]o|action|"
                   r"ci[eê]ncia[^\S\n]+fic(?:ç|c)i[oó]n|fic(?:ç|c)[aã]o[^\S\n]+cient[ií]fica|science-fiction|horreur|[eé]poca|époque|fantas[ií]a|fantasy|"
                   r"espionnage|espionaje|espionagem|zombis?|zumbis?|zombies?))")
# the verb "to be" right before a name, and the sentence's end right after it (see `find`)
_COPULA_BEFORE = re.compile(r"(?<![\w])(?:is|was|are|were|é|foi|são|foram|es|fue|son|fueron|est|était|sont|étaient|ist|war|sind|waren|adalah|ialah)[^\S\n]+$")
# ... or a relative clause on a thing right after it: ", que ganhou", ", which earned", ", qui a", ", yang"
_THING_RELATIVE_AFTER = re.compile(r",[^\S\n]+(?:que|which|qui|yang|die|das|der)[^\S\n]")
# a verb of giving right before a name, and the renewal given right after it ("has given Redline an early renewal")
_GIVEN_BEFORE = re.compile(r"(?<![\w])(?:given|gave|gives|give|handed|hands|hand|granted|grants|awarded)[^\S\n]+$")
_RENEWAL_GIVEN_AFTER = re.compile(r"[^\S\n]+(?:an?|its|another)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?"
                                  r"(?:renewal|order|pickup|pick-up|green[- ]?light|greenlight)(?![\w])")
# the comma after a season, before the platform that says what the sentence tells ("..., CBS announced Friday")
# (its verb may come first: ", anunciou a Globo", ", a annoncé TF1", ", anunció Antena 3"; see `platform_says_after`)
_PLATFORM_SAYS_AFTER = r",[^\S\n]+(?:[a-zà-öø-ÿ]+[^\S\n]+){0,2}?(?:(?:the|a|o|la|el|le)[^\S\n]+)?"
_SENTENCE_END_AFTER = re.compile(r"[\"”»’]?[^\S\n]*(?:[.!]|$)")
_GAP_AFTER_MENTION = re.compile(
    # (after the quotation that holds the season: "qu'elle « écrit déjà la saison 2 » des Filles du Marais")
    r"(?:[^\S\n]*[»”\"])?"
    r"(?:[^\S\n]+(?:of|de|del|do|da|dos|das|dari|from|von|der|des|du|for|untuk|pour|para|für))?"
    # (not the English "as" of a role: "will return for a second season as Queen Ilse"; nor a German article with no
    # preposition before it, the object of a clause: "in einer 5. Staffel die Liebesgeschichten ... erzählen")
    r"(?:[^\S\n]+(?!(?-i:as)[^\S\n])(?:the|el|la|le|los|las|les|o|a|os|as|(?:(?<=von )|(?<=für ))(?:die|das)))?(?:[^\S\n]+(?:{type}))?[^\S\n]*[:–—-]?[^\S\n]+$"
    r"|[^\S\n]+d['’]$"  # "la saison 5 d'Avenue Montaigne"
)


_WORD = re.compile(r"\w+")
# a dash between words, as an aside opens with
_ASIDE_DASH = re.compile(r"[^\S\n][–—-][^\S\n]")
_QUOTE_OPENERS = "\"“'‘«„"
_RELATIVE_OPENING = re.compile(r",[^\S\n]+(?:which|that|que|qui|die|den|das|yang)[^\S\n]+")  # ", which Netflix renewed"
_QUOTE_CLOSERS = "\"”’'»“"  # ("„Titel“": German closes on “)
_NUMBER_AFTER = re.compile(r"[^\S\n]+\d{1,2}(?!\d)")
_TITLE_NUMBER = re.compile(  # three digits after a title, or two with a leading zero: "Kamar 305", "Rukun Tetangga 05"
    # (or two from 13 on, past any sequel's number: "Kitchen 27", "Floor 13", before a mark too: "Kitchen 27,")
    r"[^\S\n]+(?:[1-9]\d\d|0[1-9]|1[3-9]|[2-9]\d)(?![\w%/]|[.,:-]\d)")
# ... or one between capitalised words, the title going on after it: "Kelas 12 IPS 3"
_INNER_NUMBER = re.compile(r"[^\S\n]+\d{1,3}[^\S\n]+[A-Z][A-Za-z]*(?:[^\S\n]+\d{1,3}(?![\w.,%:/-]))?(?![\w])")
# ... or any number after a word for "number": "Rumah Dinas Nomor 9", "Apartment No. 9"
_NUMBER_AFTER_NOUN = re.compile(r"[^\S\n]+\d{1,3}(?![\w.,%:/-])")
# ... or, where a season "of" it is named, any number after it, maybe before a mark ("a third season of Precinct 14,")
_NUMBER_CLOSING = re.compile(r"[^\S\n]+\d{1,3}(?![\w%/]|[.,:-]\d)")
# the words for "of", with an article after them maybe ("la deuxième saison de Brigade 13", "the second season of the")
OF_WORDS = r"(?:of|de|del|do|da|dos|das|dari|von|der|des|du|di|zur|zum)"
_FANS_OF = r"(?:of|de|del|do|da|dos|das|dari|von|des|du)"  # ("akun gosip di Instagram": not "in")
_NOT_AFTER = re.compile(r"\(\?<!(?:[^()]|\([^()]*\))*\)")  # a pattern's "not after" groups: "(?<!untuk )"
_FANS_OF_LEAD = re.compile(r"\w+[^\S\n]+" + _FANS_OF + r"[^\S\n]+")  # "Fans of " before a title
OF_THE = re.compile(r"[^\S\n]+" + OF_WORDS + r"(?:[^\S\n]+(?:the|la|le|les|el|los|las|o|a|os|as|die|das|dem))?[^\S\n]+",
                    re.IGNORECASE)
_NUMBER_NOUNS = frozenset("nomor number nummer número numero numéro no nr".split())
_SEQUEL_APPOSITION = re.compile(r"[\"”“»’']?,[^\S\n]+(?:" + _KIND_ARTICLE + r"[^\S\n]+)?"
                                r"(?:sequel|continuação|continuación|secuela|sequência|suite|Fortsetzung|sekuel|lanjutan)(?![\w])",
                                re.IGNORECASE)
_NUMBERED_SEQUEL = re.compile(rf"[^\S\n](?:{SEQUEL_NUMBER})" + _SEQUEL_APPOSITION.pattern, re.IGNORECASE)  # "Saci 2, continuação"
_SEQUEL_NUMBER = re.compile(rf"\s+({SEQUEL_NUMBER})(?![\w%])(?![.,]\d)")
_DATELINE_AFTER = re.compile(r"[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?(?:,[^\S\n]*\w+[^\S\n]*\d{0,2}[^\S\n]*)?[—–-]")
# "Berlin (kpa) – ...", "Madrid (serienmarkt.report) – ...": the agency one word (not "Emberfall (season 3) — ..."); or
# the line's date after a comma: "Cannes (enviado especial), 14 de octubre de 2025"
_DATELINE_AGENCY = re.compile(r"[^\S\n]*\((?:([^()\s\d]{2,30})\)[^\S\n]*[—–-]|([^()\n\d]{2,30})\),[^\n]*\d{4}[^\S\n]*(?:\n|$))")
_DATELINE_WEEKDAY = re.compile(r"[^\S\n]*[—–-][^\S\n]*([^\W\d_]+(?:-[^\W\d_]+)?),[^\S\n]*\d")
_VERB_GAP = re.compile(r"[^\S\n]+(?:[^\W\d_]+[^\S\n]+){1,3}")
_CODE = re.compile(r"[A-Z]{1,3}\d{1,3}")
# a quoted name that reports, an outlet's: 'wie „Deadline“ berichtet', 'as "Variety" reports', 'comme le rapporte
# « Le Parisien »' is before it (see outlet_before)
# (not a verb of writing: 'Schöpfer von „Ebbe“ schreibt schon an Staffel 3' is the work's creator)
_REPORTS_AFTER = re.compile(r"[\"”»“’'„«]?[^\S\n]*,?[^\S\n]+(?:berichte(?:t|te|ten)|meldet(?:e|en)?|reports|reported|rapporte|a rapporté|"
                            r"informa|informó|informou|reporta|reportó|melaporkan)(?![\w])")
# a site's name: "SinemaTimur.com", "Kompas.id", "Cineserie.fr" (an outlet, never a title)
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|id|co\.id|co\.uk|de|fr|es|pt|br|com\.br|it|tv|info|news)",
                     re.IGNORECASE)
# after a channel in a TV listing, its hour: "Channel 4, 10pm", "BBC One, 9pm", "France 2 – 21h10"
_LISTING_SLOT = re.compile(r"[^\S\n]*[,–—|-][^\S\n]*\d{1,2}(?:[.:h]\d{2})?[^\S\n]*(?:[ap]\.?m\.?|h|Uhr|WIB)?[^\S\n]*$", re.IGNORECASE)
# a description set off after a quoted title: '"Ridgeback," the ranch thriller that ...', '..., a comedy about ...'
_APPOSITIVE_AFTER = re.compile(r"[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,3}?[\w'’-]+"
                               r"(?=,|[^\S\n]+(?:that|which|about|from|set|starring|created|based)[^\w])")
# (an emoji too: '"Pronto, muy pronto 😉"' is a reply, no title)
_SPEECH_PUNCTUATION = re.compile(r"[.!?;,]\s*$|[.!?;]\s|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_ABBREVIATION_DOT = re.compile(r"(?<![\w.])([A-Z][a-z]{0,3})\.(?=\s)")
# an initialism written with its dots: "G.L.O.W.", "S.W.A.T."
_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}")
# a heading line of capitalised words with one comma inside: "Love, Victor", "Dear Ellen, Again" (four words at most)
_COMMA_HEADING = re.compile(r"[A-Z][\w'’-]*(?:[^\S\n][A-Z][\w'’-]*)?,[^\S\n][A-Z][\w'’-]*(?:[^\S\n][A-Z][\w'’-]*)?[^\S\n]*")


def _undotted(m: re.Match[str]) -> str:
    return m.group(1) if m.group(1).lower() in ABBREVIATIONS else m.group()
_PART_WORD = re.compile(r"(?:Season|Part|Partie|Parte|Chapter|Musim|Temporada|Saison|Staffel|Teil)$")
_ARTICLE_BEFORE = re.compile(r"(?<=[\w,])[^\S\n]+(The|La|Le|Les|El|Los|Las|Die|Der|Das|O|Os|As)[^\S\n]+$")
_ELIDED_OF = ("d'", "d’")
_ELIDED_THE = ("l'", "l’")
_AND = r"(?:and|&|dan|y|e|et|und)"  # the word that joins the last two items of a list
# a credit's word (_CREDIT_WORDS) and the list of names after it, up to the one at the end: "starring Zoe Vance, Nora
# Kell and " (each a person, as "The series stars Zoe Vance" makes her)
_CREDIT_LIST_BEFORE = re.compile(r"(?<![\w])(?:" + _CREDIT_WORDS + r"|co-starring|stars|co-stars|dibintangi[^\S\n]+oleh)"
                                 r"(?:[^\S\n]+(?-i:[A-ZÀ-Ý][\w'’.-]*)(?:[^\S\n]+(?-i:[A-ZÀ-Ý][\w'’.-]*)){0,3},)*"
                                 r"(?:(?:[^\S\n]+(?-i:[A-ZÀ-Ý][\w'’.-]*)){0,4}[^\S\n]+" + _AND + r")?[^\S\n]+$", re.IGNORECASE)
# a capitalised word right before: a first name before a surname's article ("Soizic Le Bihan")
_SURNAME_ARTICLES = ("Le", "La", "Du", "De", "Da", "Di")
_NAME_BEFORE = re.compile(r"(?<![\w])([A-ZÀ-Ý][a-zà-ÿ]+)[^\S\n]+$")
# a name in the possessive right before a run: "Netflix's Cold Latitude" (its last letters first, for a quick look)
_POSSESSIVE_S = ("'s", "’s")
# a possessive right before a quoted title (its maker's name before it: "Mara Quint’s “Low Tide”")
_OWNER_OF_QUOTED = re.compile(r"['’]s[^\S\n]+[\"“‘'«]")
# the word before the agent of a decision's participle ("annulée par Netflix", "has been axed by Halcyon")
_AGENT_WORD = re.compile(r"[^\S\n]+(?:by|par|por|pela|pelo|von|oleh)[^\S\n]+")
# an English determiner in capitals that opens a title ("drama Our Blue Summer", "serial My Lovely Liar"), not a word of
# the work's origin or platform between its kind and its title
_TITLE_DETERMINERS = frozenset(("Our", "My", "Your", "His", "Her", "Their", "Its", "This", "That", "These", "Those"))
# the word joining a kind of work to its platform before the title: "la serie de Netflix X", "a série da HBO X"
_PLATFORM_OF = frozenset(("de", "da", "do", "del", "dari"))
_OWNER_BEFORE = re.compile(r"([^\W\d_][\w+&.-]*(?:[^\S\n]+[^\W\d_][\w+&.-]*){0,2})['’]s[^\S\n]+$")
# ("Netflix's Tudum Live event", "Prime Video's U.K. Top 10": what a platform holds that is no work)
_THING_AFTER = re.compile(r"\.?[^\S\n]+(?:[Tt]op[^\S\n]*\d+|event|events|showcase|festival|presentation|panel|app|account|chart|charts|list|ranking|"
                          r"deal|division|unit|team|page|site|platform|service)(?![\w])")
# a song, a hashtag or a post named right after a quotation: 'singing a "Happy Birthday" song' (no work of the screen)
_SONG_AFTER = re.compile(r"[^\S\n]+(?i:song|single|album|track|anthem|hashtag|tweet|lagu|canción|chanson|lied|música|hino)(?![\w])")
# between the items of a list: "A, B and C", "A, B, dan C"
# (quoted names too: "renews 'A', 'B' and 'C'", "'A,' 'B' and 'C'", "verlängert „A", „B" und „C"", "renouvelle « A », « B » et « C »")
_LIST_GAP = re.compile(rf"(?:[^\S\n]?[\"'”’»“])?(?:,[\"'”’»]?[^\S\n]*(?:{_AND}[^\S\n]+)?|[^\S\n]+{_AND}[^\S\n]+)(?:[\"'“‘«„][^\S\n]?)?")
# another quoted name right after one: "'A,' 'B' and 'C'"
_QUOTED_NEXT = re.compile(rf"[^\S\n]+(?:{_AND}[^\S\n]+)?['‘“\"«„]")
# a quotation in lower case listed right after another, or right before it: '"Conclusion finale", "épisode final"'
_LOWER_QUOTE_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*[\"“'‘«„][^\S\n]*[a-zà-ÿ][^\"”’'»\n]{0,40}[\"”’'»]")
_LOWER_QUOTE_BEFORE = re.compile(r"[\"“'‘«„][^\S\n]*[a-zà-ÿ][^\"”’'»\n]{0,40},?[^\S\n]*[\"”’'»][^\S\n]*,[^\S\n]*$")
# ... or a relative clause on it, the comma kept inside the mark: '"Revenge," which ABC confirmed is ending'
_RELATIVE_AFTER_QUOTE = re.compile(r"[^\S\n]+(?:which|whose|que|qui|dont|cuya|cujo|cuja|yang|die|der|das)[^\S\n]")
_AND_IN = re.compile(rf"(?<![\w]){_AND}(?![\w])")
# the word or comma that joins a list's items right before a name: the name is one of them ("dibintangi oleh A, B, dan C")
_LIST_JOINER_BEFORE = re.compile(rf"(?:,|(?<![\w]){_AND})[^\S\n]+$")
_LIST_AND_WORD = re.compile(_AND)
# "Loket 9 [untuk] musim kedua", "Counter 9 [for a] second season", "Station 19 season 7", "Station 19 [has been renewed
# for a] seventh season"
_WORDS_BEFORE_SEASON = re.compile(r"[^\S\n]+(?:[^\W\d]+[^\S\n]+){0,5}")
_LIST_AND = re.compile(rf"[^\S\n]+{_AND}[^\S\n]+(?=[A-ZÀ-Ý])")
_ARTICLE_AFTER_AND = re.compile(r"(?:The|La|Le|Les|El|Los|Las|O|Os|As|Die|Der|Das)[^\S\n]+[A-ZÀ-Ý]")
_FROM_WORK = re.compile(r"[^\S\n](?:of|to|from|de|del|do|da|du|des|von|zu|dari|untuk)[^\S\n]|[.;:!?]")
# a bracketed name in another script right after a run: "Midnight Counsel (한밤의 변호인)"
_OTHER_SCRIPT_BRACKET = re.compile(rf"[^\S\n]*\([^()\n]{{0,12}}[{_OTHER_SCRIPT_CHARS}][^()\n]{{0,24}}\)")
# before a run, the words of a romanised Japanese title up to it, joined by particles in lower case ("Kagerou no"), and
# the bracket in Japanese script after it that shows it is one
_ROMAJI_HEAD = re.compile(r"(?<![\w])(?:[A-Z][a-zāīūēō]+[^\S\n]+(?:no|to|wa|ga|ni|wo)[^\S\n]+)+$")
# (a name in Japanese script writes its words without spaces: "(灯籠の駅)")
# a heading line of a title and its name in another script in brackets: "La estación de los faroles (灯籠の駅)"
_NAMED_HEADING = re.compile(rf"(?m)^[^\S\n]*([A-ZÀ-Ý][^\n()]{{2,60}}?)[^\S\n]*\([^()\n]{{0,12}}[{_OTHER_SCRIPT_CHARS}][^()\n]{{0,24}}\)[^\S\n]*$")
_SEQUEL_OR_ROMAN = re.compile(rf"(?:{SEQUEL_NUMBER}|{ROMAN})")
_JAPANESE_RUN = re.compile(rf"[{_JAPANESE_CHARS}]")
_JAPANESE_BRACKET = re.compile(rf"[^\S\n]*\([^()\n]{{0,12}}[{_JAPANESE_CHARS}][^()\n]{{0,24}}\)")
_LOWER_WORDS = re.compile(r"(?:[^\S\n]+[a-zà-ÿ][\w'’-]*){1,4}")
_SENTENCE_END = re.compile(r"[.;!?\n]")
# the word or colon that opens a list ending a sentence: "second seasons, namely A and B", "musim kedua, yaitu A dan B"
_LIST_INTRO = re.compile(r"(?:[:—–]|,?[^\S\n]+(?:namely|including|among them|yaitu|yakni|termasuk|antara lain|di antaranya|"
                         r"nämlich|darunter|notamment|à savoir|a saber|incluindo|incluyendo|entre ellas|entre elas))[^\S\n]+$",
                         re.IGNORECASE)
_LIST_SPLIT = re.compile(rf"[^\S\n]+{_AND}[^\S\n]+|,[^\S\n]*")
# a preposition that may stand inside a title ("Stars over Busan") or between two ("picks Iron Tide over Lantern Road")
_PLACE_JOIN = re.compile(r"[^\S\n]+(?:in|at|on)[^\S\n]+(?=[A-ZÀ-Ý])")
_PREPOSITION_JOIN = re.compile(r"[^\S\n]+(?:over|under|into|beyond|without|beneath|behind|upon|through|across)[^\S\n]+(?=[A-ZÀ-Ý])")


# the words of a headline's rest, a compound's parts apart ("Hit-Serie")
_WORD_SPLIT = re.compile(r"[\s\-–]+")
# a headline's first words before its colon, its label: "BRUME : entretien avec la productrice ..."
# (its platform maybe in brackets after it: "Braise (Canal+) : quatre saisons prévues ?")
_HEADLINE_LABEL = re.compile(r"[^\S\n]*([A-ZÀ-Ý0-9][^\s:()]*(?:[^\S\n]+[^\s:()]+){0,4}?)(?:[^\S\n]+\([^()\n]{1,30}\))?[^\S\n]?:[^\S\n]")
# ... and one with its platform in brackets: "Quatre murs et demi (France 3) : ..."
_PLATFORM_LABEL = re.compile(r"[^\S\n]*([A-ZÀ-Ý0-9][^\s:()]*(?:[^\S\n]+[^\s:()]+){1,5}?)[^\S\n]+\(([^()\n]{1,30})\)[^\S\n]?:[^\S\n]")
# a headline's colon after its first words ("Écume : doit-on ...", "Écume: ...")
_COLON_AFTER = re.compile(r"[^\S\n]?:[^\S\n]+")
# a platform named after a title and its "von" ("Faro von Netflix")
_PLATFORM_TAIL = re.compile(r"[^\S\n]+(?:von|bei)[^\S\n]+(\S.*)$")
# a title joined to a numbered season's noun by a hyphen, German style ("Rote-Erde-Staffel 2")
_COMPOUND_TITLE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’&.]*(?:-[A-ZÀ-ÖØ-Þ0-9][\w'’&.]*)*$")


def normalise(title: str) -> str:
    """The form used to compare titles: lower case, no accents, no punctuation, '&' as 'and'."""
    title = unicodedata.normalize("NFKD", title.replace("&", " and "))
    title = "".join(c for c in title if not unicodedata.combining(c))
    return " ".join(_WORD.findall(title.lower()))


# a person's name set off by commas after a work ("Ember Parish, Lola Vance, mengungkapkan"), one before a role
# word ("Kim Ji-ho, sutradara ..."), a clause going on after a comma ("..., memastikan")
_NAME_SET_OFF = re.compile(r",[^\S\n]*[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'’.-]*)+[^\S\n]*,")
_NAME_COMMA_END = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*[\w],[^\S\n]*$")
_COMMA_CLAUSE = re.compile(r",[^\S\n]+[a-zß-öø-ÿ]")


@dataclass
class Work:
    """A work found in one article, with every span where the article names it."""

    title: str
    aliases: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    strength: int = 0
    spinoff: bool = False  # the article calls it a spinoff or a prequel: a new work, whose first season is news

    def names(self) -> list[str]:
        return [self.title] + [a for a in self.aliases if a != self.title]


@dataclass(frozen=True)
class Header:
    """A list item's header line: the work the following sentences speak of."""

    sentence: int
    work: str


def _named_apart(text: str, start: int, join: re.Match[str], end: int) -> bool:
    """Whether the article names both sides of "A and B" on their own more often than together."""
    whole = len(occurrences(text, text[start:end]))
    return len(occurrences(text, text[start:join.start()])) > whole and len(occurrences(text, text[join.end():end])) > whole


def _verdict_end(text: str, at: int, making_ends: dict[int, list[int]]) -> int:
    """Where a decision word that stands at `at` alone before a full stop ends ("... : Renewed. Max picked up ..."), a
    round-up's verdict; -1 for none (`making_ends`: where each decision word that starts at a place ends)."""
    # (or alone at its line's end: "Stone Hearts: Canceled" over the item's paragraph)
    return next((b for b in making_ends.get(at, ()) if text[b:b + 1] in (".", "!", "\n", "")), -1)


def _runs_without_verdict(text: str, runs: list[tuple[int, int]], making_ends: dict[int, list[int]],
                          body: bool = True) -> list[tuple[int, int]]:
    """Runs that end on a colon and a decision word alone before a full stop ("The Copper Line: Renewed. Max picked up
    a second season ..."), a round-up's verdict on the title before it, without that verdict (in capitals, see
    _without_verdict); and no run that is a decision word alone."""
    out = []
    for start, end in runs:
        # ("The Lodge (CBS) — Picked up for a third season": a decision word in capitals is no title; a headline's
        # runs are read as they stand, "Resmi! X Lanjut Musim Kedua")
        if body and any(end <= b for b in making_ends.get(start, ())) and " " not in text[start:end]:
            continue
        colon = text.rfind(":", start, end)
        if colon > start and _verdict_end(text, end - len(text[colon + 1:end].lstrip()), making_ends) == end:
            end = start + len(text[start:colon].rstrip())
        out.append((start, end))
    return out


def _split_listed(text: str, runs: list[tuple[int, int]], pair_before: re.Pattern[str] | None = None,
                  pair_after: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Runs that join two titles by "and" (a title connector elsewhere: "Law and Order") split in two: the last two
    items of a list after a comma ("Iron Orchard, Paper Moons and The Lighthouse Keepers"), two parts the article also
    names on their own, an "and" before a capitalised article ("... and The Quiet Year", "... et Les Oubliés"), or words
    around them that count two ("the freshman comedies Office Hours and Coffee Shop", "... each"); and
    runs that join two titles the article also names on their own by a preposition ("Iron Tide over Lantern Road")."""
    out: list[tuple[int, int]] = []
    for start, end in runs:
        join = None
        for m in _LIST_AND.finditer(text, start, end):
            join = m
        if join is not None:
            listed = bool(out) and text[out[-1][1]:start].strip() == "," and "\n" not in text[out[-1][1]:start]
            # (the words around it that count two: PAIR_BEFORE, PAIR_AFTER; not a plural verb alone: "Rick and Morty are
            # back")
            plural = pair_before is not None and pair_before.search(text, max(0, start - 30), start) is not None or \
                pair_after is not None and pair_after.match(text, end) is not None
            if listed or plural or _ARTICLE_AFTER_AND.match(text, join.end()) or _named_apart(text, start, join, end):
                out += [(start, join.start()), (join.end(), end)]
                continue
        join = next(_PREPOSITION_JOIN.finditer(text, start, end), None)
        if join is not None and _named_apart(text, start, join, end):
            out += [(start, join.start()), (join.end(), end)]
            continue
        # ("the second season of Wild Coast in Cape Town", the headline naming "Wild Coast": a title of two words or
        # more that the article names on its own more often, then a place after its preposition)
        place = next(_PLACE_JOIN.finditer(text, start, end), None)
        if place is not None and " " in text[start:place.start()].strip() and \
                len(occurrences(text, text[start:place.start()])) > len(occurrences(text, text[start:end])):
            out.append((start, place.start()))
            continue
        out.append((start, end))
    return out


# a possessive's ending: "Netflix's" (a platform's name before it), "Nielsen's" (a source's, see engine._source_name)
_APOSTROPHE_S_END = re.compile(r"['’]s$")


def _plural_possessive(tokens: list[tuple[int, int, str]], capital: list[bool], first: int, k: int) -> bool:
    """Whether tokens[k] is the apostrophe of a plural possessive inside a title ("Liars' Island"): right after a
    capitalised word in "s", before another capitalised word, and no single quotation mark opens the run."""
    return tokens[k][2] in ("'", "’") and tokens[k - 1][2].endswith("s") and tokens[k - 1][1] == tokens[k][0] \
        and k + 1 < len(tokens) and capital[k + 1] and tokens[k + 1][0] == tokens[k][1] + 1 \
        and not (first > 0 and tokens[first - 1][2] in ("'", "‘"))


def _capitalised(word: str) -> bool:
    """Whether a word opens on a capital, after an elided article or "de" too ("l'Aube", "d'Orion")."""
    return word[:1].isupper() or (word[:2] in _ELIDED_THE + _ELIDED_OF and word[2:3].isupper())


def _capital(word: str) -> bool:
    """A word of a title: capitalised, or a number with a capital in it ("4K")."""
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))


class TitleFinder:
    """Finds works in one article; compiled once per language."""

    def __init__(self, pack: Pack):
        self.connectors = {w.lower() for w in pack["TITLE_CONNECTORS"]}
        # ("4. Ein Sommer in Lissabon": the small words that join a numbered heading's capitalised words into one title)
        self.heading_connectors = re.compile(r"(?:[^\S\n]+(?:" + alternation(pack["HEADING_CONNECTORS"]) + r"))+[^\S\n]+") \
            if pack["HEADING_CONNECTORS"] else None
        self.months = {m.lower() for m in pack["MONTHS"]}
        # the months' names written in full ("Mei", "March"; not "Mar", the first word of "Mar de Dentro")
        longest = {n: max(len(m) for m, k in pack["MONTHS"].items() if k == n) for n in set(pack["MONTHS"].values())}
        self.full_months = {m.lower() for m, n in pack["MONTHS"].items() if len(m) == longest[n]}
        self.units = re.compile(alternation(pack["NUMBER_UNITS"]) if pack["NUMBER_UNITS"] else "(?!)", re.IGNORECASE)
        self.weekdays = {w.lower() for w in pack["WEEKDAYS"]}
        self.day_names = self.months | self.weekdays  # ("Summer Friends on Monday")
        # one-word parts and seasons of a year ("Ende", "Sommer"), and what follows them in a date
        self.year_words = {w.lower() for key in list(pack["YEAR_PARTS"]) + list(pack["YEAR_SEASONS"])
                           for w in re.findall(r"[^\W\d_]{4,}", key)}
        self.year_after = re.compile(r"[^\S\n]+(?:\d{4}(?![\w])|" + alternation(pack["NEXT_YEAR"] + pack["THIS_YEAR"]) + ")",
                                     re.IGNORECASE)
        self.kind_before = re.compile(alternation(pack["KIND_BEFORE_TITLE"])) if pack["KIND_BEFORE_TITLE"] else None
        # between a title and the word of its cancellation after it, an auxiliary or two ("has been", "a été", "wurde")
        self.event_gap = re.compile(r"[^\S\n]+" + alternation(pack["EVENT_AUXILIARIES"]) + r"[^\S\n]+") \
            if pack["EVENT_AUXILIARIES"] else None
        # ... or the event's words that open on one ("is done at Netflix")
        self.auxiliary_opening = re.compile(alternation(pack["EVENT_AUXILIARIES"]) + r"[^\S\n]", re.IGNORECASE) \
            if pack["EVENT_AUXILIARIES"] else None
        # "músicos de chorinho na Lapa e foi renovada": a one-word place after its preposition (PLACE_PREPOSITIONS)
        # takes no strength from the event or the season beside it
        self.place_before = re.compile(r"(?<![\w])" + alternation(pack["PLACE_PREPOSITIONS"]) + r"[^\S\n]+$",
                                       re.IGNORECASE) if pack["PLACE_PREPOSITIONS"] else None
        self.common = {w.lower() for w in pack["COMMON_CAPITALISED"]} | self.months
        # ("the comedy Second Shift", "the drama First Light": a number or an ordinal after the kind of work opens
        # its title)
        self.counting = {w.lower() for w in list(pack["ORDINALS"]) + list(pack["NUMBER_WORDS"])}
        # the words around "A and B" that count two works ("the freshman comedies A and B", "A and B each")
        self.pair_before = re.compile(r"(?<![\w])" + alternation(pack["PAIR_BEFORE"]) + r"[^\S\n]+$", re.IGNORECASE) \
            if pack["PAIR_BEFORE"] else None
        self.pair_after = re.compile(r"[^\S\n]+" + alternation(pack["PAIR_AFTER"]) + r"(?![\w])", re.IGNORECASE) \
            if pack["PAIR_AFTER"] else None
        # the pack's words for another title, after the name's end or its bracket ("conocida en Japón como ")
        alias_lead = r"[\"'”’»]?[^\S\n]*[,(–—]?[^\S\n]*" + alternation(pack["ALIAS_WORDS"]) + r"[^\S\n]+"
        self.known_as = re.compile(alias_lead + r"[\"'“‘«„][^\S\n]?([^\"'”’»“\n]{2,60}?)[^\S\n]?[\"'”’»“]", re.IGNORECASE) \
            if pack["ALIAS_WORDS"] else None
        # ... or unquoted, when the name after them is a work found on its own ("Kaizoku Toshokan (海賊図書館) atau yang
        # dikenal dengan judul Perpustakaan Bajak Laut"); and inside a bracket ('(月の舟, algo como "O Barco da Lua")')
        self.known_as_bare = re.compile(alias_lead, re.IGNORECASE) if pack["ALIAS_WORDS"] else None
        # (its words alone, tried only at the words that can begin them: the lead is optional, so the whole pattern
        # would be tried at every character of the text)
        self.alias_words = WordPattern(re.compile(r"(?<![\w])" + alternation(pack["ALIAS_WORDS"]) + r"[^\S\n]+",
                                                  re.IGNORECASE), lower=True) if pack["ALIAS_WORDS"] else None
        # right before a name: "drama berjudul asli Kkumgage Jikimi (꿈가게 지킴이)" is the work's other name
        self.alias_before = re.compile(r"(?<![\w])" + alternation(pack["ALIAS_WORDS"]) + r"[^\S\n]+$", re.IGNORECASE) \
            if pack["ALIAS_WORDS"] else None
        self.openers = {w.lower() for w in pack["OPENERS"]}
        self.title_case_verbs = frozenset(w.lower() for w in pack["TITLE_CASE_VERBS"])
        # "Fans of Glass Wolves will have to wait longer": the work its fans are of
        # (Indonesian joins them with no word: "Kabar buruk untuk penggemar Cinta di Ujung Senja"; and the fans a
        # piece of news is for are fans of the work all the same)
        fans = [_NOT_AFTER.sub("", w) for w in pack["FAN_WORDS"]]
        self.fans_of = re.compile(r"(?<![\w])(?:" + alternation(fans) + r")[^\S\n]+(?:" + _FANS_OF + r"[^\S\n]+)?$",
                                  re.IGNORECASE) if pack["FAN_WORDS"] else None
        self.role_start = re.compile(alternation(pack["CREATOR_WORDS"] + pack["CREW_WORDS"] + pack["CAST_WORDS"]
                                                 + pack["PLATFORM_WORDS"]) + r"[^\S\n]", re.IGNORECASE)
        self.type_noun = re.compile(alternation(pack["TYPE_NOUNS"]), re.IGNORECASE)
        self.kind_compound = generic_compound(pack)
        # (its makers named as those of another work are no role of the name's: ", the new drama from the creators of
        # Throne Games,")
        self.makers_of = re.compile(r"(?<![\w])" + alternation(pack["MAKERS_OF"]) + r"(?![\w])", re.IGNORECASE) \
            if pack["MAKERS_OF"] else None
        # the work's maker after its name in the possessive: "Ironvale's showrunner says ..." (not a cast word: "Mara
        # Quill's co-star")
        self.maker_after_possessive = re.compile(r"['’]s[^\S\n]+(?:" + alternation(pack["CREATOR_WORDS"] + pack["CREW_WORDS"])
                                                 + r")(?![\w])", re.IGNORECASE)
        self.season_noun = re.compile(alternation(pack["SEASON_NOUNS"]), re.IGNORECASE)
        self.installment_noun = re.compile(alternation(pack["SEASON_NOUNS"] + pack["FILM_NOUNS"] + pack["PART_NOUNS"]),
                                           re.IGNORECASE)
        self.type_noun_after = re.compile(r"[^\S\n]+(?:TV[^\S\n]+)?" + alternation(pack["TYPE_NOUNS"]) + r"(?![\w])", re.IGNORECASE)
        # a headline that counts facets of one work: "5 Fakta ...", "10 things we know about ..." (FACET_NOUNS)
        self.facet_list = re.compile(r"[^\S\n]*\d{1,2}[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:" + alternation(pack["FACET_NOUNS"]) + r")(?![\w])",
                                     re.IGNORECASE) if pack["FACET_NOUNS"] else None
        # a title of digits (and maybe its subtitle) right before a season noun and its number: "9-1-1 season 10",
        # "1923 season 3", "9-1-1: Lone Star season 5"
        # (digits joined by dashes, one by one, anywhere: "9-1-1"; a year's four digits only there, and not after
        # a capitalised word whose title it ends, "Sky Castle 2049")
        # (or, a year before 2000, its platform: "Serial 1899 Netflix Batal Diperpanjang", "la série 1899 de Netflix")
        self.kind_year_title = re.compile(r"(?<![\w])" + alternation(pack["TYPE_NOUNS"]) + r"[^\S\n]+((?:1[89]|20)\d\d)(?=[^\S\n]+"
                                          + alternation(pack["SEASON_NOUNS"]) + r"[^\S\n]+\d{1,2}(?!\d))"
                                          r"|(?<![\w])" + alternation(pack["TYPE_NOUNS"]) + r"[^\S\n]+(1[89]\d\d)(?=[^\S\n]+(?:(?:di|de|on|auf|bei|da|do|na|no)[^\S\n]+)?"
                                          r"(?-i:" + alternation(PLATFORMS) + r")(?![\w]))", re.IGNORECASE)
        self.digit_title = re.compile(r"(?<![\w/.,:-])(?:(\d(?:-\d){2,3})|(?<![A-Za-z] )(\d{4})(?=[^\S\n]*:?[^\S\n]+(?i:"
                                      + alternation(pack["SEASON_NOUNS"]) + r")[^\S\n]+\d{1,2}(?!\d)))"
                                      r"(?:[^\S\n]*:[^\S\n]+[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3})?(?![\w-])")
        # a season noun and its number right after a name ("Star Kingdom season 3"): no person's
        self.numbered_season_after = re.compile(r"[^\S\n]+" + alternation(pack["SEASON_NOUNS"]) + r"[^\S\n]+\d{1,2}(?!\d)",
                                                re.IGNORECASE)
        # ... or a decision's word right before or after it ("has renewed Star Kingdom", "Star Kingdom renewed")
        decided = alternation(pack["DECIDED_PARTICIPLES"]) if pack["DECIDED_PARTICIPLES"] else "(?!)"
        self.decided_before = re.compile(rf"(?<![\w]){decided}[^\S\n]+$", re.IGNORECASE)
        self.decided_after = re.compile(rf"[^\S\n]+{decided}(?![\w])", re.IGNORECASE)
        # ... past a few words ("was also cancelled", "también fue cancelada")
        self.decided_soon = re.compile(rf"(?:[^\S\n]+[^\W\d_]+){{0,3}}?[^\S\n]+{decided}(?![\w])", re.IGNORECASE)
        self.decided_late = re.compile(rf"(?:[^\S\n]+[^\W_]+){{1,7}}?[^\S\n]+{decided}(?![\w])", re.IGNORECASE)
        self.appositive_kind = re.compile(_APPOSITIVE_KIND + self.type_noun_after.pattern, re.IGNORECASE)
        # "the fourth season of the Yorkshire farm drama": a capitalised word, then words in lower case that end on a
        # kind of work, describes it
        # "Gallowglass will come to a close with its fourth season": words in lower case, then the work's possessive
        # (an adjective of time may stand between: "will end with its upcoming fifth season")
        # (a relative clause's comma and pronoun may open it: "As for Sense8, which will have its second season bow")
        relative = rf"(?:,[^\S\n]+{alternation(pack['RELATIVE_PRONOUNS'])}(?=[^\S\n]))?" if pack["RELATIVE_PRONOUNS"] else ""
        # (or words that praise or await it: "returns with its long-awaited third season", "after its hugely popular
        # second season")
        self.possessive_gap = re.compile(relative + r"(?:[^\S\n]+[a-zà-öø-ÿ]+){1,7}?[^\S\n]+" + alternation(pack["WORK_POSSESSIVES"])
                                         + r"[^\S\n]+" + _DESCRIBING) \
            if pack["WORK_POSSESSIVES"] else None
        self.kind_described = re.compile(r"(?:[^\S\n]+(?-i:[a-zà-öø-ÿ][\w-]*)){0,2}" + self.type_noun_after.pattern,
                                         re.IGNORECASE)
        # (an adjective of origin or genre may follow the noun: "la serie gallega Animal", "la série dramatique X")
        # (and its platform, maybe after "de": "la série Netflix X", "la serie de Netflix X"; see `runs`)
        # (or its origin, its medium or its fame: "musim ketiga drama Korea X", "serial TV terkenal X"; KIND_ORIGINS)
        origins = r"(?:\s+" + alternation(pack["KIND_ORIGINS"]) + r"){0,2}" if pack["KIND_ORIGINS"] else ""
        self.kind_origin_before = re.compile(r"(?<![\w])" + alternation(pack["KIND_ORIGINS"]) + r"[^\S\n]+$" if pack["KIND_ORIGINS"]
                                             else "(?!)", re.IGNORECASE)
        # (one word of them at a time, in a run of capitals: the second of "Korea Selatan" too; see `runs`)
        self.kind_origin = re.compile(alternation(pack["KIND_ORIGINS"] + ["selatan"]) if pack["KIND_ORIGINS"] else "(?!)",
                                      re.IGNORECASE)
        self.type_nouns = re.compile(r"(?<![\w])" + alternation(pack["TYPE_NOUNS"]) + origins + r"(?:\s+" + _KIND_ADJECTIVE + r")?"
                                     + r"(?:\s+(?:(?:" + "|".join(sorted(_PLATFORM_OF)) + r")\s+)?(?:" + alternation(PLATFORMS) + r"))?\s+$",
                                     re.IGNORECASE)
        # what a person is known for, after the name and a comma: "Noah Hawley, best known for creating ..."
        self.credit_after = re.compile(r"[^\S\n]*,[^\S\n]*(?:(?:who|quien|qui|quem|der|die|yang)[^\S\n]+)?"
                                       + alternation(pack["CREDIT_WORDS"]), re.IGNORECASE) if pack["CREDIT_WORDS"] else None
        # the part someone plays, before the work it is in: "Lena Fox, who plays the lead in Copper Hill, said ..."
        self.role_clause_before = re.compile(r"(?<![\w])(?:" + alternation(pack["ROLE_CLAUSES"]) + r")(?![\w])[^,.;:!?\n]{0,30}$",
                                             re.IGNORECASE) if pack["ROLE_CLAUSES"] else None
        # ... or before an of-word, maybe with one word between: "the TV anime (adaptation) of Ember Tides announced"
        self.type_noun_of = re.compile(r"(?<![\w])" + alternation(pack["TYPE_NOUNS"]) + r"(?:[^\S\n]+[\w-]+)?"
                                       + OF_THE.pattern + "$", re.IGNORECASE)
        # "cinco series que dan que hablar", "5 Drama Korea", "five shows": a headline that counts the works it lists
        counts = [re.escape(w) for w in pack["NUMBER_WORDS"]]
        self.counted_kinds = re.compile(r"(?<![\w])(\d{1,2}|" + alternation(counts or ["(?!)"]) + r")[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
                                        + alternation(pack["TYPE_NOUNS"]) + r"s?(?![\w])", re.IGNORECASE)
        self.count_values = {w.lower(): v for w, v in pack["NUMBER_WORDS"].items()}
        # "HBO canceled Lattice Men, its glass-factory period drama, after a single season": a kind of work in an
        # aside right after the name (not "Luchon, le créateur de la série,": someone's role)
        # ("The Kingfisher Club, the BBC's unrelated comedy about ...": a platform's or a person's, in the possessive)
        self.kind_aside = re.compile(r",[^\S\n]+(?:" + alternation(pack["SOURCE_DETERMINERS"] + ["their", "his", "her"])
                                     + r"|the[^\S\n]+[\w+&.-]+['’]s"
                                     # ("After the Ashfall, Prime Video's deadpan sitcom about ...": the name in capitals)
                                     + r"|(?-i:[A-Z][\w+&.-]*)(?:[^\S\n]+(?-i:[A-Z][\w+&.-]*))?['’]s"
                                     + r")[^\S\n]+(?:(?!(?:of|de|del|du|des|da|do|von|der|dari)[^\S\n])[^\s,.;:!?]+[^\S\n]+){0,3}?"
                                     + alternation(pack["TYPE_NOUNS"])
                                     + r"(?![\w])(?:[^\S\n]*,|[^\S\n]+(?:about|that|which|set|starring|following)(?![\w]))",
                                     re.IGNORECASE) if pack["SOURCE_DETERMINERS"] else None
        # "Bridgerton é uma das séries asseguradas para 2026", "Ironvale is one of the few dramas renewed early": what a
        # name is said to be one of, a kind of work in the plural
        # (or set off after it by a comma: "Grey City, one of the most popular shows on Netflix, will ...")
        self.one_of_kind = re.compile(r",?[^\S\n]+(?:" + alternation(pack["ONE_OF"]) + r")[^\S\n]+"
                                      # (not a part of the work: "one of the stars of the show", "uma das atrizes da série")
                                      r"(?:(?!(?:of|de|del|du|des|da|do|von|der|dari)[^\S\n])[^\s,.;:!?]+[^\S\n]+){0,3}?(?:"
                                      + alternation(pack["TYPE_NOUNS"]) + r")(?:s|es|en|n)?(?![\w])", re.IGNORECASE) \
            if pack["ONE_OF"] else None
        # "Por Mariana Quispe Lozada": a byline on its own line, the writer's name in capitals after its word
        self.byline = re.compile(r"(?i:" + alternation(pack["BYLINE_WORDS"]) + r")[^\S\n]+[A-ZÀ-Ý][\w'’.-]*"
                                 r"(?:[^\S\n]+(?:[A-ZÀ-Ý][\w'’.-]*|d[aeo]s?|de la|van|von|bin|binti)){1,4}[^\S\n]*") \
            if pack["BYLINE_WORDS"] else None
        # "en conversaciones con la productora Barrio Bravo para una segunda temporada": a company's name
        # a posted message quoted after its noun and a colon: 'un escueto mensaje: "Volvemos a abrir"' (no title)
        # (or right before it: 'seguido da frase "O crepúsculo ainda não acabou"')
        self.message_before = re.compile(r"(?<![\w])" + alternation(pack["MESSAGE_WORDS"]) + r"(?![\w])(?:[^.;!?\n:]{0,25}:)?[^\S\n]*$",
                                         re.IGNORECASE) if pack["MESSAGE_WORDS"] else None
        self.interviewee_before = re.compile(
            r"(?<![\w])" + alternation(pack["INTERVIEW_WORDS"]) + r"(?:[^\S\n]*[:|–—-])?"
            r"(?:[^\S\n]+(?:with|dengan|bersama|con|avec|com|mit))?[^\S\n]+$", re.IGNORECASE) if pack["INTERVIEW_WORDS"] else None
        self.company_before = re.compile(r"(?<![\w])" + alternation(pack["COMPANY_ROLE_WORDS"]) + r"[^\S\n]+$", re.IGNORECASE)
        # the person whose work it is, right before it: "the creator of", "la creadora de", "der Schöpfer von"
        self.role_of = re.compile(r"(?<![\w])" + alternation(pack["CREATOR_WORDS"] + pack["CREW_WORDS"] + pack["CAST_WORDS"])
                                  + r"[^\S\n]+(?:of|de|del|do|da|von|der|des|du|dari)[^\S\n]+(?:(?:the|la|el|o|a|le)[^\S\n]+)?$",
                                  re.IGNORECASE)
        # a word of a role right after the name, a person's name after it: "Ember Parish star Lola Vance"
        self.role_after = re.compile(r"[^\S\n]+" + alternation(pack["CREATOR_WORDS"] + pack["CREW_WORDS"] + pack["CAST_WORDS"])
                                     + r"[^\S\n]+(?=[^\W\d_][\w'’-]*[^\S\n]+[^\W\d_])", re.IGNORECASE)
        # a role word right before the work it is of, no word for "of" between (see `_role_of_work`)
        self.role_joined = re.compile(r"(?<![\w])" + alternation(pack["ROLE_OF_WORK"]) + r"[^\S\n]+$", re.IGNORECASE) \
            if pack["ROLE_OF_WORK"] else None
        self.role_lead = re.compile(alternation(pack["ROLE_OF_WORK"]) + r"[^\S\n]+", re.IGNORECASE) if pack["ROLE_OF_WORK"] else None
        # the making a sentence opens on, before the work it is of: "Production on Ironvale season 3 has wrapped"
        self.topic_lead = re.compile(alternation(pack["TOPIC_LEAD"]) + r"[^\S\n]+", re.IGNORECASE) if pack["TOPIC_LEAD"] else None
        # a kind of work set off after the name and what it is about: "X, novel tentang ...", "X, a drama about ..."
        self.kind_about = re.compile(r",[^\S\n]+(?:(?:a|an|un|une|um|uma|una|ein|eine)[^\S\n]+)?(?:[\w-]+[^\S\n]+)?"
                                     + alternation(pack["TYPE_NOUNS"])
                                     + r"[^\S\n]+(?:about|tentang|mengenai|sobre|sur|über)(?![\w])", re.IGNORECASE)
        self.role_before = re.compile(
            alternation(pack["CREATOR_WORDS"] + pack["CREW_WORDS"] + pack["CAST_WORDS"] + pack["PLATFORM_WORDS"])
            + r"[\s,]+$", re.IGNORECASE)
        # a word for the people of a work anywhere ("returns with its stars, including A and B": people listed)
        self.people_word = re.compile(r"(?<![\w])" + alternation(pack["CREATOR_WORDS"] + pack["CREW_WORDS"] + pack["CAST_WORDS"])
                                      + r"(?:s|es|nya)?(?![\w])", re.IGNORECASE)
        # the same three, for the article in lower case (see `_in_text`)
        self.lower = {"type_noun": lower_case(self.type_noun), "type_nouns": lower_case(self.type_nouns),
                      "role_before": lower_case(self.role_before)}
        self._text = ""  # the article being read (see `find`), and the same in lower case where lower() keeps offsets
        self._lowered: str | None = None
        self._body_start = 0  # where the article's body begins (see `find`)
        # the language writes its season's noun in lower case ("season", "temporada"; not "Staffel")
        self.lower_season_noun = pack["SEASON_NOUNS"][0][:1].islower()
        self._other_lowered: tuple[str, str] = ("", "")  # (another text read, in lower case: see _role_before)
        # a speaker named after the verb ("kata Rina", "said Smith"); not after a verb that announces something
        # ("tvN mengonfirmasi Hospital Playlist Clinic akan kembali", "Netflix confirmed Tinline")
        announce = re.compile(alternation(pack["ANNOUNCE"]), re.IGNORECASE)  # (suffixed packs: the same entries)
        self.speech_before = re.compile(alternation([v for v in pack["SPEECH_VERBS"]
                                                     if v not in pack["ANNOUNCE"] and not announce.fullmatch(v)])
                                        + r"[^\S\n]+$", re.IGNORECASE)
        # ('uma voz em off avisa: "Dessa vez não tem volta"': a line said after a colon, with its negation, is speech)
        self.negation = re.compile(r"(?<![\w])" + alternation(pack["NEGATIONS"]) + r"(?![\w])", re.IGNORECASE)
        self.speech_after = re.compile(r"\s*,?\s*" + alternation(pack["SPEECH_VERBS"]) + r"(?![\w])", re.IGNORECASE)
        self.speech_word = re.compile(r"(?<![\w])" + alternation(pack["SPEECH_VERBS"]) + r"(?![\w])", re.IGNORECASE)
        # "NBC said Harbor Lights will end after ...": a name after the verb that a future marker follows is the
        # subject of what was said, not the speaker
        self.future_after = re.compile(r"[^\S\n]+" + alternation(pack["FUTURE_MARKERS"]) + r"(?![\w])", re.IGNORECASE) \
            if pack["FUTURE_MARKERS"] else None
        # what a speaker's name is followed by: "Ana Ruiz said" (", according to Variety" names the source of the
        # sentence, not the words before it)
        said = [v for v in pack["SPEECH_VERBS"] if v not in pack["ACCORDING_TO"]]
        # (not an amount after it: "Falcon Ridge added $14 million over the weekend" is the film's takings)
        self.said_after = re.compile(r"\s*,?\s*" + alternation(said) + r"(?![\w])(?![^\S\n]+(?:[$€£¥]|US\$|R\$|Rp|\d))",
                                     re.IGNORECASE)
        self.gap_after_mention = re.compile(_GAP_AFTER_MENTION.pattern.replace("{type}", alternation(pack["TYPE_NOUNS"])), re.IGNORECASE)
        self.platform = re.compile(r"^(?:" + alternation(PLATFORMS) + r")$")
        # ("MIPCOM Cannes", "Series Mania 2026": an industry event, its city or year after it)
        self.event = re.compile(r"^(?:" + alternation(re.escape(e) for e in INDUSTRY_EVENTS)
                                + r")(?:[^\S\n]+[A-Z][\w-]+)?(?:[^\S\n]+\d{4})?$")
        self.platform_inside = re.compile(r"(?<![\w])(?:" + alternation(PLATFORMS) + r")(?![\w])")
        self.platform_start = re.compile(r"(?:" + alternation(PLATFORMS) + r")(?![\w])")
        self.platform_says_after = re.compile(_PLATFORM_SAYS_AFTER + r"(?:" + alternation(PLATFORMS) + r")(?![\w])")
        # ... or a platform's name right after the season, where it is on ("will not be returning for a third season at
        # Hulu", "para una tercera temporada en Netflix")
        self.platform_at_after = re.compile(r"[^\S\n]+(?:at|on|en|sur|na|no|em|bei|auf|di)[^\S\n]+(?:" + alternation(PLATFORMS) + r")(?![\w])")
        self.made_for = {w.lower() for w in pack["MADE_FOR"]}
        # a photo's caption: the people before the work they are seen in, on a short line that ends on the photo's
        # credit ("Clara Penhaligon and Dev Sandhu in The Understudy. Photo: Apple TV+")
        # (maybe after its label in brackets: "[Photo caption: Juno Ashworth in Bramblewood season 2. Credit: Netflix]")
        # (or seen in a numbered installment: "Otávio Barreto e Cláudia Ramires no primeiro filme — Foto: Divulgação")
        installment = alternation(pack["FILM_NOUNS"] + pack["SEASON_NOUNS"]) if pack["FILM_NOUNS"] + pack["SEASON_NOUNS"] else "(?!)"
        self.caption = re.compile(
            r"^[^\S\n]*(?:\[[^\W\d_]+(?:[^\S\n][^\W\d_]+)?[^\S\n]?:[^\S\n]*)?"
            r"([A-ZÀ-Ý][^\n]{1,80}?)[^\S\n]+(?:" + alternation(pack["CAPTION_IN"]) + r")[^\S\n]+"
            r"(?:[\"'“‘«„A-ZÀ-Ý]|(?:[^\W\d_]+[^\S\n]+){1,2}(?i:" + installment + r")(?![\w]))"
            r"[^\n]{0,150}?(?i:" + alternation(pack["PHOTO_CREDITS"]) + r")", re.MULTILINE) \
            if pack["CAPTION_IN"] and pack["PHOTO_CREDITS"] else None
        # a photo's credit alone ("Sumber Foto: Instagram", "Photo: Netflix"): no title of its own
        self.photo_credit = re.compile(r"(?i:" + alternation(pack["PHOTO_CREDITS"]) + r")") if pack["PHOTO_CREDITS"] else None
        # ... and the same people where the page writes the caption again without its credit
        self.caption_in = re.compile(r"[^\S\n]+(?:" + alternation(pack["CAPTION_IN"]) + r")[^\S\n]+[\"'“‘«„A-ZÀ-Ý]") \
            if pack["CAPTION_IN"] else None
        # "A Inquilina, suspense do Prime Video sobre ...", "Terrão, docussérie da Netflix": a kind of work of a
        # platform in an apposition
        self.kind_of_platform = re.compile(r"[\"”»“’']?,[^\S\n]+(?:" + _KIND_ARTICLE + r"[^\S\n]+)?"
                                           r"(?:" + alternation(pack["TYPE_NOUNS"]) + r")[^\S\n]+"
                                           r"(?:of|from|on|de|do|da|del|du|de la|von|der|dari)[^\S\n]+(?:" + alternation(PLATFORMS)
                                           + r")(?![\w])", re.IGNORECASE)
        # (or a social network where something was posted: "the third season of Black Tide on Instagram")
        self.venue_tail = re.compile(r"[^\S\n]+(?:on|at|via|di|en|sur|na|no|auf|bei)[^\S\n]+(?:" + alternation(PLATFORMS)
                                     + r"|Instagram|TikTok|Twitter|Facebook|Threads|YouTube|Reddit|X)$")
        # "Ana Lima's drama", "the Duffer brothers' series": a person's or a team's work, named by the possessive
        # "renewed Dark Harbor through season 5": the work a decision runs through a season of
        self.through_gap = re.compile(r"[^\S\n]+(?:" + alternation(pack["THROUGH"]) + r")[^\S\n]+", re.IGNORECASE) \
            if pack["THROUGH"] else None
        self.type_after_possessive = re.compile(r"(?:[^\S\n]+\w+)?['’]s?[^\S\n]+(?:\w+[^\S\n]+)?"
                                                + alternation(pack["TYPE_NOUNS"]), re.IGNORECASE)
        self.company = re.compile(r"\s(?:" + alternation(COMPANY_SUFFIXES + LEGAL_FORMS) + r")$")
        # "im Interview mit dem „Spiegel“", "laut „Variety“", "told the magazine 'Vista'": a quoted outlet, not a title
        outlet_words = pack["MEDIA_WORDS"] + pack["ACCORDING_TO"] + pack["INTERVIEW_WORDS"]
        # (no verb between: "Laut einem Bericht soll „Hafenkante“ ...", the report's subject after its verb)
        self.outlet_before = re.compile(r"(?<![\w])(?:" + alternation(outlet_words) + r")[^\S\n]+(?:(?!" + _OUTLET_GAP_VERBS
                                        + r"[^\S\n])\w[\w-]*[^\S\n]+){0,2}$", re.IGNORECASE)
        # "mit der „Süddeutschen Zeitung“": a quoted name that ends on a kind of outlet is that outlet
        # the show someone spoke on, not the one spoken of: "contó en el programa 'El Hormiguero'"
        self.spoken_on = re.compile(r"(?<![\w])" + alternation(pack["SPOKEN_ON"]) + r"[^\S\n]*$", re.IGNORECASE)
        # (or joined by a hyphen: 'den beliebten "Turnier"-Arc', 'the "Tournament"-arc')
        self.arc_after = re.compile(r"[\"”’»“]?(?:[^\S\n]+|-)" + alternation(pack["ARC_WORDS"]) + r"(?![\w])", re.IGNORECASE) \
            if pack["ARC_WORDS"] else None
        self.arc_before = re.compile(r"(?<![\w])" + alternation(pack["ARC_WORDS"]) + r"[^\S\n]+$", re.IGNORECASE) \
            if pack["ARC_WORDS"] else None  # ('arc "Pelabuhan Besi"')
        self.episode_before = re.compile(r"(?<![\w])" + alternation(pack["EPISODE_WORDS"]) + r"[^\S\n]*[:,]?[^\S\n]*$",
                                         re.IGNORECASE) if pack["EPISODE_WORDS"] else None
        # ... or set off by a comma before one: '"Annealing," the season 2 finale of The Glassblower's Daughter'
        # ... or followed by its number in brackets: '„Die Nacht auf der Hallig“ (Folge 8 von 8)'
        # (not a time or place that opens those words: "protagonista de 'X', durante la grabación del capítulo final")
        self.episode_after = re.compile(r"(?:[^\S\n]*,?[^\S\n]+(?!(?:durante|during|pendant|lors|während|beim|saat|selama|ketika|"
                                        r"while|en|in|at|no|na|em|dans|bei|im|am|di)[^\S\n])(?:[\w'’-]+[^\S\n]+){1,4}?|[^\S\n]*\([^\S\n]*)"
                                        + alternation(pack["EPISODE_WORDS"]) + r"(?![\w])", re.IGNORECASE) \
            if pack["EPISODE_WORDS"] else None
        # ("- Episode 5: Friday, Feb. 27", "Folge 3": an episode's number in a release schedule, no work's title)
        self.episode_numbered = re.compile(alternation(pack["EPISODE_WORDS"]) + r"[^\S\n]+\d", re.IGNORECASE) \
            if pack["EPISODE_WORDS"] else None
        self.media_word = re.compile(alternation(pack["MEDIA_WORDS"]), re.IGNORECASE)
        # "según el portal Pantalla Abierta", "selon le site Écran Total": the name after a word for an outlet or a
        # journalist is theirs, no work's (not a podcast's, which may have seasons; not "la serie web Los Pepes")
        outlets = [w for w in pack["MEDIA_WORDS"] if "dcast" not in w]
        self.outlet_word = WordPattern(re.compile(r"(?<![\w])" + alternation(outlets) + r"[^\S\n]+", re.IGNORECASE),
                                       lower=True) if outlets else None
        # ... but a podcast one speaks to is an outlet too: "afirmou em entrevista ao podcast Pipoca"
        podcasts = [w for w in pack["MEDIA_WORDS"] if "dcast" in w]
        told = pack["INTERVIEW_WORDS"] + pack["ADDRESSEE_WORDS"]
        self.podcast_word = re.compile(r"(?<![\w])" + alternation(podcasts) + r"[^\S\n]+", re.IGNORECASE) \
            if podcasts and told else None
        self.spoken_to = re.compile(r"(?<![\w])" + alternation(told) + r"(?:[^\S\n]+[^\W\d]+){0,2}[^\S\n]+$", re.IGNORECASE) \
            if podcasts and told else None
        # titles in sentence case ("que La casa del lago tendrá ..."): where one may open, what ends it, and the
        # nouns after an article that make a phrase, not a title ("La plataforma", "La segunda", "La serie")
        articles = pack["TITLE_ARTICLES"]
        # a second capitalised article ends the phrase ("L'" opens a word: "L'amour")
        self.title_articles = (frozenset(a for a in articles if a[-1] not in "'’"), tuple(a for a in articles if a[-1] in "'’"))
        # (after an elided "de" too: "la saison 2 d'Un village en hiver")
        self.sentence_case = re.compile(r"(?:(?<![\w'’])|(?<=[ \n][dD]['’]))(?:" + alternation([a for a in articles if a[-1] not in "'’"]) + r"[^\S\n]+"
                                        + "".join("|" + re.escape(a) for a in articles if a[-1] in "'’") + ")(?=[^\\W\\d_])") \
            if articles else None
        self.title_end = re.compile(alternation(pack["TITLE_ENDS"]), re.IGNORECASE)
        # "la saison 3 des « Ombres de Valcourt »": a preposition that holds the title's own article ("des" is "de
        # les"), which the title gets back
        contracted = pack["CONTRACTED_ARTICLES"]
        self.contracted = {k.lower(): v for k, v in contracted.items()}
        self.contracted_before = re.compile(r"(?<![\w])(" + alternation(list(contracted)) + r")[^\S\n]+[«\"“„'‘]?[^\S\n]?$",
                                            re.IGNORECASE) if contracted else None
        self.spinoff = re.compile(alternation(pack["SPINOFF_WORDS"]), re.IGNORECASE) if pack["SPINOFF_WORDS"] else None
        self.part_noun = re.compile(alternation(pack["PART_NOUNS"]), re.IGNORECASE) if pack["PART_NOUNS"] else None
        self.spinoff_lower = lower_case(self.spinoff) if self.spinoff is not None else None  # for the text in lower case
        self.working_title = re.compile(rf"(?<![\w])(?:{alternation(pack['WORKING_TITLE'])})[^\S\n]*[«\"“„'‘]?[^\S\n]*$",
                                        re.IGNORECASE) if pack["WORKING_TITLE"] else None
        self.phrase_head = re.compile(alternation(pack["CREATOR_WORDS"] + pack["CREW_WORDS"] + pack["CAST_WORDS"]
                                                  + pack["PLATFORM_WORDS"] + pack["MEDIA_WORDS"] + pack["FAN_WORDS"]
                                                  + pack["TYPE_NOUNS"] + pack["SEASON_NOUNS"] + pack["FILM_NOUNS"]
                                                  + pack["REPORT_NOUNS"] + pack["NEXT"] + pack["LAST"]
                                                  + list(pack["ORDINALS"])), re.IGNORECASE)

    def _past_openers(self, tokens: list[tuple[int, int, str]], j: int, last: int, text: str = "") -> int:
        """The first token from j on that is neither an opener word, nor a kind of work, nor the platform that
        opens a headline ("Netflix Perpanjang Tanjung Biru ke Season 3").

        With the text, a platform's name stays when it is the title's first word: the run it opens comes back
        in the text, and the rest never comes alone ("Sky Kingdom season 3 ... Sky Kingdom season 2")."""
        while j < last:
            if j + 2 <= last and f"{tokens[j][2]} {tokens[j + 1][2]}".lower() in self.openers:
                j += 2  # two words that open a question only together: "Apakah Ada Drakor X Season 2?"
                continue
            if tokens[j][2].lower() in self.openers or self.type_noun.fullmatch(tokens[j][2]) is not None:
                j += 1
                continue
            # (its possessive too: "Netflix's Copper Bay renewed for third season", the platform's work)
            size = next((k for k in (3, 2, 1) if j + k <= last and
                         self.platform.match(_APOSTROPHE_S_END.sub("", " ".join(t[2] for t in tokens[j:j + k])))), 0)
            if not size:
                break
            if text and j + size <= last:
                whole = text[tokens[j][0]:tokens[last][1]]
                rest = text[tokens[j + size][0]:tokens[last][1]]
                if text.count(whole) >= 2 and text.count(rest) == text.count(whole):
                    break
            j += size
        return j

    def _in_text(self, name: str, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """pattern.search(text, start, end) for the article being read, run on it in lower case where possible
        (case-insensitive scans are several times faster as case-sensitive ones on lower-case text)."""
        lowered, low = self._lowered, self.lower[name]
        if lowered is not None and low is not None:
            return low.search(lowered, start, end) is not None
        return pattern.search(self._text, start, end) is not None

    def _outlet_names(self, text: str, headline_end: int, words: WordStarts | None) -> list[tuple[int, int]]:
        """Where the body names an outlet or a journalist after the word for one ("el portal Pantalla Abierta"), and
        wherever the text names them again."""
        if self.outlet_word is None:
            return []
        names = set()
        for m in self.outlet_word.finditer(text, headline_end, len(text), words):
            name = _OUTLET_NAME.match(text, m.end())
            before = text[max(0, m.start() - 30):m.start()].split()
            if name is not None and not (before and self.type_noun.fullmatch(before[-1])):
                names.add(name.group().rstrip(".,;:"))
        if self.podcast_word is not None and self.spoken_to is not None and "dcast" in text:
            for m in self.podcast_word.finditer(text, headline_end):
                name = _OUTLET_NAME.match(text, m.end())
                if name is not None and self.spoken_to.search(text, max(0, m.start() - 30), m.start()) is not None:
                    names.add(name.group().rstrip(".,;:"))
        return [(p, p + len(name)) for name in names for p in occurrences(text, name)]

    def _role_before(self, text: str, at: int, reach: int) -> bool:
        """Whether a word of a role ends right before `at`, within `reach` ("creator ", "Sa créatrice, "), in the
        article or in a copy of its body (searched in lower case, as `_in_text`)."""
        low = self.lower["role_before"]
        if low is None:
            return self.role_before.search(text, max(0, at - reach), at) is not None
        if text is self._text and self._lowered is not None:
            lowered = self._lowered
        else:
            if self._other_lowered[0] is not text:
                self._other_lowered = (text, text.lower())
            lowered = self._other_lowered[1]
            if len(lowered) != len(text):
                return self.role_before.search(text, max(0, at - reach), at) is not None
        return low.search(lowered, max(0, at - reach), at) is not None

    def _title_before_appositive(self, text: str, quoted: str, start: int, end: int) -> bool:
        """'NBC confirmed that "Ridgeback," the ranch thriller that premiered in February, will not be back': the
        comma inside the closing mark, then a description of the work, and no one said it; or the kind of work
        right before it ('the legal drama "Brannock," is leaving after two seasons')."""
        body = quoted.rstrip()
        return body.endswith(",") and _title_like_quote(body[:-1], self.sentence_case is None) and (
            _APPOSITIVE_AFTER.match(text, end) is not None and self.speech_word.search(text, end, end + 60) is None
            or self._in_text("type_nouns", self.type_nouns, max(0, start - 20), start))

    # -- runs of capitalised words -------------------------------------------
    def runs(self, text: str, start: int, end: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans of title-like runs ("The Trauma Code: Heroes on Call") inside text[start:end]."""
        # "la deuxième saison d'Ombres Noires": the elided "de" is no part of the title after it
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
        if "d'" in text[start:end] or "d’" in text[start:end]:  # (one look at the sentence spares one at each word)
            tokens = [(a + 2, b, w[2:]) if w[:2] in _ELIDED_OF and w[2:3].isupper() else (a, b, w) for a, b, w in tokens]
        blocked = [(s, e) for s, e in blocked if s < end and e > start]  # only those that can hold a token here
        # (as `_capital` has it, written out: it is asked of every word)
        capital = [w[:1].isupper() or (w[:1].isdigit() and any(c.isupper() for c in w)) for _, _, w in tokens]
        # ("13 Reasons Why : annulée après 4 saisons", "Netflix has renewed 30 Coins": a number that opens a title, at
        # the start of a list's line or right after a decision)
        for i, (a, b, w) in enumerate(tokens[:-1]):
            if w.isdigit() and len(w) <= 3 and capital[i + 1] and tokens[i + 1][0] == b + 1 and (
                    a >= self._headline_end and text[text.rfind("\n", 0, a) + 1:a].strip() == ""
                    and _ITEM_AFTER_TITLE.match(text, b) is not None
                    or self.decided_before.search(text, max(0, a - 24), a) is not None):
                capital[i] = True
        connectors = self.connectors
        runs = []
        count = len(tokens)
        i = 0
        while i < count:
            if not capital[i] or (blocked and _inside(tokens[i], blocked)):
                i += 1
                continue
            j = i
            last = i
            k = i + 1
            while k < count:
                if blocked and _inside(tokens[k], blocked):
                    break
                # "grava em Minas Gerais Os Caçadores de Saci 2": after a place (a run that a place's preposition
                # opens), a capitalised article right after a capitalised word opens another name (not "Cantina El
                # Alacrán", one title)
                if tokens[k][2] in _CAPITAL_ARTICLES and k == last + 1 and tokens[k - 1][2] not in _CAPITAL_ARTICLES \
                        and capital[k - 1] and i > 0 and tokens[i - 1][2] in _PLACE_PREPOSITIONS:
                    break
                # "Les Chroniques de l'Aube": the elided article before a capital goes on the title
                if capital[k] or _capitalised(tokens[k][2]):
                    last = k
                else:
                    word = tokens[k][2]
                    # ("Dear Ms. Okonkwo", "Dr. Stone": an honorific's full stop inside the name)
                    if word == "." and tokens[k - 1][2] in _HONORIFICS and tokens[k - 1][1] == tokens[k][0] \
                            and k + 1 < count and capital[k + 1]:
                        k += 1
                        continue
                    # ("Sex/Life – abgesetzt nach Staffel 2": a slash between two capitalised words, no space around it)
                    if word == "/" and tokens[k - 1][1] == tokens[k][0] and k + 1 < count and capital[k + 1] \
                            and tokens[k][1] == tokens[k + 1][0]:
                        k += 1
                        continue
                    if not (word in ("&", ":") or word.lower() in connectors or _plural_possessive(tokens, capital, i, k)):
                        break
                    # ("Netflix has renewed Silent Valley and Rain City", "namely Silent Valley and Rain City": two names
                    # of two capitalised words each, joined, right after a decision or a list's opening word, are two
                    # titles)
                    if k == i + 2 and _AND_IN.fullmatch(word) and k + 2 < count and capital[i + 1] and capital[k + 1] \
                            and capital[k + 2] and (k + 3 == count or not capital[k + 3]) \
                            and not any(tokens[x][2] in _CAPITAL_ARTICLES for x in (i, k + 1)) \
                            and (self.decided_before.search(text, max(0, tokens[i][0] - 24), tokens[i][0]) is not None
                                 or _LIST_INTRO.search(text, max(0, tokens[i][0] - 24), tokens[i][0]) is not None
                                 # (or after their kind: "the animated series Sharp Blades and Red Bridge", "les séries
                                 # Lames Vives et Pont Rouge")
                                 or self._in_text("type_nouns", self.type_nouns, max(0, tokens[i][0] - 30), tokens[i][0])):
                        break
                    # ("la troisième saison de Double Fond pour Canal+", "Harbor Lights for Netflix": a connector before
                    # a platform's name ends the title)
                    if word.lower() in self.made_for and k + 1 < count and capital[k + 1] and \
                            self.platform_start.match(text, tokens[k + 1][0]) is not None:
                        break
                    # "Ellen Marchetti in The Cartographer's Daughter" (a photo's caption): a name of two words, then a
                    # preposition in lower case before a title's capitalised article, is someone in that work (not
                    # "Murder in The Hollows")
                    if word in _PLACE_PREPOSITIONS and k + 1 < count and tokens[k + 1][2] in _CAPITAL_ARTICLES \
                            and k - i == 2 and capital[i + 1] and tokens[i][2] not in _CAPITAL_ARTICLES:
                        break
                    # ("Ruth Castellane and Idris Fenn in Tinline season 2": two names of two words joined by "and",
                    # then the preposition, are two people in the work after it)
                    if word in _PLACE_PREPOSITIONS and k + 1 < count and capital[k + 1] and k - i == 5 \
                            and _LIST_AND_WORD.fullmatch(tokens[i + 2][2]) and all(capital[x] for x in (i, i + 1, i + 3, i + 4)) \
                            and not any(tokens[x][2] in _CAPITAL_ARTICLES for x in (i, i + 3)):
                        break
                    # ("returns as Detective Sigrun Ash in Seven Winters in Tallow season 2": a character the run opens
                    # on ends at the preposition of the work it is in)
                    if word in _PLACE_PREPOSITIONS and k + 1 < count and capital[k + 1] and \
                            _ROLE_BEFORE_RUN.search(text, max(0, tokens[i][0] - 12), tokens[i][0]) is not None:
                        break
                # a gap of connectors longer than three words ends the run
                if k - last > 3:
                    break
                k += 1
            # "Tapes of Ash in July", "for July 3", "on Monday": a month or a weekday after a connector is a date,
            # no part of the title;
            # so is a part of a year before its year ("Der Mitternachtszug Ende nächsten Jahres")
            while last > i and tokens[last][2].lower() in self.year_words and self.year_after.match(text, tokens[last][1]):
                last -= 1
            # "steht das Datum: Die zweite Staffel startet ...", "in Betrieb: Eine vierte Staffel ist beauftragt": an
            # article after a colon opens the next sentence, no part of a title
            while last - 2 >= i and tokens[last - 1][2] == ":" and tokens[last][2] in _OPENING_ARTICLES:
                last -= 2
            while last > i and tokens[last][2].lower() in self.day_names and not capital[last - 1]:
                last -= 1
                while last > i and not capital[last]:
                    last -= 1
            # ("Iron Dragoon The Final Season Part 3": a title ends on no article; its season's begins there)
            while last > i and tokens[last][2] in _CAPITAL_ARTICLES:
                last -= 1
            # ("... the third season of Harbor Nine in Atlanta.": a place after its preposition ends the clause, the
            # title before it named alone elsewhere, no capitalised word before it: not "Melati" of "Losmen Kenanga")
            if last - 2 >= i and tokens[last - 1][2] in _PLACE_PREPOSITIONS and (last + 1 == count or not tokens[last + 1][2][0].isalnum()) \
                    and any(not text.startswith(text[tokens[i][0]:tokens[last][1]], p)
                            and _CAPITAL_WORD_BEFORE.search(text, max(0, p - 40), p) is None
                            for p in occurrences(text, text[tokens[i][0]:tokens[last - 2][1]])):
                last -= 2
            # "Nobody Wants This with Adam Brody and Kristen Bell": the cast after "with" is no part of the title
            for k in range(i + 1, last):
                if tokens[k][2] == "with" and any(t[2] in ("and", "&") for t in tokens[k + 1:last]):
                    last = k - 1
                    break
            # "Has Lantern Star Season 2 been announced?": a capital opener is no part of the title
            opener = j == 0 or tokens[j - 1][2] in "\"“‘'«"
            if opener:  # "Serial Bintang Timur dikabarkan ...": the kind of work is no part of its title
                j = self._past_openers(tokens, j, last, text)
                # ("While a Mayor of Kingsport season 4 renewal ...": nor the lower-case article after the opener)
                if 0 < j < last and tokens[j][2].islower() and tokens[j][2] in _ARTICLES:
                    j += 1
            # ("Netflix Drops First Look at Ironvale Season 2", "Watch the Trailer for Copper Sky Season 2": the look, the
            # trailer, the poster a headline shows are of the title after them)
            lead = _HEADLINE_MEDIA_LEAD.match(text, tokens[j][0]) if j < last else None
            if lead is not None:
                j = next((k for k in range(j + 1, last + 1) if tokens[k][0] >= lead.end()), j)

            # "Netflix's Moonlight Tailor Shop", "FX's Pinecrest Motor Inn": the platform whose title it is is no part
            # of it
            owner = next((k for k in (3, 2, 1) if j + k <= last and _POSSESSIVE.search(tokens[j + k - 1][2]) and
                          self.platform.match(_POSSESSIVE.sub("", " ".join(t[2] for t in tokens[j:j + k])))), 0)
            j += owner
            # ("la série de Prime Video : Les Héritiers": a platform before a colon names where the title is)
            colon = next((k for k in range(j + 1, min(last, j + 4)) if tokens[k][2] == ":"), None)
            if colon is not None and self.platform.match(text[tokens[j][0]:tokens[colon - 1][1]]):
                j = colon + 1
            # ("Sous les Pins : TF1 tire le rideau": the platform after the colon is who speaks of the title before it)
            colon = next((k for k in range(j + 1, last) if tokens[k][2] == ":"), None)
            if colon is not None and self.platform_start.match(text[tokens[colon + 1][0]:tokens[last][1] + 1]):
                last = colon - 1
            # "drama Korea The Lantern Keeper": common words before an article are no part of the title
            for k in range(j + 1, last):
                if tokens[k][2].lower() in _ARTICLES and tokens[k][2][:1].isupper() and \
                        all(t[2].lower() in self.common for t in tokens[j:k]):
                    j = k
                    break
            # "drama Korea Rumah Sakit Pelangi", "serial Netflix Taman Kota": an origin or platform between the kind
            # of work and its title is no part of the title
            # (the kind may open the sentence in capitals: "Sitkom Argentina Tetangga Bawah menuntaskan ...")
            if 0 < j < last and (not capital[j - 1] or opener) and self.type_noun.fullmatch(tokens[j - 1][2]):
                k = j
                # (not a connector that opens the title: "the series For All Time", "la serie De Vuelta")
                while k < last and (tokens[k][2].lower() in self.common or self.kind_origin.fullmatch(tokens[k][2]) is not None) \
                        and tokens[k][2].lower() not in _ARTICLES and tokens[k][2].lower() not in connectors \
                        and not self.type_noun.fullmatch(tokens[k][2]) and not self.season_noun.fullmatch(tokens[k][2]) \
                        and not (tokens[k][2] in _HONORIFICS and tokens[k + 1][2] == ".") \
                        and tokens[k][2] not in _TITLE_DETERMINERS and tokens[k][2].lower() not in self.counting:
                    k += 1
                j = k
            # ... and so is the platform right after the kind, or after the kind and "de": "la série Netflix Lumen
            # Noire", "la serie de Netflix X", "a série da HBO X" (the title must go on after it)
            if 0 < j < last and (not capital[j - 1] or opener) and (
                    self.type_noun.fullmatch(tokens[j - 1][2])
                    or j > 1 and tokens[j - 1][2] in _PLATFORM_OF and self.type_noun.fullmatch(tokens[j - 2][2])
                    # (or the kind again in brackets: "drama Korea (drakor) Netflix Squid Game")
                    or j > 2 and tokens[j - 1][2] == ")" and self.type_noun.fullmatch(tokens[j - 2][2]) and tokens[j - 3][2] == "("):
                named = self.platform_start.match(text, tokens[j][0], tokens[last][1])
                if named is not None:
                    j = next((k for k in range(j + 1, last + 1) if tokens[k][0] > named.end() and capital[k]
                              and tokens[k - 1][1] <= named.end()), j)
            # "die Coming of Age-Serie Sommerlicht", "die Krimiserie Nordlicht": a compound naming a kind of
            # work describes the title after it
            for k in range(last - 1, j - 1, -1):
                if self._kind_compound(tokens[k][2]):
                    j = k + 1
                    break
            # "die Serie Bergfeuer": a kind of work after an article is no part of the title
            if j < last and j > 0 and self.kind_before is not None and self.kind_before.fullmatch(tokens[j][2]) and \
                    tokens[j - 1][2].lower() in _ARTICLES and not capital[j - 1]:
                j += 1
            # "Die Serie Nordwind wurde ...": a sentence that opens on the kind of work names the title after it
            elif j + 2 <= last and tokens[j][2].lower() in _ARTICLES and self.kind_before is not None and \
                    self.kind_before.fullmatch(tokens[j + 1][2]):
                j += 2
            # ("hat HBO die Serie Erben des Nebels verlängert": the subject, then the kind after its article in lower
            # case, inside one run of capitals; the title is after the kind)
            elif self.kind_before is not None:
                j = next((k + 2 for k in range(j + 1, last - 1) if tokens[k][2] in _ARTICLES
                          and self.kind_before.fullmatch(tokens[k + 1][2])), j)
            run_end = _strip_possessive(text, tokens[j][0], tokens[last][1])
            # "The Crown on Netflix": the platform after a preposition is where it streams
            venue = self.venue_tail.search(text, tokens[j][0], run_end)
            if venue and venue.end() == run_end and venue.start() > tokens[j][0]:
                run_end = venue.start()
            run_start = tokens[j][0]
            # "Kamar 305", "Suite 412": a number of three digits, never a season's, that the article always writes after
            # the words is the title's last word
            # (not a day after its month: "December 22, 2027")
            number = (_TITLE_NUMBER.match(text, run_end) if tokens[last][2].lower().rstrip(".") not in self.months else None) or (
                _NUMBER_AFTER_NOUN.match(text, run_end) if tokens[last][2].lower().rstrip(".") in _NUMBER_NOUNS else None)
            # ("la deuxième saison de Brigade 13": a number after the title that a season of it, named right before,
            # makes no season: the title's, where the article always writes it so)
            if number is None and text is self._text and tokens[last][2].lower().rstrip(".") not in _NUMBER_NOUNS:
                number = _NUMBER_CLOSING.match(text, run_end)
                if number is not None and not self._season_of_numbered(text, text[tokens[j][0]:run_end] + number.group()):
                    number = None
            # (not where the title goes on past its number: "Kamar 13 Asrama Putri", below)
            if number is not None and (inner_first := _INNER_NUMBER.match(text, run_end)) is not None and \
                    len(occurrences(text, text[run_start:inner_first.end()])) >= 2:
                number = None
            if number is not None and run_end == tokens[last][1] and all(
                    text.startswith(number.group(), p + run_end - run_start) for p in occurrences(text, text[run_start:run_end])):
                run_end = number.end()
            # "Abi '99", "Class of '09": a year cut to its last two digits closes the title
            year = _ELIDED_YEAR.match(text, run_end) if run_end == tokens[last][1] else None
            if year is not None and year.group(1) is not None and year.group(1).lower() not in connectors:
                year = None
            if year is not None:
                run_end = year.end()
            # "Kelas 12 IPS 3": a number inside a title, between capitalised words, written so at least twice
            inner = _INNER_NUMBER.match(text, run_end) if run_end == tokens[last][1] else None
            # (not a season after the title's number: "Kamar 404 Season 3")
            if inner is not None and len(occurrences(text, text[run_start:inner.end()])) >= 2 \
                    and not any(run_end <= a < inner.end() for a, _ in blocked):
                run_end = inner.end()
            # "Netflix renewed 9 Lives Club": a number that the article always writes before the words is the
            # title's first word ("Top 10 Korean Dramas", named once, stays a count)
            # (not a season's own number: "Season 2 Part 2", written twice)
            if j > 0 and tokens[j - 1][2].isdigit() and len(tokens[j - 1][2]) <= 3 and tokens[j - 1][1] + 1 == run_start \
                    and not (blocked and _inside(tokens[j - 1], blocked)) \
                    and len(occurrences(text, text[tokens[j - 1][0]:run_end])) >= 2:
                run_start = tokens[j - 1][0]
            runs.append((run_start, run_end))
            i = last + 1
        return runs

    def _season_of_numbered(self, text: str, name: str) -> bool:
        """Whether a season named somewhere in the article is "of" this name with its number ("la deuxième saison de
        Brigade 13")."""
        number = name.rsplit(None, 1)[-1]
        for m in self._mentions:
            if m.numbers and m.kind == "season" and not m.title:
                of = OF_THE.match(text, m.end)
                if of is not None and text.startswith(name, of.end()) and not text[of.end() + len(name):of.end() + len(name) + 1].isalnum():
                    return True
                # ("Vidio sudah memperpanjang Loket 9 untuk musim kedua", "renewed Counter 9 for a second season": a season
                # of another number a few words after the name and its number)
                if number.isdigit() and int(number) not in m.numbers and any(
                        _WORDS_BEFORE_SEASON.fullmatch(text, p + len(name), m.start) for p in occurrences(text, name, max(0, m.start - 40), m.start)):
                    return True
        return False

    def _sentence_case_quote(self, quoted: str) -> bool:
        """"‘El problema de los 3 cuerpos’": a quotation in sentence case that opens on a title's article, with no
        verb or conjunction that would make it speech, and no noun that makes it a phrase ("La plataforma ...")."""
        words = quoted.split()
        return 2 <= len(words) <= 8 and words[0] in self.title_articles[0] and not _SPEECH_PUNCTUATION.search(quoted) \
            and not any(self.title_end.fullmatch(w) for w in words[1:]) and not self.phrase_head.fullmatch(words[1])

    def _own_season(self, text: str, title: str, mentions: list[SeasonMention], longer: list[str]) -> bool:
        """Whether the text names the title beside a season expression, where it is not the start of a `longer` name."""
        for position in occurrences(text, title):
            if any(text.startswith(name, position) for name in longer):
                continue
            if self._adjacency(text, position, position + len(title), mentions) == 3:
                return True
        return False

    def _defined(self, text: str, title: str) -> bool:
        """Whether the article says what the title is: "Wasiat Ayah adalah serial thriller", "X is a comedy series"."""
        for position in occurrences(text, title):
            m = _DEFINED_AS.match(text, position + len(title))
            if m is not None and self.type_noun_after.match(text, m.end()) is not None:
                return True
        return False

    def _described(self, text: str, title: str) -> bool:
        """Whether an apposition after the title says what it is: "Foxglove, the moody crime thriller", "After the
        Ashfall, Prime Video's deadpan sitcom about ..."; or its kind right before it: "HBO's post-apocalyptic drama
        Ashfall"."""
        for position in occurrences(text, title):
            end = position + len(title)
            if self.appositive_kind.match(text, end) is not None or (
                    self.kind_aside is not None and self.kind_aside.match(text, end) is not None):
                return True
            # (not where the name goes on: "the horror sequel Night Butcher 2" describes the numbered title)
            if self._in_text("type_nouns", self.type_nouns, max(0, position - 30), position) and \
                    _TITLE_GOES_ON.match(text, end) is None:
                return True
        return False

    def _only_common(self, title: str) -> bool:
        """Whether a run fails only for being common words (not a platform, company or role)."""
        words = [w.lower() for w in title.split()]
        if any(w in _ARTICLES or w in self.openers or w in self.connectors for w in words):
            return False  # "The third season": the article, not a title
        return not (self.platform.match(title) or self.company.search(" " + title) or self.role_start.match(title)) \
            and any(len(w) >= 4 for w in words) and len(words) <= 3

    def _titled_elsewhere(self, title: str) -> bool:
        """"Star Trek" begins with a role word, yet "Star Trek 4", "Star Trek film" or "Star Trek: Picard season 3"
        shows it is a title (as does the colon inside it: no person's name has one)."""
        if ":" in title:
            return True
        text = self._text
        for position in occurrences(text, title):
            after = text[position + len(title):position + len(title) + 24]
            # (its closing quotation mark first: '"Star Chef" Season 2')
            if after[:1] in _QUOTE_CLOSERS:
                after = " " + after[1:].lstrip()
            if _NUMBER_AFTER.match(after) or self.type_noun_after.match(after) or self.numbered_season_after.match(after) \
                    or self.decided_after.match(after) or self.decided_before.search(text, max(0, position - 24), position):
                return True
        return False

    def _kind_compound(self, word: str) -> bool:
        """A word that ends in a kind of work joined to something else ("Age-Serie", "Krimiserie", "Miniseries")."""
        if "-" in word:
            return bool(self.type_noun.fullmatch(word.rsplit("-", 1)[1]))
        return len(word) > 4 and bool(self.type_noun.fullmatch(word)) and \
            any(self.type_noun.fullmatch(word[i:]) for i in range(1, len(word) - 3))

    @staticmethod
    def _capital(word: str) -> bool:
        return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))

    def plausible(self, title: str, quoted: bool = False, tight: bool = False) -> bool:
        """Whether a run can be a title at all (not a platform, month, common word or "Director X").

        `quoted`: the article quotes it; then an article and common words are a title ("“Os Outros”"); `tight`: the
        quotation stands right against its numbered season, and then one common word is a title too ("'You' season 3")."""
        words = title.split()
        if not words or len(words) > 9 or len(title) < 3:
            return False
        # ('kertas bertuliskan "PT3"', "S2", "T3": a code of letters and a number, no title)
        if _CODE.fullmatch(title) or _DOMAIN.fullmatch(title):
            return False
        # ("serial Vidio Original", "a Netflix Original": a platform's label, no title)
        # (nor a platform before a title's initials: "hat Netflix ZdW verlängert")
        head = self.platform_start.match(title)
        if head is not None and title[head.end():].strip() and (
                all(w.lower() in self.common for w in title[head.end():].split())
                or _INITIALS.fullmatch(title[head.end():].strip())):
            return False
        # "drama Sabtu-Minggu", "drama Rabu-Kamis": the days of its time slot
        if len(words) == 1 and _DAY_PAIR.fullmatch(title) and title.split("-")[0].lower() in self.weekdays:
            return False
        # ("Director Ana Ruiz" is a person; a quoted "Estrela do Norte" runs on in lower case: a title)
        # (nor one quoted of three words or more: "A Estação das Lanternas (灯籠の駅)", whose first word is a role's)
        if self.role_start.match(title) and not self._titled_elsewhere(title) and \
                not (quoted and len(words) > 1 and words[1][:1].islower()) and not (quoted and len(words) >= 3):
            return False
        if not quoted and len(words) == 1 and self.part_noun is not None and self.part_noun.fullmatch(title):
            return False  # "season 2 Part 2": a part of a season, no title
        if len(words) == 1 and self.installment_noun.fullmatch(title):
            return False  # 'vermarktet die Staffeln als „Kapitel“': the word for an installment, quoted, no title
        # ('la saison 4 sera « The final season »': the words for a last or new season, no title, in English too)
        if len(words) <= 3 and (self.installment_noun.fullmatch(words[-1]) or words[-1].lower() == "season") \
                and all(w.lower() in _SEASON_EPITHETS or w.capitalize() in _OPENING_ARTICLES for w in words[:-1]):
            return False
        if not quoted and len(words) == 1 and self.role_start.match(title + " "):
            return False  # "Showrunner: Dritte Staffel von „Orbit“": a role, not a title
        # ("Reporter: Andi Nurhaliza", "Update: ...": a line's label in common words before its colon)
        label = title.split(":", 1)[0].split() if ":" in title else []
        if not quoted and label and all(w.lower() in self.common for w in label):
            return False
        if self.platform.match(title) or self.company.search(" " + title) or self.event.match(title):
            return False
        # ("El neonoir de Orlando Vega y Cara Delmonte fue renovado": two names of two words each, joined, are people)
        pair = _NAME_PAIR.fullmatch(title) if not quoted else None
        if pair is not None and not any(w.lower() in self.common or w in _CAPITAL_ARTICLES for w in pair.group(1, 3)):
            return False
        if not quoted and len(words) > 1 and words[0].lower() in _ARTICLES and self.platform.match(" ".join(words[1:])):
            return False  # ("The Apple TV+ drama wrapped its second season": the platform's, described, no title)
        if not quoted and self.episode_numbered is not None and self.episode_numbered.match(title):
            return False
        if not quoted and len(words) == 1 and (m := _NAME_COMPOUND.fullmatch(title)) and m.group(2) != m.group(1).lower():
            return False
        # ("a trade paper says Fox has axed Golden Globe-winning comedy X", "the Ada Kell-led thriller": a name and a
        # participle that describe the work after them)
        if not quoted and len(words) > 1 and (m := _NAME_COMPOUND.fullmatch(words[-1])) and m.group(2).endswith(("ing", "ed")):
            return False
        if not quoted and _KOREAN_NAME.fullmatch(title):
            return False
        if not quoted and title[:1].islower():
            return False  # "die ZDF-Anwaltsserie der Nullerjahre": an unquoted title opens on a capital
        if not quoted and len(words) == 2 and (words[0].lower() in self.months and _YEAR.fullmatch(words[1])
                                               or words[0].isdigit() and self.units.fullmatch(words[1])):
            return False  # "10. Dezember 2025, 18:22 Uhr", "17 Jahre nach dem Finale": a date, a count
        if not quoted and len(words) >= 3 and words[0].lower() in self.full_months and words[1].lower() in self.connectors:
            return False  # "Syuting dimulai pada Mei di Toraja": a month, then the place
        if not quoted and self._calendar_day(words):
            return False  # "Wednesday 4 March", "Rabu, 4 Maret": a calendar's day heading its entries
        if not quoted and len(words) == 3 and words[0].lower() in self.months and words[1].lower() in _MONTH_YEAR_OF \
                and _YEAR.fullmatch(words[2]):
            return False  # "Julho de 2025: a renovação, em vídeo": a dated section's heading
        if not quoted and 2 <= len(words) <= 3 and self.type_noun.fullmatch(words[-1]) and \
                all(w.endswith("er") and w[:1].isupper() for w in words[:-1]):
            return False  # "des Münchner Krimis", "des Glarner Krimis": a kind of work and where it is set
        if self.type_noun.fullmatch(title) or self._kind_compound(words[-1]):
            return False  # "Politdrama-Serie", "Coming of Age-Serie": the kind of work, not its title
        if not quoted and len(words) == 1 and title.endswith("s") and self.type_noun.fullmatch(title[:-1]):
            return False  # "Axed Shows 2025: ...": kinds of work in the plural, no title
        parts = [p for p in _LIST_SPLIT.split(title) if p]
        if len(parts) > 1 and all(self.platform.match(p.removeprefix("The ")) for p in parts):
            return False  # "BBC and Prime Video": platforms, not a title
        if quoted and len(words) >= 2 and words[0] in self.title_articles[0]:
            return True
        if quoted and all(w.lower() in self.day_names for w in words):
            return True  # ("la segunda temporada de 'Miércoles'": a day's name, quoted, is a title)
        if tight and len(words) == 1 and title[:1].isupper():
            return True
        if not all(w.lower().strip(":&") in self.common or w.lower() in self.connectors for w in words):
            return True
        # ("the streamer confirmed that The One After will not return": words all common, each capitalised, their article
        # too, after a word in lower case in the body, are a title: prose writes no article so)
        return not quoted and len(words) >= 2 and words[0] in _CAPITAL_ARTICLES and all(w[:1].isupper() for w in words) \
            and any(_LOWER_WORD_BEFORE.search(self._text, max(0, p - 20), p) for p in occurrences(self._text, title, self._body_start))

    def _calendar_day(self, words: list[str]) -> bool:
        """Whether the words are only a day of the week, a day's number and its month ("Friday 20 March",
        "mercredi 4 mars", "Rabu, 4 Maret", "March 4", "4 de marzo")."""
        rest = [w.strip(",.").lower() for w in words]
        if rest and rest[0] in self.weekdays:
            rest = rest[1:]
        rest = [w for w in rest if w not in _MONTH_YEAR_OF]
        if len(rest) == 3 and _YEAR.fullmatch(rest[2]):
            rest = rest[:2]
        return len(rest) == 2 and (rest[0].isdigit() and rest[1] in self.months or rest[0] in self.months and rest[1].isdigit())

    # -- the article's works ---------------------------------------------------
    def find(self, text: str, headline_end: int, sentences: list[Sentence], mentions: list[SeasonMention],
             catalog: Catalog | None, cues: list[tuple[int, int]] | None = None,
             words: WordStarts | None = None, events: list[tuple[int, int]] | None = None,
             denials: list[tuple[int, int]] | None = None,
             makings: list[tuple[int, int]] | None = None) -> tuple[list[Work], list[Header]]:
        """The works of the article and its list headers (`cues`: where the article's cue words stand; `words`:
        the article's word starts, which hold it in lower case, if found already; `events`: where its words of
        cancellation stand; `denials`: its words that something will not be, "won't", "não vai"; `makings`: its words
        of a renewal, a cancellation, a release or a production)."""
        events = events or []
        denials = denials or []
        blocked = [(m.start, m.end) for m in mentions if not m.title]
        # (a weekday that opens a date is no title: "Dead Reckoning Season 2 - Jumat, 10 Juli 2026")
        blocked += [m.span(1) for m in _WEEKDAY_OF_DATE.finditer(text) if m.group(1).lower() in self.weekdays]
        if self.caption is not None and self.caption_in is not None:
            captioned = [m.span(1) for m in self.caption.finditer(text)]  # (the people in a photo's caption)
            blocked += captioned
            # (a name of two words or more: not "Cinta" of "Foto: Cinta di Ujung Dermaga", a title's word)
            for name in {text[s:e] for s, e in captioned if len(text[s:e].split()) >= 2}:
                blocked += [(p, p + len(name)) for p in occurrences(text, name)
                            if self.caption_in.match(text, p + len(name)) and (p, p + len(name)) not in captioned]
        # ("Acker: Ich sitze jeden Tag daran. ... Acker: Mehr Zeit."): an interview's speaker, the name that opens two
        # lines or more before a colon, is no part of a title
        # (not a title and its subtitle written twice: "Kestrel Bay: Origins", whose colon the same word follows, a comma
        # or full stop after it aside: "Kestrel Bay: Origins, the prequel, ...")
        labels = [(m.start(), m.end(1) + 1, m.group(1), m.group(2)) for m in _SPEAKER_LABEL.finditer(text)]
        if labels:
            answers: dict[str, set[str]] = {}
            for _, _, label, opening in labels:
                answers.setdefault(label, set()).add(opening.rstrip(",.;:!?»”\"’)"))
            blocked += [(s, e) for s, e, label, _ in labels if len(answers[label]) >= 2]
        blocked += self._outlet_names(text, headline_end, words)
        self._mentions = mentions
        # where the mentions start, for a quick look at those beside a run (see `_near_mentions`)
        mention_starts = [m.start for m in mentions]
        self._mention_starts: tuple[list[SeasonMention], list[int], int] | None = \
            (mentions, mention_starts, max((m.end - m.start for m in mentions), default=0)) \
            if all(a <= b for a, b in zip(mention_starts, mention_starts[1:])) else None
        self._making_ends: dict[int, list[int]] = {}
        for a, b in makings or []:
            self._making_ends.setdefault(a, []).append(b)
        self._text = text
        if words is not None:
            self._lowered = words.lowered
        else:
            lowered = text.lower()
            self._lowered = lowered if len(lowered) == len(text) else None
        self._headline_end = headline_end
        # (not a line of the page's data: "Katalis Hiburan - Selasa, 11 Agustus 2026 | 13:15 WIB", "Jakarta - Selasa,
        # 27 Januari 2026, 19:40 WIB")
        # (or of a paragraph of short sentences: "Plusieurs séries s'arrêtent. Tour d'horizon.")
        # (nor a list's item, its title and platform in brackets before a colon: "Quiet Hours (NBC): Pending — a decision
        # is expected in May")
        first = next((s.start for s in sentences if s.start >= headline_end and "|" not in s.text and not self._dated_line(s.text)
                      and not (s.line_start and _BRACKETED_ITEM.match(s.text))
                      and (len(s.text.split()) >= 8 or _short_sentences(text, s.start))), headline_end)
        # the body begins with the line of its first long sentence ("Blue Marrow — Netflix declined to ...")
        self._body_start = max(headline_end, text.rfind("\n", 0, first) + 1)
        headline = text[:headline_end].strip()
        # the body, with the copies of the headline that scrapers repeat blanked out (offsets kept)
        body = text if not headline else text[:headline_end] + _blank_headline_copies(text[headline_end:], headline, " ")
        candidates: dict[str, Work] = {}

        def add(title: str, strength: int, alias_of: str | None = None, quoted: bool = False, tight: bool = False) -> None:
            # (not a round-up's verdict after its colon: "1. Pinewood Heights: CANCELED")
            title = _without_verdict(title.strip(" :–—-,;\"'“”‘’«»")).strip(" :–—-,;\"'“”‘’«»")
            # ("musim ketiga Pewaris Empang.": the sentence's full stop, not an abbreviation's, as in "S.W.A.T.")
            last = title.split()[-1] if title.split() else ""
            if last.endswith(".") and "." not in last[:-1] and len(last) > 4:
                title = title[:-1]
            # ("Stardrift Anime Gets 2nd Season", "Stardrift TV Anime's 2nd Season Delayed": the kind of work after a
            # headline's title is no part of it)
            if not quoted:
                title = _KIND_AFTER_TITLE.sub("", title)
            # ("Cancelled: Fox's Night Court Rules will not return": the platform's possessive is no part of the title)
            owner = self.platform_start.match(title) if not quoted else None
            if owner is not None and title[owner.end():owner.end() + 3] in ("'s ", "’s "):
                title = title[owner.end() + 3:]
            # ("serial Viu Original Pretty Little Liars": nor is the platform's label before it)
            label = _ORIGINAL_LABEL.match(title, owner.end() if owner is not None else 0) if not quoted else None
            if label is not None and (owner is not None or any((before := _WORD_BEFORE.search(text, max(0, p - 25), p)) is not None
                                         and self.platform.fullmatch(before.group().strip()) is not None
                                         for p in occurrences(text, title))):
                title = title[label.end():]
            # ("SERIAL original Viu Assalamualaikum Calon Imam": or the label before the platform's name)
            elif owner is not None and title[owner.end():owner.end() + 1] == " " and any(
                    _ORIGINAL_BEFORE.search(text, max(0, p - 12), p) is not None for p in occurrences(text, title)):
                title = title[owner.end() + 1:]
            # ("die Serie Faro von Netflix abgesetzt": the platform after its "von" is no part of the title)
            tail = _PLATFORM_TAIL.search(title) if not quoted else None
            if tail is not None and self.platform.match(tail.group(1)):
                title = title[:tail.start()]
            if not self.plausible(title, quoted, tight):
                return
            key = normalise(title)
            work = candidates.setdefault(key, Work(title))
            work.strength += strength
            if alias_of and normalise(alias_of) != key:
                candidates[key].aliases.append(alias_of)

        for mention in mentions:
            if mention.title:
                add(mention.title, 3)  # "the fourth Star Trek film", "die zweite Nebelkamm-Staffel"
            # ("Nebelkamm-Staffel 2 startet im Mai": a title joined to a numbered season's noun)
            elif mention.numbers and mention.kind == "season" and text[mention.start - 1:mention.start] == "-":
                joined = _COMPOUND_TITLE.search(text, max(0, mention.start - 60), mention.start - 1)
                if joined is not None and not self.kind_compound(joined.group()):
                    add(joined.group(), 3)
        # "9-1-1 season 10", "1923 season 3": a title of digits, only right before a season's noun and its number
        for m in self.digit_title.finditer(text):
            add(m.group(), 3)
        # ("Serial 1899 season 2 batal digarap": a year's digits after the kind of work, before a season, are its title)
        for m in self.kind_year_title.finditer(text):
            add(m.group(1) or m.group(2), 3)
        if catalog:
            for title, names in catalog.find(text):
                key = normalise(title)
                work = candidates.setdefault(key, Work(title, aliases=list(names)))
                work.strength += 10
        quotations = list(_QUOTED.finditer(text))
        # the names of episodes, wherever quoted again: '"Annealing," the season 2 finale of ...'
        episodes: set[str] = set() if self.episode_after is None else {
            q.strip(" ,.:;") for m in quotations for q in m.groups()
            if q and (q.rstrip().endswith(",") or text[m.end():m.end() + 1] == "," or text[m.end():m.end() + 3].lstrip()[:1] == "(")
            and self.episode_after.match(text, m.end())}
        headline_quotes = [m for m in quotations if m.end() <= headline_end]
        # ("„Down by the lake“: Die kleine Jugendserie bekommt ..." / "„Kiesgrube“: Die Krimikomödie ..."): quotations that
        # open their lines before a colon, two lines or more of the body, are a list's titles, in whatever case
        leads = [m.start() for m in quotations if m.start() >= headline_end and text[m.end():m.end() + 1] == ":"
                 and not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(" \t•*-–—")]
        listed_leads = set(leads) if len(leads) >= 2 else set()
        quoted_spans: list[tuple[int, int]] = []  # where the quoted titles stand
        quoted_in_headline = False  # the headline marks its title with quotation marks
        while quotations:
            m = quotations.pop(0)
            group = next(name for name, value in m.groupdict().items() if value)
            quoted = m.group(group)
            # ("Netflix Renews 'Dunewalkers,' 'The Lighthouse Keepers' and ...": a list's comma inside the closing mark)
            if quoted.endswith(",") and (_QUOTED_NEXT.match(text, m.end()) or _RELATIVE_AFTER_QUOTE.match(text, m.end())):
                quoted = quoted[:-1]
            # '"Foi difícil guardar segredo", brincou Lacerda': a quotation with its speaker is speech
            # ("Ana Ruiz, creadora de 'Los Vigías', dijo que ...": a quotation after "of" is a title all the same)
            # ("'Hasta que el río nos separe' tendrá segunda temporada": a quotation in sentence case right beside its
            # season, no punctuation of speech in it)
            tight = _tight_to_season(text, m.start(), m.end(), mentions)
            if (_title_like_quote(quoted, self.sentence_case is None) or self._sentence_case_quote(quoted)
                    or m.start() in listed_leads and quoted[:1].isupper() and len(quoted.split()) <= 8
                    and not _SPEECH_PUNCTUATION.search(quoted)
                    or self._title_before_appositive(text, quoted, m.start(), m.end())
                    or self.sentence_case is not None and quoted[:1].isupper() and len(quoted.split()) <= 8
                    and not _SPEECH_PUNCTUATION.search(quoted)
                    and _beside_season(text, m.start(), m.end(), mentions, self.gap_after_mention)
                    # ("die Late-Night-Show «Deniz kommt spät»", "la série « On se dit tout »": a quotation in sentence
                    # case right after a kind of work is its title)
                    or quoted[:1].isupper() and len(quoted.split()) <= 6
                    and not _SPEECH_PUNCTUATION.search(quoted)
                    and (self.type_nouns.search(text, max(0, m.start() - 40), m.start()) is not None
                         # (... or after the one whose work it is: "el creador de 'Sal y fuego'")
                         or self.role_of.search(text, max(0, m.start() - 40), m.start()) is not None)) and not (
                    text[m.end():m.end() + 1] == "," and self.speech_after.match(text, m.end())
                    and not _OF_BEFORE.search(text, max(0, m.start() - 8), m.start())) \
                    and not (_scare_quoted(text, quoted, m.start()) and not tight) \
                    and not _beside_lower_quotation(text, quoted, m) \
                    and not (text[max(0, m.start() - 2):m.start()].strip() == ":" and self.negation.search(quoted)) \
                    and not self.outlet_before.search(text, max(0, m.start() - 40), m.start()) \
                    and _REPORTS_AFTER.match(text, m.end()) is None \
                    and not (self.message_before is not None and self.message_before.search(text, max(0, m.start() - 45), m.start())) \
                    and not ((" " in quoted.strip() or len(quoted.strip()) > 8) and self.media_word.fullmatch(quoted.split()[-1])
                             # (not after its kind of work: 'eine Fortsetzung des Actionhits „Nachtkurier“')
                             and self.type_nouns.search(text, max(0, m.start() - 25), m.start()) is None) \
                    and not self.spoken_on.search(text, max(0, m.start() - 30), m.start()) \
                    and _SONG_AFTER.match(text, m.end()) is None \
                    and not (self.episode_before is not None and self.episode_before.search(text, max(0, m.start() - 30), m.start())) \
                    and quoted.strip(" ,.:;") not in episodes \
                    and not (self.arc_after is not None and self.arc_after.match(text, m.end())) \
                    and not (self.arc_before is not None and self.arc_before.search(text, max(0, m.start() - 12), m.start())) \
                    and not ((m in headline_quotes and _headline_speech(text, m, headline_quotes) or _answer_line(text, m))
                             and self.role_of.search(text, max(0, m.start() - 40), m.start()) is None):
                title = _title_without_installment(quoted, mentions, m.start(group))
                # ('"Velvet Colección tendrá una tercera temporada". Así lo anunció ...': a sentence quoted, its title the
                # words before the verb that gives it its season)
                if title != quoted:
                    inside = next((said for said in mentions if m.start(group) <= said.start < m.end(group)), None)
                    gives = next((i for i, c in enumerate(title) if c == " " and inside is not None
                                  and _GETS_NEW_SEASON.fullmatch(text, m.start(group) + i, inside.start) is not None), None)
                    if gives:
                        title = title[:gives]
                # ('"Vai ter terceira temporada, sim": criador de ...': nor words that go on past their season after a
                # comma)
                if title != quoted and (not title.split() or title.split()[-1].lower() in _ARTICLES
                                        or "," in quoted[len(title):].rstrip(" ,")):
                    # ('créatrice de Cour des Ormes : « J'écris la saison trois »': words that run into their season
                    # with an article are a sentence, no title and its installment)
                    continue
                held = self.contracted_before.search(text, max(0, m.start() - 6), m.start(group)) \
                    if self.contracted_before is not None else None
                if held is not None and title[:1].isupper():
                    add(f"{self.contracted[held.group(1).lower()]} {title}", 4, alias_of=title, quoted=True)
                else:
                    add(title, 4, quoted=True, tight=tight)
                quoted_in_headline = quoted_in_headline or m.end() <= headline_end
                quoted_spans.append((m.start(group), m.end(group)))
            elif any(mark in quoted for mark in "'‘\"«„‚"):
                # 'Álvaro Quintana: "Habrá una tercera temporada de 'Mareas'"': a title quoted inside a quotation
                quotations[:0] = list(_QUOTED.finditer(text, m.start(group), m.end(group)))
        # (most articles name no spinoff: one look at the whole text spares a look at each title)
        spinoff_named = self.spinoff is not None and (
            self.spinoff_lower.search(self._lowered) if self.spinoff_lower is not None and self._lowered is not None
            else self.spinoff.search(text)) is not None
        sentence_runs: SentenceRuns = []
        common_beside: dict[str, int] = {}
        headline_word: str | None = None  # a title taken only for opening the headline before its season (see below)
        # a Title Case headline ("Lentera Fajar Musim 3 Mulai Syuting 2027") capitalises every word: its words
        # say nothing of which are titles
        title_case = _title_case(headline)
        # where the mentions and the words of cancellation start, in order, and the first start of the cues by their
        # end: what each sentence and run below asks of them
        mention_order = mention_starts if self._mention_starts is not None else sorted(mention_starts)
        event_order = sorted(a for a, _ in events)
        cue_starts: dict[int, int] = {}
        for cue_start, cue_end in cues or []:
            cue_starts[cue_end] = min(cue_start, cue_starts.get(cue_end, cue_start))
        for sentence in sentences:
            # titles are looked for where something points at one: a season expression, a kind of
            # work, a quotation, the headline, or a short line of its own (a list item's header)
            if not (sentence.start < headline_end or (sentence.line_start and sentence.line_end and sentence.end - sentence.start < 90)
                    or (sentence.line_start and _LIST_NUMBER.match(sentence.text))
                    or (sentence.line_start and not sentence.line_end and sentence.end - sentence.start < 60)
                    or (sentence.line_start and ("—" in sentence.text or "–" in sentence.text))
                    or _any_within(mention_order, sentence.start, sentence.end)
                    or self._in_text("type_noun", self.type_noun, sentence.start, sentence.end)
                    or _OTHER_SCRIPT_BRACKET.search(text, sentence.start, sentence.end)
                    or _NUMBERED_SEQUEL.search(text, sentence.start, sentence.end)
                    or _any_within(event_order, sentence.start, sentence.end)):
                sentence_runs.append((sentence, []))
                continue
            runs = _split_listed(text, self.runs(text, sentence.start, sentence.end, blocked), self.pair_before, self.pair_after)
            if self._making_ends:
                runs = _runs_without_verdict(text, runs, self._making_ends, sentence.start >= headline_end)
            sentence_runs.append((sentence, runs))
            # a Title Case subheading ("Has Lantern Road Been Renewed For Season 3?") capitalises every word: only
            # a run the article names elsewhere is a title there
            # (every long word: German capitalises its nouns, and a sentence's verbs stay low)
            # (not a calendar's entry, which opens on its date: "11 Maret - Taman Roti Season 2 (Disney+)")
            subheading = sentence.start >= headline_end and sentence.line_start and sentence.line_end \
                and not sentence.text.rstrip().endswith(".") and _title_case(sentence.text, 1.0) \
                and not self._calendar_entry(sentence.text)
            for index, (run_start, run_end) in enumerate(runs):
                # ('„Der Mieter aus dem vierten Stock“ Staffel 2': a capitalised word inside a quoted title is a part of
                # that title, no name of its own, though the season stands beside it; not its opening words, the
                # title without its sequel's number: „Nachtschicht 9“)
                if any(a < run_start and run_end <= b for a, b in quoted_spans):
                    continue
                title = text[run_start:run_end]
                opener = text[sentence.start:run_start].strip(" \"“‘'«") == ""
                # (so is a quotation's first word after a colon or a comma: 'explicó: "Recibimos una propuesta ...')
                opener = opener or (text[run_start - 1:run_start] in _QUOTE_OPENERS
                                    and _SPEECH_OPENS.search(text, max(sentence.start, run_start - 4), run_start - 1) is not None)
                # (a quotation opens on a capital too: 'a petition titled "Renew Harbor Nine Season 3"')
                # (or two: 'a petition titled "Give Us Marrow Creek Season 3"')
                if (opener or text[run_start - 1:run_start] in _QUOTE_OPENERS) and " " in title and \
                        title.split()[0].lower() not in _ARTICLES:
                    for drop in (1, 2):
                        rest = " ".join(title.split()[drop:])
                        # (two only before a name of two words or more: not "Red Moon Hotel" to "Hotel")
                        if rest and (drop == 1 or " " in rest) and len(occurrences(text, rest)) > len(occurrences(text, title)):
                            run_start = run_start + title.index(rest)
                            title = rest
                            runs[index] = (run_start, run_end)
                            break
                # ("Sutradara Bulan di Atas Pelabuhan, Kim Ji-ho, ...": the role word that opens the sentence, the
                # work it is of after it)
                # ("Fans of Glass Wolves will have to wait longer": the work its fans are of, the words before it none of it)
                fans = _FANS_OF_LEAD.match(title) if opener and self.fans_of is not None else None
                if fans is not None and self.fans_of is not None and self.fans_of.search(title[:fans.end()]) and title[fans.end():][:1].isupper():
                    run_start += fans.end()
                    title = title[fans.end():]
                    runs[index] = (run_start, run_end)
                    opener = False
                topic = self.topic_lead.match(title) if opener and self.topic_lead is not None else None
                if topic is not None and title[topic.end():][:1].isupper():
                    run_start += topic.end()
                    title = title[topic.end():]
                    runs[index] = (run_start, run_end)
                    opener = False
                lead = self.role_lead.match(title) if opener and self.role_lead is not None else None
                if lead is not None and title[lead.end():][:1].isupper() and _NAME_SET_OFF.match(text, run_end):
                    run_start += lead.end()
                    title = title[lead.end():]
                    runs[index] = (run_start, run_end)
                    opener = False
                if run_end in cue_starts and cue_starts[run_end] <= run_start:
                    continue  # a cue word in capitals: "grünes Licht für eine dritte Staffel"
                # (but a list's heading of its title and season: "The Marlow Inheritance: Season 2 (March 5)"; or of its
                # title and its name in another script: "A Estação das Lanternas (灯籠の駅 / Tōrō no Eki)")
                if subheading and all(sentence.start <= p < sentence.end for p in occurrences(body, title, headline_end)) \
                        and not self._heading_line(text, run_start, run_end, mentions) \
                        and not _OTHER_SCRIPT_BRACKET.match(text, run_end):
                    continue
                head = _ROMAJI_HEAD.search(text, max(sentence.start, run_start - 40), run_start) \
                    if _JAPANESE_BRACKET.match(text, run_end) else None
                if head is not None:
                    # "Kagerou no Ken (陽炎の剣)": a romanised Japanese title, its particles in lower case
                    run_start = head.start()
                    title = text[run_start:run_end]
                    runs[index] = (run_start, run_end)
                # ("LOS ANGELES (PWS) — ...", "LA ROCHELLE – ...": an agency's dateline in capitals opens the paragraph)
                if (run_start == 0 or text[run_start - 1] == "\n") and self._dateline(text, title, run_end):
                    continue
                if self.company_before.search(text, max(sentence.start, run_start - 30), run_start):
                    continue
                # ("eine dritte Season mit Lea Brandt als Teilzeit-Detektivin", "with Ann Vale as Detective Rook": the
                # part a person named right before plays, no title)
                if _PLAYED_AS_BEFORE.search(text, max(sentence.start, run_start - 40), run_start) is not None:
                    continue
                # ("Netflix has canceled Mara Quint’s “Low Tide”": the one whose quoted title follows is its maker, no
                # work)
                if _OWNER_OF_QUOTED.match(text, run_end) is not None:
                    continue
                # ("“Dust Road” has been axed by Halcyon after two seasons": the agent of a decision decides, no work)
                if len(title.split()) <= 2 and any(_AGENT_WORD.fullmatch(text, b, run_start) for _, b in events):
                    continue
                # ("La serie ambientada en el universo de Sherlock Holmes fue cancelada": the world a work is set in, or
                # whose characters it takes, is no work the article speaks of)
                if _WORLD_BEFORE.search(text, max(sentence.start, run_start - 30), run_start) is not None and not any(
                        0 <= m.start - run_end <= 2 and m.numbers for m in mentions):
                    continue
                # ("das Drama über eine Berliner Zugbegleiterin", "a drama about a Welsh Miner": what an indefinite
                # article opens describes, it names no work)
                # (not the preposition after a verb of ending: "pone fin a Calle Sur")
                if _INDEFINITE_BEFORE.search(text, max(sentence.start, run_start - 10), run_start) and \
                        not any(0 <= m.start - run_end <= 30 and m.numbers and not m.count for m in mentions) and \
                        not any(_END_OBJECT_GAP.fullmatch(text, b, run_start) for _, b in events):
                    continue
                # ("Apple TV+ renewed the village comedy ...": the rest of a platform's name, its first word left out of
                # the run at the sentence's start)
                previous = _WORD_BEFORE.search(text, sentence.start, run_start) if run_start - sentence.start <= 20 else None
                if previous is not None and previous.start() == sentence.start and \
                        self.platform.fullmatch(text[previous.start():run_end]):
                    continue
                # ("Antena 3", "Channel 4", "France 2": a platform whose name ends on its number)
                number = _SEQUEL_NUMBER.match(text, run_end, run_end + 4)
                if number is not None and self.platform.match(text[run_start:number.end()].strip()):
                    continue
                strength = self._adjacency(text, run_start, run_end, mentions) or self._listed(text, runs, index, mentions)
                # ("Glass Harbor was cancelled after one season", "Marrow Lane is done at Netflix": a name of several
                # words, each capitalised and none a common word but a count that opens it, right before an auxiliary
                # and the event is a title even where it opens the sentence)
                subject = False
                # (not a person named by a role: "showrunner Patrick Somerville has squashed any hopes of that")
                # (the season named after the event or not: "The Lodger also got the boot after its second season")
                if (not strength or opener) and self.event_gap is not None and self.auxiliary_opening is not None \
                        and not self._role_before(text, run_start, 20) and any(
                        self.event_gap.fullmatch(text, run_end, a)
                        or _ADVERB_GAP.fullmatch(text, run_end, a) and self.auxiliary_opening.match(text, a) for a, _ in events) \
                        and _PEOPLE_LISTED_BEFORE.search(text, max(sentence.start, run_start - 90), run_start) is None:
                    strength = strength or 2
                    # (or opening on its article: "The Lodger also got the boot")
                    named = title.split()
                    opening_article = len(named) >= 2 and named[0] in _CAPITAL_ARTICLES
                    subject = len(named) >= 2 and all(
                        w[:1].isupper() and (w.lower() not in self.common or (i == 0 and (w.lower() in self.counting or opening_article)))
                        for i, w in enumerate(named))
                if not strength and any(text[b:run_start] == " " or _END_OBJECT_GAP.fullmatch(text, b, run_start) is not None
                                        for _, b in events):
                    strength = 2  # "Reports that The Thornwick Veil has been cancelled", "HBO cancelled Ironwood"
                # ("Fox has given Redline an early renewal for season 4": the work a renewal is given to, before it)
                if not strength and _GIVEN_BEFORE.search(text, max(sentence.start, run_start - 12), run_start) is not None \
                        and _RENEWAL_GIVEN_AFTER.match(text, run_end) is not None:
                    strength = 2
                # ("The streamer has handed a third-season order to Ironvale": the work an order is given to)
                if not strength and (order := _ORDER_TO.search(text, max(sentence.start, run_start - 20), run_start)) is not None \
                        and any(order.start() < b <= order.start() + 12 for ends in self._making_ends.values() for b in ends):
                    strength = 2
                # ("Não vai ter Caçadores do Pantanal 3", "There won't be a Swamp Hunters 3": a title with its number,
                # a few words after the words that it will not be, is the film that will not be made)
                if strength == 1 and any(0 <= run_start - b <= 16 and not _CLAUSE_MARK.search(text, b, run_start)
                                         for _, b in denials):
                    strength = 2
                # ("Wawancara Dimas Prakoso: Season 2 Jejak Sang Penembak?": the one an interview is with, before its
                # colon, is a person)
                if strength and self.interviewee_before is not None and _LABEL_END.match(text, run_end) and \
                        self.interviewee_before.search(text, max(sentence.start, run_start - 30), run_start):
                    strength = 0
                if strength and " " not in text[run_start:run_end] and self.place_before is not None and \
                        self.place_before.search(text, max(sentence.start, run_start - 15), run_start):
                    strength = 0
                if not strength and spinoff_named and self.spinoff is not None and \
                        (spin := self.spinoff.search(text, max(sentence.start, run_start - 40), run_start)) is not None and \
                        _SPINOFF_APPOSITION.fullmatch(text, spin.end(), run_start):
                    # "a commandé une série préquelle, Valcourt 1912, qui racontera ...": the new work's name (with the
                    # year it is set in)
                    strength = 2
                    year = _YEAR_AFTER_NAME.match(text, run_end)
                    if year is not None:
                        run_end = year.end()
                        title = text[run_start:run_end]
                if not strength and text[max(0, run_start - 3):run_start - 1] in _POSSESSIVE_S and \
                        self._platform_owned(text, run_start) and \
                        any(sentence.start <= m.start < sentence.end for m in mentions) and \
                        not self.role_start.match(title + " ") and not _THING_AFTER.match(text, run_end):
                    strength = 2  # "a regular on Netflix's Cold Latitude, shooting its second season": the platform's work
                # ("Outra produção popular que volta à Netflix no próximo ano é Outer Banks.", "Another show back next year
                # is Iron Reef.": the name a sentence that opens on a kind of work ends on, after its verb "to be")
                # (or a list of names that ends it, after the verb "to be": "Tiga serial yang dibatalkan ... adalah Kapten
                # Lumut, Rumah Pasir dan Nadi Kota.", each of them)
                listed_from = index
                while listed_from > 0 and _LIST_GAP.fullmatch(text, runs[listed_from - 1][1], runs[listed_from][0]) is not None:
                    listed_from -= 1
                listed_to = index
                while listed_to + 1 < len(runs) and _LIST_GAP.fullmatch(text, runs[listed_to][1], runs[listed_to + 1][0]) is not None:
                    listed_to += 1
                if not strength and listed_to - listed_from >= 2 \
                        and _COPULA_BEFORE.search(text, max(sentence.start, runs[listed_from][0] - 8), runs[listed_from][0]) is not None \
                        and _SENTENCE_END_AFTER.match(text, runs[listed_to][1]) is not None and self.platform.match(title) is None \
                        and self._in_text("type_noun", self.type_noun, sentence.start, min(sentence.end, sentence.start + 30)) \
                        and any(sentence.start <= a < runs[listed_from][0] for a, _ in events + [(b, b) for b in self._making_ends]):
                    strength = 2
                if not strength and _COPULA_BEFORE.search(text, max(sentence.start, run_start - 8), run_start) is not None \
                        and (_SENTENCE_END_AFTER.match(text, run_end) is not None or self._kind_named_after(text, run_end)
                             # (or a relative clause on it, no person spoken of before: "Outra série renovada foi This
                             # Is Us, que ganhou mais três temporadas")
                             or _THING_RELATIVE_AFTER.match(text, run_end) is not None
                             and self.people_word.search(text, sentence.start, run_start) is None) \
                        and self.platform.match(title) is None \
                        and self._in_text("type_noun", self.type_noun, sentence.start, min(sentence.end, sentence.start + 30)):
                    strength = 2
                # ("l'exemple même avec Agence Zéro, annulée par Netflix alors que ...", "Dust Road, canceled by Hulu
                # after two seasons": a decision's participle set off after the name, its platform the agent)
                if not strength and text[run_end:run_end + 1] == "," and self.platform.match(title) is None \
                        and (decision := self.decided_after.match(text, run_end + 1)) is not None \
                        and (agent := _AGENT_WORD.match(text, decision.end())) is not None \
                        and self.platform_start.match(text, agent.end()) is not None:
                    strength = 2
                # ("Copper Flats, Marrow Lane and Glass Orchard have been renewed": the subjects listed before one event,
                # each a name of two capitalised words or more, no person's role or credit before them)
                if not strength and listed_to > listed_from and self.event_gap is not None and self.platform.match(title) is None \
                        and not self._role_before(text, runs[listed_from][0], 20) \
                        and all(len(text[a:b].split()) >= 2 and all(w[:1].isupper() for w in text[a:b].split())
                                for a, b in runs[listed_from:listed_to + 1]) \
                        and any(self.event_gap.fullmatch(text, runs[listed_to][1], a) for a in self._making_ends) \
                        and _PEOPLE_LISTED_BEFORE.search(text, max(sentence.start, runs[listed_to][0] - 90), runs[listed_to][0]) is None:
                    strength, subject = 2, True
                if not strength and _RUN_YEARS_BRACKET.match(text, run_end) and self.platform.match(title) is None:
                    strength = 2  # "Poker Face (2023-sekarang, Peacock)", "Wednesday (2022–present)": the years it ran
                if not strength and _OTHER_SCRIPT_BRACKET.match(text, run_end) and not (
                        self.alias_before is not None and self.alias_before.search(text, max(0, run_start - 40), run_start)):
                    strength = 2  # "datang dari Midnight Counsel (한밤의 변호인)": its name in its own script beside it
                # ("Écume : doit-on espérer une saison 2 ?" over "la créatrice de Mille et une nuits, Écume, ..."): the name
                # a headline opens on before its colon, the headline going on about a season, named again in the body
                labelled = False
                if not strength and run_start == 0 and self._colon_headline_title(text, title, run_end, headline_end, body, mentions):
                    strength, labelled = 2, True
                # a capital at a sentence start proves nothing: "Syuting musim kedua ..."; but a single word
                # right before a season, that is no cue word nor ever written in lower case, is a title
                # ("Ironwood season 3 will arrive in 2026")
                # ("The Tenth Floor Bakery (10층 빵집) is coming back": a name of several words with its name of several
                # words in another script after it is a title wherever it stands; so is one whose bracket a season
                # follows: "Moonlit Ward (달빛병동) season 2 has been confirmed")
                # ("Marítima foi renovada para uma 11ª e última temporada", "Lanternfish was renewed for a fourth season": one
                # word too, before its auxiliary and a decision, with the season it is decided for after it)
                subject = subject or bool(strength) and self._decided_subject(text, title, run_end, sentence.end, mentions)
                # ("Morgenrot wurde von Sky nach der ersten Staffel abgesetzt": its decision last, the season before it)
                if not strength and opener and self._decided_subject(text, title, run_end, sentence.end, mentions):
                    strength, subject = 2, True
                if strength and opener and not subject and not labelled and not _mid_sentence(body, title, headline_end if title_case else 0) and \
                        not (strength == 3 and self._opening_title(text, title, run_start, run_end, mentions, cues)) and \
                        not (strength == 3 and title.lower() in self.weekdays
                             and self._opens_headline(text, title, run_start, run_end, mentions)) and \
                        not (strength == 2 and " " in title and all(w.lower() not in self.common for w in title.split())
                             and self._role_named_after(text, run_start, run_end, mentions)) and \
                        not self._heading_line(text, run_start, run_end, mentions) and \
                        not (strength == 3 and self._kind_aside_after(text, run_end)) and \
                        not (strength == 2 and (self.one_of_kind is not None and self.one_of_kind.match(text, run_end) is not None
                                                or self.maker_after_possessive.match(text, run_end) is not None)
                             and all(w.lower() not in self.common for w in title.split())) and \
                        not (strength == 2 and _SEQUEL_NUMBER.match(text, run_end, run_end + 4) is not None
                             and self._sequel_spoken_of(text, run_start, run_end, mentions)) and \
                        not (strength == 3 and " " in title and any(m.sequel and not m.numbers and 0 < m.start - run_end <= 3
                                                                    for m in mentions)
                             and not all(w.lower() in self.common for w in title.split())) and \
                        not (" " in title and (bracket := _OTHER_SCRIPT_BRACKET.match(text, run_end)) is not None
                             and (" " in bracket.group().strip(" ()") or len(_JAPANESE_RUN.findall(bracket.group())) >= 2
                                  or any(m.numbers and not m.title and 0 < m.start - bracket.end() <= 2 for m in mentions))):
                    continue
                # a Title Case headline makes every word a capital: trust it only when the body agrees
                # (but a sentence-case headline's name inside it, right before its season's number, is a title all
                # the same: "Everything we know about Copper Lake season 2")
                # (its words all capitalised, none of them common: not "5 Drama Korea yang Ditunggu Season 2-nya")
                # (or right after it, the headline ending or going on in lower case: "Prime Video orders second season
                # of Salt Road")
                # (common words too, where the name follows its season and "of": "A terceira temporada de Perdidos no
                # Espaço vai acontecer?")
                # (or a decision's verb right before it gives it the season, its words common ones all the same:
                # "Netflix renews The Silent Courier for season 3")
                before_season = after_season = verb_season = False
                for said in mentions if not title_case and not opener and run_start < headline_end and strength == 3 else ():
                    if not said.numbers or said.title:
                        continue
                    before_season = before_season or 0 < said.start - run_end <= 2
                    verb_season = verb_season or 0 < said.start - run_end <= 20 \
                        and _DECIDED_FOR.fullmatch(text, run_end, said.start) is not None \
                        and any(b == run_start - 1 for ends in self._making_ends.values() for b in ends)
                    after_season = after_season or (
                        0 < run_start - said.end <= 12 and self.gap_after_mention.fullmatch(text, said.end, run_start) is not None
                        and (run_end >= headline_end or text[run_end:run_end + 2].strip()[:1].islower()
                             or text[run_end:headline_end].strip(" ?!") == ""
                             # (or its clause ends there, the headline going on: "Vai ter 3ª temporada de Cidade
                             # Partida? Saiba o que a Netflix disse")
                             or text[run_end:run_end + 1] in ("?", "!", ":", ",")))
                amid = not title_case and not opener and run_start < headline_end and strength == 3 \
                    and (before_season or after_season or verb_season) \
                    and all(after_season and w in self.connectors
                            or self._capital(w) and (after_season or verb_season or w.lower() not in self.common)
                            and not self.type_noun.fullmatch(w) for w in _named_words(title))
                # (or its kind set off after it: "Brilho, a série de luta livre, vai regressar para uma terceira temporada")
                amid = amid or strength == 3 and run_start < headline_end and self._kind_aside_after(text, run_end)
                # ("... empieza a filmarse Casa Roja 3" over a body that says only "la tercera temporada de la serie": a
                # sentence-case headline's title with its number, the installment the body names)
                amid = amid or not title_case and not opener and run_start < headline_end and strength == 2 \
                    and _SEQUEL_NUMBER.match(text, run_end, run_end + 4) is not None \
                    and self._sequel_spoken_of(text, run_start, run_end, mentions)
                if strength == 3 and opener and not amid and self._opens_headline(text, title, run_start, run_end, mentions) \
                        and not _named_in(body, title, headline_end):
                    amid = True
                    headline_word = normalise(title)
                # ("Kestrel Point's third season will premiere in June" over a body that says only "the series": a name of
                # capitalised words, none common, that opens the headline right before its season in the possessive)
                if strength == 3 and run_start == 0 and not amid and not title_case and " " in title \
                        and all(w[:1].isupper() and w.lower() not in self.common for w in title.split()) and self.plausible(title) \
                        and any(m.numbers and not m.title and m.kind == "season" and text.startswith(("'s ", "’s "), run_end)
                                and m.start == run_end + 3 for m in mentions):
                    amid = True
                # ("Stardrift Anime's 2nd Season Delayed" over "the Stardrift anime": the body names it without its kind)
                body_name = _KIND_AFTER_TITLE.sub("", title)
                if strength and not amid and (run_start < headline_end or body[run_start:run_end] != title) \
                        and (not _named_in(body, body_name, headline_end) or _lower_elsewhere(text, body_name)):
                    continue  # (nor one word the article also writes in lower case: "Rilis Teaser, ...", "merilis teaser")
                if strength:
                    if strength == 3 and not self.plausible(title) and self._only_common(title) \
                            and not self.type_noun.fullmatch(title) and title.lower() not in self.months \
                            and not (self.part_noun is not None and self.part_noun.fullmatch(title)) \
                            and not _KOREAN_NAME.fullmatch(title):
                        # ("Fortsetzung des Kinohits „Waldhaus“": a kind; "returns for season 2 in January": a date)
                        # "Wednesday Season 3": a common word is a title when seasons keep standing beside it
                        common_beside[title] = common_beside.get(title, 0) + 1
                    # ("la saison 2 des Filles du Marais": the title's article is inside "des", Les Filles du Marais)
                    held = self.contracted_before.search(text, max(0, run_start - 6), run_start) \
                        if self.contracted_before is not None else None
                    if held is not None:
                        add(f"{self.contracted[held.group(1).lower()]} {title}", strength, alias_of=title)
                    else:
                        # (one with its name in another script beside it is as sure as a quoted one: "A Estação das
                        # Lanternas (灯籠の駅)" is no station's role)
                        # (and so is a capitalised article and its words right after the kind of work: "A série Os
                        # Outros encerrou sua segunda temporada", common words that name it)
                        named_words = title.split()
                        # (or right after its season and "of", the article kept apart and in capitals: "a segunda
                        # temporada de Os Outros", where prose has "dos outros")
                        kind_named = len(named_words) >= 2 and named_words[0] in _CAPITAL_ARTICLES \
                            and all(w[:1].isupper() for w in named_words) \
                            and (self._in_text("type_nouns", self.type_nouns, max(0, run_start - 30), run_start)
                                 # (not past an origin or fame: "drama medis populer The X: Y" is named as often without it)
                                 and self.kind_origin_before.search(text, max(0, run_start - 20), run_start) is None
                                 or strength == 3 and _OF_BEFORE.search(text, max(0, run_start - 6), run_start) is not None
                                 # (or "The" and its capitals opening a sentence before its season: see `_opening_title`)
                                 or strength == 3 and opener and named_words[0] == "The" and _AUXILIARY_AFTER.match(text, run_end) is not None)
                        add(title, strength, quoted=kind_named or _OTHER_SCRIPT_BRACKET.match(text, run_end) is not None)
        for title, count in common_beside.items():
            # (a weekday right before a season's noun and number once is enough: "A Wednesday season 2 renewal at
            # Netflix"; not "said on Wednesday that its third season ...")
            # (or the years it has run in brackets after it: "musim 2 dari Wednesday (2022-sekarang)")
            if count >= 2 or any(_RUN_YEARS_BRACKET.match(text, p + len(title)) for p in occurrences(text, title)) \
                    or title.lower() in self.weekdays and any(
                    self.season_noun.fullmatch(m.group(1))
                    for m in re.finditer(re.escape(title) + r"[^\S\n]+([^\W\d_]+)[^\S\n]+\d", text)):
                candidates.setdefault(normalise(title), Work(title)).strength += 3 * count
        if self.sentence_case is not None:
            self._sentence_case_titles(text, body, headline_end, mentions, cues or [], add)
        self._heading_titles(text, headline_end, mentions, add)
        headers = self._headers(text, sentence_runs, add)
        if not quoted_in_headline:
            # ("Rencontre avec Nadia Lemaire, créatrice de « Marée Basse »": a headline that quotes its title
            # does not write another in capitals alone)
            self._headline_titles(text, headline_end, sentence_runs, add)
        self._parenthetical_aliases(text, candidates)
        self._described_aliases(text, candidates, words)
        if not any(w.strength >= 2 for w in candidates.values()):
            self._headline_subject(text, headline_end, sentence_runs, mentions, add, cues, makings)
        # ("M. Night Vance's Servant" beside "Fans of Servant": the name before the possessive is its maker's)
        for key, work in list(candidates.items()):
            owner, mark, tail = work.title.partition("'s ") if "'s " in work.title else work.title.partition("’s ")
            own = candidates.get(normalise(tail)) if mark and tail[:1].isupper() else None
            if own is not None and own is not work and own.strength >= 2 and owner[:1].isupper():
                own.strength += work.strength
                del candidates[key]
            # ("Hamish Vale's Dead End: Night Park" beside "Vale wrote ...": a person's full name in the possessive, the
            # surname speaking alone elsewhere, is the maker's)
            elif mark and tail[:1].isupper() and 2 <= len(owner.split()) <= 3 and owner[:1].isupper() \
                    and self.platform.fullmatch(owner) is None and self._person_like(body, owner.split()[-1]):
                del candidates[key]
                work.title = tail
                kept_tail = candidates.setdefault(normalise(tail), work)
                if kept_tail is not work:
                    kept_tail.strength += work.strength
        kept = [w for w in candidates.values() if w.strength >= 2]
        # ("Finally season 3 is coming" over "Netflix has renewed Marble Coast ...": a headline's first word the body
        # never names is a title only where the article names no other)
        if headline_word is not None and any(normalise(w.title) != headline_word for w in kept):
            kept = [w for w in kept if normalise(w.title) != headline_word]
        # ("Musim Kedua Serial Pelita di Ujung Jalan" over "Pelita di Ujung Jalan sukses ...": the kind of work before a
        # title found without it is no part of it; nor is "Hawley's second film" a work, the article naming Noah Hawley)
        kept = [w for w in kept if not self._kind_before_found(w.title, candidates) and not self.surname(body, w.title)]
        if self.sentence_case is not None:
            for work in kept:
                self._sentence_case_rest(text, work)
        # ("Sementara itu, Wasiat Ayah adalah serial thriller keluarga di WeTV": a shorter name the article says is a
        # work of its own is not an alias of "Jodoh Wasiat Ayah")
        defined = {normalise(w.title) for w in kept if len(kept) > 1 and self._defined(text, w.title)}
        # ("Foxglove, the moody crime thriller ... Foxglove Lane, the Peacock period drama": two names, each described
        # as a work of its own, one inside the other, are two works)
        described = {normalise(w.title) for w in kept if len(kept) > 1 and self._described(text, w.title)}
        defined |= {short for short in described if any(long != short and _contains_words(long, short) for long in described)}
        # ("4. Rumah Dinas (Vidio) ... 5. Rumah Dinas Ayah (Netflix)": two items of a list head two works)
        headed = {normalise(h.work) for h in headers}
        defined |= {short for short in headed if any(long != short and _contains_words(long, short) for long in headed)}
        # ("HBO renewed Blue Hour for a third season ... cancelled Blue Hour Diaries after one season": a name another goes
        # on from in capitals, no colon between, each named beside a season of its own, are two works)
        for short in kept:
            longer = [w for w in kept if w.title.startswith(short.title + " ") and w.title[len(short.title) + 1:][:1].isupper()]
            if longer and self._own_season(text, short.title, mentions, [w.title for w in longer]) and \
                    any(self._own_season(text, w.title, mentions, []) for w in longer):
                defined.add(normalise(short.title))
        # ("The Keepers vs. The Keepers of Bay Street", "Blue Hour and Blue Hour Diaries": a name set side by side with a
        # longer one it is inside is another work)
        for short in kept:
            if any(w is not short and w.title != short.title and _contains_words(normalise(w.title), normalise(short.title))
                   and _side_by_side(text, short.title, w.title) for w in kept):
                defined.add(normalise(short.title))
        # ("renewed Iron Chef Academy: The Challenge for a third season, while the drama Iron Chef Academy will end with its
        # fourth": one sentence that names both, the shorter on its own, and a season for each, speaks of two works)
        for short in kept:
            if any(w is not short and w.title.startswith(short.title + ":") and _apart_in_sentence(text, sentences, short.title, w.title, mentions)
                   for w in kept):
                defined.add(normalise(short.title))
        works = _merge_aliases(kept, {normalise(w.title) for w in kept if self._spinoff(text, w.title)}
                               if spinoff_named else frozenset(),
                               {normalise(w.title) for w in kept if _closed_quote(text, w)}, defined)
        # ("BREAKING: 'HOLLOW CREEK' RENEWED FOR SEASON 3" over "Hulu has renewed Hollow Creek ...": a headline in
        # capitals writes the title as the body does not)
        # (and where the body writes it all in lower case, the words were no title: "TAMPIL SUKSES, "LEMBAH KABUT" BAKAL
        # BERLANJUT DI MUSIM KEDUA." over "bakal berlanjut di musim kedua")
        shouted: list[Work] = []
        for work in works:
            if work.title.isupper() and len(work.title) > 3:
                written = next((text[p:p + len(work.title)] for p in occurrences(text, work.title, headline_end, ignore_case=True)
                                if not text[p:p + len(work.title)].isupper()), None)
                if written is not None and written == written.lower() and not written[:1].isdigit():
                    shouted.append(work)
                elif written is not None:
                    work.aliases.append(work.title)
                    work.title = written
        works = [w for w in works if w not in shouted]
        # ("Moonlit Academy anime ends ..." over "The Moonlit Academy anime will end ...": the article before the title
        # and its kind of work is the phrase's, not the title's, where the text names it without it too)
        for work in works:
            article, _, bare = work.title.partition(" ")
            if bare and article in _CAPITAL_ARTICLES and normalise(bare) in {normalise(a) for a in work.aliases} \
                    and (places := occurrences(text, work.title)) \
                    and all(self.type_noun_after.match(text, p + len(work.title)) for p in places):
                work.aliases = [a for a in work.aliases if normalise(a) != normalise(bare)] + [work.title]
                work.title = bare
        # ('Kutukan Sendang Ayu ... naskah bertuliskan "KSA 2"': a name in capitals that spells another's initials is
        # that work)
        # (with its installment's number too: "KSA 2")
        # (its articles and small words maybe left out: "MOSH" of "The Ministry of Small Hours", "EDB" of "Les Enfants
        # de la Brume", "ZdW" of "Zeit der Wölfe")
        for short in [w for w in works if _INITIALS.fullmatch(w.title)]:
            letters = short.title.split()[0]
            spelled = next((w for w in works if w is not short and _spells(letters, w.title)), None)
            if spelled is not None:
                spelled.aliases.append(letters)
                spelled.strength += short.strength
                works.remove(short)
        # ('"Arthdal Cronicles" ... "Arthdal Chronicles"': a long title written again with one letter more or less is the
        # same work, misspelt; the one found stronger keeps the name)
        for work in list(works):
            other = next((w for w in works if w is not work and _one_letter_apart(work.title, w.title)), None)
            if other is not None and work in works and (other.strength, len(other.title)) > (work.strength, len(work.title)):
                other.aliases.append(work.title)
                other.aliases.extend(a for a in work.aliases if a not in other.aliases)
                other.strength += work.strength
                works.remove(work)
        for work in list(works):
            full = _full_title(text, work, mentions, self.openers, self._making_ends, self.negation)
            # ("la precuela Cartas desde Medellín: 1989", "the spinoff Quarry Road: 1984": a spinoff named by the year it
            # is set in)
            if full is None and spinoff_named:
                full = next((text[p:dated.end()] for p in occurrences(text, work.title)
                             if (dated := _YEAR_SUBTITLE.match(text, p + len(work.title))) is not None
                             and (self.spinoff.search(text, max(0, p - 40), p) is not None
                                  # (or right after it: "a series order to Bramblewood: 1962, a prequel set ...")
                                  or (kind := _APPOSITION_ARTICLE.match(text, dated.end())) is not None
                                  and self.spinoff.match(text, kind.end()) is not None)), None) \
                    if self.spinoff is not None else None
            # ("Maison Verlaine : Apple TV dévoile la bande-annonce": who speaks after the colon, no subtitle)
            if full is not None and (self.platform_start.match(full, len(work.title) + 2)
                                     or _platform_after_colon(text, work.title, self.platform_start)):
                full = None  # ("Terres brûlées : Canal+ renouvelle ...": "Canal+" is cut at its mark in the subtitle)
            # ("Drachenthron: Das Ende naht" over a body that quotes „Drachenthron“ alone: the headline's words after
            # the colon are its sentence, no subtitle)
            if full is not None and headline_end and not occurrences(text, full, headline_end) \
                    and _quoted_in(text, work.title, headline_end):
                full = None
            if full is None or any(normalise(w.title) == normalise(full) for w in works):
                continue
            if spinoff_named and self._spinoff(text, full):
                # "HBO has ordered Iron Valley: Origins, a prequel spinoff of Iron Valley": a work of its own
                works.append(Work(full, strength=2, spinoff=True))
                continue
            work.aliases.insert(0, work.title)
            work.title = full
            _subtitle_aliases(work)
            # "The Trauma Code: Heroes on Call (중증외상센터)": the bracket follows the full title
            self._parenthetical_aliases(text, {normalise(work.title): work})
            # ('will carry the title "Lantern Street: Afterglow" ... the pair wrote "Afterglow" to work as a
            # conclusion': the subtitle found alone is this work, not one of its own)
            subtitle = normalise(full[len(full.split(":")[0]) + 1:])
            alone = next((w for w in works if w is not work and normalise(w.title) == subtitle and not w.aliases
                          and not w.spinoff), None)
            if alone is not None and len(subtitle) >= 4:
                works.remove(alone)
                work.aliases.append(alone.title)
                work.strength += alone.strength
        # ("BRUME : entretien avec la productrice de la série" over an interview on "la saison 3"): where nothing
        # else names a work, the label before the headline's colon does, when the headline goes on to speak of its
        # kind of work or of seasons ("Braise (Canal+) : quatre saisons prévues ?") and the body numbers a season
        if not works and headline_end and any(m.numbers and m.start >= headline_end for m in mentions):
            label = _HEADLINE_LABEL.match(text, 0, headline_end)
            after = [w.strip(",.!?") for w in _WORD_SPLIT.split(text[label.end():headline_end])] if label is not None else []
            # (a label that names kinds of work itself is a section's: "Axed Shows 2025: Which Series Won't Be Back")
            if label is not None and self.plausible(label.group(1)) and not self.platform.fullmatch(label.group(1)) \
                    and not any(self.type_noun.fullmatch(w.rstrip("s")) for w in label.group(1).split()) \
                    and any(self.type_noun.fullmatch(w) or self.season_noun.fullmatch(w) for w in after):
                works.append(Work(label.group(1), strength=2))
        # ("Quatre murs et demi (France 3) : la saison 2 arrive en janvier": the label before the headline's colon, its
        # platform in brackets after it, is a title in whatever case; a run of its first words found alone is that one)
        label = _PLATFORM_LABEL.match(text, 0, headline_end) if headline_end else None
        if label is not None and self.platform.fullmatch(label.group(2).strip()) is not None and self.plausible(label.group(1)) \
                and self.platform.match(label.group(1)) is None and all(normalise(w.title) != normalise(label.group(1)) for w in works):
            labelled_as = normalise(label.group(1))
            cut = [w for w in works if labelled_as.startswith(normalise(w.title) + " ") and not w.aliases]
            works = [w for w in works if w not in cut] + [Work(label.group(1), strength=3 + sum(w.strength for w in cut))]
        _join_overlapping(text, works)
        locate(text, works)
        if spinoff_named:  # (where the article names it itself: not "Nordwand" inside "Nordwand: Die Anfänge")
            for work in works:
                work.spinoff = work.spinoff or self._spinoff(text, work.title, work.spans)
        by_name = {normalise(n): w.title for w in works for n in w.names()}
        headers = [Header(h.sentence, by_name[normalise(h.work)]) for h in headers if normalise(h.work) in by_name]
        return works, headers

    def _sentence_case_titles(self, text: str, body: str, headline_end: int, mentions: list[SeasonMention],
                              cues: list[tuple[int, int]], add: Add) -> None:
        """Titles written in sentence case: a capitalised article inside a sentence, then words in lower case up
        to a verb, a conjunction or a punctuation mark ("la segunda temporada de La casa del lago, que ...").

        Such a phrase is a title when it opens the headline or stands inside a sentence, and stands next to a
        season or a kind of work, or is named twice. Where two places of it run on differently ("La casa del
        lago tendrá" / "La casa del lago vuelve"), the words they share are the title.
        """
        assert self.sentence_case is not None
        found: list[tuple[int, list[tuple[int, int, str]], bool]] = []  # start, its words, whether inside a sentence
        stops = [(m.start, m.end) for m in mentions] + cues
        for m in self.sentence_case.finditer(text):
            start = m.start()
            capital = not text[m.end()].islower()
            # (or a noun and its adjective ending the clause right after a season: "Une saison 3 pour Les Nuits blanches ?")
            if capital and not self._first_noun_capitalised(text, m.end()) and \
                    not self._noun_and_adjective_after_season(text, start, m.end(), mentions):
                continue  # "La Casa de Papel": Title Case, found as a run of capitals
            before = text[max(0, start - 3):start].rstrip(" \"“‘'«")
            headline_start = start < headline_end and text[:start].strip(" \"“‘'«") == ""
            inside = bool(before) and before[-1] not in ".!?:\n"
            # ("Soizic Le Bihan", "Yannick Le Goff": an article after a first name is part of a surname)
            name = _NAME_BEFORE.search(text, max(0, start - 25), start) if text[start:start + 3].rstrip(" '’") in _SURNAME_ARTICLES \
                else None
            if name is not None and name.group(1).lower() not in self.common and not self.platform.fullmatch(name.group(1)):
                continue
            words: list[tuple[int, int, str]] = []
            for token in _TOKEN.finditer(text, start, min(len(text), start + 120)):
                word = token.group()
                if words and (not word[0].isalpha() or self.title_end.fullmatch(word) or word.lower() in self.months
                              or self.platform.match(word) or word in self.title_articles[0] or word.startswith(self.title_articles[1])
                              or self.phrase_head.fullmatch(word)  # "La aclamada serie Marea Baja"
                              or any(s <= token.start() < e for s, e in stops)):
                    break
                words.append((token.start(), token.end(), word))
                if len(words) == 7:
                    break
            while len(words) > 1 and words[-1][2].lower() in self.connectors:
                words.pop()
            # the noun after the article: "La plataforma", "La segunda temporada", "L'émission" name no title
            noun = words[0][2][2:] if m.group()[-1] in "'’" else words[1][2] if len(words) > 1 else ""
            if len(words) < 2 or self.phrase_head.fullmatch(noun):
                continue
            # (or a body sentence that opens on it, its noun capitalised too: "Le Col des loups reviendra pour une
            # troisième saison", where "Le tournage" is a sentence's words)
            body_opening = capital and start >= headline_end and (not before or before[-1] in ".!?:\n")
            if inside or headline_start or body_opening:
                # (a headline that opens on "Le Poids des ombres saison 2": its capital says it is a title, where
                # "La esperada segunda temporada" is only words before a season)
                found.append((start, words, inside or capital))
        # "el regreso de Ciudad de sal", "Patio de luces vuelve": no article, the first noun capitalised, then "de"
        # and a word in lower case
        for m in _CAPITALISED_WORD.finditer(text):
            start = m.start()
            word = m.group()
            if word.lower() in self.common or word.lower() in self.months or self.platform.match(word) or \
                    word in self.title_articles[0] or any(s <= start < e for s, e in stops) or \
                    not (self._first_noun_capitalised(text, start)
                         or self._noun_and_adjective_after_season(text, start, start, mentions)):
                continue
            before = text[max(0, start - 3):start].rstrip(" \"“‘'«")
            headline_start = start < headline_end and text[:start].strip(" \"“‘'«") == ""
            inside = bool(before) and before[-1] not in ".!?:\n"
            if not (inside or headline_start):
                continue
            words = []
            for token in _TOKEN.finditer(text, start, min(len(text), start + 120)):
                if words and (not token.group()[0].isalpha() or not token.group().islower() or self.title_end.fullmatch(token.group())
                              or token.group().lower() in self.months or any(s <= token.start() < e for s, e in stops)):
                    break
                words.append((token.start(), token.end(), token.group()))
                if len(words) == 5:
                    break
            while len(words) > 1 and words[-1][2].lower() in self.connectors:
                words.pop()
            # (an elided connector and its noun are two words: "Village d'hiver")
            # (or two right after a season: "¿Tercera temporada para Vidas cruzadas?")
            if len(words) + sum(1 for w in words[1:] if _ELIDED_OF_WORD.fullmatch(w[2])) >= 3 or \
                    (len(words) == 2 and self._noun_and_adjective_after_season(text, start, start, mentions)):
                found.append((start, words, inside))
        titles: dict[str, list[tuple[int, int, bool]]] = {}
        # (two phrases each named so more than once are two names: "Jardín de invierno" and "Jardín de verano")
        repeated = {text[start:words[-1][1]] for start, words, _ in found
                    if len(occurrences(text, text[start:words[-1][1]])) >= 2}
        for start, words, inside in found:
            size = len(words)
            for _, other, _ in found:  # the words two places share
                if text[start:words[-1][1]] in repeated and text[other[0][0]:other[-1][1]] in repeated:
                    continue
                shared = 0
                while shared < min(size, len(other)) and words[shared][2].lower() == other[shared][2].lower():
                    shared += 1
                if shared >= 2:
                    size = min(size, shared)
            while size > 1 and words[size - 1][2].lower() in self.connectors:
                size -= 1
            # ("'La casa de las flores rojas' temporada 2" over "... de La casa de las flores rojas durante el evento": the
            # title quoted whole elsewhere ends it)
            # ("la deuxième saison des Oubliés à partir du mercredi" over « Les Oubliés »: or with its article, folded
            # into "des")
            # (one word too: "« Brocéliande » : la saison 3 arrive || ... la troisième saison de Brocéliande à partir du 8
            # janvier")
            quoted = next((k for k in range(size - 1, 0, -1) if _quoted_whole(text, text[start:words[k - 1][1]])
                           or any(_quoted_whole(text, f"{article} {text[start:words[k - 1][1]]}") for article in self.title_articles[0]
                                  if article[:1].isupper())), None)
            if quoted is not None and not _quoted_whole(text, text[start:words[size - 1][1]]):
                size = quoted
            titles.setdefault(text[start:words[size - 1][1]], []).append((start, words[size - 1][1], inside))
        for title, places in titles.items():
            # (not one word the places share: "les routes du Lot au volant ... les routes du Lot au printemps" name a
            # place; a one-word title is found as a run of capitals)
            if " " not in title or not self.plausible(title):
                continue
            # next to a season or a kind of work inside a sentence ("la segunda temporada de La casa del lago"); a
            # headline that opens on it ("La esperada segunda temporada ...") needs the body to name it too
            strength = max((self._adjacency(text, s, e, mentions) for s, e, inside in places if inside), default=0)
            positions = occurrences(body, title)
            # ("La Rochelle. Dix-sept ans après, « Docteur Lagarde » reprend du service ... le tournage débutera à La
            # Rochelle": a name the article writes after "à" is a place)
            if strength < 3 and any(_PLACE_BEFORE.search(body, max(0, p - 3), p) for p in positions):
                continue
            # "La esperada segunda temporada de ...": words standing right before a season, wherever named, describe it
            described = all(any(m.start - (p + len(title)) == 1 for m in mentions) for p in positions)
            if strength >= 2 or (any(inside or s < headline_end for s, _, inside in places)
                                 and len(positions) >= 2 and not described):
                add(title, max(strength, 2))

    def _noun_and_adjective_after_season(self, text: str, start: int, noun: int, mentions: list[SeasonMention]) -> bool:
        """Whether a capitalised noun at `noun` and its adjective end a clause right after a season (the phrase, maybe
        with its article, opening at `start`): "Une saison 3 pour Les Nuits blanches ?", "¿Tercera temporada para Vidas
        cruzadas?"."""
        return _NOUN_AND_ADJECTIVE.match(text, noun) is not None and any(
            m.numbers and 0 < start - m.end <= 12 and self.gap_after_mention.fullmatch(text, m.end, start) is not None
            for m in mentions)

    def _sentence_case_rest(self, text: str, work: Work) -> None:
        """A one-word title that goes on the same way wherever it stands is the start of a title in sentence case:
        "Orbite basse s'arrête chez Apple TV+ || Pas de troisième saison pour Orbite basse.", "le retour de Cendres
        de juillet || la saison 2 de Cendres de juillet parmi ..." (the words they all share, up to a verb or a mark)."""
        if " " in work.title or work.aliases:
            return
        rests: list[list[str]] = []
        for position in occurrences(text, work.title):
            words: list[str] = []
            for token in _TOKEN.finditer(text, position + len(work.title), min(len(text), position + len(work.title) + 80)):
                word = token.group()
                # (a preposition may go on in a title when an article follows it: "Brume sur la ville", where "sur" ends
                # "Lupin sur Netflix" and "en" "Lupin en tournage")
                after_preposition = bool(words) and self.title_end.fullmatch(words[-1]) is not None
                connector = word.lower() in self.connectors
                if not word[0].isalpha() or self.platform.match(word) \
                        or (after_preposition and (not connector or self.title_end.fullmatch(word) is not None)) \
                        or (not after_preposition and not connector and self.title_end.fullmatch(word) is not None) \
                        or (word[0].isupper() and (not words or words[-1].lower() not in self.connectors)) or len(words) == 4:
                    break
                words.append(word)
            rests.append(words)
        if len(rests) < 2:
            return
        shared = 0
        while all(len(r) > shared and r[shared].lower() == rests[0][shared].lower() for r in rests):
            shared += 1
        rest = rests[0][:shared]
        while rest and rest[-1].lower() in self.connectors:
            rest.pop()
        # (what a preposition leads to is a name's word, no common one: not "Lupin sur la plateforme")
        if any(self.title_end.fullmatch(w) for w in rest) and rest[-1].lower() in self.common:
            return
        if rest and any(not w[0].isupper() for w in rest):
            title = f"{work.title} {' '.join(rest)}"
            if occurrences(text, title):
                work.aliases.append(work.title)
                work.title = title

    def _first_noun_capitalised(self, text: str, start: int) -> bool:
        """Whether the title at `start` capitalises its first noun only, as French usage has it ("Le Poids des ombres",
        "Le Bureau des légendes"): a capital, then a connector and a word in lower case; or a capital and its adjective
        alone ("Les Eaux dormantes"), when the article writes the two as a name at least twice."""
        words = _TOKEN.finditer(text, start, min(len(text), start + 60))
        first, connector, word = next(words, None), next(words, None), next(words, None)
        # ("la saison 2 de Village d'hiver": the connector elided into the noun after it)
        if first is not None and connector is not None and first.group()[:1].isupper() and connector.start() == first.end() + 1 \
                and _ELIDED_OF_WORD.fullmatch(connector.group()) is not None:
            return True
        if first is not None and connector is not None and first.group()[:1].isupper() and connector.group()[:1].isalpha() \
                and connector.group().islower() and connector.group().lower() not in self.connectors \
                and not self.title_end.fullmatch(connector.group()) and connector.start() == first.end() + 1 \
                and (word is None or not word.group()[:1].isalpha()) and self._nouned_twice(text, first.start(), connector.end()):
            return True  # ("Les Eaux dormantes", named so again and again, then a mark: a noun and its adjective)
        return first is not None and connector is not None and word is not None and first.group()[:1].isupper() \
            and connector.group().lower() in self.connectors and connector.group().islower() \
            and word.group()[:1].isalpha() and word.group().islower() and not self.title_end.fullmatch(word.group())

    def _nouned_twice(self, text: str, start: int, end: int) -> bool:
        """Whether the words from `start` to `end` stand at least twice in the text, each time before a mark or a
        line's end (a name, not the opening of a sentence that goes on)."""
        phrase = text[start:end]
        # (with the article of a title too: the body's "des Eaux dormantes")
        stood = [p for p in occurrences(text, phrase) if not text[p + len(phrase):p + len(phrase) + 1].isalnum()
                 and (p + len(phrase) == len(text) or text[p + len(phrase)] in ",.;:)»”\"'\n" or
                      # (French spaces its marks: "Une saison 3 pour Les Heures sombres ?")
                      text[p + len(phrase):p + len(phrase) + 2] in (" ?", " !", " :", " ;", " »") or
                      self.title_end.match(text, p + len(phrase) + 1) is not None)]
        return len(stood) >= 2

    def _opening_title(self, text: str, title: str, start: int, end: int, mentions: list[SeasonMention],
                       cues: list[tuple[int, int]] | None) -> bool:
        """Whether one word opening a sentence is a title: a later season named right after it, the word named
        again, and a word that may stand alone as a title ("Kesuksesan season 1 ..." is none)."""
        # (past an aside that says what it is: "Wolf Pass, the breakout hit of the summer, will return for a third
        # season", "Harbor Lane, starring Kit Harlan, will return ...")
        resume = self._describing_aside(text, end) or end
        if not any(m.numbers and min(m.numbers) > 1 and not m.title and m.kind == "season"
                   and (_BEFORE_MENTION.fullmatch(text, end, m.start) or self._verb_before_season(text, resume, m)
                        or self._negated_with_platform(text, start, resume, m))
                   for m in mentions):
            return False
        # ("Harbor Lights season 3 has been confirmed": several capitals in a row before a later season, none a
        # common word, are a title even at a sentence start; not "Syuting Season 2", "Netflix Korea season 2")
        # ("The Copper Saints will return for a fourth season": its article too, two capitals after it)
        words = title.split()
        # ("The Middle was renewed for a sixth season": "The" and words in capitals, common as they are, where prose
        # would write them in lower case)
        # (its verb right after it: not "The New Yorker profile will return ...")
        # (past an aside that says what it is, too: "The Idle, which premiered in June, will not be renewed")
        if len(words) >= 2 and words[0] == "The" and all(w[:1].isupper() for w in words[1:]) and _AUXILIARY_AFTER.match(text, resume) \
                and not self.platform.match(" ".join(words[1:])) and not any(s < end and start < e for s, e in cues or ()):
            return True
        # (and in the languages whose article it is, its verb of return or of having after it: "Les Vergers reviendra
        # pour une deuxième saison", "La Bruma tendrá una segunda temporada")
        if len(words) >= 2 and words[0] in _CAPITAL_ARTICLES and words[0] not in ("The", "Die", "Der", "Das") \
                and all(w[:1].isupper() for w in words[1:]) and _RETURN_VERB_AFTER.match(text, resume) \
                and all(w.lower() not in self.common for w in words[1:]) and self.plausible(title) \
                and not self.platform.match(" ".join(words[1:])) and not any(s < end and start < e for s, e in cues or ()):
            return True
        # ("The Kettle season 3 will premiere in June", "Les Ajoncs : la saison 2 arrive en juin": a capitalised article
        # and one capitalised word right before a numbered season, the word no common one)
        if len(words) == 2 and words[0] in _CAPITAL_ARTICLES and words[1][:1].isupper() and words[1].lower() not in self.common \
                and self.plausible(title) and not self.platform.match(words[1]) and not any(s < end and start < e for s, e in cues or ()) \
                and any(m.numbers and not m.title and 0 <= m.start - end <= 8 and _BEFORE_MENTION.fullmatch(text, end, m.start)
                        for m in mentions):
            return True
        named = words[1:] if len(words) >= 3 and words[0] in _CAPITAL_ARTICLES else words
        # (a subtitle's article after its colon, a capital word after it: "Harrow Fen: The Drowned Bells will return for a
        # third season", "Les Marais : Les Cloches noyées poursuivra ... avec une troisième saison")
        named = [w for i, w in enumerate(named) if not (0 < i < len(named) - 1 and named[i - 1][-1:] == ":"
                                                        and (w in _OPENING_ARTICLES or w == "O") and named[i + 1][:1].isupper())]
        # (its number too, the title's where a season of another number follows: "Station 19 season 7 premieres ...")
        if len(words) >= 2 and cues is not None and (words[-1][:1].isupper() or words[-1].isdigit()) and self.plausible(title) \
                and all(w[:1].isupper() or w.isdigit() or w.lower() in self.connectors or w == ":" for w in words) \
                and not any(w[:1].isupper() and (w.lower() in self.common or w.lower() in _ARTICLES) for w in named) \
                and not any(s < end and start < e for s, e in cues):
            return True
        if self._opens_headline(text, title, start, end, mentions):
            return self._lone_word(text, title, start, end, cues) and not self.platform.match(title)
        # ("Gravedock Season 2 premiered in March 2016": named once, in the body, right before its season's noun in
        # capitals, where the language writes that noun in lower case)
        if len(words) == 1 and self.lower_season_noun and start >= self._body_start and not self.platform.match(title) \
                and any(m.numbers and not m.title and m.kind == "season" and m.start - end == 1 and text[m.start:m.start + 1].isupper()
                        for m in mentions) and self._lone_word(text, title, start, end, cues):
            return True
        return len(occurrences(text, title)) >= 2 and self._lone_word(text, title, start, end, cues)

    def _without_trailing_verbs(self, name: str) -> str:
        """A Title Case headline's run without the verbs, common words and role words it ends on ("Janda Tinta Tak Akan
        Lanjut", "Grey Harbor Creator Teases"), one word at least kept."""
        words = name.split()
        # (nor its role word before the verb: "Grey Harbor Creator Teases Season 2 Plans")
        while len(words) > 1 and (words[-1].lower() in self.common or words[-1].lower().replace("’", "'") in self.title_case_verbs
                                  or self.role_start.fullmatch(words[-1] + " ") is not None):
            words.pop()
        return " ".join(words)

    @staticmethod
    def _opens_headline(text: str, title: str, start: int, end: int, mentions: list[SeasonMention]) -> bool:
        """Whether one word opens the headline with its season's number right after it: "Frostline season 3: When will
        it return?" over a body that says only "the series" names Frostline once, and it is a title all the same."""
        return start == 0 and " " not in title and 0 < text.find("\n") and any(
            m.start - end == 1 and m.numbers and text[end] == " " for m in mentions)

    def _negated_with_platform(self, text: str, start: int, end: int, mention: SeasonMention) -> bool:
        """Whether a negated verb phrase from `end` denies the work named from `start` the season `mention`, a platform
        saying so ("Disney+ has confirmed that Stardrift Academy will not return for a third season")."""
        if _NEGATED_VERB_BEFORE_NEW_SEASON.fullmatch(text, end, mention.start) is None \
                and _NEGATED_VERB_BEFORE_SEASON_N.fullmatch(text, end, mention.start) is None:
            return False
        platform = self.platform_inside.search(text, max(0, start - 60), start)
        # (or a list's label of a decision before it: "Cancelled: Night Court Rules will not return for a third season";
        # or the platform that says so, after a comma or where it is on: "Marrow Creek will not return for a fifth
        # season, CBS announced Friday", "... for a third season at Hulu")
        return platform is not None and not _SENTENCE_END.search(text, platform.end(), start) \
            or any(0 <= start - b <= 3 and text[b:start + 1].strip() == ":" for ends in self._making_ends.values() for b in ends) \
            or self._platform_says_after(text, mention.end)

    def _platform_says_after(self, text: str, end: int) -> bool:
        """Whether a comma and a platform's name follow `end` ("..., CBS announced Friday", "..., anunció Antena 3"), or
        the platform it is on ("... for a third season at Hulu")."""
        return self.platform_says_after.match(text, end) is not None or self.platform_at_after.match(text, end) is not None

    def _verb_before_season(self, text: str, end: int, mention: SeasonMention, start: int = -1) -> bool:
        """Whether a verb phrase from `end` gives the work before it the season `mention` ("will return for a second
        season", "will come to a close with its fourth season", the possessive maybe inside the mention); its platform
        may stand in brackets before the verb ("The Last Harbor (HBO) has been renewed for a second season"). `start`:
        where the work's name begins, where known."""
        bracket = _BRACKET_AFTER.match(text, end)
        if bracket is not None and bracket.end() < mention.start and self.platform.fullmatch(bracket.group(1)):
            end = bracket.end()
        if _VERB_BEFORE_NEW_SEASON.fullmatch(text, end, mention.start) is not None:
            return True
        if mention.numbers and _GETS_NEW_SEASON.fullmatch(text, end, mention.start) is not None:
            return True
        if mention.numbers and _ENDS_WITH_SEASON.fullmatch(text, end, mention.start) is not None:
            return True
        if mention.numbers and _DENIED_NEW_SEASON.fullmatch(text, end, mention.start) is not None \
                and not (start >= 0 and _PREPOSITION_BEFORE.search(text, max(0, start - 5), start)):
            return True
        if mention.numbers and _WITH_ITS_SEASON.fullmatch(text, end, mention.start) is not None:
            return True  # "Sierra Alta regresará con su tercera temporada" (one returns "with" a season of one's own)
        if mention.numbers and _SEES_ITS_SEASON.fullmatch(text, end, mention.start) is not None \
                and _DECIDED_AFTER_SEASON.match(text, mention.end) is not None:
            return True  # "X avait également vu sa troisième saison confirmée"
        # ("Lorong Senja akan berlanjut ke musim ketiga": a work goes on, a person "kembali"; not the last of a list of
        # names, the cast: "dibintangi oleh A, B, dan C resmi diperpanjang untuk musim kedua")
        if mention.numbers and _GOES_ON_TO_SEASON.fullmatch(text, end, mention.start) is not None \
                and not (start > 0 and _LIST_JOINER_BEFORE.search(text, max(0, start - 6), start)):
            return True
        if mention.numbers and _RENEWED_FOR.fullmatch(text, end, mention.start) is not None:
            return True  # "Orbit Nine has been renewed for season 3": no actor is renewed
        if mention.numbers and _ENDS_AFTER_SEASON.fullmatch(text, end, mention.start) is not None:
            return True  # "Full Nest will end after season 5": no actor ends
        gap = self.possessive_gap.match(text, end, mention.end) if self.possessive_gap is not None else None
        return gap is not None and gap.end() >= mention.start

    def _lone_word(self, text: str, title: str, start: int, end: int, cues: list[tuple[int, int]] | None) -> bool:
        """Whether one word (at text[start:end]) may be a title alone: no cue word there, no common word, a
        possible title, and never written in lower case ("Ironwood", not "Syuting")."""
        return cues is not None and " " not in title and len(title) >= 4 and title.lower() not in self.common \
            and self.plausible(title) and not any(s < end and start < e for s, e in cues) \
            and re.search(rf"(?<![\w]){re.escape(title.lower())}(?![\w])", text) is None

    def _platform_owned(self, text: str, start: int) -> bool:
        """Whether a platform's name in the possessive stands right before `start` ("Netflix's ", "Apple TV+'s ")."""
        m = _OWNER_BEFORE.search(text, max(0, start - 40), start)
        if m is None:
            return False
        words = m.group(1).split()
        return any(self.platform.fullmatch(" ".join(words[-k:])) for k in range(1, min(3, len(words)) + 1))

    def surname(self, body: str, title: str) -> bool:
        """Whether one word is the last word of a person's name the article gives in full ("Noah Hawley, best known
        for creating ..." makes "Hawley's second film" the director's, no work)."""
        if " " in title or not title[:1].isupper():
            return False
        return any(self._person_like(body, m.group()) or self._named_with_role(body, m.group())
                   or self.credit_after is not None and self.credit_after.match(body, m.end()) is not None
                   for m in re.finditer(rf"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ-]+[^\S\n]+{re.escape(title)}(?![\w'’-])", body))

    def _kind_before_found(self, title: str, candidates: dict[str, Work]) -> bool:
        """Whether a title opens on a kind of work, the rest a title found too ("Serial Pelita di Ujung Jalan")."""
        words = title.split(None, 1)
        if len(words) < 2 or not words[1][:1].isupper() or not self.type_noun.fullmatch(words[0]):
            return False
        found = candidates.get(normalise(words[1]))
        return found is not None and found.strength >= 2

    def _role_named_after(self, text: str, start: int, end: int, mentions: list[SeasonMention]) -> bool:
        """Whether a word of a role and a person's name follow the run, a season spoken of later in its line: "Ember
        Parish star Lola Vance teased her return for a third season"."""
        role = self.role_after.match(text, end)
        return role is not None and text[role.end()].isupper() and text[text.find(" ", role.end()) + 1:][:1].isupper() \
            and not self.platform.match(text[start:end]) and _season_later_in_line(text, end, mentions, 160)

    def _role_of_work(self, text: str, start: int, end: int, mentions: list[SeasonMention]) -> bool:
        """Whether a role word stands right before the run, the person's name set off after it or before the role,
        and a season is spoken of later in its line: "Pemeran utama Ember Parish, Lola Vance, mengungkapkan ...",
        "Kim Ji-ho, sutradara Bulan di Atas Pelabuhan, memastikan ..." (not "sutradara Kim Ji-ho": the name itself)."""
        if self.role_joined is None:
            return False
        role = self.role_joined.search(text, max(0, start - 30), start)
        return role is not None and (
            _NAME_SET_OFF.match(text, end) is not None
            or _COMMA_CLAUSE.match(text, end) is not None and _NAME_COMMA_END.search(text, max(0, role.start() - 40), role.start()) is not None) \
            and not self.platform.match(text[start:end]) and _season_later_in_line(text, end, mentions, 200)

    def _adjacency(self, text: str, start: int, end: int, mentions: list[SeasonMention]) -> int:
        """How strongly a run's place says it is a title: next to a season expression or a type noun."""
        if _STARRER_AFTER.match(text, end) is not None:
            return 0  # "Kit Harlan starrer 'Ridge Valley'": an actor, the work after the word
        if " " not in text[start:end] and text[max(0, start - 6):start].rstrip().lower().endswith((" in", " at", " near", " from", " to")) \
                and _MAKING_PLACE_BEFORE.search(text, max(0, start - 60), start) is not None:
            return 0  # "the shoot was due to start in Lisbon for season three in April": where it is made
        for mention in self._near_mentions(mentions, start, end):
            if mention.sequel and 0 <= start - mention.end <= 40 and \
                    _SEQUEL_OF.fullmatch(text[mention.end:start]) and not self.type_after_possessive.match(text, end):
                return 3  # "a sequel to Iron Tide", "Fortsetzung des Kinohits Nebelwald", "secuela de El Faro"
            if mention.sequel and not mention.numbers and text[end:mention.start] in (" ", "'s ", "’s ") \
                    and self.platform.fullmatch(text[start:end]) is None:
                return 3  # "The Hollow Crown sequel is in the works", "Brass Canyon's sequel"
            if (mention.fresh or mention.more) and 0 <= mention.start - end <= 20 and _DECIDED_FOR.fullmatch(text, end, mention.start) \
                    and self.decided_before.search(text, max(0, start - 24), start) is not None:
                return 3  # "After three seasons, Netflix has renewed Mouse Trap for another season": no one is renewed
            if not mention.numbers:
                # ("akan menjadi musim terakhir Arisan Sosialita", "sera la dernière saison de Bel Azur": a final season
                # written in lower case, its work right after it)
                if mention.final and text[mention.start:mention.start + 1].islower() and 0 <= start - mention.end <= 12 \
                        and self.gap_after_mention.fullmatch(text[mention.end:start]) and not _ASIDE_DASH.search(text[mention.end:start]):
                    return 3
                continue  # "Jadi Musim Terakhir": a final season without its number names no title
            if self.through_gap is not None and 0 < mention.start - end <= 16 and \
                    self.through_gap.fullmatch(text, end, mention.start) is not None and \
                    any(b == start - 1 for ends in self._making_ends.values() for b in ends):
                return 3  # "HBO renewed Dark Harbor through season 5" (a decision right before it)
            if 0 <= mention.start - end <= 30 and _BEFORE_MENTION.fullmatch(text, end, mention.start) \
                    and not _PLACE_BEFORE.search(text, max(0, start - 3), start) \
                    and not _CREDIT_BEFORE.search(text, max(0, start - 20), start) \
                    and not (" " not in text[start:end] and _IN_PLACE_BEFORE.search(text, max(0, start - 4), start)):
                # (not the star credited before: "renovó la serie protagonizada por Lucía Ferrer por una tercera temporada")
                return 3  # "Night Shift Clinic Season 2", "Barrow Lane's second season", "Maré Cheia – 3ª temporada"
            if 0 <= mention.start - end <= 64 and _HEADING_GAP.fullmatch(text, end, mention.start) \
                    and "," in text[end:mention.start] and self._line_rest(text, mention.end):
                return 3  # "4 février - Les Passeurs, saison 2", "Paper Tigers, season 2 (Netflix)": a heading line
            if 0 <= mention.start - end <= 50 and (self._verb_before_season(text, end, mention, start)
                                                   or self._negated_with_platform(text, start, end, mention)) \
                    and mention.kind == "season" and not _LOWER_ARTICLE_BEFORE.search(text, max(0, start - 8), start) \
                    and not self._role_before(text, start, 20) and not _CREDIT_BEFORE.search(text, max(0, start - 20), start) \
                    and not _AS_CHARACTER.match(text, mention.end) and not _OF_TITLE.match(text, mention.end) \
                    and _PEOPLE_LISTED_BEFORE.search(text, max(0, start - 90), start) is None:
                # (not "renewed the Victorian mystery for a third season": a word of its description; nor "Maya Holt
                # will return for a second season as Queen Ilse", "... for a second season of Glass Kingdom": an actor, back
                # in a role, or in another work named after the season)
                return 3
            # ("NBC hat die Sitcom von Lena Morgen, Dorfkneipe Sonnenschein, für eine zweite Staffel verlängert", "renewed
            # the Lena Morgan sitcom, Happy Corner, for a second season": a title set off by commas after its kind)
            if 0 <= mention.start - end <= 24 and _APPOSED_FOR_SEASON.fullmatch(text, end, mention.start) \
                    and text[max(0, start - 2):start] == ", " and self.type_noun_after.search(text, max(0, start - 40), start):
                return 3
            # (or the subject so set off, its verb after the second comma: "La série TV de DC Comics, Doom Patrol, aura
            # bien droit à une saison 3"; not a person named after a role, "the show's star, Ana Lima, will return ...")
            if 0 <= mention.start - end <= 50 and mention.kind == "season" and text[max(0, start - 2):start] == ", " \
                    and text.startswith(", ", end) and self._kind_opens_sentence(text, start) and not self._role_before(text, start, 40) \
                    and self._verb_before_season(text, end + 1, mention, start):
                return 3
            # ("Wolf Pass, the breakout hit of the summer, will return for a third season", "Le Col des loups, la série
            # phénomène de TF1, reviendra pour une troisième saison": an aside naming its kind between the title and
            # its verb; not one naming a role, "Lola Vance, the show's star, will return ...")
            aside_end = self._describing_aside(text, end) if 0 <= mention.start - end <= 120 else None
            if aside_end is not None and mention.kind == "season" and aside_end < mention.start \
                    and (self._verb_before_season(text, aside_end, mention)
                         # (or a decision's participle, its seasons counted after it: "La Residencia, comedia producida
                         # por Shonda Vale, también fue cancelada tras una sola temporada")
                         or mention.count and (decision := self.decided_soon.match(text, aside_end)) is not None
                         and 0 <= mention.start - decision.end() <= 30):
                return 3  # (or its credits: "Harbor Lane, starring Kit Harlan, will return for a second season")
            if text[end:mention.start] in (" a ", " an ") and "-" in text[mention.start:mention.end]:
                return 3  # "has handed Sable & Finch a third-season order"
            if 0 <= start - mention.end <= 40 and self.gap_after_mention.fullmatch(text[mention.end:start]):
                # ("nach dem Finale der ersten Staffel – Ruth hatte ...": a dash that opens an aside, a name and its
                # sentence going on after it; not "Staffel 2 – Wolfsgrund (ZDF)")
                if " " not in text[start:end] and _ASIDE_DASH.search(text[mention.end:start]) and \
                        text[end:end + 1] == " " and text[end + 1:end + 2].islower():
                    continue
                if self.type_after_possessive.match(text, end):
                    return 0  # "the second season of Ana Lima's drama": a person's name
                # ('no show is safe from the "Season 2 Slump."': a quoted phrase that opens on the season is a saying of it)
                if text[mention.start - 1:mention.start] in _QUOTE_OPENERS and text[mention.start - 2:mention.start - 1] in (" ", "") \
                        and text[end:end + 2].lstrip(".,!?")[:1] in _QUOTE_CLOSERS and text[end:end + 1] not in " \n":
                    return 0
                if _LOWER_ARTICLE_BEFORE.search(text, max(0, start - 8), start) and self.kind_described.match(text, end):
                    return 0  # "the fourth season of the Yorkshire farm drama": where it is set
                kind = self.type_noun_after.match(text, end)
                if kind and (text[kind.end():kind.end() + 2].lstrip()[:1] in _QUOTE_OPENERS
                             or _TITLE_AFTER_KIND.match(text, kind.end())):
                    # "a second season of the Korean-language thriller 'Night Ferry'", "a second series of Whitby
                    # drama The Gull House": its description
                    return 0
                return 3  # "season 2 of Tinline", "musim kedua Moonlit Cobbler"
        # "Ember Parish star Lola Vance teased her return for a third season": the work of the one named after
        # it with her role, a season spoken of later in the line
        if self._role_named_after(text, start, end, mentions) or self._role_of_work(text, start, end, mentions):
            return 2
        if self.maker_after_possessive.match(text, end) is not None and not self.platform.match(text[start:end]) \
                and _season_later_in_line(text, end, mentions, 200):
            return 2  # "Ironvale's showrunner says season 3 scripts are finished"
        # ("Iron Bay, which Netflix renewed in January, ...": a relative clause in which a platform decides on it)
        relative = _RELATIVE_OPENING.match(text, end)
        if relative is not None and (platform := self.platform_start.match(text, relative.end())) is not None and \
                any(platform.end() < a <= platform.end() + 20 for a in self._making_ends):
            return 2
        if self.fans_of is not None and mentions and self.fans_of.search(text, max(0, start - 30), start):
            return 2
        # "Os Caçadores de Saci 2, continuação da aventura de 2023": a sequel by its apposition
        if _NUMBERED_SEQUEL.match(text, end) and not self.platform.match(text[start:end]):
            return 2
        number = _SEQUEL_NUMBER.match(text, end, end + 4)
        if number and not self.platform.match(text[start:number.end()]):  # not "France 2", "Channel 4"
            if self._calendar_opening(text, start) and self._line_rest(text, number.end()):
                return 3  # "13.03.2026 – Roter Sand 2": a calendar's entry, the film and its number
            if self._in_text("type_nouns", self.type_nouns, max(0, start - 30), start) and \
                    not self.spoken_on.search(text, max(0, start - 40), start):
                return 2  # "the film Deep Current 2 opens on March 6", "Film Kutukan Sumur 2 tayang": its kind before it
            if self._sequel_spoken_of(text, start, end, mentions):
                return 2
            return 1  # "Jagal Senja 2": a title with its sequel number, if named again
        if self._in_text("type_nouns", self.type_nouns, max(0, start - 30), start):
            # (not "appearing on the daytime chat show Brew & Banter": the show someone spoke on)
            # (its speaker the one whose role is before the kind: "Penulis asli webtoon Kabut Pagi menyebut ...")
            kind = self.type_nouns.search(text, max(0, start - 30), start)
            if (not self.said_after.match(text, end) or kind is not None and self._role_before(text, kind.start(), 30)) \
                    and not self.spoken_on.search(text, max(0, start - 40), start):
                return 2  # "the firefighter drama Tinline", "serial Losmen Kenanga"
        if self.kind_aside is not None and self.kind_aside.match(text, end):
            return 2  # "Lattice Men, its period drama, ..."
        if self.one_of_kind is not None and self.one_of_kind.match(text, end):
            return 2  # "Bridgerton é uma das séries asseguradas para 2026"
        if self.kind_of_platform.match(text, end):
            return 2  # "A Inquilina, suspense do Prime Video"
        if self.kind_about.match(text, end):
            return 2  # "menerbitkan Perempuan Penjaga Mercusuar, novel tentang seorang janda ..."
        # (not someone's department at a platform: "la directora de Contenidos de Ficción de RTVE")
        # (nor the character an actor plays, one name and a nickname after it: "el intérprete de Toni 'el Lince'")
        if self.role_of.search(text, max(0, start - 40), start) and self.platform_inside.search(text, start, end) is None \
                and not (" " not in text[start:end] and _NICKNAME_AFTER.match(text, end)):
            return 2  # "Imogen Sallis, the creator of Sable Lane, told fans ..."
        return 0

    def _named_without_role(self, text: str, name: str) -> bool:
        """Whether `name` stands in the text somewhere with no role word right before it (ROLE_OF_WORK)."""
        return self.role_joined is not None and any(
            self.role_joined.search(text, max(0, p - 30), p) is None and not text[p + len(name):p + len(name) + 1].isalnum()
            for p in occurrences(text, name))

    def _kind_opens_sentence(self, text: str, at: int) -> bool:
        """Whether the sentence before `at` opens on a kind of work, at most two words before it: "La série TV de DC
        Comics, ", "The comedy, ", "Netflix's hit series, " (not "The star of the series, ")."""
        opening = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at) + 1)
        kind = self.type_noun_after.search(text, max(opening, at - 40), at)
        return kind is not None and len(text[opening:kind.start()].split()) <= 2 and "," not in text[opening:kind.start()]

    def _near_mentions(self, mentions: list[SeasonMention], start: int, end: int) -> list[SeasonMention]:
        """The mentions that may stand beside a run at start:end, in their order: ending up to 40 characters before
        it or starting up to 120 after it (the reach of each test in `_adjacency`); all of them where the article's
        are not in order."""
        index = self._mention_starts
        if index is None or index[0] is not mentions:
            return mentions
        _, starts, longest = index
        return mentions[bisect.bisect_left(starts, start - 40 - longest):bisect.bisect_right(starts, end + 120)]

    def _kind_named_after(self, text: str, end: int) -> bool:
        """Whether a comma, an article and its kind of work follow the run, maybe after a word or two: "Una de estas
        series es Marea Alta, el drama adolescente que ..." (what the name is, said right after it)."""
        if not text.startswith(",", end):
            return False
        article = _ARTICLE_OPENS.match(text, end + 1)
        return article is not None and any(self.type_noun.fullmatch(w.strip(",.")) is not None
                                           for w in text[article.end():article.end() + 40].split()[:3])

    def _kind_aside_after(self, text: str, end: int) -> bool:
        """Whether an aside that names a kind of work follows the run: "Brilho, a série de luta livre feminina, vai
        regressar para uma terceira temporada" (a sentence's first word, a title all the same)."""
        aside_end = self._describing_aside(text, end)
        return aside_end is not None and any(self.type_noun.fullmatch(w.strip(",")) is not None
                                             for w in text[end:aside_end].split())

    def _describing_aside(self, text: str, end: int) -> int | None:
        """Where an aside right after a name ends, when it says what the name is (its article opening it, no role:
        ", the breakout hit of the summer,"; or its credits: ", starring Kit Harlan,"); else None."""
        aside = _ASIDE_SET_OFF.match(text, end)
        # (its kind first, credits after it: ", the desert thriller adapted from a bestseller starring Kit Harlan,")
        if aside is not None and _ARTICLE_OPENS.match(aside.group(), 1) is not None:
            kind = next((m for m in (self.type_noun.search(aside.group()),) if m is not None), None)
            role = self.role_start.search(aside.group() + " ")
            if kind is not None and role is not None and kind.start() < role.start():
                return aside.end()
        # (or its kind, with no article: ", comedia producida por Shonda Vale,")
        if aside is None or not ((_ARTICLE_OPENS.match(aside.group(), 1) is not None
                                  or self.type_noun.fullmatch(aside.group()[1:].split(None, 1)[0]) is not None)
                                 and self.role_start.search((aside.group() if self.makers_of is None
                                                             else self.makers_of.sub(" ", aside.group())) + " ") is None
                                 or _CREDIT_ASIDE.match(aside.group()) is not None):
            return None
        return aside.end()

    def _sequel_spoken_of(self, text: str, start: int, end: int, mentions: list[SeasonMention]) -> bool:
        """Whether a title before its number is one of a sequel or season the article speaks of, its words no common
        ones: "Brass Canyon 2 is officially happening. Paramount announced the sequel on Monday", "Kingsbridge 4 will
        be the last. ... the upcoming fourth season ..." (the same number in words)."""
        number = _SEQUEL_NUMBER.match(text, end, end + 4)
        if number is not None and "\n" in number.group():
            return False  # (a label on its line over a date: "Hiburan || 3 Juni 2026")
        said = number is not None and any(m.numbers == (int(number.group(1)),) and not (m.count or m.title)
                                          and m.start >= number.end() for m in mentions)
        # (not a platform whose name ends on its number: "Commandée par France 2, la saison 2 ...")
        return (said or any(m.sequel and not m.numbers for m in mentions)) and \
            not all(w.lower() in self.common for w in text[start:end].split()) and \
            (number is None or self.platform_inside.search(text, start, number.end()) is None)

    def _listed(self, text: str, runs: list[tuple[int, int]], index: int, mentions: list[SeasonMention]) -> int:
        """"renewed Iron Orchard, Paper Moons and The Lighthouse Keepers for new seasons": each item of a list whose
        last item stands right before a season expression is a title."""
        first = last = index
        while first > 0 and _LIST_GAP.fullmatch(text, runs[first - 1][1], runs[first][0]):
            first -= 1
        while last + 1 < len(runs) and _LIST_GAP.fullmatch(text, runs[last][1], runs[last + 1][0]):
            last += 1
        end = runs[last][1]
        # (a comma alone joins no list: "As reported by THR, The Good Place season 2" is an outlet, then a title)
        if last > first and _AND_IN.search(text, runs[first][1], runs[last][0]) is None:
            return 0
        if last > first and any(0 <= m.start - end <= 30 and (m.numbers or m.fresh) and _BEFORE_MENTION.fullmatch(text, end, m.start)
                                for m in mentions):
            return 3
        # (or the list ends a sentence, after a word that opens it and a season said of works of a kind before it:
        # "two dramas will get second seasons, namely A and B", "dua drama yang akan merilis musim kedua, yaitu A dan B")
        if last > first and _SENTENCE_END_AFTER.match(text, end) is not None and \
                (intro := _LIST_INTRO.search(text, max(0, runs[first][0] - 24), runs[first][0])) is not None and \
                any(m.end <= intro.start() <= m.end + 120 and (m.numbers or m.fresh)
                    and _SENTENCE_END.search(text, m.end, intro.start()) is None
                    and self._in_text("type_noun", self.type_noun, max(0, m.start - 60), intro.start())
                    and self.people_word.search(text, m.end, intro.start()) is None
                    and _SENTENCE_END.search(text, max(0, m.start - 60), m.start) is None for m in mentions):
            return 3
        return 0

    def _verdict_heading(self, text: str, sentence: Sentence, runs: list[tuple[int, int]]) -> str | None:
        """The title of a heading line that is a verdict in capitals, a colon and a title alone (maybe with its other
        name in brackets): "RENEWED (FINAL SEASON): The Vanderhoek Affair", "WRITING: Heirs of the Sun (Los herederos
        del sol)"."""
        if not (sentence.line_start and sentence.line_end) or sentence.text.rstrip().endswith((".", "!", "?")):
            return None
        label = _VERDICT_LABEL.match(text, sentence.start, sentence.end)
        # (or a decision word in Title Case: "Canceled: Stone Hearts", "Renewed: Brass Lanterns")
        decided = next((m for b in self._making_ends.get(sentence.start, ())
                        if (m := _LABEL_COLON.match(text, b, sentence.end)) is not None), None) if label is None else None
        if label is None and decided is None:
            return None
        label_end = label.end() if label is not None else decided.end() if decided is not None else 0
        title = _BRACKETED.sub("", text[label_end:sentence.end]).strip()
        end = label_end + len(title)
        # the whole of it one title, no season in it ("RENEWED: Saltwater Season 3" is found by its season)
        if not title or len(title.split()) > 8 or title.isupper() or not any(s <= label_end and e >= end for s, e in runs) \
                or any(label_end <= m.start < end for m in self._mentions) or self.platform.match(title) \
                or not self.plausible(title):
            return None
        return title

    def _platform_heading(self, text: str, sentence: Sentence, runs: list[tuple[int, int]]) -> str | None:
        """The title of a heading line that is a title and its platform in brackets: "Paper Moons (Hulu)",
        "«Spätkauf Royal» (RTL+)"."""
        if not (sentence.line_start and sentence.line_end) or not runs:
            return None
        quoted = _QUOTED_HEADING.fullmatch(text, sentence.start, sentence.end)
        opening = sentence.start  # where the title may open: after a calendar's date
        if quoted is not None:
            title, bracket, title_start = quoted.group(1), quoted.group(2), quoted.start(1)
        else:
            # ("Viernes 4 de abril · Las hermanas Ribas (HBO Max)": a calendar's entry names its title after its date)
            dated = _DAY_MONTH_OPENING.match(text, sentence.start, sentence.end)
            spaces = _LINE_SPACES.match(text, dated.end(), sentence.end) \
                if dated is not None and self._calendar_entry(sentence.text) else None
            opening = spaces.end() if spaces is not None else sentence.start
            lead = opening != sentence.start or runs[0][0] == sentence.start or _LABEL.fullmatch(text, sentence.start, runs[0][0]) is not None
            plain = _HEADING_BEFORE_BRACKET.fullmatch(text, opening, sentence.end) if lead else None
            # ... or after a bar or a dash ("Doce Veneno, 2ª temporada | Globoplay")
            if plain is None and lead:
                plain = _HEADING_BEFORE_BAR.fullmatch(text, opening, sentence.end)
            # ... or with its name in another script between ("Le Détective des mirages (陽炎探偵), saison 2 (Crunchyroll)")
            named_too = _HEADING_WITH_NAME.fullmatch(text, opening, sentence.end) if plain is None and lead else None
            if named_too is not None and _OTHER_SCRIPT.search(named_too.group(2)):
                plain = named_too
            if plain is None:
                return None
            title = _without_label(plain.group(1))
            # ("SRT: Lakeside (Renewed)", "DCU: Delta (Paramount+)": a short word in capitals that no decision word is,
            # the acronym that opens a franchise's title)
            if title != plain.group(1) and len(plain.group(1).partition(":")[0].strip()) <= 4 \
                    and opening not in self._making_ends:
                title = plain.group(1)
            bracket = plain.group(3) if plain is named_too else text[plain.end(1):sentence.end]
            title_start = plain.end(1) - len(title)
        # ("Paper Tigers, season 2 (Netflix)": the season the line names is no part of the title)
        title = _title_without_installment(title, self._mentions, title_start)
        # (not "Copper Kettles - RENEWED (Netflix)": a dashed item, which names its status too)
        # ("Miércoles 23 de abril · Jardín de invierno (겨울 정원)": after a calendar's date, its name in another script
        # will do)
        # ("Precinct Nine (Canceled)", "Blue Meadow (Renewed)": or the item's verdict, a decision word alone in brackets)
        bracket_start = sentence.end - len(bracket)
        named = self.platform.match(bracket.strip(" ().:|·•–—")) is not None or (
            opening != sentence.start and _OTHER_SCRIPT.search(bracket) is not None) or (
            _VERDICT_BRACKET.fullmatch(bracket) is not None
            and any(bracket_start <= a and b <= sentence.end for a, ends in self._making_ends.items() for b in ends))
        return title if named and not _DASHED_STATUS.search(title) and self.plausible(title) else None

    def _lead_heading(self, text: str, sentence: Sentence) -> str | None:
        """The title an item's line opens on before its platform in brackets and a colon: "Black Summer (Netflix,
        Cancellation Likely): It has been ..." (the item's text goes on after the colon)."""
        if not sentence.line_start:
            return None
        lead = _LEAD_HEADING.match(text, sentence.start, sentence.end)
        if lead is None or self.platform.fullmatch(lead.group(2).split(",")[0].strip()) is None:
            return None
        title = lead.group(1).strip()
        return title if self.plausible(title) and not self.platform.fullmatch(title) else None

    def headline_count(self, text: str, headline_end: int) -> int:
        """How many works a headline counts ("cinco series que dan que hablar", "5 Drama Korea", "estas 5 series"), 0 for
        none."""
        counted = self.counted_kinds.search(text, 0, headline_end)
        if counted is None:
            return 0
        word = counted.group(1).lower()
        return int(word) if word.isdigit() else self.count_values.get(word, 0)

    def _counted_items(self, text: str, sentence_runs: SentenceRuns) -> set[int]:
        """The numbered heading lines of a list that the headline counts ("Rescates, rumores y una 'Parte 2': cinco
        series que dan que hablar" over "1. Las invisibles" ... "5. Frontera sur"): as many short lines alone, numbered
        1 to that count, each a work's name however it is cased."""
        count = self.headline_count(text, self._headline_end)
        if not count:
            return set()
        items = [(sentence.index, int(number.group(1) or number.group(2))) for sentence, _ in sentence_runs
                 if sentence.start >= self._headline_end and sentence.line_start and sentence.line_end
                 and (number := _NUMBERED_LINE.match(sentence.text)) is not None
                 and len(sentence.text.split()) <= 8 and not sentence.text.rstrip().endswith((".", "?", "!", ":"))]
        if count < 2 or [n for _, n in items] != list(range(1, count + 1)):
            return set()
        return {index for index, _ in items}

    def _headers(self, text: str, sentence_runs: SentenceRuns, add: Add) -> list[Header]:
        # ("5 Fakta Drakor Malam Biru Season 2: Jadwal Tayang, Pemain, dan Sinopsis", "7 things we know about X season
        # 3": a list of what is known of one work, whose numbered lines head its facets, no works of their own)
        if self.facet_list is not None and self.facet_list.match(text, 0, self._headline_end):
            return []
        headers = []
        counted = self._counted_items(text, sentence_runs)
        found: list[tuple[int, str, bool]] = []
        item_lines: list[tuple[int, str, bool]] = []
        # numbered headings in sentence case that run past their capitalised word ("2. Marea alta")
        widened: dict[int, str] = {}
        calendar_lines = sum(1 for sentence, _ in sentence_runs if sentence.line_start and (
            (m := _DAY_MONTH_OPENING.match(text, sentence.start, sentence.end) or _NUMERIC_DATE_OPENING.match(
                text, sentence.start, sentence.end)) is not None and self._calendar_entry(m.group())))
        lead_titles = {sentence.index: title for sentence, _ in sentence_runs if sentence.line_start and "(" in sentence.text
                       and (title := self._lead_heading(text, sentence)) is not None}
        for sentence, runs in sentence_runs:
            # a numbered line ("1. Ruang Rawat") may open the list before the first long paragraph
            item_line = sentence.start >= self._headline_end and sentence.line_start and \
                _LIST_NUMBER.match(sentence.text) is not None
            if sentence.start < self._body_start and not item_line:
                # headline, outlet, date and byline lines come before the first paragraph; but a list may start
                # right away, on an item that names its season ("Moonlit Weaver — Season 2")
                dashed = self._dashed_item(text, sentence, runs) if sentence.start >= self._headline_end else None
                if dashed and any(sentence.start <= m.start < sentence.end and m.numbers for m in self._mentions):
                    found.append((sentence.index, dashed, False))
                # ... or on an item's heading line, its title and its platform in brackets ("Paper Moons (Hulu)" under
                # "RENEWED", before the item's first sentence)
                heading = self._platform_heading(text, sentence, runs) if sentence.start >= self._headline_end else None
                if heading is not None:
                    found.append((sentence.index, heading, False))
                # ... or on an item's title alone on its line, right before the first paragraph ("Marianne" over "Después
                # de una muy exitosa primera temporada, ..."; an item only among other items)
                elif sentence.start >= self._headline_end and len(runs) == 1 and runs[0][0] == sentence.start \
                        and sentence.line_start and sentence.line_end and ":" not in sentence.text \
                        and not sentence.text.rstrip().endswith((".", "!", "?")) \
                        and self._lone_header(text, sentence, runs[0][0], runs[0][1]) \
                        and text.find("\n", sentence.end) + 1 >= self._body_start - 1:
                    title = text[runs[0][0]:runs[0][1]]
                    if self.plausible(title) and not self.platform.match(title) and not self._dateline(text, title, runs[0][1]) \
                            and not (self.byline is not None and self.byline.fullmatch(sentence.text)) \
                            and not self._person_like(text[self._body_start:], title):
                        found.append((sentence.index, title, False))
                continue
            heading = self._platform_heading(text, sentence, runs)
            if heading is not None:
                # ("«Spätkauf Royal» (RTL+)": a quoted title and its platform, a heading line anywhere)
                found.append((sentence.index, heading, False))
                continue
            # ("Black Summer (Netflix, Cancellation Likely): It has been a year since ...": an item that opens its line on
            # its title, its platform in brackets and a colon, among two or more such items)
            lead_title = lead_titles.get(sentence.index) if len(lead_titles) >= 2 else None
            if lead_title is not None:
                found.append((sentence.index, lead_title, False))
                continue
            quoted = _QUOTED_COLON_HEADING.fullmatch(text, sentence.start, sentence.end) \
                if sentence.line_start and sentence.line_end and not sentence.text.rstrip().endswith(".") else None
            if quoted is not None and _title_like_quote(quoted.group(1), self.sentence_case is None) \
                    and self.plausible(quoted.group(1), True):
                # ('„Kaltfront": Paramount+ zieht den Stecker': a quoted title, a colon, the item's news; an item only
                # among other items)
                found.append((sentence.index, quoted.group(1), False))
                continue
            verdict = self._verdict_heading(text, sentence, runs)
            if verdict is not None:
                # ("CANCELLED: Tinline", "UNDER REVIEW: Saltwater Kids": a round-up's verdict, then the item's title)
                found.append((sentence.index, verdict, False))
                continue
            if runs and _AS_CHARACTER.match(text, runs[0][1]):
                continue  # "- Tarno Widjanarko sebagai Darso": a cast list's line names a person
            item_title = self._bulleted_item(text, sentence, runs)
            if item_title:
                # "• Dark, la série allemande, est annulée après 3 saisons": the item names its work first
                found.append((sentence.index, item_title, True))
                continue
            dashed = self._dashed_item(text, sentence, runs)
            if dashed:
                # "Glass Hill — Renewed for a fourth and final season.": an item only among other items
                # (one before a colon and its platform that the lines after it name again is an item alone too: "Les
                # Pins de l'Estey : TF1 tire le rideau"; not a dateline's city, "Jakarta – Vidio menggelar ...")
                alone = text.startswith(dashed, sentence.start) and self._platform_speaks_after(
                    text, sentence.start + len(dashed), sentence.end) and _named_in(text, dashed, sentence.end, sentence.end + 600)
                found.append((sentence.index, dashed, alone))
                continue
            # "Ruang Sidang Terakhir. Coupang Play sudah mengonfirmasi ...": a paragraph that opens on its title alone, a
            # full stop, then speaks of it (an item only among other items)
            if sentence.line_start and not sentence.line_end and runs and runs[0][0] == sentence.start:
                number = _NUMBER_IN_TITLE.match(text, runs[0][1], sentence.end)  # ("Lantai 13 (13층).")
                title_end = number.end() if number is not None else runs[0][1]
                if len(text[runs[0][0]:title_end].split()) >= 2 and _ALONE_IN_ITEM.fullmatch(text, title_end, sentence.end):
                    title = text[runs[0][0]:title_end]
                    if self.plausible(title) and not self.platform.match(title):
                        found.append((sentence.index, title, False))
                    continue
            # (a question after the title's colon heads an item too: "Nuits blanches à Lisbonne (Netflix) : ça se
            # précise ?")
            # (not an interviewer's name before each question: "Scènes & Coulisses : Et après ?")
            if not (sentence.line_start and sentence.line_end) or sentence.text.endswith((".", "!")) \
                    or (sentence.text.endswith("?") and (":" not in sentence.text or _asks_again(text, sentence.text))):
                continue
            if self.byline is not None and self.byline.fullmatch(sentence.text):
                continue
            # ("2. El secreto de la panadera (빵집의 비밀) – Netflix": after a list's number, too)
            listed = _LIST_NUMBER.match(sentence.text)
            lead = listed.end() if listed is not None else 0
            cased = _SENTENCE_CASE_HEADER.match(sentence.text, lead)
            if cased is None and (lead or sentence.line_start and sentence.line_end):
                # ("2. El club de las viudas" alone on its line: a numbered heading in sentence case, with no verb)
                whole = _SENTENCE_CASE_LINE.fullmatch(sentence.text, lead)
                if whole is not None and (self._connected_name(whole.group(1).split()) or sentence.index in counted):
                    cased = whole
            # (not one that holds a season: "Schattenwald Staffel 1: Ein Überraschungserfolg")
            if cased and (not runs or (lead and runs[0][0] > sentence.start + lead) or
                          runs[0][1] - runs[0][0] < cased.end(1) - lead) and not any(
                    sentence.start + lead <= m.start < sentence.start + cased.end(1) for m in self._mentions if not m.title):
                # "La casa de los relojes (The House of Clocks)": a title in sentence case before its marker
                runs = [(sentence.start + lead, sentence.start + cased.end(1))] + \
                    [r for r in runs if r[0] >= sentence.start + cased.end(1)]
            # ("Friday 20 March – Cul-de-Sac Kings season 4": a calendar's entry, its day and a dash before the title)
            opening = _DAY_MONTH_OPENING.match(text, sentence.start, sentence.end) or \
                _NUMERIC_DATE_OPENING.match(text, sentence.start, sentence.end)
            # (among others: one alone is the article's own date line, "Donnerstag, 20.11.2025 – Dieser Ticker wird
            # laufend aktualisiert")
            dated = opening is not None and self._calendar_entry(opening.group()) and calendar_lines >= 2
            if dated and opening is not None:
                runs = [r for r in runs if r[0] >= opening.end()]
                # (the rest of its line up to its season is the title, in sentence case too: "Mercredi 4 mars – Les
                # Pilleurs du port", "Vendredi 20 mars – Les Rois du lotissement, saison 4")
                start = opening.end() + len(text[opening.end():sentence.end]) - len(text[opening.end():sentence.end].lstrip())
                end = min([m.start for m in self._mentions if start < m.start < sentence.end] + [sentence.end])
                # (up to its bracket, "Operação Jacarandá II (cinemas)"; a film's number is read with its title as before)
                title = text[start:end].split("(")[0].rstrip(" ,;:-–—")
                film_number = bool(title.split()) and re.fullmatch(rf"\d{{1,2}}|{ROMAN}", title.split()[-1]) is not None
                if sentence.line_end and not film_number and 1 <= len(title.split()) <= 6 and title[:1].isupper() \
                        and (not runs or runs[0][0] == start) and self.plausible(title):
                    runs = [(start, start + len(title))] + [r for r in runs if r[0] >= start + len(title)]
            if not runs:
                continue
            # (a numbered one's words counted outside brackets: "5. Los cazadores de Hanyang (한양 사냥꾼) – tvN / Viu")
            # (or one that ends on a bracket of its names in another script: "Blade of the Silent Moon (Chinmoku no Tsuki
            # no Yaiba / 沈黙の月の刃)")
            bracketed = sentence.text.rstrip().endswith(")") and _OTHER_SCRIPT.search(sentence.text) is not None
            # (a calendar's entry counted after its day: "19.03.2026 – Die Töchter des Leuchtturms (Las hijas del faro),
            # Staffel 3")
            counted_text = text[opening.end():sentence.end] if dated and opening is not None else sentence.text
            if len((_BRACKETED.sub("", counted_text) if lead or bracketed or dated else counted_text).split()) > 10:
                continue
            # ("Love, Victor" alone on its line among other items' headings: a name with a comma inside is one title)
            if len(runs) == 2 and runs[0][0] == sentence.start and _COMMA_HEADING.fullmatch(sentence.text) is not None:
                runs = [(runs[0][0], runs[1][1])]
            first_start, first_end = runs[0]
            prefix = text[sentence.start:first_start]
            numbered = bool(_LIST_NUMBER.match(prefix)) and prefix.strip() != "" or dated
            # ("2. Ward 7 Rebels (7병동 반란)": a number between the capitalised words of a heading, before its name in
            # another script, is the title's)
            inner = _NUMBER_INSIDE_HEADING.match(text, first_end, sentence.end)
            # ... and in a numbered heading alone on its line, the capitalised words going on after it to the line's end
            # ("5. Les 7 Vies de Lucien Marchal"), where the number counts no season
            if inner is None and numbered and sentence.line_end:
                inner = _NUMBER_INSIDE_LINE.match(text, first_end, sentence.end)
                if inner is not None and any(first_end <= m.start < inner.end(1) for m in self._mentions):
                    inner = None
            if inner is not None:
                first_end = inner.end(1)
            if numbered and sentence.line_end and self.heading_connectors is not None:
                for run_start, run_end in runs[1:]:
                    if not self.heading_connectors.fullmatch(text, first_end, run_start):
                        break
                    first_end = run_end
            # ("3. La ciudad sumergida (Netflix)": a numbered heading names its work up to the bracket, a title in
            # sentence case and all)
            whole = _HEADING_BEFORE_BRACKET.fullmatch(text, first_start, sentence.end) if numbered else None
            if whole is not None and whole.end(1) > first_end:
                # ... but not the season it names there ("1. Harbor House Season 2 (Netflix)")
                first_end = len(_title_without_installment(text[first_start:whole.end(1)], self._mentions, first_start)) \
                    + first_start
            # ("4. Linha 9" alone on its line, in an article that counts seasons with other numbers: the number that
            # ends a numbered heading is the title's)
            number = _NUMBER_IN_TITLE.match(text, first_end, sentence.end) if numbered else None
            if number is not None and not text[number.end():sentence.end].strip():
                value = int(number.group().strip())
                seasons = [m for m in self._mentions if m.kind == "season" and m.numbers]
                if seasons and all(value not in m.numbers for m in seasons):
                    first_end = number.end()
            # ("Busan 1997" alone on its line: a year that ends the heading is the title's)
            year_end = _YEAR_ENDS_LINE.fullmatch(text, first_end, sentence.end)
            if year_end is not None and first_start == sentence.start:
                first_end = year_end.end(1)
            separated = bool(_SEPARATOR_AFTER.match(text, first_end, sentence.end))
            parenthesis = text[first_end:sentence.end].lstrip().startswith("(")
            lone = not (numbered or separated or parenthesis)
            # "Hôtel Mirabelle rouvre ses portes", "La Brigade du Vieux-Port, c'est bientôt fini": an item's line that
            # opens on its title and goes on in lower case, a paragraph after it (an item only among other items)
            if lone and first_start == sentence.start and _GOES_ON_LOWER.match(text, first_end, sentence.end) and \
                    self._lone_header(text, sentence, first_start, sentence.end):
                title = text[first_start:first_end]
                if len(title.split()) >= 2 and not title.isupper() and self.plausible(title) and \
                        not self._person_like(text[self._body_start:], title):
                    item_lines.append((sentence.index, title, False))
                continue
            if lone and not self._lone_header(text, sentence, first_start, first_end):
                continue
            if prefix.strip() and not numbered:
                continue
            # "5. 'Las comadres de Oaxaca' (ViX) – Temporada 3": a quoted title runs to its closing mark, words in lower
            # case and all
            if prefix.rstrip()[-1:] in _QUOTE_OPENERS:
                close = min((p for p in (text.find(q, first_start, sentence.end) for q in _CLOSING_MARKS) if p > first_start),
                            default=-1)
                if close > first_end:
                    first_end = close
            title = _without_verdict(text[first_start:first_end])
            # ("Nachzügler: „Westwind" – Staffel 4", "Senderwechsel: „Die Lindemanns" ziehen ...": a label and a colon
            # before the quoted title)
            labelled = _LABEL_QUOTED.match(text, first_start, sentence.end)
            if labelled is not None:
                title = labelled.group(1)
            if first_start == sentence.start and self._dateline(text, title, first_end):
                continue  # ("Cannes (enviado especial), 14 de octubre de 2025": a dateline's line, no item)
            # ("Fakta Musim 2 Kurir Angin ... 4. Pengisi suara utama kembali": a numbered section of an explainer on one
            # season, its headline's, one word in capitals going on in lower case, named nowhere after it and with no
            # season, is no work; not a round-up's "1. Stonefield returns in January")
            if numbered and " " not in title and _GOES_ON_LOWER.match(text, first_end, sentence.end) and \
                    any(m.start < self._headline_end and m.numbers for m in self._mentions) and \
                    not _named_in(text, title, sentence.end) and \
                    not any(sentence.start <= m.start < sentence.end for m in self._mentions):
                continue
            if not self.plausible(title) or self._in_text("role_before", self.role_before, max(0, first_start - 20), first_start):
                continue
            if self.photo_credit is not None and self.photo_credit.search(title) is not None:
                continue  # ("Sumber Foto: Instagram" over each item's photo: a credit's line, no item)
            # an item header is followed by lines that speak of the item, or stands among other items
            confirmed = (numbered or _named_in(text, title, sentence.end, sentence.end + 600) or
                         any(sentence.start <= m.start < sentence.end for m in self._mentions)) and not lone
            found.append((sentence.index, title, confirmed))
            if numbered:
                whole = _SENTENCE_CASE_LINE.fullmatch(text, first_start, sentence.end) \
                    if sentence.line_end and not sentence.text.rstrip().endswith((".", "!", "?")) else None
                name = _title_without_installment(whole.group(1), self._mentions, first_start) if whole is not None else ""
                # (a capital letter alone that ends it is the title's, no "e" of a list: "3. Room for an E")
                ends = name.split()[1:]
                if ends and len(ends[-1]) == 1 and ends[-1].isupper():
                    ends = ends[:-1]
                if first_start + len(name) > first_end and len(name.split()) <= 4 \
                        and not any(self.title_end.fullmatch(w) for w in ends) and self.plausible(name):
                    widened[sentence.index] = name
        # ("1. Rumbo a Samarcanda", "2. Marea alta", "3. Los Ferrán": among three numbered headings or more, one alone
        # on its line names its work whole, its words in lower case too)
        headed = {index for index, _, _ in found}
        if widened and sum(1 for s, _ in sentence_runs if s.index in headed and _LIST_NUMBER.match(s.text)) >= 3:
            found = [(index, widened.get(index, title), confirmed) for index, title, confirmed in found]
        if len(found) < 2:
            # a lone title line is an item header only among other items
            found = [f for f in found if f[2]]
        # (so is an item's line that goes on as a sentence, which makes no other line an item)
        if len(found) + len(item_lines) >= 2:
            found = sorted(found + item_lines)
        for index, title, _ in found:
            title = _without_verdict(title)
            add(title, 3)
            headers.append(Header(index, title))
        return headers

    def _connected_name(self, words: list[str]) -> bool:
        """Whether words are a name joined by small words: maybe an article, a word, then one or more groups of
        connectors and a word ("El club de las viudas", "Rosa de los vientos"; not "Stonefield returns in January")."""
        # ("Cœurs d'acier": an elided connector is a word of its own)
        split: list[str] = []
        for word in words:
            elided = _ELIDED_CONNECTOR.fullmatch(word)
            split += [elided.group(1), elided.group(2)] if elided is not None and elided.group(1).lower() in self.connectors \
                else [word]
        words = split
        rest = words[1:] if words and words[0] in self.title_articles[0] else words
        if len(rest) < 3 or any(self.title_end.fullmatch(w) for w in rest):
            return False
        k = 1
        while k < len(rest):
            if rest[k].lower() not in self.connectors:
                return False
            while k < len(rest) and rest[k].lower() in self.connectors:
                k += 1
            if k == len(rest):
                return False
            k += 1
        return True

    def _bulleted_item(self, text: str, sentence: Sentence, runs: list[tuple[int, int]]) -> str | None:
        """The title a bulleted or numbered list line opens on before a separator, however long the line."""
        if not (sentence.line_start and runs):
            return None
        first_start, first_end = runs[0]
        prefix = text[sentence.start:first_start]
        if not (prefix.strip() and _LIST_NUMBER.fullmatch(prefix)):
            return None
        # "4. Noodle Shop Romance (국수집 로맨스). Judul ini ...": the title is the whole first sentence of the item
        if _ALONE_IN_ITEM.fullmatch(text, first_end, sentence.end):
            title = text[first_start:first_end]
            return title if self.plausible(title) else None
        # ("5. Hello, Landlord" alone on its line: every word capitalised, the comma is the title's)
        if sentence.line_end and _COMMA_TITLE_LINE.fullmatch(text, first_start, sentence.end):
            title = text[first_start:sentence.end].strip()
            return title if self.plausible(title) else None
        # "• Anne With an E, la série ...": the title runs on to the separator, small words and all.
        separator = _ITEM_SEPARATOR.search(text, first_end, sentence.end)
        if separator is None:
            return None
        # (its other name in brackets counts no words: "2. Golden Hour Diner (황금시간 식당) Season 2 - Jumat, ...")
        between = _BRACKETED.sub("", text[first_end:separator.start()])
        if between.strip() and (len(between.split()) > 3 or any(ch in between for ch in ".!?;")):
            return None
        # (not the season it names there: "1. Kampus Biru Season 3 - Kamis, 2 Juli 2026"; nor that other name)
        title = _title_without_installment(text[first_start:separator.start()].strip(), self._mentions, first_start)
        if title.endswith(")") and "(" in title:
            title = title[:title.rindex("(")].rstrip()
        if not self.plausible(title) or self._in_text("role_before", self.role_before, max(0, first_start - 20), first_start):
            return None
        return title

    def _calendar_entry(self, line: str) -> bool:
        """"11 Maret - X Season 2", "March 4 — X", "05.03.2026 – X": a line that opens on a day and its month before
        a dash or a colon."""
        if _NUMERIC_DATE_OPENING.match(line) is not None:
            return True
        m = _DAY_MONTH_OPENING.match(line)
        return m is not None and (m.group(1) or m.group(2) or "").lower().rstrip(".") in self.months

    def _decided_subject(self, text: str, title: str, end: int, sentence_end: int, mentions: list[SeasonMention]) -> bool:
        """Whether one word that opens its sentence is the subject of a decision told with its auxiliary, the season it
        is for named after it: no common or opening word nor a platform, never written in lower case."""
        if " " in title or not title[1:2].islower() or self.event_gap is None or title.lower() in self.common \
                or title.lower() in self.openers or self.platform_start.match(title) is not None or _lower_elsewhere(text, title):
            return False
        gap = self.event_gap.match(text, end)
        if gap is None:
            return False
        decided = self.decided_soon.match(text, gap.end() - 1)
        if decided is not None and decided.end() - gap.end() <= 20 and any(
                decided.end() <= m.start < sentence_end and m.numbers and not m.count and not m.title for m in mentions):
            return True
        # (or the decision last, its season before it, as German puts it: "Morgenrot wurde von Sky nach der ersten
        # Staffel abgesetzt")
        late = self.decided_late.match(text, gap.end() - 1)
        return late is not None and late.end() <= sentence_end and any(
            gap.end() <= m.start and m.end <= late.end() and m.numbers and not m.title for m in mentions)

    def _colon_headline_title(self, text: str, title: str, end: int, headline_end: int, body: str,
                              mentions: list[SeasonMention]) -> bool:
        """Whether the run that opens the headline, before its colon, is a title: the headline speaks of a season after
        the colon, the body names the run again, and it is no common word, label or platform ("Drôle : doit-on
        espérer une saison 2 ?"; not "Exclusif : ...", "Netflix : ...")."""
        colon = _COLON_AFTER.match(text, end)
        # (not a speaker's name before a quotation: 'Marta Iriarte: "La tercera temporada ya está escrita"')
        return colon is not None and colon.end() < headline_end and text[colon.end()] not in _QUOTE_OPENERS \
            and any(colon.end() <= m.start < headline_end and m.numbers and not m.title for m in mentions) \
            and not any(w.lower() in self.common or w.lower() in self.openers for w in title.split()) \
            and self.platform_start.match(title) is None and self.plausible(title) \
            and _named_in(body, title, headline_end)

    def _heading_line(self, text: str, start: int, end: int, mentions: list[SeasonMention]) -> bool:
        """Whether a line holds only the title at `start:end` and a season after it, as a calendar or a list heads its
        items: "Kaltfront, Staffel 2", "05.03.2026 – Paper Lanterns season 2 – Volume 1" (a line of its own: a capital
        there is a title's)."""
        if start and text[start - 1] != "\n" and not self._calendar_opening(text, start):
            return False
        return any(m.numbers and not m.count and _HEADING_GAP.fullmatch(text, end, m.start) is not None
                   and self._line_rest(text, m.end) for m in mentions)

    def _heading_titles(self, text: str, headline_end: int, mentions: list[SeasonMention], add: Add) -> None:
        """A title with words in lower case that a line holds alone before its season, as a calendar heads its
        entries: "05/03/2026 – Front froid, saison 2", "Frente frío, temporada 2 (Netflix)", "Nebel über Lissabon,
        Staffel 2", "Kabut di Lisboa Season 2" (one in capitals alone is a run's)."""
        for m in mentions:
            if not m.numbers or m.count or m.start < headline_end or not self._line_rest(text, m.end):
                continue
            line_start = text.rfind("\n", 0, m.start) + 1
            opening = _NUMERIC_DATE_OPENING.match(text, line_start, m.start) or _DAY_MONTH_OPENING.match(text, line_start, m.start)
            start = opening.end() if opening is not None and self._calendar_opening(text, opening.end()) else line_start
            while start < m.start and text[start] in " \t":
                start += 1
            gap = _SEPARATED.search(text, start, m.start)
            title = text[start:gap.start() if gap is not None else m.start].strip()
            # (without a comma or a dash, it ends on a capital and its words in lower case join the others: "Kabut di
            # Lisboa Season 2", not "Calendario de la temporada 2", "This will be Hawley’s second film")
            if title and (gap is not None or title.split()[-1][:1].isupper() and all(
                    w[:1].isupper() or w in self.connectors for w in title.split())) and self._heading_title(title):
                add(title, 3)
        # ... or alone on its line with its name in another script: "La estación de los faroles (灯籠の駅)"
        for line in _NAMED_HEADING.finditer(text, headline_end):
            if self._heading_title(line.group(1)):
                add(line.group(1), 3)
        # ... and a film with its number: "13/03/2026 – Sable rouge 2"
        for entry in _CALENDAR_FILM.finditer(text, headline_end):
            if self._calendar_opening(text, entry.start(2)) and self._heading_title(entry.group(2)) \
                    and not any(entry.start(2) < m.end and m.start < entry.end() for m in mentions):
                add(entry.group(2), 3)

    def _heading_title(self, title: str) -> bool:
        """Whether a heading's words before its season are a title in sentence case (in Title Case, a run finds it)."""
        words = title.split()
        return 1 <= len(words) <= 6 and title[:1].isupper() and any(w[:1].islower() for w in words[1:]) \
            and not any(c in title for c in ".!?;:\"“”«»") and self.plausible(title) \
            and not all(w.lower() in self.common for w in words)

    def _calendar_opening(self, text: str, start: int) -> bool:
        """Whether all of the line before `start` is a calendar's date and its dash: "05.03.2026 – ", "March 13 - "."""
        opening = text[text.rfind("\n", 0, start) + 1:start]
        return opening.rstrip()[-1:] in ("-", "–", "—", ":") and self._calendar_entry(opening)

    def _line_rest(self, text: str, at: int) -> bool:
        """Whether the line ends at `at`, but for a platform in brackets, the season's part or its day after a dash:
        "(Netflix)", "– Volume 1", "– Thursday, July 2, 2026"."""
        if _LINE_REST.match(text, at) is not None:
            return True
        dated = _DATE_ENDS_LINE.match(text, at)
        month = (dated.group(1) or dated.group(2)) if dated is not None else None
        if dated is not None and (month is None or month.lower().rstrip(".") in self.months):
            return True
        part = _PART_DASH.match(text, at)
        return part is not None and self.part_noun is not None and (noun := self.part_noun.match(text, part.end())) is not None \
            and (number := _PART_NUMBER.match(text, noun.end())) is not None and _LINE_REST.match(text, number.end()) is not None

    def _dated_line(self, line: str) -> bool:
        """"Jakarta - Selasa, 27 Januari 2026": a place or an outlet, a dash, then the day it was written."""
        m = _DATED_AFTER_DASH.search(line)
        return m is not None and m.group(1).lower() in self.weekdays

    def _dateline(self, text: str, title: str, end: int) -> bool:
        """Whether the words opening a paragraph are a dateline: in capitals before a dash ("LOS ANGELES (PWS) — ..."),
        before a dash and the day of the week ("Pamplona - Lunes, 20 de octubre"), or with an agency in brackets before
        a dash ("Berlin (kpa) – ...", not a platform: "Tinline (Hulu) – renewed") or before the line's date after a
        comma ("Cannes (enviado especial), 14 de octubre de 2025")."""
        if title.isupper():
            return _DATELINE_AFTER.match(text, end) is not None
        # ("Pamplona - Lunes, 20 de octubre de 2025, 07:00": the city, then the day of the week and the date)
        day = _DATELINE_WEEKDAY.match(text, end)
        if day is not None and day.group(1).lower() in self.weekdays:
            return True
        agency = _DATELINE_AGENCY.match(text, end)
        return agency is not None and self.platform.fullmatch((agency.group(1) or agency.group(2)).strip()) is None

    def _dashed_item(self, text: str, sentence: Sentence, runs: list[tuple[int, int]]) -> str | None:
        """The title a paragraph opens on before a dash ("Tinline (season 3) — The drama will return in 2026") or a
        colon ("O Chef do Palácio: o site coreano Sports Seoul informou ...")."""
        cased = self._sentence_case_item(text, sentence)
        if cased is not None:
            return cased
        if not (sentence.line_start and runs) or runs[0][0] != sentence.start or self._dated_line(sentence.text):
            return None
        # ("LOS ANGELES (PWS) — ...": an agency's dateline in capitals, no item's title)
        if self._dateline(text, text[runs[0][0]:runs[0][1]], runs[0][1]):
            return None
        title_end = runs[0][1]
        if self.sentence_case is not None and not _DASH_AFTER_TITLE.match(text, title_end, sentence.end):
            # ("Le Jardin de minuit (Jajeong-ui jeongwon) : c'est officiel": the first noun only in capitals)
            opening = self.sentence_case.match(text, runs[0][0])
            rest = _LOWER_WORDS.match(text, title_end, sentence.end)
            if opening is not None and rest is not None and self._first_noun_capitalised(text, opening.end()):
                title_end = rest.end()
        title = text[runs[0][0]:title_end]
        # (a colon and the platform that speaks after it, too: "Cuisine en Duo : M6 lance le casting de la saison 5")
        # (not a tag line's label: "Tópicos: Globoplay · Streaming · Linha 47")
        if len(title.split()) > 6 or not (_DASH_AFTER_TITLE.match(text, title_end, sentence.end)
                                          or self._platform_speaks_after(text, title_end, sentence.end)
                                          or self._verdict_after(text, title_end, sentence.end)):
            return None
        if not self.plausible(title) or self._in_text("role_before", self.role_before, max(0, runs[0][0] - 20), runs[0][0]):
            return None
        # ("PojokDrakor – Memasuki 2026, banyak penonton ...": the outlet's name before the dash that opens its first
        # paragraph, one word named nowhere else)
        if sentence.start == self._body_start and " " not in title and len(occurrences(text, title)) == 1:
            return None
        # (an interview's speakers: "Pipoca Digital — ... A história continua?", the one who asks; "Marcelo Viana —
        # Continua, sim.", one the article names with a role: "Marcelo Viana, criador da série")
        line_end = text.find("\n", sentence.start)
        if text[sentence.start:line_end if line_end >= 0 else len(text)].rstrip().endswith("?") or self._named_with_role(text, title):
            return None
        return title

    def _sentence_case_item(self, text: str, sentence: Sentence) -> str | None:
        """The title in sentence case a list item's line opens on before a dash: "El juego de las llaves – renovada
        temporada 3.", "Le village des ombres – renouvelée pour une saison 3." (an article, then words joined by
        connectors)."""
        if self.sentence_case is None or not sentence.line_start or self.sentence_case.match(text, sentence.start) is None:
            return None
        dashed = _SENTENCE_CASE_DASHED.match(text, sentence.start, sentence.end)
        if dashed is None or not self.plausible(dashed.group(1)):
            return None
        # (an article and a word or two, a verdict alone after the dash: "Los irregulares - cancelada. La serie ...")
        dash = _ITEM_DASH.match(text, dashed.end())
        verdict = dash is not None and len(dashed.group(1).split()) <= 3 and _verdict_end(text, dash.end(), self._making_ends) >= 0
        return dashed.group(1) if verdict or self._connected_name(dashed.group(1).split()) else None

    def _verdict_after(self, text: str, at: int, end: int) -> bool:
        """Whether a colon at `at` opens a round-up's verdict, a decision word alone before a full stop ("The Copper
        Line: Renewed. Max picked up a second season ...")."""
        colon = _COLON_AFTER_TITLE.match(text, at, end)
        return colon is not None and _verdict_end(text, colon.end(), self._making_ends) >= 0

    def _platform_speaks_after(self, text: str, at: int, end: int) -> bool:
        """Whether a colon at `at` opens a clause whose subject is a platform, a verb in lower case after it: "Cuisine
        en Duo : M6 lance le casting"."""
        colon = _COLON_AFTER_BRACKET.match(text, at, end)
        platform = self.platform_start.match(text[colon.end():end]) if colon is not None else None
        return colon is not None and platform is not None and \
            _LOWER_WORD_AFTER.match(text, colon.end() + platform.end(), end) is not None

    def _named_with_role(self, text: str, name: str) -> bool:
        """Whether the article names someone with a role, before the name or after it and a comma ("Sa créatrice,
        Claire Vasseur", "Marcelo Viana, criador e roteirista-chefe")."""
        for p in occurrences(text, name):
            comma = _COMMA_AFTER.match(text, p + len(name))
            if self._role_before(text, p, 25) or comma is not None and self.role_start.match(text, comma.end()):
                return True
        return False

    def _lone_header(self, text: str, sentence: Sentence, start: int, end: int) -> bool:
        """A line that is nothing but a title, maybe with its sequel's number ("Cangaço Neon 2"), followed by a
        paragraph ("The Gilded Crow")."""
        rest = text[end:sentence.end].strip()
        if start != sentence.start or rest and not _SEQUEL_OR_ROMAN.fullmatch(rest):
            return False
        after = text[sentence.end:sentence.end + 3]
        following = text[sentence.end:].lstrip("\n")
        lines = following.split("\n", 2)
        next_line = lines[0]
        channel = self.platform_start.match(next_line)
        if after.startswith("\n") and len(lines) > 1 and channel is not None and _LISTING_SLOT.match(next_line, channel.end()):
            # a TV listing's title, then its channel and hour ("Dovecote || Channel 4, 10pm || Episode three of ..."):
            # the paragraph comes after the slot
            next_line = lines[1].strip("\n") if lines[1].strip() else (lines[2].split("\n", 1)[0] if len(lines) > 2 else "")
        return after.startswith("\n") and len(next_line.split()) >= 8

    def _headline_titles(self, text: str, headline_end: int, sentence_runs: SentenceRuns, add: Add) -> None:
        """Headlines are often Title Case: keep the parts of their runs that the body repeats."""
        headline = text[:headline_end].strip()
        body = _blank_headline_copies(text[headline_end:], headline, "") if headline else text[headline_end:]
        for sentence, runs in sentence_runs:
            if sentence.start >= headline_end:
                break
            for run_start, run_end in runs:
                words = text[run_start:run_end].split()
                best = None
                for size in range(len(words), 1, -1):
                    for i in range(0, len(words) - size + 1):
                        phrase = " ".join(words[i:i + size]).strip(":,")
                        if not (phrase[:1].isupper() and _capitalised(phrase.split()[-1])):
                            continue  # "di Apple TV+": a title starts and ends with a capital ("de l'Aube" too)
                        first = phrase.split()[0]
                        if first.lower() in self.openers or self.type_noun.fullmatch(first):
                            continue  # "Serial House of the Dragon": the kind of work is no part of its title
                        # ("Bintang Squid Game Bocorkan ...": nor the role word before the work, which the body names alone)
                        if self.role_lead is not None and self.role_lead.fullmatch(first + " ") is not None \
                                and self._named_without_role(body, phrase[len(first):].strip()):
                            continue
                        if len(phrase.split()) >= 2 and occurrences(body, phrase):
                            best = phrase
                            break
                    if best:
                        break
                # ("Claire Vasseur (Les Eaux dormantes) : « ... »": one the body names with her role)
                if best is None or self._person_like(body, best) or self._named_with_role(text, best):
                    continue
                # "'Northern Watch' star Ana Lima joins season 4 cast": a name after a role is a person
                at = text.find(best, run_start, run_end)
                # ('Carolina Sequeira: «Adorava voltar à Ria, mas não posso dizer nada»': the one a headline quotes)
                if at >= 0 and _SPEAKER_COLON.match(text, at + len(best)):
                    continue
                if at >= 0 and self._in_text("role_before", self.role_before, max(0, at - 20), at):
                    continue
                if all(_WHERE_BEFORE.search(text, max(0, p - 8), p) for p in occurrences(text, best)):
                    continue
                # ("Taylor Vance's spy series with Zoe Kell gets greenlit": the one whose series it is)
                if at >= 0 and self.type_after_possessive.match(text, at + len(best)):
                    continue
                add(best, 2)

    def _headline_subject(self, text: str, headline_end: int, sentence_runs: SentenceRuns,
                          mentions: list[SeasonMention], add: Add, cues: list[tuple[int, int]] | None = None,
                          makings: list[tuple[int, int]] | None = None) -> None:
        """"Russian Doll gets a second series": with no other work in sight, a sentence-case
        headline that opens on a title and speaks of a season names its work there, even when
        the body says only "the show". "Ironwood to end": a headline without a season opens on
        a one-word title when a body sentence that names a season opens on it too."""
        headline_season = any(m.start < headline_end for m in mentions)
        headline = text[:headline_end].strip()
        body = _blank_headline_copies(text[headline_end:], headline, "") if headline else text[headline_end:]
        for sentence, runs in sentence_runs:
            if sentence.start >= headline_end or not runs:
                return
            # ("It's official: Marea Roja is getting a second season", "Resmi! Marea Roja Lanjut Musim Kedua": a lead-in
            # of common words before a colon or an exclamation mark opens the headline, the title after it)
            opening = sentence.start
            lead = _HEADLINE_LEAD.match(text, sentence.start, headline_end)
            if lead is not None and all(w.lower().strip("'’") in self.common for w in lead.group(1).split()):
                if not any(r[0] >= lead.end() for r in runs):
                    continue  # ("Resmi!" as a sentence of its own: the title is in the next one)
                opening = lead.end()
                runs = [r for r in runs if r[0] >= opening]
            body_season = any(m.numbers and m.start >= headline_end and not m.title for m in mentions)
            # ("Netflix renews Spanish thriller Marea Roja", "Netflix Perpanjang Serial Marea Roja": the name after the
            # kind of work, in a headline that or whose body names a season)
            if headline_season or body_season:
                for start, end in runs:
                    kind = self._in_text("type_nouns", self.type_nouns, max(opening, start - 30), start)
                    # (its verbs in capitals after it too: "Sekuel Rumah Kabut Segera Digarap")
                    name = self._without_trailing_verbs(text[start:end])
                    if kind and end <= headline_end and self.plausible(name) and not self._person_like(body, name):
                        add(name, 2)
                        return
            # ("Netflix renews Ember Parish for a third season": a run that is the platform alone, its verb in lower case
            # after it, is no title; the one after it is; "France 2 renouvelle ...": its number too)
            while len(runs) > 1 and (self.platform.match(text[runs[0][0]:runs[0][1]]) or (
                    (number := _SEQUEL_NUMBER.match(text, runs[0][1], runs[0][1] + 4)) is not None
                    and self.platform.match(text[runs[0][0]:number.end()].strip()))):
                runs = runs[1:]
            run_start, run_end = runs[0]
            # (its verb in capitals ends no title: "Janda Tinta Tak Akan Lanjut Musim 2", "Wild Coast Won't Be Back for
            # Season 3")
            words = self._without_trailing_verbs(text[run_start:run_end]).split()
            run_end = run_start + len(" ".join(words)) if text[run_start:run_end].startswith(" ".join(words)) else run_end
            # (nor the role word that opens it: "Sutradara Rumah Bulan Bocorkan Season 2", the director of the work)
            opened_at = run_start
            while len(words) > 1 and self.role_start.fullmatch(words[0] + " ") is not None:
                run_start = text.index(words[1], run_start + len(words[0]))
                words.pop(0)
            title = text[run_start:run_end]
            # (past the colon that ends the title: "Les Veilleurs : une saison 2 ?")
            after = text[run_end:headline_end].split()
            after = after[1:] if after[:1] == [":"] else after
            # (a Spanish question or exclamation opens on its mark: "Luces del puerto: ¿habrá temporada 3?")
            after = [after[0].lstrip("¿¡"), *after[1:]] if after and after[0].lstrip("¿¡") else after
            # the run opens the headline, maybe after its platform and verb ("Netflix Perpanjang Tanjung Biru ke ...")
            before = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, opening, opened_at)
                      if m.group() not in "\"“‘'«"]
            opener = self._past_openers(before, 0, len(before)) == len(before)
            # ("Marea Roja renewed at Netflix" over "The Spanish thriller will return for a second season": a title of two
            # words or more opening a sentence-case headline, the body naming the season)
            # (its verb a word of the season's making, "renewed", "cancelled": not "Jane Doe joins the cast")
            # (an auxiliary may come between: "Kota Terbelah Akan Lanjut ke Season 3?")
            made = makings is not None and any(run_end < start <= run_end + 2 or (
                run_end < start <= run_end + 14 and all(w.lower() in self.common for w in text[run_end:start].split()))
                for start, _ in makings)
            # Sentence case: the words after the title are not capitalised as well. One word is a title
            # only when the season follows it ("Ironwood renewed for fourth season") and the body names it.
            # (or a word of its making follows it, the body naming it: "Ironwood will return for season 3"; or the
            # platform's possessive stands before it: "FX's Ironwood to finally shoot seasons 3 and 4")
            one_word = len(title.split()) == 1 and (
                (headline_season and self._adjacency(text, run_start, run_end, mentions) == 3 and _named_in(body, title, 0))
                or self._opens_season_sentence(text, title, headline_end, sentence_runs, mentions, cues)
                or headline_season and (made and _named_in(body, title, 0) or self._platform_owned(text, run_start))
                and self._lone_word(text, title, run_start, run_end, cues)
                # (or the headline is the word, a colon and its season alone: "Nachtfalter: Staffel 2")
                or any(m.numbers and not m.title and text[run_end:m.start].strip() == ":"
                       and text[m.end:headline_end].strip(" ?!") == "" for m in mentions)
                and self._lone_word(text, title, run_start, run_end, cues))
            # ("Jane Doe exits the drama ahead of season 2": a cue right after the name that is no word of the season's
            # making, the cast's or a speaker's, names a person)
            # (not past a colon: "Harbor Lights: will there be a season 3?" asks of the title before it)
            other_cue = makings is not None and cues is not None and not made and \
                any(run_end < start <= run_end + 2 and ":" not in text[run_end:start] for start, _ in cues)
            if not headline_season and not one_word and not (body_season and len(title.split()) >= 2 and made):
                return
            # ... and the words after it are in lower case, or its season follows ("... Ombak Utara Season 2")
            if (opener and (len(title.split()) >= 2 or one_word) and after
                    and (after[0][:1].islower() or any(0 <= m.start - run_end <= 2 and m.numbers for m in mentions)
                         # (or only common words in capitals before it: "Janda Tinta Tak Akan Lanjut Musim 2")
                         # ("Grey Harbor: Netflix Confirms Second Season": its colon too)
                         or any(m.numbers and run_end < m.start < headline_end and all(
                             w.lower() in self.common or w.lower().replace("’", "'") in self.title_case_verbs
                             or self.role_start.fullmatch(w + " ") is not None
                             for w in text[run_end:m.start].split() if w != ":") for m in mentions))
                    and not self._person_like(body, title) and not other_cue):
                add(title, 2)
            return

    def _opens_season_sentence(self, text: str, title: str, headline_end: int, sentence_runs: SentenceRuns,
                               mentions: list[SeasonMention], cues: list[tuple[int, int]] | None) -> bool:
        """Whether a word that may be a title alone, opening the headline, opens a body sentence that names a
        season too ("Ironwood will end with its fifth season")."""
        start = text.find(title)
        if not self._lone_word(text, title, start, start + len(title), cues):
            return False
        for sentence, _ in sentence_runs:
            if sentence.start >= headline_end and text.startswith(title + " ", sentence.start) and \
                    any(sentence.start <= m.start < sentence.end and m.numbers and not m.title for m in mentions):
                return True
        return False

    def _spinoff(self, text: str, title: str, places: list[tuple[int, int]] | None = None) -> bool:
        """Whether the article calls the work a spinoff or a prequel: "the spinoff Iron Valley: Origins", "Iron Valley:
        Origins, a prequel spinoff of ..." (not "a Star Trek spin-off": that one comes from the work named); at each
        of its `places`, else wherever its title stands."""
        spinoff = self.spinoff
        if spinoff is None:
            return False
        for p, end in [(p, p + len(title)) for p in occurrences(text, title)] if places is None else places:
            before = spinoff.search(text, max(0, p - 30), p)
            # ("a prequel spinoff of its hit Iron Valley": that one is what the spinoff comes from)
            if before and not _FROM_WORK.search(text, before.end(), p):
                return True
            # ("un spin-off centré sur les enfants des personnages, provisoirement intitulé « X »": its own name, given
            # further on in the clause)
            if self.working_title is not None and self.working_title.search(text, max(0, p - 40), p):
                if any(not _SENTENCE_END.search(text, m.end(), p) for m in spinoff.finditer(text, max(0, p - 160), p)):
                    return True
            after = spinoff.search(text, end, min(len(text), end + 40))
            opening = text[end:after.start()].lstrip(" \t'\"’”»“‘")[:1] if after else ""
            # (inside its bracket: not "The Last of Us (2023-sekarang) hingga prekuel serial ...", the years it ran)
            if after and (opening in (",", "—", "–") or opening == "(" and ")" not in text[end:after.start()]):
                return True
            # ('Mit „Schattenhof: 1923" hat der Streamingdienst eine Prequel-Serie in Auftrag gegeben': a title with a
            # subtitle that its own clause calls a prequel)
            after = spinoff.search(text, end, min(len(text), end + 60)) if ":" in title else None
            # (or an apposition after its verb: "hat außerdem „Dornental: 1962“ bestellt, ein Prequel, das ...")
            between = text[end:after.start()] if after else ""
            if after and not _SENTENCE_END.search(text, end, after.start()) and (
                    "," not in between or _APPOSITION_ARTICLE.fullmatch(between[between.rfind(","):]) is not None):
                return True
        return False

    def _person_like(self, body: str, name: str) -> bool:
        """Whether most places that name it speak of a person ("creator X said", "kata X")."""
        places = occurrences(body, name)
        people = sum(1 for p in places
                     # (not after the kind of work it is: "The anime Crimson Harbor announced that ...")
                     if not self.type_nouns.search(body, max(0, p - 30), p)
                     and not self.type_noun_of.search(body, max(0, p - 40), p)
                     and not (self.role_clause_before is not None and self.role_clause_before.search(body, max(0, p - 70), p))
                     and not self._role_of_person_before(body, p)
                     and (
                     self._role_before(body, p, 25)
                     or self.said_after.match(body, p + len(name))
                     or self.speech_before.search(body, max(0, p - 15), p) and not (
                         self.future_after is not None and self.future_after.match(body, p + len(name)))
                     or _APPOSITION.match(body, p + len(name)) and body[max(0, p - 2):p] == ", "
                     or _AS_CHARACTER.match(body, p + len(name)) is not None
                     or _CREDIT_LIST_BEFORE.search(body, max(0, p - 100), p) is not None
                     # ("Daniela Montalvo, protagonista de 'X', durante la grabación": her role after a comma)
                     or (comma := _COMMA_AFTER.match(body, p + len(name))) is not None and self.role_start.match(body, comma.end())))
        return bool(places) and people * 2 >= len(places)

    def _role_of_person_before(self, body: str, at: int) -> bool:
        """Whether a person named before a comma holds the role word right before `at`: "Ratna Wirasmi, produser
        Rumah Kabut, ..." names the producer first, and the work his role is of after it."""
        comma = body.rfind(", ", max(0, at - 30), at)
        if comma < 1 or not body[comma - 1:comma].isalpha() or not body[body.rfind(" ", 0, comma) + 1:][:1].isupper():
            return False
        role = body[comma + 2:at]
        return bool(role.strip()) and self.role_start.fullmatch(role) is not None

    def _parenthetical_aliases(self, text: str, candidates: dict[str, Work]) -> None:
        """"Moonlit Cobbler (달빛 구두장이)": the bracketed name is an alias of the work before it; and so is one quoted
        after the pack's words for another title ("known in Korea as")."""
        for work in list(candidates.values()):
            if work.strength < 2:
                continue
            # ("Claire Vasseur (Les Eaux dormantes) : « ... »", "Sa créatrice, Claire Vasseur, ...": a person named with
            # her role somewhere, her work in brackets after her name)
            if self._named_with_role(text, work.title):
                continue
            for position in occurrences(text, work.title):
                after = position + len(work.title)
                # "La Route du poivre : Deuxième partie (The Spice Road: Part Two)": past the part number
                part = next((m for m in self._mentions if 0 <= m.start - after <= 3), None)
                # "'Cazadores de la niebla', conocida en Japón como 'Kiri no Karyūdo'": the name after is an alias
                known = self._known_as(text, after, work, candidates)
                m = _PARENTHESIS.match(text, part.end if part else after)
                if not m:
                    continue
                # ("'El abogado del mercado' (시장통 변호사), subtitulada 'Ajuste de cuentas'": or after its bracket)
                if not known:
                    self._known_as(text, m.end(), work, candidates)
                inner = m.group(1).strip()
                # "« Ushio no Tsurugi » (潮の剣, « Le Sabre des marées »)", "(« Mon voisin l'alchimiste »)": a name quoted
                # inside the bracket is the same work's, in the article's language ("(月の舟, algo como 'O Barco da
                # Lua')": after the words that introduce another name, too)
                # ("(月夜の料理人, bei uns auch als „Der Mondscheinkoch" bekannt)": a participle may close it)
                quoted_pieces = {q: _QUOTED_PIECE.fullmatch(self._unlead(q.strip())) for q in inner.split(",")}
                quoted_inside = [m.group(1).strip() for m in quoted_pieces.values() if m is not None]
                for alias in quoted_inside:
                    if self.plausible(alias, quoted=True):
                        _adopt_alias(work, alias, candidates)
                if quoted_inside:
                    inner = ",".join(q for q, m in quoted_pieces.items() if m is None).strip()
                    if not inner:
                        continue
                if self.platform.match(inner):
                    continue  # "L'Héritière (France 2)": its channel, no other name
                if _OTHER_SCRIPT.search(inner) and len(inner) <= 30:
                    work.aliases.append(inner)
                    continue
                # "(jap. „Tsukiyo no Kajiya“, 月夜の鍛冶屋)": a language's mark, then its names, quoted or not
                marked = _LANGUAGE_MARK.match(inner)
                # ("(Chinmoku no Tsuki no Yaiba / 沈黙の月の刃)": names side by side, one in its own script)
                named_apart = not marked and "/" in inner and _OTHER_SCRIPT.search(inner) is not None
                if not marked and "/" in inner and not named_apart:
                    continue  # a photo's credit: "em cena de 'Amor de Vidraça' (Divulgação/Netflix)"
                if not marked and not named_apart and len(inner.split(":", 1)[0].split()) == 1 and ":" in inner:
                    continue  # ... or one with its label: "in The Paper Widow (Image: Netflix)", "(Foto: Globoplay)"
                pieces = [p.strip(" „“”\"«»‘’'") for p in re.split(r"[,;/]", inner[marked.end():])] if marked else \
                    [p.strip() for p in inner.split("/")] if named_apart else [inner]
                for index, piece in enumerate(pieces):
                    if _OTHER_SCRIPT.search(piece) and len(piece) <= 30:
                        alias = piece
                    elif marked and piece[:1].isupper() and len(piece.split()) <= 8:
                        alias = piece  # (the whole name after the mark: "Garasu no Fue")
                    elif index == 0:
                        runs = self.runs(piece, 0, len(piece), [])
                        if not (runs and runs[0][0] == 0 and self.plausible(piece[:runs[0][1]])):
                            break
                        alias = re.split(r"\s*:\s*(?:Part|Partie|Parte|Teil|Chapter|Season)\b", piece[:runs[0][1]])[0]
                        # "House of Mirrors (Casa de los Espejos)": the original title, its small words in another
                        # language's lower case, runs to the bracket's last capitalised word
                        if runs[0][1] < len(piece) and _ORIGINAL_TITLE.fullmatch(piece):
                            alias = piece
                        # ("Nuit blanche (Noche en vela)", "(Las hermanas Vidal)": or in sentence case, maybe ending on a
                        # name, its first word an article or no common word, and no word of it a kind of work: not
                        # "(Spanish drama)")
                        elif _SENTENCE_CASE_BRACKET.fullmatch(piece) and (piece.split()[0].lower() in _ARTICLES or
                                                                          piece.split()[0].lower() not in self.common) \
                                and not any(self.type_noun.fullmatch(w) for w in piece.split()):
                            alias = piece
                    else:
                        continue
                    _adopt_alias(work, alias, candidates)


    def _described_aliases(self, text: str, candidates: dict[str, Work], words: WordStarts | None = None) -> None:
        """"la comedia dramática, conocida en Estados Unidos como 'The Olvido Sisters'", "its family drama, which streams
        abroad under the English title Gulmohar Lane": another name given to a kind of work, with no title before it in
        its sentence, is the other name of the work named last before that sentence."""
        if self.known_as_bare is None:
            return
        works = [w for w in candidates.values() if w.strength >= 2]
        for m in self.alias_leads(text, words=words):
            quoted = self.known_as.match(text, m.start()) if self.known_as is not None else None
            if quoted is not None and quoted.end() > m.end():
                alias = quoted.group(1).strip()
            else:
                other = next((w for w in works if text.startswith(w.title, m.end())
                              and not text[m.end() + len(w.title):m.end() + len(w.title) + 1].isalnum()), None)
                if other is None:
                    continue
                alias = other.title
            opening = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
            before = text[opening:m.start()]
            if not any(self.type_noun.fullmatch(w.strip(",")) for w in before.split()[-8:]):
                continue
            if any(occurrences(text, w.title, opening, m.start()) for w in works):
                continue  # a title in the sentence: the name after it is that one's (see _parenthetical_aliases)
            named = [(max(occurrences(text, w.title, 0, opening)), w) for w in works
                     if normalise(w.title) != normalise(alias) and occurrences(text, w.title, 0, opening)]
            if named:
                work = max(named, key=lambda p: p[0])[1]
                if normalise(alias) not in {normalise(a) for a in work.aliases}:
                    _adopt_alias(work, alias, candidates)

    def alias_leads(self, text: str, start: int = 0, end: int | None = None,
                    words: WordStarts | None = None) -> list[re.Match[str]]:
        """The matches of `known_as_bare` in text[start:end]: found from the pack's words for another title, each
        widened back over the quote, bracket or comma before them."""
        if self.known_as_bare is None or self.alias_words is None:
            return []
        end = len(text) if end is None else end
        found: list[re.Match[str]] = []
        after = start
        for word in self.alias_words.finditer(text, start, end, words):
            if word.start() < after:
                continue
            for at in range(max(after, word.start() - 8), word.start() + 1):
                m = self.known_as_bare.match(text, at, end)
                if m is not None and m.end() >= word.end():
                    found.append(m)
                    after = m.end()
                    break
        return found

    def _known_as(self, text: str, at: int, work: Work, candidates: dict[str, Work]) -> bool:
        """Whether the pack's words for another title follow at `at` with a name, quoted or found as a work: it is
        taken as the work's alias."""
        known = self.known_as.match(text, at) if self.known_as is not None else None
        if known:
            _adopt_alias(work, known.group(1).strip(), candidates)
            return True
        bare = self.known_as_bare.match(text, at) if self.known_as_bare is not None else None
        if bare is None:
            return False
        other = next((w for w in candidates.values() if w is not work and text.startswith(w.title, bare.end())
                      and not text[bare.end() + len(w.title):bare.end() + len(w.title) + 1].isalnum()), None)
        if other is not None:
            _adopt_alias(work, other.title, candidates)
        return other is not None

    def _unlead(self, piece: str) -> str:
        """The piece without the words for another title it opens with ("algo como 'O Barco da Lua'")."""
        bare = self.known_as_bare.match(piece) if self.known_as_bare is not None else None
        return piece[bare.end():] if bare is not None else piece


# a headline's lead-in of four words at most, before its colon or exclamation mark ("It's official: ", "Resmi! ")
_HEADLINE_LEAD = re.compile(r"[^\S\n]*((?:[^\s:!?.]+[^\S\n]+){0,3}[^\s:!?.]+)[^\S\n]*[:!][^\S\n]*")
# what a headline shows of a title, before it: "First Look at", "Trailer for", "New Photos From" (see `runs`)
_HEADLINE_MEDIA_LEAD = re.compile(r"(?:(?:[Aa]|[Tt]he|New|First|Official|Final|Full)[^\S\n]+)*(?:Look|Trailer|Teaser|Poster|Photos?|Images?|"
                                  r"Stills?|Clip|Footage|Promo|Sneak Peek)[^\S\n]+(?:at|for|of|from|to)[^\S\n]+(?=[A-Z0-9])")
# the verbs after a report's word that make the quoted name after them its subject, no outlet (see `outlet_before`)
_OUTLET_GAP_VERBS = r"(?:soll|sollen|wird|werden|will|hat|haben|ist|sind|könnte|dürfte|would|could|has|is|was|va|sera|aurait|tendrá|vai|terá)"
# an outlet's name in capitals, of four words at most ("Pantalla Abierta", "El País", "Écran Total")
_OUTLET_NAME = re.compile(r"[A-ZÀ-Ý][\w'’&.-]*(?:[^\S\n]+[A-ZÀ-Ý0-9][\w'’&.-]*){0,3}")


def _asks_again(text: str, line: str) -> bool:
    """Whether the words before the line's colon open another line of the text too: an interviewer's name before
    each question."""
    label = line.partition(":")[0].rstrip()
    return text.count("\n" + label + " :") + text.count("\n" + label + ":") >= 2


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two titles of ten letters or more differ by one letter left out or put in ("Arthdal Cronicles", "Arthdal
    Chronicles"), their first words the same (a letter, not a digit: "Station 19", "Station 119" are two works)."""
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 10 or a.split()[0].lower() != b.split()[0].lower():
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    longer, shorter = longer.lower(), shorter.lower()
    i = next((k for k, (x, y) in enumerate(zip(longer, shorter)) if x != y), len(shorter))
    # (inside a long word, not at its start: "Código Este" and "Código Oeste" are two works)
    word_end = longer.find(" ", i)
    word = longer[longer.rfind(" ", 0, i) + 1:word_end if word_end >= 0 else len(longer)]
    return longer[i].isalpha() and i > 0 and longer[i - 1].isalpha() and len(word) >= 7 \
        and longer[:i] + longer[i + 1:] == shorter


def _adopt_alias(work: Work, alias: str, candidates: dict[str, Work], merge: bool = True) -> None:
    """The alias is the work's other name; with `merge`, a work found under that name on its own is the same work."""
    work.aliases.append(alias)
    other = candidates.get(normalise(alias))
    if merge and other is not None and other is not work:
        work.strength += other.strength
        del candidates[normalise(alias)]


def _join_overlapping(text: str, works: list[Work]) -> None:
    """"Kamar 13 Asrama" and "Asrama Putri", found apart in "Kamar 13 Asrama Putri": two titles that share words, the
    end of one the start of the other, and that the article writes only as one name, twice or more, are that name."""
    for first in list(works):
        for second in list(works):
            if first is second or first not in works or second not in works:
                continue
            head, tail = first.title.split(), second.title.split()
            shared = next((k for k in range(min(len(head), len(tail)) - 1, 0, -1) if head[-k:] == tail[:k]), 0)
            if not shared:
                continue
            joined = " ".join(head + tail[shared:])
            places = occurrences(text, joined)
            if len(places) < 2 or len(occurrences(text, second.title)) > len(places):
                continue
            first.aliases = [a for a in first.aliases if a != first.title]
            first.title = joined
            first.strength += second.strength
            works.remove(second)


def _season_later_in_line(text: str, end: int, mentions: list[SeasonMention], reach: int) -> bool:
    """Whether a season with its number is named within `reach` characters after `end`, on the same line."""
    return any(m.numbers and 0 <= m.start - end <= reach and "\n" not in text[end:m.start] for m in mentions)


def _opened_before(text: str, p: int) -> bool:
    """Whether a quotation mark opens right before `p` ("„", "'", "« ")."""
    return p > 0 and (text[p - 1:p] in _QUOTE_OPENERS or text[p - 2:p] in ("« ", "«\u00a0"))


def _quoted_whole(text: str, title: str) -> bool:
    """Whether the text quotes `title` whole, its closing mark right after it ("'La casa de las flores rojas' temporada 2")."""
    return any(_opened_before(text, p) and (text[p + len(title):p + len(title) + 1] in _QUOTE_CLOSERS
                                            or text[p + len(title):p + len(title) + 2] in (" »", "\u00a0»"))
               for p in occurrences(text, title))


def _quoted_in(text: str, title: str, start: int) -> bool:
    """Whether text[start:] quotes `title` whole ("„Drachenthron“", "'Drachenthron'", « Drachenthron »)."""
    return any(_opened_before(text, p) for p in occurrences(text, title, start))


def occurrences(text: str, phrase: str, start: int = 0, end: int | None = None, ignore_case: bool = False) -> list[int]:
    """Where `phrase` stands as whole words in text[start:end] (a string search: no pattern to compile)."""
    end = len(text) if end is None else end
    haystack, needle = (text.lower(), phrase.lower()) if ignore_case else (text, phrase)
    if ignore_case and len(haystack) != len(text):
        haystack, needle = text, phrase  # lower() changed the length: offsets would drift
    found = []
    size = len(needle)
    position = haystack.find(needle, start, end)
    while position >= 0 and size:
        before = text[position - 1] if position > 0 else " "
        after = text[position + size] if position + size < len(text) else " "
        if not before.isalnum() and before != "_" and not after.isalnum() and after != "_":
            found.append(position)
        position = haystack.find(needle, position + 1, end)
    return found


def _mid_sentence(text: str, title: str, start: int = 0) -> bool:
    """Whether the title stands somewhere inside a sentence of text[start:], not only at its start."""
    for position in occurrences(text, title, start):
        before = text[max(0, position - 3):position].rstrip(" \"“‘'«")
        if before and before[-1] not in ".!?\n:":
            return True
    return False


def _blank_headline_copies(text: str, headline: str, fill: str) -> str:
    """The text with the headline's repeats on lines of their own (as scrapers leave them) blanked out; a
    sentence that only opens with the headline's words ("Netflix renueva Río Bravo por una ...") stays."""
    if headline not in text:
        return text
    return "\n".join((fill * len(line) if fill else "") if line.strip() == headline else line for line in text.split("\n"))


def _short_sentences(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens a paragraph line of two or more sentences, six words or more in all."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    line_end = text.find("\n", start)
    line = text[start:line_end if line_end >= 0 else len(text)].rstrip()
    return len(line.split()) >= 6 and line.endswith((".", "!", "?")) and len(_SENTENCE_ENDS.findall(line)) >= 2


def _title_case(line: str, share: float = 0.8) -> bool:
    """Whether a line capitalises (nearly) every long word, as Title Case headlines do."""
    long_words = [w for w in line.split() if len(w) >= 4 and w[:1].isalpha()]
    return len(long_words) >= 3 and sum(1 for w in long_words if w[:1].isupper()) >= share * len(long_words)


def _named_in(text: str, title: str, start: int, end: int | None = None) -> bool:
    """Whether the title stands, as whole words, in text[start:end]."""
    return bool(occurrences(text, title, start, end))


def _any_within(starts: list[int], start: int, end: int) -> bool:
    """Whether a sorted list holds a position in start:end."""
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _inside(token: tuple[int, int, str], spans: list[tuple[int, int]]) -> bool:
    return any(s <= token[0] < e or s < token[1] <= e for s, e in spans)


def _strip_possessive(text: str, start: int, end: int) -> int:
    word = text[start:end]
    found = _POSSESSIVE.search(word)
    return end - len(found.group()) if found and found.group() else end


def _beside_season(text: str, start: int, end: int, mentions: list[SeasonMention], gap_after: re.Pattern[str]) -> bool:
    """Whether a numbered season stands right after the quotation, a verb or two between ("'X' tendrá segunda
    temporada"), or right before it ("la segunda temporada de 'X'")."""
    return any(m.numbers and not m.count and (
        0 <= m.start - end <= 25 and _VERB_GAP.fullmatch(text, end, m.start) is not None
        or 0 <= start - m.end <= 12 and gap_after.fullmatch(text[m.end:start]) is not None) for m in mentions)


def _tight_to_season(text: str, start: int, end: int, mentions: list[SeasonMention]) -> bool:
    """Whether a numbered season's noun starts right after the quotation, only a space between ("'You' season 3",
    "„Dark“ Staffel 2"): no scare quote stands so."""
    return any(m.numbers and not m.count and 0 <= m.start - end <= 1 and not text[end:m.start].strip() for m in mentions)


def _title_like_quote(quoted: str, title_case: bool = False) -> bool:
    """A quotation that names a title rather than reporting speech (`title_case`: the language writes titles so, and
    half the words of one are capitalised: not a poster's line, "Sidang berikutnya segera dimulai")."""
    words = quoted.split()
    # (a number first, then a capital: "36 Heures", "7 Tage Sylt")
    if not words or len(words) > 8 or not (quoted[0].isupper() or quoted[0].isdigit() and len(words) >= 2
                                           and words[1][:1].isupper()):
        return False
    # ("Dr. Kim", "Mr. Brightside", "St. Denis Medical": the dot of an abbreviation ends no sentence)
    # ("Rensga Hits!", "Viva a Vida!": a title may end on its exclamation mark, every word of it of three letters or
    # more capitalised; a cry is not: "Vamos voltar!")
    # (so may it on its question mark, two words or more: "Where’s Harold?", not a cry of one, "Why?")
    if (quoted.endswith("!") or quoted.endswith("?") and len(words) >= 2) and len(words) <= 5 \
            and all(w[:1].isupper() for w in words if len(w.strip("!?")) >= 3):
        quoted = quoted[:-1]
    # (or on the sentence's full stop, put inside the closing mark as American English does: 'was “Ratched.”', every
    # word of it of three letters or more capitalised)
    elif quoted.endswith(".") and not quoted.endswith("..") and len(words) <= 5 \
            and all(w[:1].isupper() for w in words if len(w.strip(".")) >= 3) and any(len(w.strip(".")) >= 3 for w in words) \
            and _INITIALISM.search(quoted) is None:
        quoted = quoted[:-1]
    # (an initialism's dots end no sentence either: "G.L.O.W.", "S.W.A.T.")
    if _SPEECH_PUNCTUATION.search(_INITIALISM.sub(lambda m: m.group().replace(".", ""), _ABBREVIATION_DOT.sub(_undotted, quoted))):
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    # ('renewed "El noveno inquilino" for a second season': a title in another language's sentence case, after its
    # capitalised article)
    if title_case and len(words) >= 2 and words[0] in _CAPITAL_ARTICLES and words[0] != "The":
        return True
    return capitals >= max(1, (len(words) + 1) // 2 if title_case else len(words) // 3)


def _answer_line(text: str, m: re.Match) -> bool:
    """('Season 2 Jejak Sang Penembak? "Saya Tidak Bisa Janji"', the subheading 'Une suite ? « Tout dépendra du public
    »'): a quoted sentence of three words or more that ends its line after a question is the answer someone gave."""
    if len(text[m.start() + 1:m.end() - 1].split()) < 3:
        return False
    line_end = text.find("\n", m.end())
    return not text[m.end():line_end if line_end >= 0 else len(text)].strip(" .!?…") \
        and text[max(0, m.start() - 3):m.start()].rstrip()[-1:] in ("?", "!")


def _headline_speech(text: str, m: re.Match, headline_quotes: list[re.Match]) -> bool:
    """'Elenco de 'Os Intrusos' fala sobre a terceira temporada: "Vai ser a mais sombria"', '"Foi a decisão mais
    difícil": criador explica o fim de 'Estação Central'': beside another quotation, a quoted sentence of three words
    or more that a colon joins to the headline is what someone said, not a title."""
    quoted = text[m.start() + 1:m.end() - 1].strip()
    line_end = text.find("\n", m.end())
    ends_line = not text[m.end():line_end if line_end >= 0 else len(text)].strip(" .!?…")
    # (two words too where they end the headline after its colon, another quotation before them: "'Casa Torta' tem
    # segunda temporada confirmada: \"Nova partida\"")
    if len(quoted.split()) < 2 or len(quoted.split()) == 2 and not (
            ends_line and text[max(0, m.start() - 2):m.start()].rstrip().endswith(":")
            and any(q.end() <= m.start() and q.group()[:1] != m.group()[:1] for q in headline_quotes)):
        return False
    if _answer_line(text, m):
        return True
    if not any(q is not m for q in headline_quotes):
        return False
    after_colon = text[max(0, m.start() - 2):m.start()].rstrip().endswith(":")
    if not any(q is not m and q.group()[:1] != m.group()[:1] for q in headline_quotes):
        # marked as the title is ("'X' Star Teases Season 2: 'We Start Shooting in March'"): only at the
        # headline's end, after its colon
        return after_colon and ends_line
    return after_colon or text[m.end():m.end() + 2].lstrip().startswith(":")


def _scare_quoted(text: str, quoted: str, position: int) -> bool:
    """"Has 'Ideas' for Season 3", "Says Season 3 of Copper Hill Is 'Not Happening'": one quoted word, or up to three,
    that the text also writes in lower case, and nowhere else with its capital, is words, not a title."""
    word = quoted.strip()
    if len(word.split()) > 3 or not word[:1].isupper():
        return False
    elsewhere = [p for p in occurrences(text, word) if p != position + 1]
    return bool(occurrences(text, word.lower())) and not elsewhere


def _beside_lower_quotation(text: str, quoted: str, m: re.Match) -> bool:
    """'"Conclusion finale", "épisode final", rien ne laisse présager une suite': a quotation listed beside one that
    opens in lower case is a phrase quoted, as that one is, no title."""
    return (quoted.rstrip().endswith(",") or text.startswith(",", m.end())) and _LOWER_QUOTE_AFTER.match(text, m.end()) is not None \
        or _LOWER_QUOTE_BEFORE.search(text, max(0, m.start() - 50), m.start()) is not None


def _title_without_installment(quoted: str, mentions: list[SeasonMention], offset: int) -> str:
    """"La Route du poivre : Deuxième partie" names the work "La Route du poivre"; "The Quiet Ones (Season 3)", "The Quiet
    Ones"."""
    for mention in mentions:
        if offset <= mention.start < offset + len(quoted):
            return quoted[: mention.start - offset].rstrip(" :–—-,([")
    return quoted


def _spells(letters: str, title: str) -> bool:
    """Whether `letters` are the initials of the title's words, in order; an opening article and small words in lower
    case ("of", "de la", "der") may be left out, never a word in capitals after the first."""
    words = title.split()
    if len(words) < 2:
        return False

    def initial(word: str) -> str:
        return unicodedata.normalize("NFD", word)[0].lower()

    def match(i: int, j: int) -> bool:
        if j == len(letters):
            return all(skippable(k) for k in range(i, len(words)))
        if i == len(words):
            return False
        if initial(words[i]) == letters[j].lower() and match(i + 1, j + 1):
            return True
        return skippable(i) and match(i + 1, j)

    def skippable(i: int) -> bool:
        word = words[i]
        return (i == 0 and word.lower() in _ARTICLES) or (len(word) <= 3 and word.islower())

    return match(0, 0)


# what sets two names side by side: "A vs. B", "A and B", "A ou B", "A, or B"
_SIDE_BY_SIDE = rf"[\"'’”»]?,?[^\S\n]+(?:vs\.?|versus|or|oder|atau|ou|o|{_AND})[^\S\n]+[\"'‘“«„]?"


def _apart_in_sentence(text: str, sentences: list[Sentence], short: str, long: str, mentions: list[SeasonMention]) -> bool:
    """Whether one sentence names the longer title and, apart from it, the shorter one, with two seasons named."""
    for sentence in sentences:
        longs = occurrences(text, long, sentence.start, sentence.end)
        if not longs or sum(1 for m in mentions if m.numbers and sentence.start <= m.start < sentence.end) < 2:
            continue
        if any(not any(p <= q < p + len(long) for p in longs) for q in occurrences(text, short, sentence.start, sentence.end)):
            return True
    return False


def _side_by_side(text: str, a: str, b: str) -> bool:
    """Whether the text sets the names side by side, either first ("The Keepers vs. The Keepers of Bay Street")."""
    return any(re.search(r"(?<![\w])" + re.escape(x) + _SIDE_BY_SIDE + re.escape(y) + r"(?![\w])", text) for x, y in ((a, b), (b, a)))


def _merge_aliases(works: list[Work], spinoffs: set[str] | frozenset[str] = frozenset(),
                   closed: set[str] | frozenset[str] = frozenset(), defined: set[str] | frozenset[str] = frozenset()) -> list[Work]:
    """Join works whose names are one inside the other ("Trauma Code" in "The Trauma Code: Heroes on Call"); not a
    work into the spinoff named after it (`spinoffs`: "Iron Valley" stays beside "Iron Valley: Origins"), nor a
    title quoted whole into a longer one that goes on in lower case (`closed`: « Le Phare » beside « Le Phare des
    oubliés »)."""
    works = sorted(works, key=lambda w: (-len(w.title), -w.strength))
    merged: list[Work] = []
    for work in works:
        short = normalise(work.title)
        home = None
        for longer in merged:
            if spinoffs and normalise(longer.title) in spinoffs:
                continue
            for name in longer.names():
                long = normalise(name)
                if short in closed and short != long and (any(
                        re.match(re.escape(n) + r"[^\S\n]+[^\W\d_A-Z]", name) for n in work.names())
                        # ("'Ravenhill' or 'Ravenhill Hall'?": both quoted whole, the longer going on in capitals after the
                        # shorter, two works; not "Les Années Dorées" beside "Années Dorées", nor "Night Runner 2")
                        # (nor "Lampiões II": the longer name's Roman number)
                        # (or its subtitle after a colon: "'Ember Trials' season 3 ... 'Ember Trials: The Game' gets season 2")
                        or long in closed and any(re.match(re.escape(n) + rf":?[^\S\n]+(?!(?:{ROMAN})$)[A-ZÀ-Ý][^\W\d_]", name)
                                                  for n in work.names())):
                    continue
                if short in defined and short != long:
                    continue  # (a work of its own, `defined`)
                # ("'Las Furias de Vigo'" beside "'Las furias'": both quoted whole, the shorter not written the same
                # inside the longer, two works)
                if short != long and short in closed and long in closed and \
                        not any(re.search(r"(?<![\w])" + re.escape(n) + r"(?![\w])", name) for n in work.names()):
                    continue
                # ("The Ferryman" beside "The Ferryman's Daughter": the shorter name as the longer's possessive is
                # another work)
                if short != long and any(re.search(r"(?<![\w])" + re.escape(n) + r"['’]s(?![\w])", name) for n in work.names()):
                    continue
                if short == long or _contains_words(long, short):
                    home = longer
                    break
            if home:
                break
        if home:
            home.aliases.extend(n for n in work.names() if normalise(n) not in {normalise(x) for x in home.names()})
            home.strength += work.strength
        else:
            merged.append(work)
    titles = {normalise(w.title) for w in merged}
    for work in merged:
        if not spinoffs or normalise(work.title) not in spinoffs:  # "Iron Valley: Origins" is not "Iron Valley"
            _subtitle_aliases(work)
            # (nor the title before its colon where that is a work kept apart: "Ember Trials" beside "Ember Trials:
            # The Game")
            work.aliases = [a for a in work.aliases if normalise(a) not in titles]
    return merged


_TITLE_AFTER_KIND = re.compile(r"[^\S\n]+[^\W\d_a-zà-öø-ÿ]")
# a title's next word after a name: a capital, a number or a closing quotation mark ("Night Butcher 2", "Jembatan Tua 2"")
# (or its subtitle after a colon: "drama medis populer The Trauma Code: Heroes on Call")
_TITLE_GOES_ON = re.compile(r"[^\S\n]*[\"”»“']|[^\S\n]+(?:[^\W_a-zà-öø-ÿ]|[IVX]+(?![\w]))|:[^\S\n]+[^\W_a-zà-öø-ÿ]")


def _lower_elsewhere(text: str, title: str) -> bool:
    """Whether a one-word title stands in the text in lower case too: a common word, capitalised where it opens."""
    return " " not in title and title.lower() != title and \
        re.search(rf"(?<![\w]){re.escape(title.lower())}(?![\w])", text) is not None


def _closed_quote(text: str, work: Work) -> bool:
    """Whether the article quotes one of the work's names whole, its closing mark right after it ("du « Phare »")."""
    return any(text[p + len(n):p + len(n) + 2].lstrip()[:1] in _CLOSING_MARKS
               for n in work.names() for p in occurrences(text, n))


def _contains_words(long: str, short: str) -> bool:
    """Whether the shorter name's words stand together inside the longer name ("trauma code")."""
    long_words = long.split()
    short_words = [w for w in short.split() if w not in ("the", "a", "an")] or short.split()
    n = len(short_words)
    if n >= len(long_words) or (n == 1 and len(short) < 4):
        return False
    return any(long_words[i:i + n] == short_words for i in range(len(long_words) - n + 1))


def _without_label(title: str) -> str:
    """The title without a round-up's verdict in capitals before it ("UNDECIDED: The Lantern Club", "CANCELED:
    Wildwood Ward")."""
    label, colon, rest = title.partition(":")
    if colon and label.strip().isupper() and len(label.split()) <= 2 and rest.strip() and not rest.isupper():
        return rest.strip()
    return title


def _without_verdict(title: str) -> str:
    """The title without a round-up's verdict in capitals after its colon ("The Brass Choir: CANCELED",
    "Marrowbone Creek: REPORTED RENEWAL", "Glass Orchard: NOT COMING BACK", "Hôtel Mirabelle : RENOUVELÉE")."""
    head, colon, verdict = title.rpartition(":")
    if colon and verdict.strip().isupper() and len(verdict.split()) <= 3 and not head.isupper():
        return head.rstrip()
    return title


def _platform_after_colon(text: str, title: str, platform_start: re.Pattern[str]) -> bool:
    """Whether a platform's name follows the title and its colon somewhere in the text ("Terres brûlées : Canal+")."""
    return any((m := _COLON_AFTER.match(text, p + len(title))) is not None and platform_start.match(text, m.end()) is not None
               for p in occurrences(text, title))


def _full_title(text: str, work: Work, mentions: list[SeasonMention], openers: set[str] | frozenset[str] = frozenset(),
                making_ends: dict[int, list[int]] | None = None, negation: re.Pattern[str] | None = None) -> str | None:
    """"The Trauma Code" named once in full as "The Trauma Code: Heroes on Call": the full title (None: no other;
    `openers`: the words that open a headline's question or news, no subtitle: "Salz und Wind: Kommt Staffel 3?";
    `making_ends`: the decision words, no subtitle alone before a full stop: "The Copper Line: Renewed. Max ...";
    `negation`: so does a negation before the season, "Harbor Lights: No Season 3", "Faro Norte: Sin tercera temporada")."""
    if ":" in work.title:
        return None
    m = None
    for position in occurrences(text, work.title):
        m = _SUBTITLE.match(text, position + len(work.title))
        if m:
            break
    if not m:
        return None
    words = m.group(1).split()
    while words and not words[-1][:1].isupper():
        words.pop()
    # ("Salz und Wind: Kommt Staffel 3?": a headline's question about the season after the colon, no subtitle)
    if words and (words[0].lower() in openers or negation is not None and negation.fullmatch(words[0])) and any(
            0 <= mention.start - m.start(1) <= len(" ".join(words)) + 2 and not mention.title for mention in mentions):
        return None
    # (nor a sentence after the colon that opens in lower case: "Os Irmãos do Sertão: a Parte 1 estreia em março")
    if not words or _PART_WORD.match(words[0]) or words[0][:1].islower():
        return None
    if _without_verdict(f"{work.title}: {' '.join(words)}") == work.title:
        return None
    subtitle_start = m.start(1)
    if len(words) == 1 and _verdict_end(text, subtitle_start, making_ends or {}) == subtitle_start + len(words[0]):
        return None
    if any(mention.start <= subtitle_start < mention.end for mention in mentions):
        return None  # "La Route du poivre : Deuxième partie": the part number, not a subtitle
    subtitle_end = subtitle_start + len(words[0])
    following = _NEXT_WORD.match(text, subtitle_end)
    if len(words) == 1 and following and following.group(1)[:1].islower() and \
            not any(0 <= mention.start - subtitle_end <= 2 for mention in mentions):
        return None  # "Kaltwasser: Gibt es eine dritte Staffel?": a sentence after the colon, not a subtitle
    # ("Glass Kingdom: Maya Holt returns" over "Maya Holt will return for a second season of Glass Kingdom": the
    # words after the colon are named on their own elsewhere, a name, no subtitle)
    # (or after a word of their role: "Glass Kingdom: Star Maya Holt returns")
    subtitle = " ".join(words)
    named = [" ".join(words[k:]) for k in range(len(words) - 1) if words[k][:1].isupper()]
    if any(":" not in text[max(0, p - 3):p] for name in named for p in occurrences(text, name)):
        return None
    full = f"{work.title}: {subtitle}"
    # "Serial Korea The Trauma Code: Heroes on Call": a capitalised article inside a sentence opens the full title
    article = _ARTICLE_BEFORE.search(text[max(0, position - 20):position])
    if article and not work.title.lower().startswith(article.group(1).lower() + " "):
        full = f"{article.group(1)} {full}"
    return full


def _subtitle_aliases(work: Work) -> None:
    for name in list(work.names()):
        if ":" in name:
            head = name.split(":")[0].strip()
            if len(head) >= 3:
                work.aliases.append(head)
        if name.lower().startswith("the ") and len(name) > 8:
            work.aliases.append(name[4:])
    seen = {normalise(work.title)}
    unique = []
    for alias in work.aliases:
        key = normalise(alias)
        if key and key not in seen:
            seen.add(key)
            unique.append(alias)
    work.aliases = unique


def locate(text: str, works: list[Work]) -> None:
    """Every place the article names each work, by any of its names; longer names win overlaps."""
    names = sorted(((n, w) for w in works for n in w.names()), key=lambda x: -len(x[0]))
    taken: list[tuple[int, int]] = []
    for name, work in names:
        # (a one-word name in capitals is that name too, as a list item's heading writes it: "MOSSGATE (Hulu)"; in
        # lower case it would be a word of the prose)
        positions = occurrences(text, name, ignore_case=len(name.split()) > 1)
        if " " not in name and name.upper() != name:
            positions = sorted(positions + occurrences(text, name.upper()))
        for position in positions:
            end = position + len(name)
            if any(s < end and position < e for s, e in taken):
                continue
            taken.append((position, end))
            work.spans.append((position, end))
    for work in works:
        work.spans.sort()


class Catalog:
    """Known works and aliases, from earlier articles; matched as whole words."""

    def __init__(self, entries: list[tuple[str, list[str]]]):
        self.entries = entries
        self.by_name: dict[str, tuple[str, list[str]]] = {}
        for title, aliases in entries:
            for name in [title, *aliases]:
                if len(normalise(name)) >= 3:
                    self.by_name.setdefault(name.lower(), (title, aliases))
        names = sorted(self.by_name, key=len, reverse=True)
        self.regex = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])",
                                re.IGNORECASE) if names else None

    def find(self, text: str) -> list[tuple[str, list[str]]]:
        """The catalog entries the text names."""
        if not self.regex:
            return []
        found = {}
        for m in self.regex.finditer(text):
            name = m.group()
            # a one-word alias must keep its capital letter, so "lowtide" in prose is not the show
            if " " not in name and not name[:1].isupper() and not _OTHER_SCRIPT.search(name):
                continue
            title, aliases = self.by_name[name.lower()]
            found[title] = (title, aliases)
        return list(found.values())


@cache
def finder(pack: Pack) -> TitleFinder:
    return TitleFinder(pack)
