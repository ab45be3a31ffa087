"""German cue words (regular-expression fragments, matched case-insensitively as whole words).

German puts the verb last ("Netflix hat die Serie nicht verlängert") and inflects ordinals
("die zweite Staffel", "der zweiten Staffel"), so fragments carry the endings.
"""

CODE = "de"
NAME = "German"
# No enclitic suffixes to strip: cue fragments carry their own endings.
WORD_SUFFIXES: list[str] = []


def _inflected(stems: dict[str, int]) -> dict[str, int]:
    """Ordinal stems with their adjective endings: "zweit" -> zweite, zweiten, zweiter, zweites."""
    return {stem + ending: n for stem, n in stems.items() for ending in ("e", "en", "er", "es", "em")}


# Nouns that number an installment: "Staffel 2", "zweite Staffel", "Teil 3", "der dritte Film".
# ("Series 3": a season, as the British say)
# ("geht in die dritte Runde", "in Runde zwei", "in ihre zweite Runde": a show's round is its season only after "in")
_round_after = ["in", "in die", "in ihre", "in seine"]
_round = "(?:" + "|".join([rf"(?<={before} )" for before in _round_after]
                          + [rf"(?<={before} {ordinal} )" for before in _round_after[1:]
                             for ordinal in ("zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte", "zehnte")]
                          + [rf"(?<={before} \d\. )" for before in _round_after[1:]]) + ")Runde"
SEASON_NOUNS = [r"Staffeln?", r"Season", r"Seasons", r"Series", _round]
# a season written with its letter and number: "Iron Valley S2", "S02E05"
SEASON_LETTERS = ["S"]
FILM_NOUNS = [r"Filme?s?", r"Kinofilme?s?", r"Teile?s?", r"Kapitel"]
# Nouns that split one season in two (the film noun for a part, and a volume): beside a season they name no installment
# of their own ("Staffel 4 Teil 2", "der zweite Teil der vierten Staffel").
PART_NOUNS = [r"Teile?s?", r"Volumes?"]
# Words that tie such a part to the season after it.
PART_OF = ["der", "des", "von"]
# An unnumbered new season ("um eine weitere Staffel verlängert"): the one after the last that aired, when the article names it.
NEW_SEASON = [r"(?:neuen?|weiteren?|nächsten?)[^\S\n]+Staffel", r"(?<=in die )nächste[^\S\n]+Runde", r"noch[^\S\n]+eine[^\S\n]+Staffel"]
# "renewed for two more seasons": that many after the last one named or aired ({n}: the count)
MORE_SEASONS = [r"{n}[^\S\n]+(?:weitere|zusätzliche|neue)[^\S\n]+Staffeln",
                # "hat ... um zwei Staffeln verlängert": that many after the last one
                r"(?<=um ){n}[^\S\n]+Staffeln(?=[^\S\n]+verlängert)"]
# "die ersten zwei Staffeln", "die ersten beiden Staffeln" (both: two): the seasons up to that many (see seasons.py)
FIRST_SEASONS = [r"ersten[^\S\n]+{n}[^\S\n]+Staffeln", r"ersten[^\S\n]+beiden[^\S\n]+Staffeln"]
SEQUEL_NOUNS = [r"Fortsetzung(?:en)?", r"Sequel", r"Nachfolger(?:film)?"]
FINAL_WORDS = [r"letzten?", r"letzte[rs]?", r"finalen?", r"finale[rs]?", r"abschließenden?", r"abschließende"]
# German puts final words before the noun ("die letzte Staffel"); "Staffel final" does not occur.
FINAL_AFTER_NOUN = []
# "nach zwei Staffeln abgesetzt": the count is the last season made.
# ("überstand lediglich eine Staffel und wurde dann eingestellt", "lief zwei Staffeln lang": the seasons it lasted)
AFTER_COUNT_WORDS = [r"nach", r"überst(?:and|anden)", r"überlebte(?:n)?", r"lief(?:en)?"]
# "one" after those words: "annulée après une saison" is cancelled after one season
ONE_AFTER_COUNT = ["einer", "einem", "eine"]
NUMBER_JOINERS = ["und", "&", ",", "oder", "bis"]
# Was ein Satz die Worte des vorigen nennt ("Diese Meldung kursiert in sozialen Netzwerken").
TOLD_BEFORE = [r"(?:diese|dieses|dieser|das|die) (?:Meldung|Information|Gerücht|Behauptung|Nachricht|Bericht)"]
# Joiners of a range ("Staffeln 3 bis 5": die Staffeln dazwischen auch).
RANGE_JOINERS = ["bis"]
# "Season 1 aired in 2023 and season 3 is being written": the word that joins two clauses
CLAUSE_AND = ["und"]
# "will continue through season 3": a renewal up to that season, from the next one on
THROUGH = ["bis"]

NUMBER_WORDS = {
    "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12,
}
ORDINALS = _inflected({
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "acht": 8, "neunt": 9,
    "zehnt": 10, "elft": 11, "zwölft": 12, "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16,
    "siebzehnt": 17, "achtzehnt": 18, "neunzehnt": 19, "zwanzigst": 20,
})
# "2. Staffel", "3. Teil".
ORDINAL_PATTERNS = [r"(\d{1,2})\."]
# "Staffel 5 wird die letzte sein": the season after it will not be made.
FINAL_STATEMENTS = [
    # "Die vierte Season markiert das Ende von „X“", "markiert das Ende der Serie": that season is the last
    r"(?:markiert|markiere|bildet|markieren) (?:auch |zugleich |damit )?(?:das Ende|den Abschluss)(?= (?:von|der|des) )",
    # "endet mit Ablauf der vierten Staffel": that season is the last
    r"(?:endet|enden|wird enden|werden enden|geht zu Ende) (?:mit Ablauf|mit dem Ende|am Ende|nach dem Ende) (?:der|ihrer|seiner) (?:\w+ )?Staffel",
    # (not "Kaum ist das Finale der zweiten Staffel gelaufen": the last episode of a season)
    # ("wird zugleich die letzte von «Mietshaus» sein": an adverb between)
    # ("Staffel acht ist aber definitiv die letzte": two of them)
    r"(?:wird|ist|war|bleibt|sei) (?:(?:aber|jedoch|nun|jetzt|also|auch|zugleich|gleichzeitig|damit|dann|definitiv|endgültig|offiziell|tatsächlich|wirklich) ){0,2}"
    r"(?:die |der |das )?(?:letzte|finale|abschließende)(?: Staffel| Teil| Film)?"
    r"(?!\s+(?:Mal|Wort|Folge|Episode|Szene)\b)(?!\s+(?:der|des|von)\s+(?:\w+\s+)?Staffel)",
    r"als (?:die |der )?(?:letzte|finale|abschließende)(?: Staffel| Teil| Film)?",
    # the verb before its subject, after a fronted clause: "Wie RTL+ angekündigt hatte, ist die fünfte Staffel die letzte"
    r"(?:ist|war|wird|bleibt|sei) (?:die|der|das) (?:\w+ )?(?:Staffel|Teil|Film)(?: \d{1,2})? (?:(?:auch|zugleich|damit|definitiv|endgültig) )?"
    r"(?:die|der|das) (?:letzte|finale|abschließende)(?!\s+(?:Mal|Wort|Folge|Episode|Szene)\b)(?!\s+(?:der|des|von)\s+(?:\w+\s+)?Staffel)",
    r"(?:die|der|das) (?:letzte|finale|abschließende)(?: Staffel| Teil| Film)? sein",
    r"(?:endet|enden|endete|ende|wird enden|werde enden|schließt|abgeschlossen) mit (?:der|ihrer|seiner|einer) (?:\w+ )?Staffel",
    # "Starz beendet das Historiendrama Roter Fluss mit Staffel 6", "endet mit Staffel 5"
    r"(?:beendet|beendete|beenden) [^.;!?\n]{1,60}? mit (?:der |ihrer |seiner )?(?:\w+ )?Staffel",
    r"(?:endet|enden|endete|ende|wird enden|werde enden) mit Staffel",
    # the subject after the verb: "2020 endet die düstere Mysteryserie „Dunkelkammer“ mit Staffel 3"
    r"(?:endet|endete|enden) (?:die|der|das) [^.;!?\n]{1,60}? mit (?:der |ihrer |seiner )?(?:\w+ )?Staffel(?![\w])",
    # (or its name alone, an adverb maybe after it: "Damit endet „X“ vorzeitig mit Staffel 3")
    r"(?:endet|endete|enden) (?:[\w„“”\"'.&-]+ ){1,6}?mit (?:der |ihrer |seiner )?(?:\w+ )?Staffel(?![\w])",
    r"(?:wird|werden|soll|sollen) (?:\w+ )?mit (?:der|ihrer|seiner) (?:\w+ )?Staffel (?:enden|zu Ende gehen)",
    # the verb last, in a clause of "dass": "angekündigt, dass „Dornental“ mit der vierten Staffel endet" (its subject
    # maybe between: "dass mit der nächsten Season die Geschichte endet")
    r"mit (?:der|ihrer|seiner) (?:\w+ )?(?:Staffel|Season) (?:(?:die|der) (?:Serie|Geschichte|Story|Handlung|Saga) )?"
    r"(?:endet|enden|endete|ende|zu Ende geht|zu Ende gehen)(?![\w])",
    # (the season by its number: "dass die Serie mit Staffel 15 zu Ende gehen wird")
    r"mit Staffel \d{1,2} (?:endet|enden|endete|ende|zu Ende geht|zu Ende gehen|zu Ende ging)(?![\w])",
    # German puts the verb last: "die fünfte Staffel wird die letzte sein", "dass sie die letzte sein wird"
    r"(?:die |der |das )(?:letzte|finale|abschließende) (?:sein wird|sein soll|sein werde|ist|sei|bleibt|bleiben wird)",
    r"Abschlussstaffel", r"finale Staffel",
    # was eine Staffel mit der Serie tut: „die fünfte Staffel wird die Serie beenden“, „schließt die Serie ab“
    r"(?:die|der) (?:Serie|Geschichte|Saga|Reihe|Trilogie) (?:beenden|abschließen) (?:wird|soll)",
    r"(?:beendet|beendete|schließt|schloss) (?:die|der) (?:Serie|Geschichte|Saga|Reihe|Trilogie)(?: ab)?(?=[\s.,;!?])",
]
# Nouns for a kind of work; German compounds end in the noun ("Krimiserie", "Netflix-Serie").
# A work of its own beside the one it comes from ("X: Origins, a prequel spinoff of X"): the two stay apart.
SPINOFF_WORDS = [r"Spin-?offs?", r"Ableger", r"Prequels?", r"Vorgeschichte"]
# right before a new work's own name, far from its spinoff word: "a spinoff centred on the landlady, provisionally
# titled 'The Landlady'"
WORKING_TITLE = [r"(?:mit dem |unter dem )?Arbeitstitel", r"(?:mit dem )?Titel"]
TYPE_NOUNS = [r"[\w-]*[sS]erien?", r"[\w-]*[dD]ramas?", r"Miniserie", r"Sitcom", r"Film(?:reihe)?", r"[\w-]*[fF]ilm",
              r"[\w-]*[tT]hrillers?", r"[\w-]*[kK]omödie", r"[\w-]*[aA]nimes?", r"[\w-]*[rR]omanzen?", r"[\w-]*[sS]aga", r"Franchise", r"[\w-]*[rR]eihe",
              r"[\w-]*[kK]rimis?", r"[\w-]*[fF]ilms", r"Dokuserie", r"[\w-]*[aA]daption",
              r"Verfilmung", r"(?:Ko-?|Eigen)?[pP]roduktion", r"Erfolg", r"[\w-]*[hH]its?", r"Fantasy-Epos", r"Epos", r"[\w-]*[cC]omedy",
              r"Dramedy", r"Soap", r"Telenovela", r"Mystery-Serie", r"Sci-Fi-Serie",
              # unscripted kinds: "die Kochshow Topfgeldjäger", "das Realityformat Inselduell"
              r"[\w-]*[sS]hows?", r"[\w-]*[fF]ormat", r"Doku-?Soap", r"Wettbewerb"]
# Kinds of work that, capitalised as every German noun, stand before a title after an article:
# "die Serie Bergfeuer", "der Film Nebelwald" (the title is what follows).
KIND_BEFORE_TITLE = [r"Serie", r"Miniserie", r"Dramaserie", r"Film", r"Kinofilm", r"Show", r"Sitcom", r"Reihe", r"Filmreihe",
                     r"Dokuserie", r"Anime", r"Thriller", r"Krimi", r"Komödie", r"Dramedy", r"Drama", r"Telenovela", r"Soap",
                     r"Mystery", r"Sci-Fi", r"Fantasy",
                     # unscripted kinds: "die Kochshow Topfduell", "die Datingshow Inselherzen"
                     r"Kochshow", r"Realityshow", r"Reality-Show", r"Castingshow", r"Datingshow", r"Quizshow", r"Spielshow",
                     r"Doku-Soap", r"Dokusoap", r"Realityformat"]
# Prepositions stay out: a capitalised noun follows them everywhere ("Tiefer Fluss in Arbeit", "im Sommer").
TITLE_CONNECTORS = ["der", "die", "das", "des", "dem", "den", "und", "von", "vom", "of", "the", "and", "&"]
# ... but in a numbered heading alone on its line they join the title's words: "4. Ein Sommer in Lissabon"
HEADING_CONNECTORS = ["in", "im", "am", "an", "auf", "aus", "mit", "ohne", "unter", "über", "für", "zwischen", "nach", "bei",
                      "zum", "zur", "vor", "ein", "eine", "einer", "einem", "einen", "ins"]
# German capitalises every noun, so many nouns of the trade stand here.
COMMON_CAPITALISED = [
    # a fact box's labels: "Status: Verlängert", "Sender: ARD"
    "status", "sender", "plattform", "genre", "streamingdienst",
    # a part one plays: "mit Jan Berg in der Hauptrolle überstand lediglich eine Staffel"
    "hauptrolle", "hauptrollen", "titelrolle", "nebenrolle", "rolle",
    # a page's own lines: "Artikel teilen: Facebook · X · WhatsApp", "Kommentare (3)"
    "artikel", "kommentare", "kommentar",
    "aktualisierung", "aktualisiert", "update",  # "Update: ...": an update's label
    "schluss", "aus", "ende", "auftrag", "ideen", "pläne",
    # "die Vorbereitungen für eine dritte Staffel laufen": the work on a season, no title
    "vorbereitungen", "planungen", "verhandlungen", "gespräche", "arbeiten",
    # "die Entscheidung über die offizielle Genehmigung für Staffel 4": a decision's nouns
    "genehmigung", "bestellung", "freigabe", "einstellung", "nachschub", "gewissheit",
    # "Eine Online-Petition für eine dritte Staffel hat ... gesammelt": the fans' petition, no title
    "petition", "online-petition", "fan-petition", "unterschriften",
    "teilen", "hälften", "teile",  # "in zwei Teilen: Teil 1 mit acht Folgen ...": the halves of a season
    "branchenkreisen", "insidern", "berichten", "informationen",  # "laut Branchenkreisen": no one named
    # a measure: 'er sei „zu hundert Prozent" für eine dritte Staffel bereit', "5 Millionen Zuschauer"
    "prozent", "millionen", "milliarden", "zuschauer", "zuschauerinnen",
    # "die wichtigsten Fortsetzungen des Monats": a stretch of time, no title
    "monats", "jahres", "woche", "wochenendes", "sommers", "herbstes", "winters", "frühjahrs",
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einen", "einem", "einer", "dieser", "diese", "dieses", "diesen",
    "sein", "seine", "ihr", "ihre", "und", "oder", "aber", "doch", "denn", "sondern", "in", "im", "an", "am", "auf", "aus",
    "bei", "mit", "nach", "seit", "von", "vom", "zu", "zum", "zur", "für", "über", "unter", "vor", "hinter", "neben",
    "zwischen", "laut", "wie", "wenn", "als", "ob", "weil", "dass", "damit", "auch", "noch", "schon", "bereits", "nun",
    "jetzt", "heute", "gestern", "morgen", "dann", "danach", "damals", "bisher", "bislang", "inzwischen", "allerdings",
    "jedoch", "trotzdem", "immerhin", "außerdem", "zudem", "ja", "nein", "nicht", "kein", "keine", "was", "wer", "wann",
    "wo", "warum", "wieso", "welche", "welcher", "alle", "alles", "es", "er", "sie", "wir", "ich", "man", "ist", "sind",
    "war", "wird", "werden", "wurde", "wurden", "waren", "hatte", "soll", "sollen", "kommt", "geht", "bekommt", "endet", "hat", "haben", "gibt", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonntag", "staffel", "staffeln", "serie", "serien", "film", "filme", "folge", "folgen", "episode", "episoden", "teil",
    "fortsetzung", "trilogie", "trailer", "besetzung", "cast", "start", "starttermin", "premiere", "kinostart", "dreharbeiten",
    "produktion", "drehbuch", "drehbücher", "fans", "zuschauer", "zuschauerinnen", "publikum", "streamingdienst",
    "streaming-dienst", "plattform", "sender", "studio", "anbieter", "schöpfer", "schöpferin", "regisseur", "regisseurin",
    "produzent", "produzentin", "schauspieler", "schauspielerin", "hauptdarsteller", "hauptdarstellerin", "darsteller",
    "sprecher", "sprecherin", "netflix", "news", "nachrichten", "update", "exklusiv", "offiziell", "bestätigt", "verlängerung",
    # "Bridgerton - Verlängert um Staffel 5": what a list header says of its title, capitalised after the dash
    "verlängert", "abgesetzt", "eingestellt", "angekündigt", "beendet", "gestartet",
    "absetzung", "gerüchte", "gerücht", "bericht", "berichten", "angaben", "zukunft", "frage", "antwort", "ende", "anfang",
    "mitte", "jahr", "jahres", "sommer", "herbst", "winter", "frühjahr", "frühling", "woche", "wochen", "monat", "monaten",
    "top", "platz", "länder", "ländern", "millionen", "erfolg", "hit", "geschichte", "handlung", "finale", "auftakt",
    "lesen sie auch", "auch interessant", "mehr zum thema", "foto", "bild", "video", "anzeige", "werbung", "quelle",
    "zwei", "drei", "erste", "zweite", "dritte", "neue", "neuen", "deutsche", "deutschen", "koreanische", "k-drama", "drama",
    # nouns of the news itself ("Eine offizielle Bestätigung für eine zweite Staffel gibt es nicht")
    "bestätigung", "ankündigung", "entscheidung", "nachricht", "meldung", "hoffnung", "zusage", "absage", "details",
    "termin", "ausstrahlung", "veröffentlichung", "rückkehr", "interview", "anfrage", "stellungnahme", "spekulationen",
    "quote", "quoten", "einschaltquote", "einschaltquoten", "information",
    # the people of a show, capitalised as every noun ("Die Kandidatinnen und Kandidaten der zweiten Staffel")
    "kandidat", "kandidaten", "kandidatin", "kandidatinnen", "teilnehmer", "teilnehmerin", "teilnehmerinnen", "gäste",
    "darstellerinnen", "figuren", "macher", "macherin", "macherinnen", "autor", "autorin", "autoren", "autorinnen",
    "uhr",  # a live blog's time: "+++ 19:14 Uhr – ..."
    # how a season is shown, after its number: "Starttermin für den Nebelkamm Season 2 Simulcast"
    "simulcast", "livestream", "stream", "synchro", "synchronfassung", "teaser",
]
# Capitalised sentence openers that are no part of a title ("Wann kommt Staffel 3 von Dunkelfeld?").
OPENERS = ["wann", "wie", "warum", "wieso", "was", "wo", "wird", "kommt", "gibt", "offiziell", "bestätigt", "exklusiv",
           "endlich", "nach", "vor", "bei", "seit", "laut", "auch", "noch", "schon", "jetzt", "nun", "aber", "und",
           "abgesetzt", "verlängert", "aus", "gute nachricht", "schlechte nachricht",
           # the verbs of a headline: "ZDF bestellt Roter Fjord für eine dritte Staffel"
           "bestellt", "beendet", "stoppt"]
NUMBER_UNITS = [r"Jahre", r"Jahren", r"Millionen", r"Million", r"Milliarden", r"Folgen", r"Episoden", r"Tagen?", r"Wochen", r"Monaten?",
                r"Jahren?", r"Ländern", r"Prozent", r"%", r"Stunden", r"Minuten", r"Mal", r"Zuschauer(?:innen)?", r"Plätze"]
# "soll 2026 starten" is a plan: the release is still ahead.
FUTURE_MARKERS = [r"wird", r"werden", r"soll", r"sollen", r"geplant", r"voraussichtlich", r"demnächst", r"bald", r"künftig"]
# The outlet says the platform has made it official: "Es ist offiziell", "Jetzt ist es offiziell" (the time word first).
OFFICIALLY = [r"(?:(?:jetzt|nun|endlich|damit) ist es |(?:es )?ist (?:jetzt |nun |nun auch |mittlerweile )?)offiziell(?! (?:noch )?nicht)(?: bekannt| bestätigt)?",
              # "„X“ wurde offiziell verlängert": made official, its maker left unnamed
              r"(?:wurde|wurden|ist|sind) (?:nun |jetzt )?offiziell(?= (?:[\w-]+ ){0,5}?(?:verlängert|bestätigt|bestellt|abgesetzt|angekündigt)(?![\w]))",
              # (a headline's, no auxiliary: "Staffel 2 von X offiziell angekündigt"; not "nicht offiziell bestätigt";
              # or a time between: "wurde diese Woche offiziell bestellt")
              r"(?<!nicht )(?<!kein )(?<!keine )offiziell(?= (?:angekündigt|bestätigt|bestellt|verlängert)(?![\w]))"]
# A correction of the outlet's own earlier story: what it said before is withdrawn.
RETRACTION = [r"(?:in )?einer (?:früheren|vorherigen) Version dieses (?:Artikels|Textes)", r"Korrektur(?: \([^()\n]{1,12}\))?:", r"Richtigstellung",
              r"(?:hatten|haben) wir (?:fälschlicherweise|irrtümlich|versehentlich)",
              r"dieser (?:Artikel|Text) wurde (?:korrigiert|aktualisiert)"]
# ein aufgegebener Plan: der Termin danach gilt nicht mehr ("ursprünglich für Ende 2026 geplant")
# eine Gewohnheit, keine Entscheidung: "Netflix wartet normalerweise einige Wochen, bevor es eine Serie verlängert"
# ein früheres Werk, als Referenz genannt: "bekannt durch die Serie X"
CREDIT_WORDS = [r"bekannt (?:durch|aus|für)", r"(?:der|die) (?:auch|bereits) in [^.;,]{0,30}? mitspielte"]
# sofort getan, trotz "nicht": "Netflix ließ sich nicht lange bitten und verlängerte die Serie"
PROMPTLY = [r"(?:ließ|lässt|ließen) sich nicht lange bitten", r"(?:hat|haben) nicht lange gezögert", r"zögerte(?:n)? nicht lange",
            r"ohne lange zu zögern"]
# Verlängerung und Absetzung nebeneinander, Thema eines Überblicks oder offene Wahl: "die Verlängerung oder Absetzung
# mehrerer Serien", "Absetzungen und Verlängerungen"
DECISION_PAIRS = [r"verlängerung(?:en)?(?: (?:und|oder|&) |, | ?/ ?)(?:die )?(?:absetzung|absage|einstellung)(?:en|n)?", r"(?:absetzung|absage|einstellung)(?:en|n)?(?: (?:und|oder|&) |, | ?/ ?)(?:die )?verlängerung(?:en)?"]
# the date of a release to be told later: "Ein Startdatum will der Streamingdienst im Herbst bekanntgeben"
DATE_LATER = [r"(?:bekanntgeben|bekannt geben|verkünden|nennen|mitteilen)(?= ?[.,;!?]|$)", r"(?:wird|will|soll) (?:\w+ ){0,3}(?:bekanntgegeben|bekannt gegeben|verkündet) werden"]
# (and what it does often: "Netflix verlängert erfolgreiche spanische Produktionen häufig")
HABITUAL = [r"normalerweise", r"üblicherweise", r"in der Regel", r"gewöhnlich", r"meistens", r"häufig", r"oft", r"meist"]
SUPERSEDED = [r"ursprünglich", r"anfangs",
              # "trotz der Verlängerung um eine vierte Staffel wurde die Serie abgesetzt": a renewal undone
              r"trotz(?= (?:der|ihrer|seiner) (?:\w+ )?Verlängerung)", r"(?:sollte|sollten) eigentlich", r"statt(?: wie (?:geplant|angekündigt|vorgesehen))?",  # "Statt am 24. Januar ..."
              r"zuvor(?= für )",
              # "hat den vierten Teil vom 13. März auf den 9. Oktober verschoben": the date it leaves is given up
              r"vom(?= [^;:!?\n]{1,30}? auf (?:den |Ende |Anfang |Mitte )?[^;:!?\n]{1,30}? (?:verschoben|verlegt|verschiebt|verschob))"]  # (not "bislang für Herbst geplant": the plan so far may hold)
# "Die Nachricht kam direkt von der Showrunnerin": names the source of the sentence before.
FORWARD_SOURCE = [
    r"die (?:Nachricht|Information|Bestätigung|Neuigkeit|Ankündigung) (?:kommt|kam|stammt) (?:direkt |persönlich )?von",
    r"das (?:bestätigte|verriet|sagte|kündigte|erklärte|teilte|teilten|gab|gaben|meldete|berichtete)",  # "Das teilte Sky mit"
    # ("Das berichtet das US-Branchenblatt „Deadline“": the outlet that reports it, in the present)
    r"(?:das|dies) (?:berichtet|berichten|meldet|melden|schreibt|schreiben|schrieb|schrieben)",
    r"(?:dies|das) (?:hat|haben) (?:\w+ )?bestätigt",
    # "Das haben VOX und die Produktionsfirma am Donnerstag mitgeteilt": who, before the participle
    r"(?:dies|das) (?:hat|haben)(?= [^.;:!?\n]{1,80}? (?:mitgeteilt|bekannt ?gegeben|angekündigt|verkündet|erklärt)(?![\w]))",
]

# --- events --------------------------------------------------------------
# „Wir warten die Abrufzahlen ab, bevor wir entscheiden“: a decision still to take
# (a possible renewal, in RENEWAL, and a hedge, in HEDGES)
_waiting_to_decide = r"(?:warten|wartet) (?:[\w-]+ ){1,5}?ab,? (?:bevor|ehe) (?:wir|man|der Sender|die Plattform) (?:[\w-]+ )?(?:entscheiden|entscheidet|eine Entscheidung treffen)"
# the outlet's odds on a season, no decision: "Eine dritte Staffel gilt als unwahrscheinlich", "Die Chancen auf eine
# dritte Staffel stehen schlecht" (a renewal talked of, and a hedge: see HEDGES)
_odds = [r"(?:gilt|scheint|erscheint) (?:als |eher |sehr |derzeit )?unwahrscheinlich",
         r"Chancen (?:auf|für)(?= (?:eine|einen) )"]
RENEWAL = _odds + [
    # what is left to others to decide: "ob es eine dritte Staffel gibt, hängt von Netflix ab"
    r"hängt(?= [^.;!?\n]{1,60}? ab(?![\w]))", r"abhängen", r"abhängig",
    # "Das ZDF setzt die Krimiserie „X“ fort": the separable verb, its particle at the clause's end
    # (not "setzt „X“ nach der zweiten Staffel nicht fort": it ends, see CANCELLATION)
    r"setz(?:t|en|te|ten)(?= [^.;!?\n,]{1,60}?(?<! nicht)(?<! nicht mehr)(?<! kaum) fort(?![\w]))",
    # a door left open: "never say never"
    r"(?:sag(?:e|t)?|sagen) (?:man )?niemals nie", r"niemals nie (?:zu )?sagen",
    # "..., dass eine zweite Staffel kommt.": the verb that ends a clause (of a season, as any claim's)
    r"kommt(?=[.;!?]|,? (?:sagt|sagte|versicherte|betonte)(?![\w]))",
    # "eine vierte Staffel ist bereits genehmigt", "wurde abgesegnet": approved, made
    r"(?:ist|sind|wurde|wurden|sei|seien) (?:bereits |schon |offiziell |jetzt )?(?:genehmigt|abgesegnet)",
    r"(?:bereits|schon|offiziell) (?:genehmigt|abgesegnet)",  # ("Laut ... ist eine vierte Staffel bereits genehmigt")
    # talk of a season, a hope (see HEDGES): "Wir haben am Set schon über eine dritte Staffel gesprochen"
    r"über (?:eine|einen|ein) (?:\w+ )?(?:Staffel|Fortsetzung|Film|Teil) (?:\w+ )?gesprochen",
    # "wir schauen uns die Zahlen gerade sehr genau an": a platform weighing the next season
    r"(?:schauen|schaue|schaut|sehen|sehe|sieht) uns (?:die|den|das) (?:Zahlen|Quoten|Abrufzahlen|Daten|Ergebnisse)(?: \w+){0,4}? an(?![\w])",
    # "Man werte derzeit die Quoten der zweiten Staffel aus", "die Abrufzahlen werden noch ausgewertet"
    r"(?:werte|wertet|werten|wertete|werteten) (?:\w+ ){0,3}?(?:die|den|das) (?:Zahlen|Quoten|Einschaltquoten|Abrufzahlen|Daten|Ergebnisse)(?: \w+){0,4}? aus(?![\w])",
    r"(?:Zahlen|Quoten|Einschaltquoten|Abrufzahlen|Daten|Ergebnisse) (?:\w+ ){0,4}?(?:werden|würden|wurden) (?:derzeit |gerade |noch |aktuell )?ausgewertet",
    # "Netflix machte es am Samstag offiziell. Die zweite Staffel ...", "lüftete das Geheimnis" (what it tells follows)
    r"(?:machte|macht|machten) (?:es|die Sache|die Nachricht|das) (?:\w+ ){0,3}?offiziell", r"offiziell gemacht",
    r"(?:lüftete|lüftet|lüfteten|gelüftet) (?:\w+ )?(?:das Geheimnis|den Schleier)",
    # revealing the date: "unveiled the premiere date. The second season arrives on ..." (what it announces follows)
    r"(?:(?<=Starttermin )|(?<=Sendetermin )|(?<=Startdatum ))(?:bekannt ?gegeben|verkündet|enthüllt)", r"gab(?:en)?(?= (?:[\w+.-]+ ){0,4}?(?:den |das )?(?:Sendetermin|Starttermin|Startdatum) bekannt)",
    # "ZDF und Netflix koproduzieren die zweite Staffel"
    r"(?:koproduzier(?:en|t|te|ten)|(?:Vereinbarung|Abkommen|Partnerschaft) zur (?:Ko-?)?Produktion)(?= (?:die|eine|der|den|einer) (?:neue |\w+ )?(?:Staffel|Fortsetzung|Teil|Film))",
    # "sichert sich nun RTL+ die Fortsetzung": a platform takes the show on
    r"sicher(?:t|te|n|ten) sich(?= (?:[^.,;:!?\n]{1,40}? )?(?:die|eine) (?:\w+ )?(?:Fortsetzung|Staffel))",
    # "Laut Variety bereitet Disney+ eine dritte Staffel von „X“ vor"
    r"bereite(?:t|n|te|ten) (?:[^.,;:!?\n]{1,40}? )?(?:eine|einen|die|den) (?:neue |\w+ )?(?:Staffel|Fortsetzung|Teil|Film)(?=[^.;:!?\n]{0,60}? vor(?![\w]))",
    # "kehrt mit einer zweiten Staffel zurück" (with a time, also a release: see RELEASE; not "kehrt ... nicht zurück")
    r"kehr(?:t|en) (?:(?!(?:nicht|nie|niemals|kein\w*)(?![\w]))(?:[^.,;:!?\n]|(?<=\d)\.(?= ))){0,60}?zurück(?![\w])",
    # "Es wird eine zweite Staffel von „X“ geben", "wird es eine Fortsetzung geben"
    r"(?:es wird|wird es) (?:eine|einen)(?= [^.;!?\n]{0,60}?(?:Staffel|Fortsetzung|Teil)[^.;!?\n]{0,60}? geben)",
    r"(?:geht|gehen) (?:\w+ ){0,2}in (?:die|eine|seine|ihre) (?:\w+\.? )?(?:Staffel|Runde)",  # "geht (2026) in die zweite Staffel", "in seine 14. Staffel"
    # the noun "Verlängerung" only names a renewal ("hat eine Verlängerung noch nicht angekündigt"), but with the season
    # it adds: "steht kurz vor einer Verlängerung um eine dritte Staffel"
    r"Verlängerung(?= um (?:eine|die) (?:\w+ )?Staffel(?![\w]))",
    # "So kehrt das Krankenhausdrama „X“ ... im ersten Quartal 2026 mit einer zweiten Staffel zurück", "„X“ kehrt im
    # Herbst zurück": the verb's two parts, the work its subject (not "Petra Hollweg ... kehrt in der zweiten Staffel
    # nicht zurück", an actress)
    r"kehr(?:t|en|te|ten)(?= (?:das|der|die|„|\x22)[^.;!?\n]{0,160}? zurück(?![\w]))", r"(?<=[“\x22] )kehr(?:t|en|te|ten)(?= [^.;!?\n]{0,160}? zurück(?![\w]))",
    # "wird eine dritte Staffel mit acht Folgen produziert": a season that will be made
    r"(?:wird|werden)(?= (?:eine|die|den|einen) (?:[\w.-]+ )?(?:Staffel|Fortsetzung|Teil)(?: [^.;!?\n]{0,60}?)? produziert(?![\w]))",
    r"verlänger(?:t|te|ten|n)", r"zurückkehren", r"zurückkehrt", r"bestell(?:t|te|ten|en)", r"in Auftrag gegeben", r"(?:gibt|geben|gab|gaben)(?= (?:[^.,;:!?\n]{1,60}? )?in Auftrag(?![\w]))", r"(?:geordert|order(?:t|te|ten|n))", r"(?:ist|sind|wurde|wurden) beauftragt", r"beauftragte?n?(?= (?:eine|die|den) )", r"grünes Licht", r"geht weiter", r"auf dem Plan",
    # "hat Hulu Dry Gulch still und leise eine zweite Staffel spendiert": a season given to the show
    r"(?:eine|noch eine) (?:weitere |\w+ )?Staffel (?:\w+ )?(?:spendiert|gegönnt|geschenkt)", r"(?:spendiert|gönnt|schenkt|gegönnt)(?= (?:[\w„“-]+ ){0,4}?(?:eine|noch eine) (?:weitere |\w+ )?Staffel)",
    r"wird (?:fortgesetzt|weitergehen|weitererzählt)", r"(?:kehrt|kehren) (?:\w+ )?zurück", r"kommt (?:mit|eine|ein)",
    # the cast's belief: „Ich glaube fest daran, dass wir weitermachen“ (the hedge makes it `possible`)
    r"(?<=dass wir )weitermachen", r"(?<=dass es )weitergeht",
    # "bestätigte, dass die Serie nicht weitergeht" is no renewal: the negative clause is a cancellation
    r"bestätig(?:t|te|ten|en)(?![^.;]{0,60}?\bdass\b[^.;]{0,60}?\b(?:nicht|keine?)\b)",
    r"(?:kündigt|kündigte|kündigten) (?:[\w„“”«»+.-]+ ){0,8}?an(?![\w])",
    # (further off where "an" ends the clause: "kündigte das ZDF die Rückkehr von „Sonnenhof“ mit einer siebten Staffel an.")
    r"(?:kündigt|kündigte|kündigten) (?:[\w„“”«»+.-]+ ){9,16}?an(?=[.,;:!?])",
    # "NBC verkündete derweil eine achte Staffel": announced one
    r"(?:verkündet|verkündete|verkündeten)(?= (?:\w+ ){0,2}?(?:eine|einen) (?:\d{1,2}\. |\w+ )?(?:weitere )?Staffel)",
    # (not someone's other work: "zwei der Hauptdarsteller haben längst neue Projekte angekündigt")
    r"(?<!Projekte )(?<!Projekt )(?<!Filme )(?<!Serien )angekündigt", r"(?:ist|sind|jetzt|nun|es ist) offiziell", r"(?:ist|sind) (?:in|im) (?:Arbeit|Entwicklung|Planung)",
    # "Die Autorin arbeitet bereits an der dritten Staffel"
    r"(?:arbeitet|arbeiten|arbeite) (?:[\w+]+ ){0,3}?(?:bereits |schon |derzeit |aktuell |gerade |längst )?an (?:der|einer|dem|einem) (?:neuen )?(?:\w+ )?(?:Staffel|Fortsetzung|Film|Teil)",
    r"(?:eine|einen) (?:\w+ )?(?:Staffel|Fortsetzung) (?:bekommen|erhalten)",  # "soll ... eine zweite Staffel bekommen"
    # ... or planned: "..., dass eine vierte Staffel bereits vorgesehen ist" (not asked: "ob eine Staffel vorgesehen ist")
    r"(?<!ob )(?:eine|einen) (?:\w+ )?(?:Staffel|Fortsetzung) (?:bereits |schon |fest )?(?:vorgesehen|eingeplant) (?:ist|sei)(?![\w])",
    r"in (?:Arbeit|Entwicklung|Planung)", r"(?:bekommt|bekommen|bekäme|bekämen|erhält|erhalten|erhielte|erhielten) (?:eine |einen |ihre |seine )?(?:\d{1,2}\. |\w+ )?(?:Staffel|Fortsetzung|Film|Teil)",
    r"(?:wird|werde) es (?:eine |einen )?(?!keine)(?:\w+ )?(?:Staffel|Fortsetzung|Teil|Film) geben", r"geben (?:wird|werde)",
    r"kommen (?:wird|werde)", r"wird (?:definitiv |sicher |auf jeden Fall )?kommen", r"wiederbelebt", r"Wiederbelebung",
    r"gerettet", r"Revival",
    # hedged renewals: the hedge makes them `possible`
    _waiting_to_decide,
    # "Der Schöpfer hält eine dritte Staffel für möglich", "eine Fortsetzung sei durchaus möglich"
    r"für möglich(?![\w])", r"(?:ist|sei|wäre|bleibt) (?:durchaus |weiterhin |noch |gut )?möglich(?![\w])",
    r"in (?:Gesprächen|Verhandlungen)", r"verhandel(?:t|n)", r"Verhandlungen", r"Gespräche", r"(?:prüft|prüfen|prüfe|erwägt|erwägen|erwäge)",
    # "Eine zweite Staffel sei noch in Prüfung", "steht auf dem Prüfstand", "wird geprüft"
    r"(?:noch |derzeit )?in (?:der )?Prüfung", r"auf dem Prüfstand", r"(?:(?<=wird )|(?<=werde )|(?<=würde ))(?:noch |derzeit |intern |gerade )?geprüft",
    r"denk(?:t|en) über", r"nach(?:zu)?denken", r"nicht ausgeschlossen", r"schließ(?:t|en) (?:[^.;:!?\n]){1,80}? nicht aus(?![\w])", r"(?:lässt|ließ|lassen|ließen) (?:sich )?(?:\w+ ){0,3}?(?:die |eine )?Tür (?:\w+ )?offen", r"(?:wollte|wollten|will|wollen|möchte) (?:\w+ ){0,3}?(?:die|eine) Tür (?:\w+ )?nicht (?:ganz )?(?:schließen|zumachen)", r"schließ(?:t|en) (?:eine |einen |es )?(?:\w+ )?nicht aus",
    # "Über eine dritte Staffel werde „intensiv nachgedacht“"
    r"nachgedacht",
    r"hoff(?:t|en)", r"wünsch(?:t|en)", r"würde(?:n)? gern(?:e)?", r"wäre (?:ein |mein |unser )?(?:großer )?Traum", r"forder(?:t|n)", r"(?:(?:Fan|Online)-?)?[pP]etition", r"(?:Fan-?)?[kK]ampagne", r"(?:ist|sind) offen für",
    # the title between verb and object: "Jetzt bekommt „Tiefsee“ eine zweite Staffel", "bekommt die Familienserie
    # „Tiefsee“ eine fünfte Staffel"
    r"(?:bekommt|bekommen|bekäme|bekämen|erhält|erhalten|erhielte|erhielten)(?= (?:(?:die|der|das) (?:\w+ )?\w+ )?„[^“\n]{1,60}“ (?:eine|einen) (?:\w+ )?(?:Staffel|Fortsetzung))",
    # ... or unquoted, in capitals: "Laut mehreren Quellen bekommt Dry Gulch eine zweite Staffel"
    r"(?:bekommt|bekommen|bekäme|bekämen|erhält|erhalten|erhielte|erhielten)(?= (?:[A-ZÄÖÜ][\w'’:-]*[^\S\n]){1,5}(?:nun |jetzt |doch |also |tatsächlich )?(?:eine|einen) (?:\w+ )?(?:Staffel|Fortsetzung))",
    r"Ideen[»«“”\"]? für", r"(?:ist|sind|sei|wäre) (?:noch )?im Gespräch", r"denkbar", r"als wahrscheinlich",
]
CANCELLATION = [
    # die Staffeln zuerst gezählt: "Nach sieben Staffeln geht X im Mai zu Ende" (die Staffel danach; nicht
    # das Ende einer Staffel selbst)
    r"nach (?:\w+ ){1,2}staffeln(?: und (?:[\w.]+ ){1,3}(?:folgen|episoden))?,? (?:geht (?:(?:(?!staffel)[^.;!?\n]){1,80}? )?zu ende|endet|ist (?:jetzt |nun |endgültig )?schluss)(?![\w])",
    # "Nach zwei Staffeln verkündete Netflix das Ende der Serie": the end announced (not a season's: "das Ende der
    # zweiten Staffel")
    r"(?:verkündet|verkündete|verkündeten|besiegelt|besiegelte|besiegelten|bestätigt|bestätigte|bestätigten) "
    r"(?:[\w„“+.-]+ ){0,3}?(?:das Ende|das Aus)(?= (?:der|des|von) (?!(?:\w+ )?Staffel)(?:\w+ )?\S)",
    # (the participle last: "Netflix hat das Ende der Serie „X“ verkündet")
    # (not one not yet confirmed: "hat das Ende der Serie bislang nicht bestätigt")
    r"(?:das Ende|das Aus)(?= (?:der|des|von) (?!(?:\w+ )?Staffel)(?:(?!nicht)[^.;:!?\n]){1,60}? (?:verkündet|besiegelt|bestätigt|bekannt ?gegeben)(?![\w]))",
    # "dennoch reichte es nicht für eine zweite Staffel": it fell short of one
    r"(?:reichte|reicht|hat gereicht|hatte gereicht) es (?:\w+ )?nicht (?:mehr )?für (?:eine|einen) (?:\w+ )?(?:Staffel|Fortsetzung)",
    r"(?:hat|hatte) es (?:\w+ )?nicht (?:mehr )?für (?:eine|einen) (?:\w+ )?(?:Staffel|Fortsetzung) gereicht",
    # (the season first: "Für eine zweite Staffel von „X“ hat es leider nicht gereicht")
    r"für (?:eine|einen) (?:\w+ )?(?:Staffel|Fortsetzung)(?= [^.;:!?\n]{0,60}?(?:hat|hatte) es (?:\w+ )?nicht (?:mehr )?gereicht)",
    # "hat Netflix beschlossen, die Verlängerung zurückzunehmen": a renewal taken back
    r"(?:die |seine |ihre |diese )?Verlängerung (?:wieder )?(?:zurückzunehmen|zurückgenommen|zurücknehmen|zurückgezogen|zurückzuziehen|"
    r"rückgängig gemacht|rückgängig zu machen|storniert|zu stornieren|gestrichen|zu streichen)",
    # "Nach vier Staffeln findet auch das Drama „X“ nächstes Jahr sein Ende": the run comes to its end
    r"(?:findet|fand|finden|fanden|finde) (?:[\w„“\"-]+ ){0,12}?(?:ihr|sein|ein) (?:jähes |vorzeitiges |endgültiges |verdientes )?Ende(?![\w-])",
    # "„X“ ist nach drei Staffeln offiziell beendet": the series is over (not "Die Dreharbeiten sind beendet")
    r"(?:ist|sind|wurde|wurden) nach (?:\w+ )?Staffeln? (?:nun |jetzt |offiziell |endgültig )*beendet",
    # „Statt einer dritten Staffel wird die Geschichte mit einem Film abgeschlossen“: die übergangene Staffel kommt nicht
    r"(?:statt|anstatt|anstelle)(?= (?:einer|eine) (?:[\w-]+ )?Staffel(?![\w]))",
    # "eine dritte Staffel war nie geplant": the makers meant it to end
    r"nie(?:mals)? (?:geplant|vorgesehen|angedacht)",
    # "hat eine zweite Staffel von „X“ ausgeschlossen": there will be none (not "nicht ausgeschlossen")
    # (nor "weder bestätigt noch ausgeschlossen": nothing decided)
    r"(?:hat|haben|hatte|hatten) (?:eine|jede|weitere) (?:\w+ )?(?:Staffel|Fortsetzung)[^.;!?\n]{0,50}? (?<!nicht )(?<! noch )ausgeschlossen",
    # "„Hafenkönige“ kehrt nicht für eine zweite Staffel zurück": the separable verb, its negation right after it
    r"(?:kehr|komm)(?:t|en) nicht (?:mehr )?(?:[^\s.,;:!?]+ ){0,6}?zurück(?![\w])",
    # "Das ZDF verzichtet auf eine vierte Staffel": giving up the order
    r"verzicht(?:et|ete|eten|en) (?:[\w+.-]+ ){0,3}?auf (?:eine|die) (?:\w+ )?(?:Staffel|Fortsetzung)",
    # "hat sich entschieden, „X“ nicht mit einer dritten Staffel fortzusetzen", "die Serie nicht fortzusetzen"
    r"nicht (?:[^\s.,;:!?]+ ){0,5}(?:fortzusetzen|weiterzuführen|zu verlängern)(?![\w])",
    r"(?:wird|werde) es keine (?:\w+ )?(?:Staffel|Fortsetzung|Teil|Film)(?:e|en)? (?:mehr )?geben",
    # the verb last, the season said by its ordinal alone: "dass es nach zwei Staffeln keine dritte geben wird"
    r"keine \w+te(?= (?:mehr )?geben (?:wird|werde|würde|soll)(?![\w]))",
    # "Eine dritte Staffel werde es nicht geben": the season named before
    r"(?:wird|werde|würde) es (?:\w+ )?nicht (?:mehr )?geben",
    # "wird es eine weitere Staffel jedoch nicht geben": the season between
    r"(?:wird|werde|würde) es (?:eine|einen|ein) (?:[^\s.,;:!?]+ ){1,4}?nicht (?:mehr )?geben",
    # "nun macht HBO mit „X“ schon nach der ersten Staffel Schluss": the platform ends it
    r"(?:macht|machte|machen|machten)(?= (?:(?!nicht )[^.,;!?\n]){1,80}? Schluss(?![\w]))",
    # "entschied sich Netflix dafür, die Serie mit keiner weiteren Staffel fortzusetzen"
    r"mit keiner (?:weiteren|neuen|zusätzlichen) Staffel fort(?:zusetzen|setzen|gesetzt|setzt)",
    r"(?:ist|war|sei|wäre) (?:(?!nicht )(?!noch )\w+ ){0,4}Schluss",  # "Bei Kaltwasser ist nach zwei Staffeln Schluss" (not "ist nicht Schluss")
    # the verb comes first and the negation after it: "verlängert die Serie nicht"
    r"verlänger(?:t|te|n) (?:\w+ ){0,4}nicht", r"abgesetzt", r"setz(?:t|te|en) (?:\w+ )?(?:\w+ )?ab", r"Absetzung", r"eingestellt", r"stell(?:t|te|en) (?:\w+ )?ein",
    # the particle at the clause's end, far from its verb: "setzt die Mysteryserie „Nebelkante“ nach zwei Staffeln ab"
    # (or before an "und" that joins the next clause: "setzte das Unternehmen die Serie nach 2 Staffeln ab und entsetzte
    # damit die Fans")
    r"setz(?:t|te|en) [^.;:!?\n]{0,70}? ab(?=[.,;:!?\n]|$| (?:und|oder|aber|sondern|doch) )",
    # ... and the one it continues with, negated: "Netflix setzt „Kaltfront“ nach der zweiten Staffel nicht fort"
    r"setz(?:t|te|en|ten) [^.;:!?\n]{0,70}? nicht (?:mehr )?fort(?=[.,;:!?\n]|$| (?:und|oder|aber|sondern|doch) )",
    r"stell(?:t|te|en) [^.;:!?\n]{0,70}? ein(?=[.,;:!?\n]|$| (?:und|oder|aber|sondern|doch) )",
    # (not "bislang nicht verlängert", "noch nicht verlängert": not yet)
    r"(?<!bislang )(?<!bisher )(?<!noch )(?:nicht|keine?) (?:\w+ )?(?:verlängert|fortgesetzt)",
    # "wird nicht mit einer zweiten Staffel fortgesetzt": the season between
    r"(?<!bislang )(?<!bisher )(?<!noch )nicht (?:mit|um) (?:einer|eine) (?:\w+ )?Staffel (?:verlängert|fortgesetzt)", r"(?<!vorstellbar, dass es )(?<!vorzustellen, dass es )keine (?:\w+ )?(?:Staffel|Fortsetzung|Teil|Film|Folgestaffel)(?!(?: [^.;\n]{0,50}?)? (?:angekündigt|bestätigt|bekannt ?gegeben|bestellt)(?!\w))",
    r"(?:geht|wird) nicht (?:mehr )?weiter(?:gehen)?", r"(?<!Warten )(?<!Wartezeit )(?<!Warterei )(?:ist|sind) (?:endgültig )?(?:Schluss|vorbei)", r"Aus für",
    # the verb last in a clause of its own: "weil bei X nach zwei Staffeln ebenfalls Schluss ist"
    r"(?<!nicht )(?<!kein )Schluss (?:ist|sein wird|sei)(?![\w])",
    # "eine dritte Staffel wird nicht mehr in Produktion gehen": it will not be made
    r"(?:wird|werden) nicht (?:mehr )?in (?:die )?Produktion gehen",
    r"das Aus", r"gestrichen", r"storniert", r"(?:Serie|Geschichte|Reihe) (?:wird |wurde |ist )?(?:\w+ )?beendet", 
    # (not "Schließlich endet der Film mit einer Szene, die ...": how its story ends; nor "Die zweite Staffel endet etwa
    # bei Kapitel 112": where in the book it stops)
    r"endet(?! mit)(?! (?:der|die|das) [\w-]+ mit (?:einer|einem)(?![\w]))(?! (?:\w+ )?(?:bei|an|vor|nach|mitten) (?:\w+ )?(?:Kapitel|Band|Folge|Episode|Buch))", r"kehrt nicht zurück", r"(?:wird|werden) nicht zurückkehren",
    # "Die Krimiserie ... wird nach zwölf Staffeln enden" (not "wird mit der zwölften Staffel enden": the last one made)
    r"(?:wird|soll|werden|sollen) (?:(?! mit )[^.;:!?\n]){0,40}? enden(?=[.,;:!?\n]|$)",
    # (not for now only: "Derzeit gibt es keine Pläne für eine zweite Staffel", a door the speaker may leave open)
    r"(?<!derzeit )(?<!aktuell )(?<!momentan )(?<!zurzeit )(?<!bislang )(?<!derzeit gibt es )(?<!aktuell gibt es )"
    r"(?<!momentan gibt es )(?<!zurzeit gibt es )(?<!bislang gibt es )keine Pläne für (?:eine |einen )?(?:\w+ )?(?:Staffel|Fortsetzung|Teil|Film)",
    # "hat entschieden, die Serie nicht zu verlängern"
    r"nicht (?:mehr )?zu (?:verlängern|fortzusetzen)",
    r"wird es (?:\w+ )?nicht (?:mehr )?geben",  # "eine dritte Staffel wird es nicht geben"
    r"lehnt(?:e|en)? (?:\w+ )?(?:eine|die) (?:\w+ )?(?:Verlängerung|Fortsetzung|Staffel)(?: \w+){0,3} ab(?!\w)",
    # "hat einer Fortsetzung eine klare Absage erteilt", "hat sich gegen eine zweite Staffel entschieden"
    r"(?:eine )?(?:klare |deutliche |endgültige )?Absage (?:erteilt|erteilte|erteilen)",
    r"(?:hat|haben|hatte|hatten) sich gegen(?= (?:eine|einen|die|weitere) (?:\w+ )?(?:Fortsetzung|Staffel|Verlängerung|Teil))",
    r"(?:ist|sind|war) nicht geplant", r"(?:zieht|zog|zogen|ziehen) (?:\w+ )?(?:bei \S+ (?:\S+ )?)?den Stecker", r"den Stecker gezogen",
]
# Cancellation words that name a past fact rather than state one ("nach der Absetzung").
NOMINAL_CANCELLATION = [r"Absetzung", r"abgesetzte[nr]?"]
PRODUCTION = {
    # (not the readers asked to write: "Schreibt es uns in die Kommentare!")
    "writing": [r"Drehbüch(?:er|ern)", r"Drehbuch", r"schreib(?:t|en|e)(?! (?:es |uns |euch )*(?:uns|in die Kommentare))(?! sie uns)", r"geschrieben", r"Writers'? Room", r"Autorenraum",
                r"(?:am|an den) (?:Büchern|Drehbüchern)",
                # "Laut Bild arbeiten die Autoren bereits an neuen Folgen"
                r"(?:arbeitet|arbeiten|arbeite) (?:[\w+]+ ){0,3}?(?:bereits |schon |derzeit |aktuell |gerade )?an neuen (?:Folgen|Episoden)"],
    "casting": [r"Casting", r"Besetzung(?:ssuche)?", r"Vorsprechen",
                # a reality show's call for contestants: "VOX sucht ab sofort Kandidaten für die vierte Staffel"
                # (in reported speech too: "die Produktionsfirma suche bereits Kandidaten", "Komparsen gesucht")
                r"such(?:t|en|e|te|ten) (?:ab sofort |wieder |noch |neue |bereits |schon )?(?:nach )?(?:Kandidaten|Kandidatinnen|Teilnehmer|Teilnehmerinnen|Komparsen|Statisten)",
                r"Bewerbungs(?:phase|frist)",
                # "Für die zwölfte Staffel sind ab sofort Bewerbungen möglich", "können sich ab sofort bewerben"
                r"Bewerbungen (?:sind |werden )?(?:ab sofort |ab jetzt |jetzt |wieder |bereits |noch )*(?:möglich|angenommen|entgegengenommen)",
                r"(?:kann|können) sich (?:ab sofort |ab jetzt |jetzt |wieder |bereits |noch )*(?:[\w-]+ ){0,6}?bewerben"],
    "filming": [r"Dreharbeiten", r"gedreht", r"dreh(?:t|en|te|ten)?", r"Drehstart", r"Drehbeginn", r"Drehtag(?: eins| 1)?", r"erste[rn]? Drehtag", r"(?:in|im) (?:Produktion|Dreh)",
                # "die Vorbereitungen für eine dritte Staffel laufen": the making has begun
                r"Vorbereitungen (?:für|zur?)(?= (?:eine|einen|die|den|das) )",
                r"Produktion (?:beginnt|begann|startet|startete|läuft|soll)", r"Produktionsplan", r"Drehplan", r"Vorproduktion",
                # "entstehen derzeit sechs neue Folgen für die zweite Staffel": they are being made (not "entstehen sechs
                # neue Folgen", the order's size)
                r"(?:entstehen|entsteht) (?:derzeit|gerade|aktuell|momentan) (?:[\w-]+ ){0,2}?(?:neue |weitere )(?:Folgen|Episoden)"],
    # "im Schnitt" is also "on average" ("im Schnitt 5 Millionen Zuschauer")
    "post": [r"Postproduktion", r"Post-Production", r"Schnittphase", r"Schnittraum",
             # "im Schnitt fünf Millionen Zuschauer" is on average: only a season that is in the edit
             r"(?:ist|sind|befindet sich|befinden sich|steckt|stecken|liegt|liegen)(?:[^\S\n]+\w+)?[^\S\n]+im[^\S\n]+Schnitt"],
    "wrapped": [r"Dreharbeiten (?:sind |wurden )?(?:abgeschlossen|beendet)",
                r"Dreharbeiten (?:zu|zur|zum|für) [^.;!?\n]{1,40}? (?:sind|wurden) (?:\w+ )?(?:abgeschlossen|beendet)", r"abgedreht", r"Drehschluss", r"im Kasten",
                # the verb first: "wurden die Dreharbeiten zur zwölften Staffel im Januar abgeschlossen"
                r"(?:sind|wurden|waren) (?:die )?Dreharbeiten [^.;:!?\n]{1,60}? (?:abgeschlossen|beendet)(?![\w])"],
}
# A season's run that ended, or its ratings, tell that it aired: "erreichte im Schnitt 4,8 Millionen Zuschauer".
# Each is a release of its own and marks it past, so the list stands in RELEASE and in RELEASED_PAST.
_aired_runs = [
    # "Die zweite Staffel von X ist da", "ist endlich da": out now (not "ist dabei", a cast's)
    r"(?:ist|sind) (?:jetzt |endlich |ab sofort |nun )?da(?=[.!,:]| - | – )",
    r"(?:erreichte|erreichten|erzielte|erzielten|hatte|hatten) (?:im Schnitt|durchschnittlich)",
    # "in Skandinavien war er nach seinem Kinostart im September bereits bei Viaplay zu sehen": it could be seen
    r"(?:war|waren) (?:[^\s.,;:!?]+ ){1,12}?zu sehen(?![\w])",
    # "die Ausstrahlung im Dezember kam im Schnitt auf 2,1 Millionen Zuschauer"
    r"(?:kam|kamen) (?:im Schnitt|durchschnittlich) auf",
    # its audience: "hatte im Herbst 2025 im Schnitt 2,4 Millionen Zuschauer erreicht", "zwei Millionen Besucher in
    # die deutschen Kinos gelockt"; its year: "Die erste Staffel aus dem Jahr 2025"
    r"(?:Zuschauer|Zuschauerinnen|Besucher|Kinobesucher)(?: [^\s.,;]+){0,4} (?:erreicht|gelockt|angelockt|verfolgt)",
    # the verb at the end of its clause: "obwohl die letzte Staffel noch durchschnittlich 2,1 Millionen Zuschauer erreichte"
    r"(?:Zuschauer|Zuschauerinnen|Menschen) (?:erreichte|erreichten|erzielte|erzielten)(?![\w])",
    r"aus dem Jahr(?= \d{4})",
    # "die Komödie, die im September ihre erste Staffel beendet hat": the season it ended aired
    r"(?:beendete|beendeten) (?:ihre|seine|die) (?:[\w-]+ ){0,2}Staffel", r"(?:ihre|seine) (?:[\w-]+ ){0,2}Staffel beendete(?:n|t)?",
    r"folgte(?= (?:im|am|in|\d|Anfang|Ende|Mitte|ein Jahr|zwei Jahre|die (?:[\w-]+ )?Staffel|Staffel))",  # "Staffel 2 folgte im Oktober 2023"
    # "ist am Montagabend zu Ende gegangen", "stehen seit Donnerstag bei Netflix zum Abruf bereit", "ist jetzt da"
    # ("war im Oktober mit durchschnittlich 5,6 Millionen Zuschauern zu Ende gegangen": the pluperfect, a figure between)
    r"(?:ist|sind|war|waren) (?:[\w.,+-]+ ){0,8}zu Ende gegangen",
    # "Erst am vergangenen Freitag war die zweite Staffel der Serie online gegangen": out on the service
    r"(?:ist|sind|war|waren) (?:[\w.,+-]+ ){0,8}online gegangen", r"ging (?:[\w.+-]+ ){0,4}zu Ende",
    r"(?:steht|stehen) (?:[\w.+-]+ ){0,6}zum Abruf bereit", r"(?:ist|sind) (?:jetzt|nun|endlich) da",
    # its audience and the charts: "sahen am Freitag 4,6 Millionen Zuschauer", "landete auf Platz zwei"
    r"sahen (?:[\w,.]+ ){1,6}(?:Zuschauer|Zuschauerinnen|Menschen)",
    # "Die erste Staffel hatten im Oktober im Schnitt 5,2 Millionen Menschen gesehen"
    r"(?:hatte|hatten) (?:[\w,.]+ ){1,10}?(?:Zuschauer|Zuschauerinnen|Menschen) gesehen(?![\w])",
    # "Ab 20.15 Uhr verfolgten im Schnitt 6,3 Millionen Zuschauer die letzte Folge"
    r"verfolgte[n]? (?:[\w,.]+ ){1,5}(?:Zuschauer|Zuschauerinnen|Menschen)",
    # "schalteten im Schnitt 4,1 Millionen Menschen die neuen Folgen ein"; "hat sich am Montagabend mit einem
    # Cliffhanger verabschiedet": the run's end
    r"schaltete[n]? (?:[\w,.„“+-]+ ){1,10}ein(?![\w])", r"(?:hat|haben) sich (?:[\w„“.+-]+ ){0,8}verabschiedet", r"(?:landete|liegt|lag|steht|stand) (?:[\w.+-]+ ){0,3}auf Platz",
    r"Auf Platz (?:\d{1,2}|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)(?= der meistgesehenen)",
]

RELEASE = [
    # "Als Starttermin wurde bislang 2027 genannt", "als Startdatum gilt der 3. März": the date named for the start
    r"als (?:Starttermin|Startdatum|Sendetermin|Premierentermin|Veröffentlichungstermin)(?= (?:[^.;:!?\n]{1,40}? )?"
    r"(?:genannt|angegeben|angepeilt|anvisiert|vorgesehen|gilt|galt|nennt|nannte|nennen|nannten)(?![\w]))",
    # "Los geht es am Sonntag, den 1. Oktober", "losgehen soll es im März": the start, at its time
    r"(?:los geht(?:['’]s| es)|losgehen (?:soll|wird) es|(?:soll|wird) es (?:dann |schon |bereits )?losgehen)"
    r"(?= (?:(?:schon|bereits|dann|endlich|nun|mit [\w-]+(?: [\w-]+){0,4}) )?(?:am|ab|im|in|zum|Anfang|Ende|Mitte|\d))",
    # "bekommt am 12. September eine dritte Staffel": the season comes on that day (not "im Juli", which may be the
    # decision's month)
    r"(?:bekommt|bekommen|erhält|erhalten)(?= (?:(?:schon|bereits|dann|endlich|nun) )?(?:am|ab) (?:\w+, )?(?:den )?\d{1,2}\. "
    r"(?:\w+ )?(?:\d{4} )?(?:eine|einen|ihre|seine|die) (?:\w+ )?(?:Staffel|Fortsetzung))",
    # "die vierte Staffel von „Manifest“ gibt es am 4. November": there to watch from that day
    r"(?:gibt es|gibt's) (?:(?:bereits |schon )?(?:ab|am|seit)(?: dem)?)(?= \d{1,2}\.)",
    # "könnte Anfang 2027 das Licht der Welt erblicken": erscheinen
    r"das Licht der Welt (?:erblicken|erblickt|erblickte)",
    # "Die dritte Staffel kommt frühestens Ende nächsten Jahres": it comes then (not "Das Team kommt im Januar
    # zurück": back on the set)
    r"(?:kommt|kommen)(?= (?:frühestens|erst|voraussichtlich|vermutlich|wohl|schon|bereits|im|am|ab|Ende|Anfang|Mitte|nächstes|kommendes|20\d\d)(?![\w]))(?![^.;,:!?\n]*zurück)",
    # "Ab heute zeigt Apple TV+ die zweite Staffel": from the article's day on, it is there to watch
    r"ab heute(?: Abend)?(?=,? (?:zeigt|zeigen|streamt|streamen|ist|sind|gibt|läuft|laufen|startet|starten|bringt|bringen|kann|können|steht|stehen)(?![\w]))",
    # the return as a noun, with its time: "bestätigte die Rückkehr im kommenden Jahr"
    r"(?:die|ihre|seine) Rückkehr(?= (?:(?:von|der|des) [^.;:!?\n]{1,60}? )?(?:im kommenden Jahr|im nächsten Jahr|nächstes Jahr|\d{4}|im (?:Frühjahr|Frühling|Sommer|Herbst|Winter))(?![\w]))",
    # "kehrt das Krankenhausdrama „X“ im ersten Quartal 2026 mit einer zweiten Staffel zurück": a return with its time
    r"kehr(?:t|en|te|ten)(?= (?:das|der|die|„|\x22)[^.;!?\n]{0,160}? (?:im|am|ab|Anfang|Ende|Mitte|(?:19|20)\d\d)(?![\w])[^.;!?\n]{0,80}? zurück(?![\w]))",
    # "rechnen wir frühestens Ende 2026 mit neuen Folgen": the window the outlet looks to for them
    r"rechne(?:n|t|te|ten)?(?= (?:[^.;:!?\n]{1,40}? )?mit (?:neuen Folgen|(?:der|einer) (?:\w+ )?Staffel|(?:dem|einem) (?:\w+ )?(?:Film|Teil)))",
    # ("Mit einer 2. Staffel rechnen wir frühestens Anfang 2027": what is expected named first)
    r"mit (?:neuen Folgen|(?:der|einer) (?:[\w.]+ )?Staffel|(?:dem|einem) (?:\w+ )?(?:Film|Teil)) rechne(?:n|t|te|ten)",
    r"ende(?:te|ten)(?= (?:im|am|bereits|schon|Ende|Anfang|Mitte|vor)(?![\w]))",
    r"wieder da(?![\w])",  # "frühestens 2028 sind wir wieder da": back on screen
    # "Warner Bros. bringt „X 2“ am 9. Juli 2027 in die Kinos": the verb first, the time inside
    r"bring(?:t|en|e)(?= (?:[^.;:!?\n]|(?<=\d)\.){1,80}? in die (?:\w+ )?Kinos(?![\w]))",  # ("am 9. Juli")
    # "Gezeigt werden soll sie voraussichtlich Ende 2027", "soll im Herbst gezeigt werden"
    r"gezeigt werden (?:soll|sollen)", r"(?:soll|sollen) (?:[^\s.,;]+ ){0,5}gezeigt werden",
    # "Die sechste Staffel zeigen wir im Frühjahr nächsten Jahres", "zeigt das ZDF ab Januar": the broadcaster airs it then
    r"(?:zeigen|zeigt|strahlen|strahlt) (?:wir|(?:das|die|der) [\w+-]+)(?= (?:(?:voraussichtlich|erst|dann|bereits|schon|noch) )?(?:im|ab|am|Ende|Anfang|Mitte|zum|nach) )",
    # "Die ARD zeigt 2027 mehrere Fortsetzungen", "Sat.1 strahlt im Herbst die zweite Staffel aus": the broadcaster named
    # before, its year or season right after the verb
    r"(?:zeigen|zeigt|strahlen|strahlt)(?= (?:(?:voraussichtlich|erst|dann|bereits|schon|noch|ab) )?(?:20\d\d|im (?:Frühjahr|Sommer|Herbst|Winter)) )",
    # "Die Folgen der dritten Staffel werden wie geplant im Herbst gezeigt"
    r"(?:wird|werden) (?:[^\s.,;]+ ){0,6}?gezeigt(?![\w])",
    # ("dass die Serie 2027 zurückkehrt", "die im Herbst zurückkehren soll": in a clause, the time right before it)
    r"(?:(?:19|20)\d\d|im (?:Frühjahr|Frühling|Sommer|Herbst|Winter|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?: (?:19|20)\d\d)?) zurückkehr(?:t|en)(?![\w])",
    # "kehrt im November mit einer zweiten Staffel zurück": die Rückkehr, zum genannten Termin
    r"kehr(?:t|en) (?:(?!(?:nicht|nie|niemals|kein\w*)(?![\w]))(?:[^.,;:!?\n]|(?<=\d)\.(?= ))){0,60}?zurück(?![\w])",
    # "und Staffel 5 folgt 2028": die nächste kommt zum genannten Termin (not the noun, read in any case: "Gedreht werden
    # die zehn neuen Folgen ab Oktober")
    r"(?<!neuen )(?<!neue )(?<!die )(?<!den )(?<!weiteren )(?:folgt|folgen|soll (?:dann )?folgen|wird (?:dann )?folgen)(?= (?:im|am|ab|20\d\d|Ende|Anfang|Mitte|nächstes|kommendes|dann)(?![\w]))",
    # on air now, the season after the verb: "Im ZDF läuft derzeit die zweite Staffel"
    r"(?:läuft|laufen) (?:seit|derzeit|aktuell|gerade)",
    # "Die neuen Folgen laufen ab Herbst 2026 im ZDF", "soll im Herbst 2026 laufen", "läuft vom 3. März bis ..."
    r"laufen(?= (?:ab|im|in|am|voraussichtlich|noch) )", r"läuft(?= (?:ab|vom) )", r"(?:soll|sollen|wird|werden|dürfte|dürften)(?= (?:[^\s.,;]+ ){1,5}(?:laufen|zu sehen sein|starten|erscheinen|kommen)(?![\w]))",
    # "Das Erste will die sechs neuen Folgen – die dritte Staffel der Reihe – im kommenden Frühjahr zeigen"
    r"(?:will|wollen|möchte|möchten|plant|planen)(?=,? (?:[^\s.;]+ ){1,16}(?:zeigen|zu zeigen|ausstrahlen|auszustrahlen|veröffentlichen|zu veröffentlichen)(?![\w]))",
    # ... and the verb first: "Ausstrahlen will der Sender die neuen Folgen im Herbst 2026"
    r"(?:ausstrahlen|zeigen|veröffentlichen)(?= (?:will|wollen|möchte|möchten|soll|sollen)(?![\w]))",
    r"verschoben",  # "wird auf 2026 verschoben": the new window
    # "Netflix verschiebt die zweite Staffel der Serie auf 2027": der neue Termin nach dem Verschobenen
    r"(?:verschiebt|verschob|verlegt)(?= [^.;:!?\n]{1,80}? auf (?:(?:Ende|Anfang|Mitte|Frühjahr|Sommer|Herbst|Winter)[^\S\n]+)?\d{4})",
    r"start(?:et|en|ete|eten)", r"gestartet", r"angelaufen", r"Start(?:termin|datum)?", r"Sende(?:termin|start)",
    # "Sie beginnt am Montag, 15. September, im Ersten" (a day's date after it: not "beginnt am Set")
    r"(?<!Dreh )(?<!Produktion )beginnt (?:am|ab)(?= (?:\w+, )?\d{1,2}\.)", r"Kinostart", r"erschein(?:t|en)", r"erschien(?:en)?", r"veröffentlicht",
    # "gesendet werden die neuen Folgen im Frühjahr", "wird im Herbst im Ersten gesendet"
    r"gesendet(?= (?:werden|wird)(?![\w]))", r"(?:wird|werden) (?:[\w.+„“-]+ ){0,6}gesendet(?![\w])",
    r"Veröffentlichung", r"Premiere", r"ausgestrahlt", r"Ausstrahlung", r"l(?:äuft|ief|iefen) (?:ab|im|am|seit|bei)", r"im Kino", r"in den Kinos",
    # (not the crew: "Das Netflix-Team kommt im Januar zurück", it comes back to the set)
    r"(?<!Team )(?<!Crew )(?<!Drehteam )(?<!Filmteam )(?:kommt|kommen) (?:am|im|ab|Ende|Anfang|Mitte|noch|nächste|nächsten|erst|in|ins)",
    r"(?:kommt|kommen)(?= \d{4}(?![\w]))", r"abrufbar", r"verfügbar",
    # "Staffel 3 erwartet euch im Herbst 2025 auf Netflix": the season awaits its viewers, a time after it
    r"erwarte(?:t|n) (?:euch|dich|Sie|uns|die Fans|Fans)(?= (?:bereits |schon |dann |erst |voraussichtlich )?(?:im|am|ab|Ende|Anfang|Mitte|\d)(?![\w]))",
    r"zu sehen", r"geplant für", r"(?:ist|sind) für (?:[\w.]+ ){0,4}(?:geplant|angesetzt|vorgesehen)",
    # "Das ZDF hat die dritte Staffel für den Herbst angekündigt": a time it was announced for, the verb last
    r"für(?= (?:den |das |die |Anfang |Ende |Mitte |kommenden |nächsten |nächstes )*(?:Herbst|Frühjahr|Frühling|Sommer|Winter|"
    r"Jahresende|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|\d{4})"
    r"[^.;:!?\n]{0,25}? (?:angekündigt|terminiert|avisiert)(?![\w]))",
    # "Sky zeigt die zehn neuen Folgen ab dem 4. Dezember"
    r"zeig(?:t|en)(?= (?:[\w.]+ ){0,4}(?:Folgen|Episoden|Staffel)\b)", r"angesetzt", r"Release",
    r"(?:ins Kino|in die (?:\w+ )?Kinos|auf den Bildschirm|auf die Bildschirme) (?:kommen|kommt|kämen|käme)",  # verb last: "der 2027 ins Kino kommen soll", "in die deutschen Kinos kommen"
    # ... and "Der Verleih will «X 2» im Herbst 2026 in die Kinos bringen"
    r"(?:ins Kino|in die (?:\w+ )?Kinos) bringen",
    r"(?:kommen|erscheinen|starten|laufen) soll(?:en|te|ten)?",  # "deren vierte Staffel im Frühjahr 2027 kommen soll"
    r"(?:ist|sind|wäre|wären|dürfte|dürften) (?:\w+ ){0,8}?zu rechnen",  # "mit neuen Folgen ist nicht vor 2027 zu rechnen": they may be expected then
    *_aired_runs,
]
RELEASED_PAST = [
    # "Nach einer erfolgreichen ersten Staffel enttäuschte die zweite Staffel, sodass die Serie abgesetzt wurde": a season
    # that disappointed or won viewers over aired
    r"(?:enttäuscht|überzeugt|floppt)(?:e|en)(?= (?:\w+ )?(?:die|der) (?:\w+ )?Staffel(?![\w]))",
    # "zwei Monate nach dem Ende der zweiten Staffel": the season that ended aired
    r"(?:nach|seit) dem (?:Ende|Abschluss)(?= der )",
    # "Die ersten beiden Staffeln bleiben vorerst weiter bei Netflix abrufbar": still there to watch, so out already
    r"(?:bleibt|bleiben|blieben|bleibe) (?:[\w+.-]+ ){0,8}?(?:abrufbar|verfügbar)",
    # "die seit Freitag bei Netflix läuft", "erreichte in 40 Ländern die Top 10": out already
    r"seit (?:[\w+.-]+ ){0,5}(?:läuft|laufen)",
    # "Seit Montag stehen alle acht Folgen der zweiten Staffel in der ZDF Mediathek": there to watch, so out already
    r"seit (?:[\w+.,-]+ ){0,5}(?:steht|stehen) (?:[\w+.„“-]+ ){0,12}?(?:in der (?:[\w-]+ )?mediathek|zum abruf|(?:zum streamen )?bereit|(?:bei|auf) [\w+]+(?= *[.,;]))",
    r"(?:erreichte|erreichten|eroberte|eroberten) (?:in \d+ Ländern )?(?:die |den )?(?:Top ?10|Spitze)",
    # "after the premiere of season 2": past (the season named right after it)
    r"(?:nach|seit) (?:dem |der |ihrem |seinem )?(?:Start|Premiere|Ausstrahlung)(?= (?:der|von) (?:\w+ )?(?:Staffel|Teil))", r"(?:war|waren|ist|sind) (?:[\w,.+„“-]+ ){0,12}(?:gestartet|gelaufen)",
    r"(?:derzeit|aktuell|gerade) ausgestrahlt", r"(?:ist|sind) (?:bereits |schon |nun |jetzt )?seit (?:[\w+.-]+ ){0,7}(?:abrufbar|verfügbar|zu sehen)",
    # "war im August angelaufen", "ist im Mai angelaufen"; "Derzeit läuft die vierte Staffel"
    # ("war im Februar mit durchschnittlich 4,8 Millionen Zuschauern gestartet": the participle after its numbers)
    r"(?:war|waren|ist|sind) (?:[\w,.+„“-]+ ){0,12}angelaufen", r"(?:derzeit|aktuell|gerade|momentan|zurzeit) (?:läuft|laufen)",
    r"(?:läuft|laufen) (?:seit|derzeit|aktuell|gerade)", r"startete", r"starteten", r"erschien(?:en)?", r"lief", r"liefen", r"wurde (?:erstmals )?(?:ausgestrahlt|veröffentlicht)",
    # the participle at the clause's end: "wurde im Juni bei Prime Video veröffentlicht"
    # (or further on, past its title in quotes: "wurde die erste Staffel von „Moorlicht“ im
    # vergangenen Herbst auf einem Spartensender ausgestrahlt", "... über Netflix verfügbar gemacht")
    r"wurden? (?:[\w+.„“\"”-]+ ){1,14}?(?:ausgestrahlt|veröffentlicht|gezeigt|verfügbar gemacht|bereitgestellt)(?!\w)",
    # in the past perfect: "Die zweite Staffel war erst im Juli veröffentlicht worden"
    r"(?:war|waren) (?:[\w+.-]+ ){1,5}(?:ausgestrahlt|veröffentlicht|gezeigt) worden(?!\w)",
    r"(?:ist|sind) (?:seit \w+ |bereits |schon )?(?:verfügbar|abrufbar|erschienen)", r"feierte (?:\w+ )?Premiere",
    # "hat erst am 8. Mai auf Netflix ihre Premiere gefeiert", "feierte am Freitag bei Netflix Premiere"
    r"(?:feierte|feierten) (?:[\w+.-]+ ){1,8}?(?:ihre |seine )?Premiere", r"(?:hat|hatte|haben|hatten) (?:[\w+.-]+ ){0,8}?(?:ihre |seine )?Premiere gefeiert",
    r"kam (?:am|im|ins|in)", r"ist gestartet", r"war (?:\w+ )?zu sehen",
    # "Im Herbst schickte der Streamer „X“ an den Start und hat nun eine zweite Staffel bestellt": it went out
    r"(?:schickte|schickten|ging|gingen) (?:[\w+.,„“’?-]+ ){0,10}?an den Start",
    r"(?:ist|sind|war|waren) (?:[\w+.,„“’?-]+ ){0,10}?an den Start gegangen",
    r"(?:hat|haben|hatte|hatten) (?:[\w+.,„“’?-]+ ){0,10}?an den Start geschickt",
    # "Die dritte Staffel endete im Juni mit einem Cliffhanger": its run ended (as en "ended in")
    r"ende(?:te|ten)(?= (?:im|am|bereits|schon|Ende|Anfang|Mitte|vor|mit)(?![\w]))",
    r"(?<=[\w“\x22] )ende(?:te|ten)(?=[.,;:!?])",  # the verb last: "..., da die dritte Staffel im Juni endete."
    # (its passive too, the auxiliary last: "der dritten Staffel, die im Herbst ausgestrahlt wurde")
    r"(?:ausgestrahlt|veröffentlicht|gezeigt) (?:wurde|wurden)",
    r"(?:gestartet|gelaufen|erschienen|ausgestrahlt|angelaufen) (?:war|waren|ist|sind)",  # "..., deren Staffel Ende August gestartet war"
    # "Netflix hat am Montag die zweite Staffel veröffentlicht", "hatte erst im Januar ... veröffentlicht", "hatte
    # Sky die erste Staffel seiner neuen Eigenproduktion „X“ online veröffentlicht" (not "hat den Trailer veröffentlicht")
    # (a word may hold a dot, "Sat.1", but not end on one: "hat ... in Auftrag gegeben. Gezeigt werden soll sie ...")
    # (a title in straight quotes among the words too: 'hat Netflix alle Folgen von "Moorfeuer" veröffentlicht')
    r"(?:hat|haben|hatte|hatten) (?!(?:[\w+.„“\"”-]+ ){0,11}?(?:Trailer|Teaser|Poster|Bilder|Fotos|Starttermin|Datum|Details))(?:[\w+.„“\"”-]*[\w+„“\"”-] ){1,11}(?:veröffentlicht|ausgestrahlt|gezeigt)(?!\w)",
    *_aired_runs,
]
# Work that began in the past: "die Dreharbeiten begannen im August" is last August, not the next one.
# (the auxiliary and the participle frame the clause: "haben im Oktober in Hamburg begonnen")
BEGUN = [
    # ("Ich habe das Drehbuch im September fertig geschrieben", "Der Writers' Room wurde im März eröffnet": done by then)
    r"fertig geschrieben", r"(?:hat|habe|haben|hatte|hatten) (?:[^.;,!?\n]{1,40}? )?(?:Drehb[uü]ch(?:er)? )?(?:fertiggestellt|fertig geschrieben)",
    r"(?:wurde|wurden) (?:[^.;,!?\n]{1,30}? )?eröffnet",
    r"begann", r"begannen", r"startete", r"starteten", r"(?:hat|haben|hatte|hatten) (?:[^.;,!?\n]{1,40}? )?(?:begonnen|angefangen)",
         r"(?:ist|sind|war|waren) (?:[^.;,!?\n]{1,40}? )?(?:gestartet|angelaufen)", r"fiel die erste Klappe", r"die erste Klappe fiel",
         # "Gedreht wurde bereits im Sommer", "Die Dreharbeiten fanden im Sommer statt": done then
         r"gedreht (?:wurde|wurden)", r"(?:wurde|wurden) (?:[^.;,!?\n]{1,30}? )?gedreht", r"(?:fand|fanden) (?:[^.;,!?\n]{1,40}? )?statt"]
CAST = [r"kehrt (?:als \w+ |in der Rolle \w+ )?zurück", r"stößt (?:neu |ebenfalls |auch )?(?:zum|zur) (?:Cast|Besetzung|Ensemble)",
        # "Schauspielerin Marta Gil steigt aus": one who leaves the cast (see CAST_LEAVING)
        r"steig(?:t|en) (?:bei [^.;:!?\n]{1,40}? )?aus(?=[.,;:!?]| (?:und|weil|da|nach)(?![\w]))", r"schließt sich (?:\w+ )?an",
        # the verb's parts apart, a role between: "kehrt in der zweiten Staffel von „X“ als Kommissarin Lena Vogt zurück"
        r"kehr(?:t|en) (?:(?!(?:nicht|nie|niemals|kein\w*)(?![\w]))[^.;:!?\n]){0,100}? als [^.;:!?\n]{1,60}? zurück(?![\w])",
        # "ist in der zweiten Staffel von „X“ wieder dabei"
        r"(?:ist|sind) (?:(?!(?:nicht|nie|niemals|kein\w*)(?![\w]))[^.;:!?\n]){1,100}? wieder (?:mit )?dabei(?![\w])",
        r"verlässt", r"übernimmt die Rolle", r"(?:ist|sind) wieder dabei", r"wieder mit dabei", r"spielt (?:erneut|wieder)",
        r"neu (?:im|in der) (?:Cast|Besetzung)",
        # "Hauptdarstellerin X bestätigte ihre Rückkehr auf Instagram"
        r"(?:bestätigte|bestätigten|bestätigt) (?:ihre|seine|ihr) Rückkehr", r"(?:ihre|seine|ihr) Rückkehr (?:ist |wurde )?(?:offiziell )?bestätigt"]

# The cast words of one who leaves (CAST): a cast claim of negative polarity.
CAST_LEAVING = [r"verlässt", r"steig(?:t|en) (?:bei [^.;:!?\n]{1,40}? )?aus"]

# --- attitude ------------------------------------------------------------
# (nor the surprise it is not: "Es ist keine Überraschung, dass X um eine dritte Staffel verlängert wird", "nicht überraschend")
# ("nicht nur eine dritte, sondern auch eine vierte Staffel": not only, no negation)
NEGATIONS = [r"nicht(?! (?:überraschend|verwunderlich)(?![\w])| nur(?= [^.;!?\n]{1,40}?,? sondern))", r"kein(?:e|en|er|em)?(?! (?:Überraschung|Wunder)(?![\w]))", r"nie", r"niemals", r"ohne", r"noch nicht", r"nicht mehr", r"weder",
             r"nichts"]  # "Netflix hat bislang nichts angekündigt"
# "wird nicht zurückkehren", "wird keine Staffel 3 bekommen": a negation that makes a missing renewal a cancellation.
FUTURE_NEGATIONS = [r"(?:wird|werden) (?:es )?(?:\w+ )?(?:nicht|keine?n?)", r"nicht mehr", r"nie wieder"]
NOT_CONFIRMED = [
    # "Der Sender wollte das weder bestätigen noch dementieren": nothing confirmed (and no denial)
    r"weder (?:bestätigen|bestätigt|bestätigte) noch (?:dementieren|dementiert|dementierte|bestreiten|bestritten)",
    # '„Wir informieren, sobald alles bestätigt ist"': noch nichts bestätigt
    r"(?:sobald|wenn|bis) (?:[\w]+ ){0,3}(?:offiziell |endgültig )?(?:bestätigt|entschieden|beschlossen|fix)(?: ist| sind| wurde| wurden)?",
    # ("Zu einer möglichen dritten Staffel gibt es noch keine Informationen": nothing known of it yet)
    # ("darüber gibt es derzeit noch keinerlei Informationen")
    r"(?:gibt es )?(?:(?:derzeit|aktuell|momentan) )?(?:noch |bislang |bisher )(?:keine|keinerlei) (?:Informationen|Infos|Neuigkeiten|Angaben)(?![\w])",
    # "Einen Starttermin gibt es noch nicht": no date yet (the date's noun opens it)
    r"(?:einen|ein) [\w-]*(?:[tT]ermin|[dD]atum)(?= gibt es (?:noch |bislang |bisher |derzeit |aktuell )?nicht(?![\w]))",
    # "Offiziell ist bislang nichts", "Es gibt noch keine offizielle Bestätigung": no word yet
    r"offiziell ist (?:bislang |bisher |noch |aber |allerdings )*nichts",
    r"(?:noch |bislang |bisher )?keine (?:offizielle|offiziellen) (?:Bestätigung|Ankündigung|Informationen|Neuigkeiten|Entscheidung)",
    # '„Wir haben dazu aktuell nichts zu verkünden“': nothing to tell yet
    r"(?:haben|hat) (?:[\w-]+ ){0,3}?nichts (?:Neues )?(?:zu verkünden|mitzuteilen|anzukündigen|zu vermelden|bekanntzugeben)",
    # "Bisher hat Disney+ die Serie nicht um eine dritte Staffel verlängert": the "so far" opens the sentence, far from
    # the negation
    r"(?:(?<=[.!?] )|(?<=\n)|(?<=^))(?:Bisher|Bislang|Vorerst|Bis jetzt|Bis dato) (?:hat|haben) [^.;:!?\n]{1,80}? nicht (?:[^.;:!?\n]{0,40}? )?"
    r"(?:verlängert|fortgesetzt|bestellt|bestätigt)",
    # "Ob X eine zweite Staffel bekommt, steht noch in den Sternen": nothing decided yet
    r"steht (?:aber |jedoch |allerdings |bislang |bisher |derzeit |aktuell )*(?:noch )?in den Sternen",
    # "Für eine zweite Staffel ist es noch zu früh": nothing decided yet
    r"(?:noch |viel )?zu früh(?=[,.;:!?\x22“”»«’']| (?:um|für)(?![\w]))",
    # "Niemand hat die dritte Staffel bisher bestätigt", "Offiziell bestätigt hat sie noch niemand": no one's word yet
    r"niemand (?:hat|hatte) (?:[^.;:!?\n]{0,60}? )?(?:bestätigt|angekündigt|verkündet|offiziell gemacht|verlängert|bestellt)(?![\w])",
    r"(?:bestätigt|angekündigt|verkündet|verlängert|bestellt) (?:hat|hatte) (?:[^.;:!?\n]{0,60}? )?niemand(?![\w])",
    # "HBO Max hat noch nicht gesagt, ob es eine dritte Staffel gibt": no word yet
    r"(?:hat|haben) (?:noch |bislang |bisher )?nicht (?:gesagt|mitgeteilt|verraten),? ob",
    # "Offiziell angekündigt ist bislang nichts", "bestätigt wurde noch nichts": the participle first, "nothing" after
    r"(?:angekündigt|bestätigt|bekannt ?gegeben|entschieden|verkündet) (?:ist|wurde|sei) (?:bislang |bisher |noch |offiziell )*nichts",
    # die Antwort auf eine Frage: "Wurde sie verlängert? Noch nicht."
    r"(?:(?<=[.!?] )|(?<=\n)|(?<=^))(?:noch nicht|bislang nicht|bisher nicht)(?=[.,;!]| [—–-])",
    # "Netflix hat bislang weder eine Verlängerung noch eine Absetzung bekannt gegeben"
    r"weder (?:eine |die )?(?:Verlängerung|Fortsetzung|Absetzung|dritte Staffel|neue Staffel)[^.;:!?\n]{0,50}? noch [^.;:!?\n]{0,50}?"
    r"(?:bekannt ?gegeben|angekündigt|bestätigt|verkündet)",
    # "eine Entscheidung über eine dritte Staffel wird bis Jahresende erwartet": nothing is decided yet
    r"Entscheidung (?:[^.;]{0,60}? )?(?:wird|soll) (?:[^.;]{0,30}? )?(?:erwartet|fallen|getroffen werden)",
    # "eine Entscheidung über eine zweite Staffel sei noch nicht gefallen"
    r"Entscheidung (?:[^.;]{0,80}? )?(?:ist|sei|wurde) (?:aber |jedoch |allerdings |bisher |bislang )*noch nicht (?:gefallen|getroffen)",
    r"(?:noch )?nicht (?:offiziell )?(?:bestätigt|angekündigt|bestellt|entschieden|beschlossen|verkündet|garantiert|gesichert)",
    # "Eine dritte Staffel ist derzeit nicht geplant": no plans now, no end announced (not "ist nicht geplant", said
    # of a miniseries: its end)
    r"(?:ist|sind|sei|seien) (?:derzeit|aktuell|momentan|zurzeit|vorerst|bislang|bisher) nicht geplant",
    # "... will Netflix erst nach Auswertung der Abrufzahlen entscheiden": a decision still to come
    r"(?:will|wollen|wird|werden|möchte|möchten) (?:[\w„“-]+ ){0,4}?erst (?:[\w„“-]+ ){0,6}?entscheiden",
    # "Disney+ hat noch nicht über eine zweite Staffel von „Wache 17“ entschieden": the decision's object between
    r"(?:hat|haben) (?:noch |bislang |bisher )*nicht über (?:[^.;!?\n]{1,60}? )?(?:entschieden|befunden)",
    r"noch nicht (?:offiziell )?verlängert", r"noch nicht offiziell",
    r"(?:gibt es |gibt's )?(?:noch )?keine (?:offizielle )?(?:Bestätigung|Ankündigung|Entscheidung|Verlängerung)",
    r"(?:steht|ist) (?:noch )?nicht fest", r"(?:steht|ist) noch (?:nichts )?fest", r"nichts (?:ist )?(?:bestätigt|entschieden|offiziell|spruchreif|unterschrieben|fix)",
    # the participle first: "Entschieden ist noch nichts", "Beschlossen ist bislang nichts"
    r"(?:entschieden|beschlossen|bestätigt) (?:ist|sei|wurde) (?:[^.;,]{0,50}? )?(?:noch |bislang |bisher )?nichts",
    r"bestätig(?:t|te|en) (?:\w+ ){0,4}(?:noch |bislang |bisher )?nicht", r"unbestätigt", r"(?:ist|bleibt) (?:noch |bislang |bisher |weiterhin |derzeit |aktuell |vorerst )?offen", r"(?:ließ|lässt|ließen|lassen) (?:\w+ )?offen", r"(?:noch|weiter|weiterhin|bislang|bisher|derzeit|aktuell|vorerst) (?:völlig |komplett |ganz )?(?:unklar|ungewiss)", r"(?:ist|bleibt) (?:unklar|ungewiss)", r"(?:weder|nicht) bestätigt noch dementiert",
    r"weder (?:bestätigen|bestätigte|bestätigten) noch (?:dementieren|dementierte|dementierten)",
    # "Weder das Studio noch Crunchyroll, das die erste Staffel zeigte, haben eine Fortsetzung bestätigt"
    r"weder (?:[^.;:!?]{1,140}? )?noch (?:[^.;:!?]{1,140}? )?(?:bestätigt|angekündigt|verkündet)(?![\w])",
    # "Ob es eine zweite Staffel gibt, ist offiziell noch nicht bekannt"; "Noch ist keine fünfte Staffel angekündigt"
    r"(?:ist|sind) (?:offiziell )?(?:noch |bislang |bisher )?nicht bekannt",
    r"keine (?:\w+ )?(?:Staffel|Fortsetzung)(?=(?: [^.;\n]{0,50}?)? (?:angekündigt|bestätigt|bekannt ?gegeben|bestellt)(?!\w))",
    r"steh(?:t|en) (?:aber |allerdings |jedoch |bislang |bisher )?(?:noch )?aus",
    # "Eine offizielle Ankündigung von Netflix gibt es bislang nicht"
    # ("Eine offizielle Verlängerung von „X" gibt es bislang nicht": nor a renewal)
    r"(?:Bestätigung|Ankündigung|Entscheidung|Verlängerung)(?: [^.;]{0,60}?)? gibt es (?:aber |allerdings |jedoch )?(?:noch |bislang |bisher )?(?:noch )?nicht", r"(?:wartet|warten) (?:noch )?auf (?:eine )?(?:offizielle )?(?:Bestätigung|Ankündigung)",
]
DENIAL = [
    # „Anders als zuvor berichtet, hat Sat.1 X nicht abgesetzt": der Bericht wird richtiggestellt
    r"anders als(?= (?:zuvor |zunächst |vielfach |teilweise )?(?:berichtet|gemeldet|behauptet|spekuliert))",
    r"(?<!noch )dementi(?:ert|erte|erten|eren)", r"Dementi",  # not "weder bestätigen noch dementieren"
    r"widersprach", r"widerspricht", r"widersprochen", r"wies (?:\w+ )?(?:\w+ )?zurück",
    # "Die Berichte über einen Drehstart im September treffen nicht zu"
    r"(?:trifft|treffen|traf|trafen) nicht zu",
    r"zurückgewiesen", r"stimmt(?:en)? nicht", r"(?:ist|sei|sind) (?:nicht wahr|falsch|erfunden)", r"falsch", r"Falschmeldung",
    r"(?:ist|sei|sind|seien) nicht zutreffend", r"unzutreffend",  # "Dieser Bericht ist nicht zutreffend"
    r"bestritt", r"bestreitet", r"entbehrt jeder Grundlage", r"haltlos",
]
# Verbs that only announce; the event is what follows them ("bestätigte, dass die Serie endet").
ANNOUNCE = [r"(?:machte|macht|machten) (?:es|die Sache|die Nachricht|das) (?:\w+ ){0,3}?offiziell", r"offiziell gemacht",
            r"(?:lüftete|lüftet|lüfteten|gelüftet) (?:\w+ )?(?:das Geheimnis|den Schleier)",
            r"bestätig(?:t|te|ten|en)", r"(?:kündigt|kündigte|kündigten) (?:[\w„“+.-]+ ){0,8}?an(?![\w])", r"angekündigt",
            r"bekannt ?gegeben", r"verkündet", r"enthüllt", r"gab(?:en)?"]  # revealing the date (see RENEWAL)
NO_COMMENT = [
    r"wollte sich (?:dazu |bisher )?nicht äußern", r"(?:hat|hatte|haben) sich (?:bisher |bislang |noch )?nicht (?:dazu )?geäußert",
    r"äußerte sich (?:bisher |bislang )?nicht", r"kein Kommentar", r"ließ (?:eine |die )?Anfragen? unbeantwortet",
    r"reagierte (?:bislang |bisher )?nicht", r"(?:hat|haben) (?:bisher |noch )?nicht reagiert", r"wollte (?:das |dies )?nicht kommentieren",
    r"kommentier(?:t|te|en) (?:das |dies )?nicht", r"keine Stellungnahme",
]
# a cast member's willingness, no decision: „sie würde sofort zurückkehren“ (a return, and a hedge: see CAST)
_would_return = r"(?:(?<=sie )|(?<=er )|(?<=ich ))würde(?= (?:[^\s.,;:!?]+ ){0,8}?(?:zurückkehren|zurückkommen|wiederkommen)(?![\w]))"
HEDGES = [
    # a belief of others, no fact: "Fans glauben, dass die Serie mit der sechsten Staffel endet"
    r"(?:glaubt|glauben|glaubten|vermuten|vermutet)(?:,)? dass",
    # the speaker's own belief: „Eine dritte Staffel wird es nicht geben, glaube ich“, „Ich denke, wir machen weiter“
    r"(?:glaube|denke|vermute) ich(?=[.,!?\"“”»])", r"ich (?:glaube|denke|vermute)(?=[.,!?\"“”»])",
    # a deal not yet made: "Netflix steht kurz vor einer Verlängerung"
    r"kurz vor(?= (?:einer|der) (?:Verlängerung|Bestellung|Einigung)(?![\w]))",
    *_odds, r"stehen (?:eher |sehr |denkbar )?(?:schlecht|gering)",
    _would_return,
    _waiting_to_decide,
    # the outlet's own bet: "Bei diesen Zahlen ist kaum vorstellbar, dass es keine zweite Staffel gibt: Wir wetten, dass ..."
    r"(?:kaum|schwer) vorstellbar", r"(?:kaum|schwer) vorzustellen", r"wir (?:wetten|tippen)(?: darauf)?,? dass",
    # what is left to others to decide: "ob es eine dritte Staffel gibt, hängt von Netflix ab"
    r"hängt(?= [^.;!?\n]{1,60}? ab(?![\w]))", r"abhängen", r"abhängig",
    # a door left open: "never say never"
    r"(?:sag(?:e|t)?|sagen) (?:man )?niemals nie", r"niemals nie (?:zu )?sagen",
    # talk of a season, a hope (see RENEWAL): "Wir haben am Set schon über eine dritte Staffel gesprochen"
    r"über (?:eine|einen|ein) (?:\w+ )?(?:Staffel|Fortsetzung|Film|Teil) (?:\w+ )?gesprochen",
    # the outlet's guess: "Es liegt aber nahe, dass die Hauptdarsteller zurückkehren würden"
    r"liegt (?:\w+ ){0,2}nahe",
    # a belief, not a fact: „Ich glaube fest daran, dass ...“, "zeigte sich optimistisch"
    # (the clause the belief holds opens on its "dass", past the comma: „Ich glaube fest daran, dass wir weitermachen“)
    r"glaube (?:\w+ ){0,2}?daran", r"(?<=glaube, )dass", r"(?<=daran, )dass", r"(?<=davon, )dass", r"(?<=überzeugt, )dass",
    # the outlet's reckoning, its clause of "dass" after the comma: "Da der Sender jedes Jahr eine Staffel zeigt, ist es
    # wahrscheinlich, dass die neuen Folgen im Dezember kommen"
    r"(?<=wahrscheinlich, )dass", r"(?<=möglich, )dass", r"(?<=denkbar, )dass", r"(?<=vorstellbar, )dass",
    r"(?:zeigte|zeigt|gab|gibt) sich (?:\w+ )?(?:optimistisch|zuversichtlich)",
    # "wir schauen uns die Zahlen gerade sehr genau an": a platform weighing the next season
    r"(?:schauen|schaue|schaut|sehen|sehe|sieht) uns (?:die|den|das) (?:Zahlen|Quoten|Abrufzahlen|Daten|Ergebnisse)(?: \w+){0,4}? an(?![\w])",
    # "Man werte derzeit die Quoten der zweiten Staffel aus", "die Abrufzahlen werden noch ausgewertet"
    r"(?:werte|wertet|werten|wertete|werteten) (?:\w+ ){0,3}?(?:die|den|das) (?:Zahlen|Quoten|Einschaltquoten|Abrufzahlen|Daten|Ergebnisse)(?: \w+){0,4}? aus(?![\w])",
    r"(?:Zahlen|Quoten|Einschaltquoten|Abrufzahlen|Daten|Ergebnisse) (?:\w+ ){0,4}?(?:werden|würden|wurden) (?:derzeit |gerade |noch |aktuell )?ausgewertet",
    # der Zweifel der Autorin: "Ich bezweifle, dass ...", "Ich glaube nicht an eine vierte Staffel"
    r"(?:ich )?bezweifle", r"zweifelhaft", r"(?:ich )?glaube (?:ehrlich gesagt |persönlich )?nicht (?:daran|an)",
    # "wenn es nach ihm ginge, bekäme die Serie eine vierte Staffel": ein Wunsch, keine Entscheidung
    r"wenn es nach (?:mir|ihm|ihr|uns|ihnen) (?:ginge|gehen würde)", r"ginge es nach (?:mir|ihm|ihr|uns|ihnen)",
    r"schein(?:t|en)(?= [^.;:!?\n]{0,40}? zu )", r"scheinbar",  # "eine zweite Staffel scheint in Arbeit zu sein"
    r"(?<![\w])ob(?= )",  # "Ob es eine dritte Staffel geben wird, ist noch unklar"
    r"(?:schon |bereits )?Ideen[»«“”\"]? für(?= (?:eine|die|den|weitere))", r"(?:noch )?(?:viele|ein paar|einige) Ideen[»«“”\"]? für",  # (also quoted: "«ein paar Ideen» für")  # "Wir haben schon Ideen für eine Fortsetzung"
    r"könnte(?:n)?", r"dürfte(?:n)?", r"möglicherweise", r"vielleicht", r"eventuell", r"(?<!Bewerbungen )(?<!ab sofort )(?<!ab jetzt )möglich(?:e|en|er)?", r"Möglichkeit",
    r"wahrscheinlich", r"unwahrscheinlich", r"vermutlich",
    # "Somit geht die neue Staffel wohl erst 2019 an den Start": probably (not "sehr wohl", indeed; nor "zum Wohl")
    r"(?<!sehr )(?<!zum )(?<!das )(?<!dem )wohl(?![\w])", r"(?:ist|sind|sei|wäre) (?:noch )?im Gespräch", r"denkbar", r"voraussichtlich", r"frühestens", r"nicht vor", r"(?:wird|werden) (?:\w+ )?erwartet",
    r"erwartet (?:für|im|am|Ende|Anfang|Mitte)", r"rechnen mit", r"hoff(?:t|en|e)",
    r"Hoffnung(?:en)?", r"wünsch(?:t|en|e)", r"Wunsch", r"Traum", r"Zukunftsmusik", r"würde(?:n)? (?:sehr |so |wirklich )?gern(?:e)?", r"Gerüchten?(?! (?:ein|das) Ende)", r"Gerücht", r"Spekulation(?:en)?(?! (?:ein|das) Ende)",
    r"spekulier(?:t|en)", r"Theorien?", r"in (?:Gesprächen|Verhandlungen)", r"verhandel(?:t|n)", r"Verhandlungen", r"Gespräche",
    # "Eine zweite Staffel wird derzeit geprüft"
    r"geprüft", r"in (?:der )?Prüfung", r"auf dem Prüfstand",
    r"prüft", r"prüfen", r"prüfe", r"erwägt", r"erwägen", r"erwäge", r"denk(?:t|en) über", r"nachgedacht", r"nicht ausgeschlossen", r"schließ(?:t|en) (?:[^.;:!?\n]){1,80}? nicht aus(?![\w])", r"(?:lässt|ließ|lassen|ließen) (?:sich )?(?:\w+ ){0,3}?(?:die |eine )?Tür (?:\w+ )?offen", r"(?:wollte|wollten|will|wollen|möchte) (?:\w+ ){0,3}?(?:die|eine) Tür (?:\w+ )?nicht (?:ganz )?(?:schließen|zumachen)", r"schließ(?:t|en) (?:\w+ )?nicht aus",
    # (not the reader's: "Falls ihr es verpasst habt", "Wenn du die erste Staffel noch nicht gesehen hast")
    # (and a subjunctive verb that opens the sentence as its condition: "Käme eine dritte Staffel, würde ...")
    # (not the concession "Auch wenn wir keine dritte Staffel produzieren werden, danken wir ...")
    # ("Selbst wenn Disney+ grünes Licht gäbe, müssten erst die Drehbücher geschrieben werden": what would have to be)
    r"müssten?", r"falls(?! (?:ihr|du) )", r"sollte", r"(?<!auch )wenn(?! (?:ihr|du) )", r"(?:(?<=[.!?] )|(?<=\n)|(?<=^))(?:[Kk]äme|[Kk]ämen|[Gg]äbe|[Ff]iele|[Ff]ielen)(?= )", r"forder(?:t|n)", r"(?:(?:Fan|Online)-?)?[pP]etition", r"(?:Fan-?)?[kK]ampagne", r"Hinweise?", r"Anzeichen", r"deute(?:t|n) an", r"angedeutet",
    r"angeblich", r"offen für",
]
# words that say a claim was told but not made official, anywhere in its sentence from the claim's clause on
# ("eine dritte Staffel ist bestätigt, wenn auch nicht offiziell: Der Hauptdarsteller hat es verraten")
UNOFFICIALLY = [r"(?:wenn auch|aber|allerdings|jedoch) (?:noch )?nicht offiziell", r"inoffiziell"]
REPORTED = [r"berichte(?:t|te|ten|n)", r"Berichten zufolge", r"zufolge", r"demnach", r"demzufolge", r"Insider(?:n|informationen)?", r"Quellen?",
            r"(?:erfahren|erfuhr)(?: (?:hat|haben))?(?![\w])", r"exklusiv(?! (?:auf|bei|im|in|über|für) )", r"meldet(?:e)?", r"soll(?:en)? (?:\w+ )?(?:\w+ )?worden sein",
            r"wie (?:\w+ )?(?:\w+ )?berichtet", r"(?:hat|hatte|haben|hatten) (?:\w+ )?gemeldet"]
# (not the talk put to an end: "hat den Spekulationen ein Ende gesetzt und eine dritte Staffel bestellt")
RUMOUR = [r"Gerüchten?(?! (?:ein|das) Ende)", r"Gerücht", r"Gerüchteküche", r"Spekulation(?:en)?(?! (?:ein|das) Ende)", r"unbestätigt(?:e|en)?", r"angeblich(?:e|en)?",
          r"Leaks?", r"Fantheorien?", r"Fan-Theorien?", r"Fan-Accounts?", r"Fanseiten?"]

# --- sources -------------------------------------------------------------
PLATFORM_WORDS = [r"(?:das )?Produktionskomitee", r"(?:die |der )?offiziellen? (?:Website|Webseite|Homepage)", r"(?:der )?Streamingdienst", r"(?:der )?US-(?:Streamingdienst|Streaming-Dienst|Streamer|Sender)", r"(?:der )?Streaming-Dienst", r"(?:der )?Streamer", r"(?:der )?Sender", r"(?:das )?Studio",
                  # ("der Bezahlsender Kabelblau", "der Pay-TV-Kanal Kabelblau": a channel of a kind, its name after it)
                  r"(?:der )?(?:Bezahl|Pay-TV-|Privat|Fernseh|TV-|Sparten|Spielfilm|Kabel)(?:sender|[kK]anal|Sender)",
                  # the platform's own documents: "Laut Aktionärsbrief ...", "Im Brief an die Aktionäre heißt es ..."
                  r"(?:der |dem )?Aktionärsbrief", r"(?:der |dem )?Brief an die Aktionäre",
                  # ("nach Angaben des Senders": the genitive)
                  r"(?:des )?(?:Senders|Streamers|Streamingdienstes|Streaming-Dienstes|Anbieters|Unternehmens|Verleihs)",
                  r"(?:die )?Produktionsfirma", r"(?:der )?Verleih", r"(?:der )?Anbieter", r"(?:die )?Plattform",
                  # ("dass der Videodienst eine zweite Staffel bestellt", "hat der Streaming-Anbieter ... in Auftrag gegeben")
                  r"(?:der )?(?:Video|Streaming-?)(?:dienst|anbieter|portal)", r"(?:das )?(?:Video|Streaming-?)portal",
                  r"(?:Sender|Unternehmens|Konzern)?[Ss]precher(?:in)?", r"Pressesprecher(?:in)?", r"Vertreter(?:in)?", r"Manager(?:in)?", r"Programmchef(?:in)?",
                  r"Fiktionschef(?:in)?", r"(?:das )?Unternehmen", r"Mitteilung", r"Pressemitteilung",
                  # the company's heads: "Deutschland-Chef Henrik Vosskamp", "Geschäftsführerin Anna Kern"
                  r"(?:Deutschland|Europa|Content|Konzern|Vorstands)-?[cC]hef(?:in)?", r"Geschäftsführer(?:in)?", r"CEO",
                  # ("Leiterin der deutschen Originals bei Prime Video")
                  r"Leiter(?:in)? (?:der |des )?(?:[\w-]+ )?(?:Originals|Eigenproduktionen|Fiktion|Serien|Inhalte|Programms?)(?![\w])",
                  r"Programmdirektor(?:in)?", r"Serienchef(?:in)?", r"Fernsehdirektor(?:in)?", r"Unterhaltungschef(?:in)?", r"Fernsehfilmchef(?:in)?",
                  r"(?:die )?offizielle (?:Website|Webseite|Seite)", r"(?:der )?offizielle (?:Account|Kanal)"]
CREATOR_WORDS = [r"mangaka", r"Schöpfer(?:in)?", r"Serienschöpfer(?:in)?", r"Erfinder(?:in)?", r"Showrunner(?:in)?", r"Drehbuchautor(?:in)?",
                 r"Headautor(?:in)?", r"Autor(?:in)?", r"Schriftsteller(?:in)?", r"Romanautor(?:in)?", r"Zeichner(?:in)?",
                 r"Macher(?:in)?", r"Serienmacher(?:in)?",
                 # one person in two roles, one of them the writing: "Drehbuchautor und Regisseur Jonas Keller"
                 r"(?:Drehbuchautor|Autor|Showrunner|Schöpfer|Erfinder)(?:in)? und (?:Regisseur|Produzent)(?:in)?",
                 r"(?:Regisseur|Produzent)(?:in)? und (?:Drehbuchautor|Autor|Showrunner)(?:in)?"]  # "Macherin Lena Vogt hat das Aus verkündet"
# ("die Komödie unter der Regie von Tom Hale": the one named after it)
CREW_WORDS = [r"unter der Regie von", r"Regisseur(?:in)?", r"Produzent(?:in)?", r"Filmemacher(?:in)?", r"Executive Producer", r"Komponist(?:in)?"]
# (a show's host is its talent too: "moderiert von Raka Hadi", "Moderatorin Ana Ruiz")
CAST_WORDS = [r"moderiert von", r"Moderator(?:in)?", r"Schauspieler(?:in)?", r"Hauptdarsteller(?:in)?", r"Darsteller(?:in)?", r"Star", r"Cast", r"Besetzung"]
# ("Gute Nachrichten für alle Fans von X": whom the news is for, not who says it)
# the fans told to wait for a season ("los fans tendrán que esperar hasta 2027") are no source of it
# (nor those told what they may look forward to: "Fans dürfen sich auf zwölf neue Episoden freuen")
_waiting_fans = r"(?!(?: [^\s.,;:!?]+){0,5}? (?:müssen sich (?:[^\s.,;:!?]+ ){0,4}?gedulden|müssen (?:noch )?(?:[^\s.,;:!?]+ ){0,3}?warten|" \
                r"(?:dürfen|können) sich (?:[^\s.,;:!?]+ ){0,8}?freuen)(?![\w]))"
# (nor fans who meet the news with anger: "Die Fans von „Nebel“ reagierten empört auf die Absetzung": the news is the
# outlet's)
_reacting_fans = r"(?!(?: [^\s.;:!?]+){0,8}? (?:(?:reagierten|reagieren) (?:empört|wütend|enttäuscht|entsetzt|verärgert|fassungslos)|" \
    r"zeigten sich (?:[^\s.,;:!?]+ )?(?:enttäuscht|empört|wütend|entsetzt|traurig|fassungslos)|machten (?:ihrem|ihrer) (?:Ärger|Unmut|Wut|" \
    r"Enttäuschung) Luft)(?![\w]))"
FAN_WORDS = [
    # ("Ein viraler Post auf X behauptete, Paramount habe die Fortsetzung bestellt": someone's post, no outlet's report)
    r"(?<!in )(?:ein|eine) (?:viraler |anonymer |viel geteilter )?(?:Post|Beitrag|Tweet|Thread) (?:auf|bei) (?:x|twitter|tiktok|reddit|threads|facebook|instagram)(?![\w])",
    # ('„Die Dreharbeiten zu Staffel 2 haben begonnen“, schrieb einer': one of the fans named before)
    r"(?:schrieb|kommentierte|twitterte|postete|antwortete|ergänzte|scherzte) (?:(?:einer|eine|ein anderer|eine andere)(?=[.,;:!?]|$)|ein (?:Fan|Nutzer|Follower)|eine (?:Nutzerin|Followerin))(?![\w])",
    # (nor, the verb first, "Allerdings müssen sich Fans noch bis ins neue Jahr gedulden", "müssen die Fans warten")
    r"(?<!für )(?<!für alle )(?<!an alle )(?<!müssen sich )(?<!müssen sich die )(?<!müssen )(?<!müssen die )Fans?" + _waiting_fans + _reacting_fans, r"Zuschauer(?:innen)?", r"Publikum", r"Serienfans", r"Community", r"Nutzer(?:innen)?", r"Fangemeinde"]
# ("das US-Branchenblatt „Deadline“": a prefix of its country)
MEDIA_WORDS = [r"podcasts?", r"Medien", r"Zeitung", r"Magazin", r"(?:[A-Z]{2,3}-)?Branchenblatt", r"(?:[A-Z]{2,3}-)?Branchenmagazin", r"[\w-]*[pP]ortal", r"Website", r"Webseite",
               r"[\w-]*(?:[kK]urier|[zZ]eitung|[aA]nzeiger|[rR]undschau|[tT]agblatt)",  # "der „Hamburger Abendkurier“ berichtete"
               r"Bericht", r"Journalist(?:in)?", r"Kolumnist(?:in)?", r"Boulevardblatt", r"Presse",
               r"(?:Branchen|Medien|Fach|Nachrichten)dienst(?:es)?", r"Branchenblatt(?:e?s)?", r"Magazins", r"Newsletter"]
# where a clause breaks besides punctuation: "is being discussed, but there is no decision yet"
# ("führt Netflix aber bereits Gespräche": inside its clause, right after a word, "aber" is an adverb, no break)
CLAUSE_BREAK_WORDS = [r"(?<![^\W\d_] )aber", r"(?<![^\W\d_] )doch", r"(?<![^\W\d_] )jedoch", r"obwohl", r"(?<![^\W\d_] )allerdings"]
# a company named right after its kind is the source: "rumah produksi Sinemaku", "the studio Blue Haven"
COMPANY_ROLE_WORDS = [r"Produktionsfirma", r"Studio"]
# "If the platform gives the green light, ...": a condition asserts nothing, and a name inside it is no source
# and a sentence that opens on "Sollte": "Sollte Netflix grünes Licht geben, ..." (not "Die Serie sollte 2026 starten")
CONDITION_WORDS = [r"(?<!auch )wenn(?! (?:ihr|du) )", r"falls(?! (?:ihr|du) )", r"sofern", r"vorausgesetzt", r"unter der Bedingung", r"(?:(?<=[.!?] )|(?<=\n)|(?<=^))sollten?",
                   # a subjunctive verb that opens the sentence: "Käme die Verlängerung in diesem Sommer, ..."
                   r"(?:(?<=[.!?] )|(?<=\n)|(?<=^))(?:käme|kämen|gäbe|fiele|fielen)"]
# before the agent of a passive: "renewed by HBO"
PASSIVE_AGENT = [r"von", r"durch"]
# "according to a report from Deadline", "denied a report from Star News": the outlet after its report; also
# "a petition from fans": the fans after a wish (FROM_WORDS, SOURCE_DETERMINERS)
REPORT_NOUNS = [r"Bericht", r"Artikel", r"Meldung"]
FROM_WORDS = [r"von", r"des", r"der"]
SOURCE_DETERMINERS = [r"einem", r"einer", r"die", r"den", r"dem", r"seinen", r"ihren", r"seine", r"ihre"]
# '"...," ujarnya kepada wartawan': the ones spoken to are not the speaker
ADDRESSEE_WORDS = [r"gegenüber", r"dem"]  # "sagte er dem „Spiegel“" (not "der": "sagte der ZDF-Sprecher")
SPEECH_VERBS = [r"sagten?", r"sagt", r"erklärten?", r"erklärt", r"betonten?", r"betont", r"bestätigten?", r"verrieten?", r"verrät",
                r"schrieb", r"schreibt", r"teilten?(?= (?:[\w+.&-]+ ){0,5}mit(?!\w))", r"teilten?(?= (?:[\w+.&-]+ ){6,12}mit(?=[.,;:!?]))", r"meinte", r"fügten?(?= (?:[\w+.&-]+ ){0,5}hinzu)",
                r"kündigten?(?= (?:[\w+.&-]+ ){0,5}an(?!\w))",
                # (further off where "an" ends the clause: "kündigte das ZDF eine siebte Staffel von „Sonnenhof“ an.")
                r"kündigten?(?= (?:[\w„“+.&-]+ ){6,16}?an(?=[.,;:!?]))", r"(?:angekündigt|bekannt ?gegeben|mitgeteilt|bestätigt) (?:hat|haben)",
                r"ankündigte", r"mitteilte", r"bekannt ?gab(?:en)?", r"bestätigt", r"postete", r"antwortete", r"räumte ein", r"versicherte", r"erzählte", r"scherzte", r"laut",
                r"behauptete", r"behaupteten", r"behauptet",
                # "Hauptdarstellerin X deutete in einem Podcast an, dass ...", "hatte angedeutet, dass": a hint is hers
                r"deuteten?(?= (?:[\w+.&-]+ ){0,5}an(?![\w]))", r"angedeutet(?=,? dass)",
                # "Das ZDF schickte am Montag eine kurze Stellungnahme. „...“, heißt es darin": a statement quoted in the next sentence
                r"(?:schickte|verschickte|veröffentlichte|gab) (?:\w+ ){0,3}?(?:eine|ein) (?:\w+ )?(?:Stellungnahme|Statement|Mitteilung)",
                r"in einer (?:\w+ )?(?:Stellungnahme|Mitteilung)", r"äußerte sich(?! (?:bisher |bislang |noch )?nicht)",
                # '„Der Bericht entspricht nicht den Tatsachen“, hieß es in einer Stellungnahme'
                r"(?:heißt|hieß) es"]
ACCORDING_TO = [r"laut", r"nach Angaben (?:von|des|der)", r"nach (?:unseren |eigenen |exklusiven )?Informationen (?:von|des|der|aus)", r"zitiert", r"unter Berufung auf", r"nach (?:einem |dem )?Bericht(?:en)? (?:des|der|von|im|in)"]
# Prepositions before a platform that make it the venue, not the speaker ("startet bei Netflix"); "von" names the agent.
VENUE_PREPOSITIONS = ["bei", "auf", "im", "in", "über", "via", "für", "für den", "für das", "für die"]  # ("die die Serie damals für den WDR entwickelt hatten")
# A decision's participle before the platform: "renewed for a third season at Hulu", "canceled at Netflix after
# two seasons" name who decided.
# (and who is quoted: '„Wir prüfen alle Optionen“, hieß es bei Joyn')
DECIDED_PARTICIPLES = [r"verlängert", r"bestellt", r"abgesetzt", r"(?:heißt|hieß) es"]

# --- grammar words the engine reads around its cues -------------------------
SUBJECT_PRONOUNS = [r"sie", r"er"]
# the audience as a clause's subject after "und" (see claims.py)
SUBJECT_NOUNS = [r"die Fans", r"Fans", r"die Zuschauer", r"das Publikum"]
# a clause of cause that opens a sentence: who is named inside it does not say what its main clause says
CAUSE_OPENERS = ["da", "weil", "nachdem"]
# A finite verb comes before its negation, in the middle of the clause: "RTL+ verlängert die Serie vorerst nicht".
NEGATION_AFTER_VERB = True
VERB_NEGATIONS = [r"nicht", r"noch nicht", r"bislang nicht", r"bisher nicht"]
RETURN_WORDS = [r"zurück"]
CINEMA_WORDS = [r"Kinos?", r"Kinostart", r"Kinohit", r"Fortsetzung"]
TIME_CLAUSE_WORDS = [r"seit", r"nachdem"]
RELATIVE_PRONOUNS = [r"die", r"der", r"den", r"das"]
THAT_WORDS = [r"dass"]
ANOTHER_WORDS = [r"einer anderen", r"einem anderen", r"anderen"]
AGENCY_WORDS = [r"Agentur", r"Management"]
# ... and the paper spoken to: "sagte er dem „Spiegel“", "verriet sie der „Zeit“"
SPOKEN_ON = [r"(?:in der|bei) (?:Sendung|Talkshow)", r"im Podcast",
             r"(?:sagte|sagt|erzählte|verriet|betonte|erklärte|bestätigte)(?: \w+)? (?:dem|der)"]
# an episode's name right after the word for an episode ("In der heutigen Folge „Tod im Tuchlager“"): no work
EPISODE_WORDS = [r"Folge", r"Episode", r"Folge mit dem Titel"]
# A season's last episode in one word: „das Staffelfinale, das am Freitag läuft“ dates that episode, not the season
FINALE_WORDS = [r"Staffelfinale"]
# right after a quoted name, a part of the story, not a work: "adapt the \"Black Harbor\" arc from the manga"
# the book or comic a series adapts, as the subject of "geht weiter": "Der Webtoon geht noch zwei Arcs weiter"
SOURCE_WORKS = [r"(?:der|die|das) (?:Webtoon|Manga|Manhwa|Roman|Buch|Comic|Romanvorlage|Vorlage)"]
# a posted message or a phrase, quoted after its noun (and a colon), is no title: 'with a short message: "Back soon"',
# 'followed by the phrase "The dusk is not over"'
MESSAGE_WORDS = [r"Botschaft", r"Nachricht", r"Post", r"Beitrag", r"Text", r"Satz", r"Slogan", r"Motto", r"Hashtag", r"(?:Online-)?Petition(?: mit dem Titel| namens)?"]
# a byline's opening word, before the writer's name on a line of its own
BYLINE_WORDS = [r"von"]
ARC_WORDS = [r"Arc", r"Handlungsbogen"]
# the outlet that asked, right before it: "fuentes de la plataforma consultadas por este medio desmienten": not the speaker
ASKED_BY = [r"(?:befragt|kontaktiert) von"]
# a release word that names the event where something was said ("bei der Premiere in Berlin"): no release of a season
OCCASIONS = [r"(?:bei|auf|während) der (?:[\w'’.-]+ ){0,3}(?:Premiere|Vorpremiere|Weltpremiere)", r"auf dem roten Teppich der (?:[\w'’.-]+ ){0,3}Premiere"]
# a sentence that opens on other works, plural, tells of them: "Andere Serien hatten weniger Glück"
OTHER_WORKS = [r"(?:andere|weitere|(?:zwei|drei|vier|fünf|sechs|\d+) (?:andere|weitere)) (?:\w+ )?(?:Serien|Formate|Filme|Produktionen|Titel)",
               # (or a pronoun for them, decided on: "Manche werden nach wenigen Wochen abgesetzt, etwa ...")
               r"(?:manche|andere|viele)(?= (?:werden|wurden) (?:\w+ )?(?:abgesetzt|eingestellt|verlängert)(?![\w]))"]
# works in general, the subject of a renewal or a cancellation a few words after it: "Many shows thought safe
# for renewal were cancelled" (what is said is of them, not of the article's work)
# (and the bare plural right after the auxiliary: "Netflix hat Serien bereits abgesetzt, bevor ihre Geschichte
# auserzählt war": series in general)
MANY_WORKS = [r"(?:viele|zahlreiche|mehrere|etliche|manche|(?:nur )?wenige|die meisten) (?:\w+ )?(?:Serien|Formate|Produktionen)",
              r"(?<=hat )(?:Serien|Formate|Shows)(?= (?:schon|bereits|auch|immer wieder|oft|häufig|mehrfach|früher)(?![\w]))",
              r"(?<=haben )(?:Serien|Formate|Shows)(?= (?:schon|bereits|auch|immer wieder|oft|häufig|mehrfach|früher)(?![\w]))"]
# what a name is said to be one of, a kind of work in the plural after it: "Ironvale is one of the few dramas renewed
# early" (the name is a title)
ONE_OF = [r"(?:ist|war|bleibt|gehört) (?:auch |ebenfalls )?(?:eine|einer|eines|zu) (?:der|den)",
          # (or what kind of work it is, right after its article: "Nordwind ist eine Serie über ...")
          r"(?:ist|war) (?:auch |ebenfalls )?(?:eine|ein)", r"(?<=, )(?:eine|einer|eines) der"]
# the making a sentence opens on, before the work it is of ("Production on Ironvale season 3 has wrapped"): no part
# of the title
TOPIC_LEAD = [r"(?:Produktion|Dreharbeiten) (?:von|zu|für)"]
# right after a making word, another work's: "sedang menjalani syuting drama lain", "is filming another series": not this one
OTHER_WORK = [r"(?:einer|einen|eine|einem) (?:anderen|neuen) (?:\w+ )?(?:Serie|Film|Projekt)",
              # "Der 27-Jährige dreht derzeit einen Kinofilm in Wien"
              r"(?:einen|einem) (?:neuen )?Kinofilm",
              # "bei den Dreharbeiten zu seinem nächsten Film": someone's next work
              r"(?:seinem|ihrem|seinen|ihren) (?:nächsten|neuen) (?:\w+ )?(?:Film|Projekt|Kinofilm)"]
# someone's earlier work, named right before its title: "das Ende ihrer früheren Serie „Stadtrand“" (the sentences
# after it go on with the work the article is about)
# the work a new one's makers are known by, right after them (what is said is of the new one): "von den Machern von „Schwertspiel“"
MAKERS_OF = [r"von den (?:Machern|Schöpfern|Erfindern) (?:von|der|des|hinter)"]
# (and a work the one spoken of is measured against: seit dem Ende von „Schwertspiel“)
FORMER_WORK = [r"seit dem (?:Ende|Finale|Abschluss) (?:von|der|des)",
               r"(?:ihrer|seiner|ihre|seine|ihren|seinen|ihrem|seinem) (?:früheren|frühere|ersten|erste|vorherigen|vorherige|älteren|ältere|anderen|andere) "
               r"(?:[\w-]+ )?(?:Serie|Film|Drama|Komödie|Krimiserie|Dramaserie),?",
               # ... or the book it adapts: "basiert auf dem zweiten Band, „Das Meer schuldet“", "adaptierte „Das verlorene Licht“"
               r"(?:dem|der|den|das|die|ihrem|seinem) (?:ersten |zweiten |dritten |letzten )?(?:Buch|Roman|Band|Manga|Webtoon|Comic),?",
               r"(?:adaptiert|adaptierte|verfilmt|verfilmte)"]
# the series a spinoff comes from, named by its kind: "the parent series", "la serie madre"
PARENT_WORDS = [r"Mutterserie", r"(?:ursprüngliche|Original-?|Haupt)serie", r"Original-Serie"]
SPLIT_IN_TWO = [r"in zwei (?:Teile|Teilen|Hälften|Cours)"]
INTERVIEW_WORDS = [r"Interview", r"Gespräch"]  # ("im Gespräch mit dem „Stern“")
DATE_NOUNS = [r"(?:ein |das |kein |der )?(?:Datum|Termin|Starttermin|Startdatum|\w+termin|\w+datum)(?![\w])"]  # ("Ausstrahlungstermin")
# A detail of a season left untold ("has not revealed the number of episodes"): no word on the season itself.
DETAIL_NOUNS = [r"(?:(?:über|zur|zum|zu) )?(?:die |den |das |der )?(?:Zahl der Folgen|Anzahl der Folgen|Folgenzahl|Umfang|Inhalt|Besetzung|Handlung|Laufzeit|Titel|Trailer)"]
# ("hierzulande auch als „Die Sternenstaub-Bäckerei“ bekannt": the participle after the other title)
ALIAS_WORDS = [r"(?:hierzulande |in Deutschland |bei uns )?(?:auch )?als(?= [„\"»][^„\"“»«\n]{1,60}[“\"«] (?:bekannt|erschienen|zu sehen))",
               r"im Original", r"mit dem Untertitel", r"Untertitel:?", r"Originaltitel:?", r"(?:auch |hierzulande |(?:in|im) (?:\w+ ){1,2})?(?:auch )?bekannt als", r"wörtlich", r"sinngemäß"]
# the end of a season named right before it, not its airing: "Das Ende der zweiten Staffel ließ die Fans ratlos zurück"
SEASON_END_OF = [r"(?:das|dem|des) (?:Finale|Ende|Schluss)s? der"]
RUN_END_OF = [r"dem (?:Finale|Ende) der", r"der Ausstrahlung der"]
# "renewed ahead of the finale", "kurz vor dem Finale der zweiten Staffel": the moment another event is timed by;
# a release word right after it releases nothing, and a season named there is not the one decided
EVENT_BEFORE = [r"vor"]
# "noch bevor", said of what has not happened yet: "noch bevor die zweite Staffel zu sehen war"
EVEN_BEFORE = [r"noch bevor", r"noch ehe"]
# the nouns for a series that may introduce its title and the number of an installment: "Serial Lentera Kota 2
# dijadwalkan tayang perdana pada 9 Mei" (no season noun said)
SERIES_NOUNS = [r"Serie"]
# a season whose numbers are weighed is the one before the one decided on: "prüft die Abrufzahlen der zweiten Staffel"
MEASURE_NOUNS = [r"Zahlen", r"Quoten", r"Abrufzahlen", r"Einschaltquoten", r"Ergebnisse", r"Resonanz", r"Erfolg", r"Misserfolg", r"Flop"]
# a headline that counts what is known of one work, its numbered lines its facets: "5 Dinge, die wir über Staffel 2 wissen"
FACET_NOUNS = [r"Dinge", r"Gründe", r"Fakten", r"Details", r"Fragen", r"Theorien", r"Geheimnisse"]
# a relative clause after a name that makes it a cast member: "Lea Brandt, die in der Serie die Kommissarin spielte, ..."
ROLE_CLAUSES = [r",? (?:die|der) [^,.;!?\n]{0,60}? (?:spielt|spielte|verkörpert|verkörperte|gespielt hat|verkörpert hat)(?=,)"]

# --- time ----------------------------------------------------------------
MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "april": 4, "apr": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "dezember": 12, "dez": 12,
}
YEAR_SEASONS = {"frühjahr": "Q2", "frühling": "Q2", "sommer": "Q3", "herbst": "Q4", "winter": "Q1",
                "spätsommer": "Q3", "hochsommer": "Q3", "spätherbst": "Q4"}
YEAR_PARTS = {
    r"(?:gegen |zum |bis |bis zum )?Ende": "Q4", r"(?:zu )?(?:Anfang|Beginn)": "Q1", r"Mitte": "",
    r"(?:im |das |fürs )?(?:ersten?|1\.) Halbjahr": "H1", r"(?:im |das |fürs )?(?:zweiten?|2\.) Halbjahr": "H2",
    r"(?:in der |die )?erste[n]? Jahreshälfte": "H1", r"(?:in der |die )?zweite[n]? Jahreshälfte": "H2",
    # "für die zweite Hälfte des kommenden Jahres" (a year's half only before its year)
    r"(?:in der |die )?erste[n]? Hälfte": "H1", r"(?:in der |die )?zweite[n]? Hälfte": "H2",
    r"(?:im |das |fürs )?(?:ersten?|1\.) Quartal": "Q1", r"(?:im |das |fürs )?(?:zweiten?|2\.) Quartal": "Q2", r"(?:im |das |fürs )?(?:dritten?|3\.) Quartal": "Q3",
    r"(?:im |das |fürs )?(?:vierten?|letzten?|4\.) Quartal": "Q4", r"im Laufe": "",
}
# a half of the year that may stand without its year ("im zweiten Halbjahr"): the next one not yet over
# (and a quarter, the same way: "no segundo trimestre")
HALVES = {r"(?:im |das |fürs )?(?:ersten?|1\.) Quartal": "Q1", r"(?:im |das |fürs )?(?:zweiten?|2\.) Quartal": "Q2", r"(?:im |das |fürs )?(?:dritten?|3\.) Quartal": "Q3",
          r"(?:im |das |fürs )?(?:vierten?|letzten?|4\.) Quartal": "Q4",
          r"(?:im |das |fürs )?(?:ersten?|1\.) Halbjahr": "H1", r"(?:im |das |fürs )?(?:zweiten?|2\.) Halbjahr": "H2",
          r"(?:in der |die )?erste[n]? Jahreshälfte": "H1", r"(?:in der |die )?zweite[n]? Jahreshälfte": "H2"}
# ("auf das nächste Frühjahr", "die kommende Wintersaison": after an article)
NEXT = [r"nächsten", r"nächstes", r"kommenden", r"kommendes", r"nächste", r"kommende"]
THIS = [r"diesen", r"diesem", r"dieses"]
# "last summer", "au printemps dernier": a season of the year just past
LAST = [r"letzten", r"vergangenen"]
# "in the fall", "im Herbst", "au printemps": a season of the year alone, the next one to come
# ("für den Herbst angekündigt", "auf den Herbst verschoben")
SEASON_PREFIXES = [r"im", r"ab", r"bis zum", r"zum", r"für den", r"für das", r"auf den", r"auf das", r"in den", r"ins"]
# "this Friday", the next such day after the article ({d}: a day of the week)
WEEKDAYS = {"Montag": 0, "Dienstag": 1, "Mittwoch": 2, "Donnerstag": 3, "Freitag": 4, "Samstag": 5, "Sonntag": 6}
COMING_WEEKDAY = [r"seit {d}", r"diesen {d}", r"(?:am )?kommenden {d}", r"(?:am )?nächsten {d}", r"ab (?:dem )?{d}",
                  # told in the present: "Am Mittwoch startet die zwölfte Staffel", "Die Serie startet am Mittwoch"
                  r"am {d}(?= (?:startet|starten|läuft|laufen|kommt|kommen|erscheint|erscheinen|zeigt)\b)",
                  r"(?<=startet )am {d}", r"(?<=starten )am {d}", r"(?<=läuft )am {d}", r"(?<=laufen )am {d}",
                  # (the platform between: "startet bei Netflix am Freitag")
                  r"(?:startet|starten|läuft|laufen|erscheint|erscheinen) (?:bei|auf|im) [\w+]+(?: [\w+]+)? am {d}"]
# "next week", "last week": the month of the week after or before the article
NEXT_WEEK = [r"(?:in der )?nächsten Woche", r"nächste Woche", r"kommende Woche",
             # "startet bereits in wenigen Tagen": within the week
             r"in (?:nur )?(?:wenigen|ein paar) Tagen", r"in den (?:kommenden|nächsten) Tagen"]
# The day of the article and the day after it ("premieres today", "lands tomorrow").
TODAY = [r"heute(?: (?:Abend|Morgen|Nacht))?"]
TOMORROW = []
# The day before the article ("released yesterday").
YESTERDAY = [r"gestern(?: (?:Abend|Morgen|Nacht))?"]
LAST_WEEK = [r"(?:in der )?vergangenen Woche", r"letzte Woche", r"(?:in der )?letzten Woche"]
NEXT_YEAR = [r"(?:im )?nächsten Jahr", r"nächstes Jahr", r"(?:für )?das (?:nächste|kommende) Jahr", r"(?:des )?nächsten Jahres", r"(?:im )?kommenden Jahr",
             r"kommendes Jahr", r"(?:des )?kommenden Jahres", r"(?:im )?Folgejahr"]
# "around this time next year": the article's month, a year on
THIS_TIME_NEXT_YEAR = [r"(?:um |zur )?(?:diese|die gleiche|dieselbe) Zeit (?:im )?nächsten Jahr(?:es)?"]
# ("noch vor Jahresende", "zum Jahresende": this year's end; not "bis Jahresende verfügbar", a run's end)
THIS_YEAR = [r"(?:noch )?(?:vor|zum|gegen) (?:dem )?Jahresende", r"(?:in )?diesem Jahr", r"dieses Jahr", r"dieses Jahres", r"diesen Jahres", r"noch in diesem Jahr",
             r"(?<=Ende )des Jahres", r"(?<=Anfang )des Jahres", r"(?<=Mitte )des Jahres", r"(?<=Laufe )des Jahres"]
# so many years before the article's: "two years ago" ("{n}" the count, in figures or words)
YEARS_AGO = [r"vor {n} Jahren"]
LAST_YEAR = [r"(?:des )?(?:letzten|vergangenen|vorigen) Jahres", r"letztes Jahr", r"(?:im )?letzten Jahr", r"vergangenes Jahr", r"(?:im )?vergangenen Jahr",
             r"des vergangenen Jahres", r"(?:im )?Vorjahr"]
# "akhir tahun yang sama", "finales de ese año": the year the sentence named before
SAME_YEAR = [r"(?:des )?selben Jahres", r"desselben Jahres", r"(?:im )?selben Jahr"]
# The month after the article's: "next month".
NEXT_MONTH = [r"(?:im )?(?:nächsten|kommenden) Monat"]
THIS_MONTH = [r"(?:in )?diesem Monat", r"(?:noch )?diesen Monat", r"(?:Ende|Anfang|Mitte) des Monats"]
LAST_MONTH = [r"(?:im )?(?:letzten|vergangenen) Monat", r"(?:im )?Vormonat"]
# "verschiebt die zweite Staffel auf 2027": das Jahr nach DELAY_TO, wenn ein Verb des Verschiebens davorsteht
DELAY_VERBS = [r"verschiebt", r"verschoben", r"verschob", r"verlegt"]
# after a clause break, the plan that replaces the one before it: "had announced November, but the episodes
# will now arrive in 2027", "pero llegarán finalmente en 2027" (the last window of the sentence counts)
REVISED_WORDS = [r"nun", r"jetzt", r"stattdessen", r"erst", r"schließlich"]
# the word that puts one plan for another after a negated one: "nicht im Oktober, sondern erst im Januar 2027"
RATHER_WORDS = [r"sondern"]
# the subjunctive of reported speech: "meldete, Joyn habe eine vierte Staffel bestellt, gedreht werde ab Oktober" (what
# a platform is said to have done, when no one in the sentence says it in its name)
REPORTED_MOOD = [r"habe", r"sei", r"seien", r"werde", r"solle", r"könne", r"wolle", r"müsse",
                 r"hätte", r"hätten", r"sollten"]  # ("die Dreharbeiten sollten im März beginnen": the plural's mood)
DELAY_TO = [r"auf"]
# ("„voraussichtlich 2027“": a year after its hedge)
YEAR_PREFIXES = [r"im Jahr", r"im", r"in", r"für", r"bis", r"ab", r"seit", r"vor", r"frühestens", r"spätestens", r"erst", r"zu",
                 r"voraussichtlich"]
# a bare year right after its verb: "sollen 2027 im Ersten zu sehen sein", "Die erste Staffel lief 2019."
YEAR_AFTER_VERBS = [r"soll", r"sollen", r"sollte", r"sollten", r"wird", r"werden", r"lief", r"liefen", r"startete", r"starteten",
                    r"erschien", r"erschienen", r"folgte", r"folgt", r"kam", r"kamen", r"kommt", r"kommen", r"startet", r"starten", r"erscheint", r"erscheinen",
                    # (the end of a run: "Nach vier Staffeln war 2015 Schluss", "Die Serie endete 2015")
                    r"war", r"endete", r"wurde",
                    # (after "so far" there: "Als Starttermin wurde bis dato 2027 genannt")
                    r"bis dato",
                    # (the separable verb of a return: "Die Serie kehrt 2027 zurück")
                    r"kehrt", r"kehren",
                    # (the broadcaster's: "Die ARD zeigt 2027 mehrere Fortsetzungen", "Sat.1 strahlt 2027 aus")
                    r"zeigt", r"zeigen", r"strahlt", r"strahlen"]
# A release said not to come before a time comes then at the earliest ("startet nicht vor 2026").
UNTIL = [r"vor", r"bis"]
SINCE = [r"seit"]
# A year right before a release verb is its window: "der 2027 ins Kino kommen soll", "2026 startet"; or before the
# verb that follows a year opening its clause ("2027 sollen die neuen Folgen laufen", "2027 wird sie ausgestrahlt").
YEAR_BEFORE = [r"verschoben", r"ins Kino", r"in die Kinos", r"in den Kinos", r"start(?:en|et)", r"erschein(?:en|t)", r"(?:kommen|kommt)",
               r"soll(?:en|te|ten)?", r"wird", r"werden", r"zurückkehr(?:en|t)"]
HOLIDAYS = {r"Weihnachten": "Q4", r"Ostern": "", r"Silvester": "Q4", r"(?:den |die )?Feiertage(?:n)?": "Q4", r"Halloween": "Q4"}
# A broadcast season written by its years ("the 2025-26 season": from the autumn), and the words for its middle,
# where a show held back from the autumn starts (the next year's first quarter).
TV_SEASONS = [r"(?:tv-|fernseh)?saison", r"spielzeit"]
MIDSEASON = [r"mid-?season", r"mitte der saison"]

# Words the pre-filter looks for in raw bytes, and the engine too: without one of them no text
# is about an installment. Specific on purpose ("season", "second film", not "film"): the
# pre-filter must reject most pages of general news at scan speed.
SEASON_VOCABULARY = ["weitere staffeln", "staffel", "fortsetzung",
                     # ("der dritte und letzte Teil": the ordinal apart from its noun)
                     "letzte teil", "zweiter teil", "dritter teil", "zweiten teil", "dritten teil", "teil 2", "teil 3", "teil 4",
                     "zweiter film", "dritter film", "neuer film", "sequel", "season",
                     # a numbered film may name no installment word: "„Alpenglühen 2“ ... Kinostart ist im März" (kept
                     # narrow: the ingest pre-filter shares these words)
                     "kinostart", "abgedreht", "drehschluss",
                     # ("geht in die dritte Runde": see SEASON_NOUNS)
                     "runde",
                     # a title or kind joined to the noun: "die zweite Nebelkamm-Staffel", "die zweite Anime-Staffel von X"
                     "-staffel"]
# words of deciding, in a "nothing confirmed" statement: the platform has not decided, which is its own answer
# (what it has not announced or commented on, the article tells; see NOT_CONFIRMED)
DECISION_WORDS = [r"entschied", r"entscheid", r"Entscheidung"]
# "kommt nicht wie geplant 2027": nach einem verneinten Ereignis und seinem Termin ist der Termin aufgegeben
AS_PLANNED = [r"wie (?:ursprünglich |zunächst )?(?:geplant|vorgesehen|angekündigt|erhofft|versprochen)"]
# "startet nicht mehr im Oktober": der Termin danach ist aufgegeben, nicht die Staffel
NO_LONGER = [r"nicht mehr", r"nicht länger"]
# the noun before a year in a window: "the end of the year 2027", "a finales del año 2027"
YEAR_NOUNS = [r"des Jahres", r"Jahres", r"im Jahr", r"Jahr"]
# "Season 2 of Y was also renewed": what "also" adds, no one named, is the platform's that spoke just before
ALSO_WORDS = [r"auch", r"ebenfalls", r"darüber hinaus", r"außerdem", r"zudem"]
# where a platform presents its slate: what the paragraph then says, no one named, is its announcement
# (the business results too: "Bei der Vorstellung der Quartalszahlen hat RTL+ ...")
PRESENTATION_WORDS = [r"(?:Quartals|Jahres|Halbjahres)zahlen", r"Bilanzpressekonferenz", r"(?:zwei|drei|mehrere|gleich zwei) (?:Ankündigungen|Programmentscheidungen)", r"Programmentscheidungen", r"Programmpräsentation", r"Präsentation", r"(?:Jahres)?pressekonferenz", r"Upfronts?", r"Showcase",
                      r"(?:stellte|präsentierte|hat)(?: \w+){0,2} (?:sein|seine|ihr|ihre) (?:neuen |kommenden )?(?:Programm|Serien|Neuheiten|Produktionen)",
                      # "bei einem Fan-Event" (where the platform presents what is to come)
                      r"Fan-?(?:Event|Festival|Veranstaltung)"]
# a sentence that opens on these tells a schedule since replaced: "Zuvor war die Staffel für August angekündigt"
# ("Ursprünglich hatte Disney+ die neuen Folgen für den Herbst 2025 angekündigt": the plan before the delay)
SUPERSEDED_OPENERS = [r"zuvor", r"vorher", r"bislang", r"bisher", r"ursprünglich", r"anfangs", r"eigentlich"]
# A word of "maybe" that, alone before a season to come with no verb at all, hopes for it.
MAYBE_WORDS = [r"vielleicht"]
# What a statement that nothing is decided goes on to list as undecided too ("..., including the filming schedule").
INCLUDING_WORDS = [r"einschließlich", r"darunter"]
# Between a title and the word of its cancellation after it, an auxiliary or two ("has been cancelled").
EVENT_AUXILIARIES = [r"(?:wurde|wird|ist|sei|wäre)(?:[^\S\n]+offiziell)?"]
# A season's name in reality shows, which festivals and prizes have too.
EDITION_NOUNS = [r"Ausgabe"]
# What has editions of its own, named next to one ("the 14th edition of the festival"): no show's season.
EVENT_NOUNS = [r"Festival", r"Festspiele", r"Preisverleihung", r"Messe", r"Gala"]
# A word of ending, whose subject may be a season that airs its last episode ("Season 2 of Harbor Lane ends tonight").
ENDING_WORDS = [r"zu ende"]
# A word of when between a word of ending and the season after it ("Chega ao fim hoje a segunda temporada").
ENDING_ADVERBS = [r"heute", r"morgen"]
# The past tense of "to be" in a final statement, which makes the last season the last one aired ("it was the last one").
PAST_COPULAS = [r"war", r"waren"]
# A word of a run's end, which a time clause before it tells as a time ("since the show ended").
ENDED_WORDS = [r"endete"]
# A word of an executive's office written right before the platform's name ("Head of Content WeTV Indonesia Gita Pramesthi").
OFFICE_WORDS = [r"ceo", r"manager", r"boss"]
# A word for a number or a room that the number after it completes, in a title ("Apartment No. 9").
NUMBER_NOUNS = [r"nummer", r"nr\.", r"zimmer"]
# The pronoun that takes up a work named before ("Missed the first film? It is now on Prime Video").
WORK_PRONOUNS = [r"er", r"es", r"sie"]
# What a platform shows of a season before it airs ("a first-look image, released today": the image's release).
PROMO_WORDS = [r"Bilder?", r"Fotos?", r"Poster", r"Plakate?", r"Trailer", r"Teaser"]
# The pronoun that stands only for a person, never for a show (a heading over the cast who leave: "Wer nicht zurückkehrt").
PERSON_PRONOUNS = [r"wer"]
# A word of the time over which a season's audience was counted ("averaged 6.4 million viewers across its third season").
OVER_WORDS = [r"während"]
# The episodes of a season, between a release word and the season ("stehen alle acht Folgen der zweiten Staffel
# bereit"): what was released is that season.
EPISODES_OF = [r"(?:alle )?(?:die )?(?:\w+ )?(?:Folgen|Episoden) (?:der|von der|aus der)"]
# The episodes of a season still to air, named before their release word ("The three remaining episodes will air on ...").
REMAINING_EPISODES = [r"restlichen[^\S\n]+(?:\w+[^\S\n]+)?Folgen"]
# A word of "between", before the steps or the seasons it counts ("between the first and the second season").
BETWEEN_WORDS = [r"zwischen"]
# A work's only season, which is its first: "its only season premiered in September".
ONLY_SEASON = [r"(?:ihre|seine|die) einzige Staffel"]
# The word that opens a question about when: an interview's "When will viewers see it?", answered by a time.
WHEN_QUESTION = [r"(?:und |aber |also )?wann"]
# The word that opens an indirect yes-or-no question ("Ob die dritte Staffel die letzte sein wird, ist offen"): a
# final statement after it, in its clause, is asked, not told.
WHETHER_WORDS = [r"ob"]
# The words that open a question of who, which or how many ("It is not yet known who will return"): a doubt right
# before the question, or after it when the question opens the sentence, is about that, not about the season.
# (and what the fans may expect: "Was Fans in der vierten und letzten Staffel erwarten dürfen, ist noch nicht bekannt")
OPEN_QUESTION_WORDS = [r"wer(?! weiß)", r"welche[rsnm]?", r"wie viele", r"wie viel",
                       r"was(?= (?:die )?(?:Fans|Zuschauer(?:innen)?|Serienfans|Nutzer(?:innen)?) )"]
# The words around "A and B" that count two works, not one title with "and" in it: before ("the freshman comedies
# A and B", "both A and B") and after ("A and B each").
PAIR_BEFORE = [r"Serien", r"Komödien", r"Dramen", r"beide"]
PAIR_AFTER = [r"beide"]
# The sequel and the word that joins it to the work it follows ("the sequel to the film that drew 2 million viewers"):
# what a relative clause after it tells is of that earlier work.
SEQUEL_OF = [r"Fortsetzung (?:des|der|von|zu|zum)"]
# What a work is based on ("based on the second novel, which came out in 2021"): what a relative clause after it
# tells is of that source.
BASED_ON = [r"basiert auf", r"beruht auf", r"nach (?:dem|der) (?:gleichnamigen )?(?:Roman|Buch|Bestseller|Vorlage|Comic|Manga|Webtoon)"]
# The possessive determiners ("pas de deuxième saison pour son thriller lancé en janvier": the work's own launch).
POSSESSIVES = [r"ihr", r"ihre", r"ihren", r"ihrem", r"sein", r"seine", r"seinen", r"seinem"]
# The words that set another work against the subject ("Unlike Stonefield, the drama will not return"): that work
# is not what the sentence speaks of.
CONTRAST_WORDS = [r"im Gegensatz zu(?:m|r)?", r"anders als"]
# A weekly cadence ("New episodes drop every Friday through December"): before "until", the rest of a season on air.
WEEKLY_WORDS = [r"jede[nr]? (?:Woche|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)", r"wöchentlich", r"immer (?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags)"]
# The word before the platform a work is made for ("la troisième saison de Double Fond pour Canal+"): no title word.
MADE_FOR = ["für"]
# A photo's caption names people in a work and ends on its credit ("Clara Penhaligon and Dev Sandhu in The
# Understudy. Photo: Apple TV+"): the word between the people and the work, and the credit's words.
CAPTION_IN = ["in", "als"]
PHOTO_CREDITS = [r"fotos?:", r"bild:", r"©"]
# A word of consequence: after a shoot, the time it leads to is the release's ("we shoot in the autumn, so
# realistically the start of next year").
CONSEQUENCE_WORDS = [r"also", r"daher"]
# A word of what comes next: "agreed to a ninth season, then it is over" (the end is of the season after).
THEN_WORDS = [r"dann", r"danach", r"anschließend"]
# A weekday just gone ("opened last Friday"): the one before the article's date.
PAST_WEEKDAY = [r"(?:am )?(?:vergangenen|letzten) {d}"]
# the words that open a calendar's day written with a one-digit month ("el 23/4", "am 23.4."): see when.py
DAY_OPENERS = ["am", "vom", "zum", "ab"]
# whom unnamed sources are close to, before its name: "Quellen aus dem Umfeld der Produktionsfirma Levante Films"
CLOSE_TO_WORDS = [r"(?:Quellen?|Insider|Personen) (?:aus dem|im) Umfeld", r"(?:aus dem|im) Umfeld (?:der|des|von)", r"(?:Quellen?|Insider) (?:nahe|bei)"]
# The season before the one spoken of, unnumbered: "drei Jahre nach dem Start der vorherigen Staffel".
PREVIOUS_SEASON = [r"(?:der|die|ihrer|seiner|ihre|seine) (?:vorherigen?|vorigen?|letzten?) Staffel", r"(?:der|die) Vorgängerstaffel"]
# A word that tells a release not come yet, with its negation: "noch nicht erschienen" (the season still to come).
NOT_YET_WORDS = [r"noch"]
