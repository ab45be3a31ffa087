"""English cue words.

Every entry is a regular-expression fragment matched case-insensitively at word
boundaries; plain words are the common case. The engine compiles them once.
"""

CODE = "en"
NAME = "English"

# Nouns that number an installment: "season 2", "second season", "Part Two".
SEASON_NOUNS = ["seasons?", "series", r"(?<=sophomore )run", r"(?<=freshman )run"]  # "its sophomore run": the trade press's second season
# a season written with its letter and number: "Iron Valley S2", "S02E05"
SEASON_LETTERS = ["S"]
FILM_NOUNS = ["films?", "movies?", "instal?lments?", "chapters?", "parts?"]
# Nouns that split one season in two (the film noun for a part, and a volume): beside a season they name no installment
# of their own ("Season 4 Part 2", "Part 2 of season 4").
PART_NOUNS = ["parts?", "volumes?"]
# Words that tie such a part to the season after it.
PART_OF = ["of"]
# An unnumbered new season ("renewed for another season"): the one after the last that aired, when the article names it.
NEW_SEASON = [r"(?:new|another|further|fresh)[^\S\n]+seasons?", r"one[^\S\n]+more[^\S\n]+season"]  # not "new series": a new show
# "renewed for two more seasons": that many after the last one named or aired ({n}: the count)
# "the first two seasons": the seasons up to that many (see seasons.py)
FIRST_SEASONS = [r"first[^\S\n]+{n}[^\S\n]+(?:seasons|series)"]
MORE_SEASONS = [r"{n}[^\S\n]+(?:more|additional|further)[^\S\n]+(?:seasons|series)",
                # "a two-season renewal", "a two-season order"
                r"{n}-season[^\S\n]+(?:renewal|order|pickup|extension)"]
# A sequel with no number is the next film: "a sequel", "the sequel film".
SEQUEL_NOUNS = ["sequels?"]
# "final season": the season after it will not be made. Not "last": "last season" in news
# mostly means the one before ("last season the show drew its biggest audience"), and sports
# pages say it on every line; "will be the show's last" is read by FINAL_STATEMENTS.
FINAL_WORDS = ["final", "concluding"]
# ... and a word that is one only after an ordinal and its "and" ("the fifth and last season"; alone, "last season" is
# the one before).
FINAL_AFTER_AND = ["last"]
# "canceled after two seasons", "ended with its second season": the count is the final season.
# (and "has not confirmed anything beyond the second season": what lies past the season named is the next one)
AFTER_COUNT_WORDS = ["after", r"after (?:wrapping|airing|completing|finishing)", "with", "following", "beyond", r"(?<=it )past", r"(?<=get )past", r"(?<=got )past", r"which (?:had|ran for|lasted)", r"(?:ran|running) for", r"lasted(?: for)?"]
# ... or after the count and its noun: "Five seasons in, the drama won't be back"
COUNT_IN_WORDS = [r"in"]
# "one" after those words: "annulée après une saison" is cancelled after one season
ONE_AFTER_COUNT = ["a single", "just one"]
# Joins numbers in "seasons 2 and 3", "seasons two & three".
NUMBER_JOINERS = ["and", "&", ",", "or", "to", "through"]
# What a sentence calls the words of the one before ("The claim has been circulating on social media").
TOLD_BEFORE = [r"(?:the|this|that|these|those|such) (?:claims?|reports?|information|news|rumou?rs?|talk|speculation)"]
# Joiners of a range ("seasons 3 through 5": the seasons between too).
RANGE_JOINERS = ["to", "through"]
# "Season 1 aired in 2023 and season 3 is being written": the word that joins two clauses
CLAUSE_AND = ["and"]
# "will continue through season 3": a renewal up to that season, from the next one on
THROUGH = ["through", "up to", "until"]

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "single": 1,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
    "9th": 9, "10th": 10,
    # the second season of a show, as the trade press calls it: "its sophomore season"
    "sophomore": 2,
    # ... and its first: "its freshman season", "the debut season", "the inaugural season"
    "freshman": 1, "debut": 1, "inaugural": 1,
}
ORDINAL_PATTERNS = [r"(\d{1,2})(?:st|nd|rd|th)"]
# "season 5 will be the last": the season after it will not be made.
FINAL_STATEMENTS = [
    # "ended with its second season, which its creator always intended to be the last": planned as the last
    r"(?<=which )(?:its |the )?(?:creators?|showrunners?|makers?|writers?) (?:always |originally |had )?(?:intended|meant|planned) (?:to be|as) (?:the |its )?(?:final|last)(?: one| season| chapter)?",
    # "season 5 – which will mark the last of the series", "will mark the end of the series": that season is the last
    r"(?:will|would|is set to|is going to) (?:also )?mark the (?:last|final (?:chapter|installment)|end|conclusion) of the (?:series|show|saga|story)",
    # (in the present: "The fourth season of X marks the end of the series", "... the end of \"X\"")
    r"marks? the (?:end|conclusion) of (?:the (?:series|show|saga|story|franchise)|[\"“‘'])",
    # "The fourth season was always intended to be the final one": planned as the last
    r"(?:was|is|were|are|had been) (?:always |originally |only ever |from the start )?(?:intended|meant|designed|planned|conceived) "
    r"(?:to be|as) (?:the |its |their )?(?:final|last)(?: one| season| chapter| installment)?",
    # "will end at the close of its fourth season": that season is the last
    r"(?:will|would|to|is set to|is going to) (?:officially )?(?:end|conclude|wrap up) (?:at|with) the (?:end|close|conclusion) of (?:its|the|a|this) (?:\w+ )?season",
    # ("will \"probably\" be the show's last": a hedge inside, maybe quoted)
    r"(?:will (?:also |now |[\x22“]?(?:probably|likely|most likely|almost certainly)[\x22”]? )?be|would (?:also )?be|is(?: also| now)?|(?:is|are|was) going to be|(?:is|are) (?:expected|set|slated|poised|likely) to be|as|was(?: also)?) (?:the |its |their )?(?:(?:[\w-]+ ){0,3}?(?:show|series|drama|comedy|thriller|sitcom|saga|anime)['’]?s? )?(?:last|final)(?: one| season| chapter| installment)?"
    r"(?! (?:seen|heard|spotted|aired|time|year|week|month|night|episode))",
    # (not "after last season", "since last season", "last season's finale": the season before)
    r"final (?:season|installment|instalment)(?![^\S\n]+\d{1,2}[^\S\n]+(?:episode|finale|scene|premiere))", r"(?<!after )(?<!since )(?<!from )(?<!until )last (?:season|installment|instalment)(?!['’]s)"
    # (not the season before, told by its success: "Netflix's last season of Stranger Things was the most streamed
    # program of 2022")
    r"(?!(?: of [^.;,!?\n]{1,40}?)? (?:was|were) (?:the |one of the |among the )?(?:most|biggest|best|highest|top|\w+est)(?![\w]))", r"bow out", r"(?:end(?:s|ing)?|conclud(?:e|es|ing)|wrap(?:s|ping)?(?: up)?) (?:the (?:show|series) )?with (?:(?:its|a|the) (?:\w+ ){0,2}season|season \w+)",
    # ("will conclude following the upcoming fifth season")
    r"(?:end(?:s|ing)?|conclud(?:e|es|ing)|wrap(?:s|ping)? up) (?:its run )?(?:after|following) (?:its|the) (?:\w+ ){0,2}season",
    # "X is coming to an end after three seasons", 'After four seasons, "X" is ending.': the series, said to end (a
    # quoted title right before it, where no count follows: not "Filming of the third season is ending")
    r"(?:is|are) (?:officially )?(?:ending|coming to an end|signing off)(?=[^\S\n]+after (?:\w+ ){1,2}seasons)",
    r"(?<=[\x22”’»'] )(?:is|are) (?:officially )?(?:ending|coming to an end|signing off)(?=[^\S\n]*[.;])",
    r"end(?:s|ing)? with season",  # a list item's line: "Brass Lantern (Netflix) — Ending With Season 4"
    # what a season does to the series: "the fifth season will end the series", "will bring the show to a close"
    r"will (?:end|conclude|close out|wrap up|finish|complete) the (?:series|show|story|saga|trilogy|franchise)",
    r"will bring the (?:series|show|story|saga) to (?:a close|an end)",
    # ... said after its date: "Volume 2 will arrive on July 4, wrapping up the series", "concluding the saga"
    r"(?<=, )(?:wrapping up|concluding|closing out|ending|completing) the (?:series|show|saga|franchise)(?=[^\S\n]*(?:[.;,!?]|$))",
    r"(?<=, )bringing the (?:series|show|story|saga) to (?:a close|an end)(?=[^\S\n]*(?:[.;,!?]|$))",
    # "X will wrap its run with the upcoming third season", "the third season will be its swan song"
    r"(?:will|to) (?:wrap|end|conclude|close out) (?:its|their|the show['’]s|the series['’]) run with (?:its|the|a) (?:[\w-]+ ){0,2}season",
    r"(?:will|would) (?:also )?be (?:its|the show['’]s|the series['’]|their) swan song",
]
# Nouns for a kind of work; a title right after one is likely a title ("the firefighter drama Tinline").
# A work of its own beside the one it comes from ("X: Origins, a prequel spinoff of X"): the two stay apart.
SPINOFF_WORDS = [r"spin-?offs?", r"prequels?", r"sequel series", r"offshoots?"]
# right before a new work's own name, far from its spinoff word: "a spinoff centred on the landlady, provisionally
# titled 'The Landlady'"
# ("The spin-off, which she referred to as Second Chance Villa: All Stars, ...")
WORKING_TITLE = [r"(?:provisionally |tentatively )?titled", r"(?:with |under )?the (?:working|provisional) title",
                 r"referred to as", r"(?:provisionally |tentatively )?called", r"dubbed"]
TYPE_NOUNS = [r"drama", r"series", r"show", r"comedy", r"thriller", r"sitcom", r"film", r"movie", r"anime", r"franchise",
              r"miniseries", r"procedural", r"mystery", r"saga", r"hit", r"k-drama", r"western", r"adaptation", r"sequel",
              r"rom-?com", r"dramedy", r"docuseries", r"docu-series", r"anthology", r"spinoff", r"spin-off", r"prequel",
              # unscripted kinds: "the baking competition Proof or Perish"
              r"competition", r"docudrama",
              # "its fantasy epic Sablewood"
              r"epic"]
# Lower-case words that may stand inside a title ("Crown of Salt", "Marigold & Wren").
TITLE_CONNECTORS = ["x",  # ("Spy x Family", "Hunter x Hunter")
                    "of", "the", "a", "an", "and", "on", "in", "at", "for", "to", "with", "from", "by", "de", "la", "le",
                    "du", "des", "da", "do", "dos", "das", "di", "del", "von", "der", "y", "e", "et", "vs", "or",
                    # (not "after", "before", "about", "between": as often prose between two names)
                    "over", "under", "into", "beyond", "without", "beneath", "behind", "upon", "through", "across",
                    # the Japanese particle of romanised titles: "Kaze no Michi", "Tsurugi no Yoake"
                    "no"]
# Languages that write titles in sentence case ("que La casa del lago tendrá ..."): the capitalised articles
# that open such a title inside a sentence, and the words (or word patterns) that end it. English writes
# titles in Title Case, so it names none.
TITLE_ARTICLES: list[str] = []
TITLE_ENDS: list[str] = []
# Capitalised words that are no title on their own (sentence openers, trade words).
COMMON_CAPITALISED = [
    # a page's own lines: "Comments (3)"
    "comments", "comment",
    # a fact box's labels: "Status: Renewed", "Network: AMC"
    "status", "network", "genre", "starring", "runtime",
    "the", "a", "an", "in", "on", "at", "it", "its", "this", "that", "these", "those", "there", "here", "he", "she", "they",
    "we", "i", "you", "his", "her", "their", "our", "but", "and", "or", "so", "yet", "if", "when", "while", "after", "before",
    "as", "for", "with", "from", "by", "of", "to", "no", "not", "yes", "what", "who", "why", "how", "where", "which", "all",
    "season", "seasons", "series", "film", "films", "movie", "part", "episode", "episodes", "chapter", "finale", "premiere",
    "drama", "show", "tv", "news", "update", "updates", "exclusive", "breaking", "report", "reports", "published", "updated",
    "by", "photo", "photos", "video", "watch", "read", "more", "also", "advertisement", "share", "top", "no.", "mr", "mrs",
    "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "korean", "k-drama", "kdrama", "k-dramas", "kdramas", "american",
    "british", "english", "netflix", "streaming", "renewed", "canceled", "cancelled", "confirmed", "official", "officially",
    "renewal", "renewals", "cancellation", "cancellations", "week", "weekly", "however", "meanwhile", "still", "now", "then",
    "fans", "viewers", "sources", "according", "western", "eastern", "gothic", "thriller", "comedy", "fantasy", "horror",
    "japanese", "chinese", "spanish", "french", "brazilian", "indonesian", "german", "italian", "turkish", "indian",
    "thai", "european", "asian", "latin", "hollywood", "bollywood",
    # ("the Northern Irish crime drama", "a Scandinavian noir"): a nationality before a kind of work
    "irish", "northern", "southern", "scottish", "welsh", "australian", "canadian", "mexican", "argentine", "argentinian",
    "colombian", "chilean", "danish", "swedish", "norwegian", "nordic", "scandinavian", "dutch", "belgian", "swiss",
    "austrian", "portuguese", "polish", "israeli", "filipino", "nigerian", "northern irish", "south korean", "south african",
    "north american", "latin american", "following", "despite", "unlike", "besides", "although", "though", "instead", "only", "even",
    "both", "each", "every", "one", "two", "three", "first", "second", "third", "new", "tv news", "entertainment", "culture",
    "review", "reviews", "interview", "opinion", "trailer", "cast", "release", "date", "dates", "everything", "we know",
    "here's", "what's", "it's", "that's", "don't", "can't", "won't", "is", "are", "was", "will", "has", "have", "had",
    # the verdict words of a list item's line ("Brass Lantern (Netflix) — Ending With Season 4")
    "ending", "ends", "undecided", "returning", "returns", "axed", "ordered", "pickup",
    # which reports, no outlet's name: "Earlier reports claimed that ...", "Several outlets reported ..."
    "earlier", "recent", "previous", "initial", "several", "multiple", "some", "many", "other", "local", "early",
]
# Capitalised sentence openers that are no part of a title ("Has Lantern Star Season 2 been announced?").
OPENERS = ["has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "should", "does", "did",
           "do", "why", "how", "when", "what", "where", "who", "which", "watch", "read", "meanwhile", "however", "also",
           "still", "now", "then", "after", "before", "while", "unlike", "despite", "besides", "following", "if", "but", "and", "so", "as", "for", "with", "exclusive",
           "breaking", "update", "report", "confirmed", "official", "renewed", "canceled", "cancelled", "inside", "here",
           # the verbs of a Title Case headline: "Netflix Renews Copper Dust for Season 3"
           "renews", "cancels", "orders", "confirms", "announces", "greenlights", "axes", "sets", "reveals", "unveils",
           "drops", "shares", "releases", "debuts", "launches"]
# The verb words that end a Title Case headline's run before its preposition and season: "Wild Coast Won't Be Back
# for Season 3", "Ember Trail Will Return for a Second Season" (the title is what stands before them).
TITLE_CASE_VERBS = ["will", "won't", "wont", "not", "is", "isn't", "are", "aren't", "has", "hasn't", "have", "haven't",
                    "been", "be", "back", "coming", "comes", "come", "returns", "return", "returning", "gets", "get",
                    "getting", "renewed", "canceled", "cancelled", "officially", "confirmed", "set", "heads", "heading",
                    "lands", "ordered", "picked", "up", "greenlit", "to", "end", "ends", "ending",
                    # (the platform's verb: "Grey Harbor: Netflix Confirms Second Season", "X Creator Teases Season 2")
                    "confirms", "renews", "orders", "announces", "reveals", "unveils", "teases", "dates", "sets", "says", "hints"]
# Words after a number that make it a count, not an installment ("2 million", "8 episodes").
NUMBER_UNITS = ["million", "millions", "billion", "episodes?", "days?", "weeks?", "months?", "years?", "countries",
                "markets", "percent", "%", "hours?", "minutes?", "times"]
# Words that put a release in the future even beside a past-tense verb.
FUTURE_MARKERS = [r"will", r"would", r"is set to", r"are set to", r"is expected", r"is scheduled", r"plans? to", r"going to", r"'ll",
                  r"aims? to", r"aiming", r"targets?", r"targeting", r"upcoming",
                  # "Filming ... has been scheduled for April": a schedule set (the making's, right after it)
                  r"(?:has|have|had) been (?:scheduled|slated|set|planned)", r"(?:is|are) (?:slated|planned|due)"]
# The outlet says the platform has made it official: "It's official: 'X' is coming back for season 2".
OFFICIALLY = [r"it['’]s (?:now |finally )?official", r"(?:is|are) now official", r"it['’]s been made official",
              # "Season 2 of X has been officially confirmed", "X has officially been renewed": made official, its maker
              # left unnamed
              r"(?:has|have) (?:now )?(?:officially been|been officially)(?= (?:renewed|confirmed|announced|greenlit|green-lit|ordered|picked up)(?![\w]))",
              # "Witch Hour Season 2 Officially Announced", "is officially renewed" (not "not officially", "yet to be officially")
              r"(?<!not )(?<!n't )(?<!n’t )(?<!never )(?<!be )(?<!been )(?:(?:is|are|was|were|now) )?officially(?= (?:announced|confirmed|renewed|greenlit|green-lit|ordered|picked up)(?![\w]))"]
# A correction of the outlet's own earlier story: what it said before is withdrawn.
RETRACTION = [r"an earlier version of this (?:article|story|report|post)", r"correction(?: \([^()\n]{1,12}\))?:",
              r"this (?:article|story) has been corrected", r"(?:we )?(?:mistakenly|incorrectly|erroneously|wrongly) (?:reported|stated|said|wrote)"]
# a plan since given up: the release window after it is no longer expected ("originally slated for 2026")
# what a platform tends to do, not what it did: "Netflix usually waits a few weeks before renewing a show"
# someone's earlier work, named as a credit: "best known for writing episodes of Fargo"
CREDIT_WORDS = [r"(?:also|previously|earlier) (?:created|wrote|directed|penned|co-created)", r"(?:best |well |widely )?known for", r"famous for", r"(?:previously |also )?starred in",
                r"(?:whose|his|her|their) (?:previous |earlier |other )?credits include"]
# done at once, the negation says: "Netflix wasted no time renewing it" is a renewal
PROMPTLY = [r"wast(?:ed|es|ing) no time", r"(?:did not|didn't|didn’t) hesitate to", r"(?:did not|didn't|didn’t|does not|doesn't|doesn’t) waste (?:any )?time",
            r"(?:it )?(?:did not|didn't|didn’t) take long", r"no time was wasted", r"lost no time"]
# a renewal and a cancellation named side by side, a round-up's topic or a choice open: "the renewal or cancellation
# of several shows", "renewals and cancellations"
DECISION_PAIRS = [r"renewals?(?: (?:and|or|&) |, | ?/ ?)(?:the )?cancell?ations?", r"cancell?ations?(?: (?:and|or|&) |, | ?/ ?)(?:the )?renewals?"]
# the date of a release to be told later: "The streamer will announce a premiere date in the fall" (the fall is
# when it is told)
DATE_LATER = [r"(?:will|to|plans to|expects to|is expected to|is set to) (?:announce|reveal|unveil|share|confirm)(?= (?:a |the |its )?(?:\w+ )?(?:premiere|release|launch) date)",
              # "will unveil its full fall calendar, including premiere dates, in June"
              # (the whole schedule's dates, taken in: no release of one installment)
              r"(?:will|to|plans to|expects to|is expected to|is set to) (?:announce|reveal|unveil|share|release) (?:a |the |its )?(?:[\w-]+ ){0,3}(?:calendar|schedule|slate)s?, including (?:\w+ )?(?:premiere|release|launch) dates"]
# (and what it does often: "Netflix often renews successful Spanish productions")
# (and what a success would mean in general, opening its sentence: "In most cases, that would mean Netflix would give
# the green light for a second season")
HABITUAL = [r"(?:in most cases, )?(?:that|this|it) would (?:normally |usually |typically |often )?mean", r"usually", r"typically", r"generally", r"normally", r"tends? to", r"as a rule", r"historically", r"often", r"frequently",
            # "the streamer almost never renews a show in the week a new season comes out": a habit, of no work
            r"(?:pretty much |almost |nearly |virtually )?(?:never|rarely|seldom|always)(?= (?:announces|renews|cancels|reveals|confirms|waits|releases|orders|decides|makes)(?![\w]))"]
SUPERSEDED = [r"originally", r"initially", r"(?:was|were) (?:supposed|meant) to",
              # "despite its renewal for a fourth season, the show was canceled": a renewal undone
              r"despite(?= (?:its|the|an? \w+) renewal| having been renewed| being renewed)",
              # "X, which had been renewed for a second season, was canceled": an order undone later in its sentence
              r"had(?: already| previously| just)?(?: been)?(?= (?:renewed|greenlit|green-lit|ordered|picked up)(?![\w]))",
              # "was greenlit for a season 2, only for HBO Max to pull the plug at the last minute"
              r"only for(?= [^.;:!?\n]{1,40}? to (?:pull|cancel|scrap|axe|shelve|reverse)(?![\w]))",
              # "renewed X for a second season days after its launch, only to reverse course months later"
              r"only to(?= (?:\w+ )?(?:reverse|cancel|pull|scrap|axe|shelve)(?![\w]))",
              # "renewed it for a third season in September, but has now canceled it": the renewal, then its end
              r"(?<=, )but(?= (?:(?:has|have|then|later|now|since|eventually|ultimately|just) )*(?:cancell?ed|axed|scrapped|reversed|shelved) "
              r"(?:it|the show|the series|the order|the renewal|that decision|the decision)(?![\w]))",
              # "should have premiered in 2020, but the shoot was delayed": a plan given up
              r"should have (?:been )?(?:premiered|aired|released|debuted|arrived|launched|returned|started|come out)",
              # "The second season had previously been expected to arrive in late 2027": a plan told before a delay
              r"(?:had (?:previously |earlier |once )?been|(?:was|were) (?:previously|earlier|once)) (?:expected|slated|scheduled|set|planned|targeted|eyed)",
              # "moved the premiere from July 2027 to March 2028": the date it leaves is given up
              r"(?:mov|push|shift|delay|postpon|reschedul|bump)(?:e|es|ed|s|ing)?(?: back)? (?:[^.;:!?\n]{1,60}? )?from(?= )",
              # "has pulled the third season of X from its 2026 release calendar": the year it leaves is given up
              r"(?:pull|remov|drop)(?:s|ed|ing)? (?:[^.;:!?\n]{1,60}? )?(?:from|off) (?:its|the)(?= (?:\d{4} )?(?:release |premiere )?(?:calendar|schedule|slate|line-?up)(?![\w]))",
              r"had (?:originally |initially )?been (?:expected|scheduled|slated|set|planned|due)",
              r"previously (?:slated|scheduled|set|planned|expected|due|announced)",  # "previously slated for late 2027, will now ..."
              # "had ordered the new season in January, but ... cancel the order": a renewal undone later in its sentence
              r"had(?= (?:already |originally |initially )?(?:renewed|ordered|greenlit|green-lit|picked up)(?![\w]))"]
# "The news comes straight from the showrunner": names the source of the sentence before.
FORWARD_SOURCE = [r"(?:the|this) news (?:comes?|came) (?:straight |directly )?from", r"(?:this|that) was confirmed by",
                  r"(?:the|this) news was (?:confirmed|announced|shared) by",
                  r"the word (?:comes?|came) from",
                  # "That's according to Deadline", "The news was first reported by Variety": the outlet's report
                  r"(?:that's|that is|this is|that was|this was) according to",
                  r"(?:the news|this|that|it) was (?:first )?(?:reported|broken|shared|posted|leaked) by",
                  # "The fourth season ... will be its last. Hulu announced the news on Tuesday": all of it is Hulu's
                  r"(?:announced|confirmed|shared|revealed|broke) the (?:news|announcement)(?! that| of)",
                  r"made the (?:announcement|news official)(?! that| of)"]

# --- events --------------------------------------------------------------
# a team or its makers talking the next one over: 'the team is "talking about it"', "we're talking about a third season"
_talking_about = r"(?:is|are|were|(?:we|they)['’]re)[^\S\n]+[\"“]?(?:still |already |now |actively )?talking about(?= (?:it|that|this|a|an|another)(?![\w]))"
# the outlet's odds on a season, no decision: "A fourth season looks unlikely", "The chances of a fourth season are
# slim", "is far from guaranteed", "is on the bubble" (a renewal talked of, and a hedge: see HEDGES)
_odds = [r"(?:looks?|seems?|appears?|remains?|is now|now looks|is increasingly) (?:highly |very |increasingly )?unlikely", r"chances (?:of|for)(?= (?:a|an|another) )",
         r"(?:is|are|remains?) far from (?:guaranteed|certain|assured|a (?:sure thing|given|lock))", r"(?:is|are|remains?) on the bubble"]
RENEWAL = _odds + [
    # "rookie series Queens would not proceed to season two" (negated: the end), "will proceed to a third season"
    r"(?:proceed|move forward|go forward|advance)(?= to (?:a |its )?(?:season|second|third|fourth|fifth|sixth|another|next)(?![\w]))",
    # "There is still a good chance that the show comes back for more": more of it, a new season
    r"(?:comes?|coming|came) back for (?:more|another (?:season|round|run|go-round))(?![\w])",
    # "a third season is already guaranteed": assured
    r"(?<!not )(?:is|are|was|has been) (?:already |now )?(?:guaranteed|assured)(?! to)",
    # "Season 4 is a done deal, according to the cast": it will be made
    r"(?:is|was) a done deal",
    # "Apple TV+ has re-upped Dune Runners for season 3": the trade press's word for a renewal
    r"re-?up(?:ped|s|ping)?(?= )",
    # "the cast has expressed interest in returning", "is interested in a third season": a wish
    r"interest(?:ed)? in (?:returning|coming back|doing (?:a|an|another|more)|making (?:a|an|another|more)|(?:a|an|another) (?:\w+ )?(?:season|sequel))",
    # "star Leo Diaz is optimistic about a third season": a hope of it (see HEDGES)
    r"(?:optimistic|hopeful|confident) (?:about|of|for)(?= (?:a|an|another|the|its) (?:\w+ )?(?:season|sequel|film|movie|installment)s?(?![\w]))",
    # ("voiced optimism about the possibility of a second season": a hope of it, a possibility (see HEDGES))
    r"(?:optimism|hopes?) (?:about|for|of)(?= (?:the possibility of )?(?:a|an|another) (?:\w+ )?(?:season|sequel|film|movie|installment)(?![\w]))",
    r"(?<!ruled out )(?<!rules out )(?<!ruling out )(?<!rule out )(?:the |a )?possibility of(?= (?:a|an|another) (?:\w+ )?(?:season|sequel|film|movie|installment)(?![\w]))",
    # ("The series will return with new episodes": more of it, no season named)
    r"(?:will|to|would|is set to|is going to) return with (?:new|more|fresh) episodes",
    # what is left to others to decide: "a third season depends on Netflix and on the audience"
    r"(?<!not )(?<!n't )depend(?:s|ed|ing)? (?:\w+ )?(?:on|upon)(?= )(?! (?:how|when|whether|the speed|the pace|timing|scheduling)(?![\w]))",
    # a door left open: "never say never"
    r"never (?:to )?say never",
    # "a fourth season has already been approved", "was approved by the platform": approved, made
    r"(?:has|have|had) (?:already |now |officially )?been approved", r"(?:was|were|is|are) (?:already |now |officially )?approved",
    # "Discussions about a second season are ongoing": a talk, a hope
    r"(?:discussions?|conversations?|talks) (?:about|over|on|regarding) (?:a|an|another)(?= )",
    # "conversations with the creative team are ongoing" (see HEDGES)
    r"(?:discussions?|conversations?|talks)(?: with (?:the |its |our )?[\w-]+(?: [\w-]+)?)? (?:are|remain) (?:still )?(?:ongoing|continuing|under ?way)",
    # asking for a season, a hope (see HEDGES): "signed a petition asking for a third season"
    r"(?:asking|calling|pushing|clamou?ring) for(?= (?:a|an|another|more) )",
    # a talk about a season, a hope (see HEDGES): "We have already talked about a third season on set"
    r"(?:talked|spoken|spoke) about(?= (?:a|an|another) )", r"discussed(?= (?:a|an|another) )",
    # "Studio Kuroyuri and Crunchyroll revealed the news on Saturday": announcing what the sentence before said
    r"(?:reveal(?:s|ed)|unveil(?:s|ed))(?= the (?:news|announcement)(?! that))",
    # revealing the date: "unveiled the premiere date. The second season arrives on ..." (what it announces follows)
    r"(?:unveil(?:s|ed)|reveal(?:s|ed)|sets?)(?= (?:the |a |its )?(?:\w+ )?(?:premiere|release|launch|return) date)",
    # "Sony has tapped Nathan Cole to direct the sequel": a director hired for it, the installment is being made
    r"(?:hired|tapped|chosen|picked|signed|set|enlisted) (?:[^.;:!?\n]{1,40}? )?to (?:direct|write|helm|pen)(?= (?:the|a|an|its) )",
    # "RTVE and Netflix have struck a deal to co-produce the second season"
    r"(?:co-?produc(?:e|es|ing)|(?:deal|agreement|partnership) to (?:co-?)?produce)(?= (?:the|a|an|its) (?:new |\w+ )?(?:season|sequel|film|movie|installment))",
    # the works a list of renewals names: "Hulu's recent renewals include Paper Kingdom (season 4) and ...",
    # "joins the streamer's other renewals, including ..."
    r"renewals(?=,? (?:include|included|including|such as)(?![\w]))",
    # "used its upfront to announce renewals for four of its dramas" (a round-up: see the engine's announcer)
    r"(?:announc|unveil)(?:e|es|ed|ing) (?:the |its |their )?(?:\w+ )?renewals? (?:of|for)",
    # "Disney+ is preparing a third season", "the studio is already preparing a sequel"
    r"(?:is|are|was|were) (?:already |now |actively |reportedly )?(?:preparing|readying|prepping) (?:a|an|the|its|their) (?:new |\w+ )?(?:season|sequel|film|movie|installment|chapter)",
    # "the team had already started preparing the fourth season"
    r"(?:started|starts|begun|began|begins) (?:preparing|prepping) (?:a|an|the|its|their) (?:new |\w+ )?(?:season|sequel|film|movie|installment|chapter)",
    # "Max will produce a third season": a platform that takes it on
    r"will produce(?= (?:a|an|the|another|new) )",
    r"(?:gave|gives?|given|handed|hands?) (?:[\w'’\x22“”‘-]+ ){0,6}?(?:a|an|another) (?:[\w-]+ )?season",  # "gave the drama X a second season", "has given a second season to X"
    # "there will be a second season", "there'll be another season"
    # (an adverb between: "there will indeed be a second season", "there will definitely be another season")
    r"there (?:will|is going to)(?: (?:indeed|definitely|certainly|surely|absolutely|also|now|still|officially))? be (?:a|an|another)(?= (?:[\w'’]+[- ])?(?:season|series|installment|chapter|sequel|film|movie)(?![\w]))",
    r"there['’]ll be (?:a|an|another)(?= (?:[\w'’]+[- ])?(?:season|series|installment|chapter|sequel|film|movie)(?![\w]))",
    # "Apple TV+ confirmed there will be a third": the ordinal alone stands for the season
    r"there (?:will|is going to) be (?:a|an)(?= (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:[.,;:!?\n]|$))",
    # "whether there's a second Block 47 depends on audiences": its being made, asked (see HEDGES)
    r"(?<=whether )there(?:['’]s| is| will be)(?= (?:a|an|another) )", r"(?<=if )there(?:['’]s| is)(?= (?:a|an|another) )",
    r"teas(?:es|ed|ing) (?:a |an )?(?:possible |potential )?(?:\w+ )?(?:season|sequel)",
    r"plan(?:s|ning|ned)? (?:for |on )?(?:a|an|another) (?:\w+ )?(?:season|sequel|installment)",
    # "a roadmap for at least two more seasons", "a plan for three more seasons": the makers' plan of them
    r"(?:road ?map|blueprint|plan)s? for (?:at least )?(?:a|an|another|(?:two|three|four|five|[2-9]) more) (?:\w+ )?(?:seasons?|sequels?|installments?)(?![\w])",
    # "Netflix made it official on Saturday. The second season ...", "the committee lifted the veil" (what follows)
    r"made (?:it|things|the news|that) official", r"(?:lifted|lifts) the (?:veil|lid|curtain)", r"(?:took|takes) the wraps off",
    r"renew(?:s|ed|al|ing)?", r"pre-renew(?:s|ed|al|ing)?", r"green[- ]?lit", r"green[- ]?lights?", r"greenlighted", r"(?:the |a )?go-ahead",
    r"order(?:s|ed)", r"(?<=to )order(?= (?:a|an|another|more) )",
    # "put an end to the speculation by ordering a third season": what it did in ordering
    r"(?<=by )(?:ordering|renewing|greenlighting)(?= (?:a|an|another|more|the|its) )", r"(?:re)?commission(?:s|ed)", r"pick(?:ed|s) up(?! (?:minutes|moments|hours|days|weeks|months|years|right|just|where|exactly|after|shortly|immediately|directly|the (?:story|action|thread)|(?:a|an|one|two|three|four|five|six|ten|several|some|\d+) (?:years?|months?|weeks?|days?|decades?|hours?) (?:after|later|on|before)))"
    # (not what it won: "picked up three nominations", "picked up two Emmys", "picked up steam")
    r"(?! (?:[\w-]+ )?(?:nominations?|nods?|awards?|prizes?|trophies|emmys?|wins?|votes?|views|viewers|steam|momentum)(?![\w]))", r"confirm(?:s|ed)",
    # ("The decision was not publicly announced; the creator revealed it": how it came out, not whether it holds)
    r"(?<!not publicly )(?<!n't publicly )(?<!never publicly )(?:(?<!not )(?<!n't )(?<!never )announc(?:es|ed|ing)|announc(?:es|ed|ing)(?! publicly))",
    r"(?:is|are|will be) (?:(?:\w+ly|also|now) )?(?:coming|headed) back", r"returns? for", r"will return for",
    # "We will be back for a fourth season"; the cast's "I believe we'll keep going" (its hedge makes it `possible`)
    r"(?:will|to|['’]ll) be back (?:for|with)(?= (?:(?:its|their|a|an|the|another) (?:[\w-]+ ){0,3}(?:season|series|installment|chapter)|(?:season|series) \d{1,2}))",
    r"(?<=we )(?:will |can |could |get to )?keep (?:it |this (?:story )?)?going", r"(?<=we['’]ll )keep (?:it |this (?:story )?)?going",
    # "will return with an eighth season" (not "returns with a new lead": a season or series after it)
    r"(?:will )?returns? with(?= (?:(?:its|their|a|an|the) (?:[\w-]+ ){0,3}(?:season|series|installment|chapter)|(?:season|series) \d{1,2}))",
    # "Netflix has confirmed the show will return." (not "Stars A and B will return": people return as cast)
    *(rf"(?<={subject} )will (?:officially |definitely )?return(?=[.,;:!?\n]| soon)" for subject in ("show", "series", "drama", "it")),
    # "a second season is being planned", "is in the planning stages"
    r"(?:is|are) (?:now |currently |already )?being planned", r"(?:is|are) (?:now |currently |already )?in the planning stages?",
    r"(?:is|are) (?:\w+ly )?returning", r"(?:gets?|got|lands?|landed|receives?|received|hands?|handed|gives?|gave|given) (?:a |an )?(?:[\w'’\x22“”‘&-]+ ){0,6}order", r"pick-?up", r"(?:gets?|got|getting) (?:an? |(?<=getting )|(?<=get ))(?:\w+ (?:(?:and|or) (?:even )?(?:an? )?\w+ )?)?(?:seasons?|sequel)",
    # a headline's, its article left out: "Copper Bay Gets Season 2", "X lands second season"
    r"(?:gets|lands|scores|earns)(?= (?:season \d{1,2}|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)) season)(?![\w]))",
    # (not the one it never got: "did not secure a second season", see CANCELLATION)
    r"(?<!did not )(?<!didn't )(?<!didn’t )(?<!failed to )(?<!never )"
    r"(?:scores?|scored|scoring|lands?|landed|nabs?|nabbed|earns?|earned|secures?|secured) (?:an? |another )?(?:\w+[- ])?(?:season|renewal)",
    r"(?:is|are) (?:officially |now |finally )?a go(?![\w])", r"(?:is|are) (?:definitely |officially )?happening",
    # (not a run on air: "Hollowmere continues on Sundays at 9pm on BBC One"; "Season 3 is on!", not "are on BBC iPlayer now")
    r"will (?:definitely )?happen", r"(?<!unlikely to )continues?(?! to )(?! (?:on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|tv|air)|tonight|next (?:week|mon|tues|wednes|thurs|fri|satur|sun)|at \d|weekly|every))", r"will continue(?! to )",
    r"(?:story|stories) (?:continues?|will go on)", r"bring(?:s|ing)? back", r"(?:bring|brings|bringing|brought) (?:[\w'’&:.-]+ ){1,5}?back for(?= (?:a|an|another|its|their|one more|season)(?![\w]))", r"revive[sd]?", r"(?<!stage )(?<!theatre )(?<!theater )(?<!broadway )revival",
    r"is happening", r"(?:is|are) (?:officially )?on(?=[^\S\n]*(?:[.!,;)]|$)| (?:for|and|with|again)(?![\w])| (?:the|its|their) way)", r"(?:is|are) in the works", r"(?<!projects )(?<!titles )(?<!shows )in development",
    # "Legendary Pictures has begun development on Harrow Peak: Part Three"
    r"(?:has |have )?(?:officially |now )?(?:begun|began|begins|started|starts|kicked off) (?:early )?development on", r"in (?:early|active|initial) development",
    # "star Mara Quill hinted at a third season" (a hedge too), "has already mapped out a third season" (a maker's claim,
    # as "has a plan for a second season" is)
    r"(?:hinted|hints|hint|teased|teases|tease) at(?= (?:a|an|another) (?:[\w-]+ )?(?:season|installment|chapter|sequel)(?![\w]))",
    r"(?:mapped|planned|plotted|sketched) out(?= (?:a|an|another|the) (?:[\w-]+ )?(?:season|installment|chapter|sequel)(?![\w]))",
    r"(?:is|are) coming(?! to (?:an|its) end| to a close)", r"has been made", r"moving forward", r"move forward", r"staying on",
    # (not the page's own note: "This story is developing", "a developing story")
    r"(?:is|are) being made", r"(?<!story is )(?<!story )(?<!news is )develop(?:s|ing)(?! story)", r"in the works",
    # "Apple TV+ preps a second season", "the studio is readying a sequel"
    r"preps", r"prepping", r"read(?:ies|ying)(?= (?:a|an|its|the) )",
    r"prepar(?:es|ing)(?= (?:a|an|its|the) (?:[\w'’-]+ )?(?:season|seasons|sequel|series|film|movie|part|installment)(?![\w]))",
    # hedged renewals: the hedge makes them `possible`
    # ("Netflix has not ruled out a third season": a door left open, with no other word for the season's making)
    r"(?:has|have|had)(?: not|n['’]t) (?:yet )?ruled out", r"(?:did|does|do|would|will|could)(?: not|n['’]t) rule out",
    r"(?:is|are|was|were)(?: not|n['’]t) ruling out",
    # "A second season has not been ruled out": the same door, in the passive
    r"(?:has|have|had)(?: not|n['’]t) (?:yet )?been ruled out", r"(?:is|are)(?: not|n['’]t) (?:being )?ruled out",
    # (not someone's part: "Lead actor X is in talks to reprise his role")
    r"in (?:early |advanced |serious )?talks(?! to (?:reprise|join|star|play|direct|co-direct|write|helm|voice|host|return as)(?![\w]))",
    r"in (?:early |active |ongoing |preliminary )?(?:conversations?|discussions?|negotiations?)(?! (?:is|was|here|today)(?![\w]))",
    r"negotiat(?:es|ing|ions?)(?= (?:for|over|on|about|a|an|another|its|the))",
    r"under (?:consideration|review|evaluation)", r"consider(?:s|ing)", r"reviewing", r"weighing", r"exploring",
    # "we are looking closely at the numbers": a platform weighing the next season
    r"look(?:s|ing)? (?:\w+ )?(?:closely |carefully |hard )?at the (?:numbers|figures|data|ratings|viewership)",
    r"in (?:the running|contention) for(?= (?:a|an|another) )",  # "remains in contention for a second season"
    # 'Apple TV+ is "still looking at" a second season': weighing one not yet decided
    r"looking (?:at|into)(?=[\"”’]? (?:a|an|another) (?:[\w'’-]+ ){0,2}(?:season|sequel|film|movie|installment)(?![\w]))",
    # '"We're looking at it. No decision has been made"', asked about a third season: weighing it
    r"(?:we|they)(?:['’]re| are) (?:still |seriously |closely )?looking (?:at|into) (?:it|that)(?=[\"”’]?[.,;!])",
    r"evaluat(?:es|ing)", r"not ruling (?:it |that |anything |a \w+ season )?out", r"not out of the question",
    r"(?:did|does|would|will|could)(?: not|n['’]t) rule (?:it |that |anything |an?(?: \w+)? (?:season|film|sequel) )?out", r"(?:did|does|do|would|will|could)(?: not|n['’]t) (?:\w+ly )?(?:want to )?close the door", r"(?:leaves?|left|leaving|keeps?|kept) the door open", r"(?<!had )hop(?:e|es|ed|ing)", r"would [\"“‘']?(?:love|like) to(?! (?:think|believe|say|point out|add|stress|thank))", r"wish(?:es)?", r"petition", r"campaign", r"ideas? for",
    r"open to", r"could happen", r"(?:is|are) possible",
    # "a second season seems likely to happen" (the hedge before it says how likely; not "what is likely to happen in it")
    r"(?:likely|expected|bound|going) to happen(?! (?:in|on|to|at|during|next)(?![\w]))",
    # "I'd love to do it": the same wish, its "would" written short
    # (not "I'd like to think I'd be the first to know": what the speaker believes)
    r"(?:I|we|he|she|they)['’]d (?:love|like) to(?! (?:think|believe|say|point out|add|stress|thank))",
    # "she would love a season 3", "would love to see another season": the wish said in full
    r"would (?:really |absolutely |certainly )?(?:love|like)(?= (?:a|an|another|one more|more) )",
    r"would (?:really |absolutely |certainly )?(?:love|like) to(?! (?:think|believe|say|point out|add|stress|thank))",
    # "We're talking with Gemma about what a second season could look like"
    r"talking (?:with|to) (?:\w+ ){0,3}?about",
    # "Lupin is also set for a fourth season"
    r"set for (?:a|an|another)(?= (?:[\w'’]+[- ])?(?:season|series|installment|outing|chapter|run)(?![\w]))",
    r"(?:is|are|was|were) (?:already |currently |now |still )?being (?:discussed|talked about|explored|considered)",
    # 'the team is "talking about it"', "we're talking about a third season": weighing it
    _talking_about,
    # hedged: "nears a deal for season 4"
    r"(?:clos(?:e|es|ing) in on|nears?|nearing) (?:a |the )?deal",
    # "Hulu is eyeing a third season": wanted, not decided
    r"eye(?:s|ing|d)(?= (?:a|an|another) (?:[\w'’-]+ ){0,2}(?:season|sequel|film|movie|installment|revival)(?![\w]))",
    # "Prime Video is reportedly leaning toward a second season": inclined, not decided
    r"lean(?:s|ing|ed)? (?:\w+ )?towards? (?:(?:a|an|another) (?:[\w'’-]+ ){0,2}(?:season|sequel|film|movie|installment|revival)|(?:a )?renew(?:al|ing))(?![\w])",
]
CANCELLATION = [
    # a round-up's verdict before its item's title, on a line of its own: "Ending: Harbor Nine (CBS)", its run over
    r"(?:^|(?<=\n))ending(?=:)",
    # the seasons counted first: "After seven seasons and 126 episodes, X comes to an end in May" (the one after them;
    # not a season's own end: "After two seasons, its second season ends on Friday")
    r"after (?:\w+ ){1,2}seasons(?: and (?:[\w.,]+ ){1,3}episodes)?, (?:(?:(?!season)[^.;!?\n]){1,80}? )?(?:ends|will end|is ending|comes to an end|is coming to an end|will come to an end|wraps up|signs off|bows out)(?![\w])",
    # "Copper Bell has officially ended after three seasons", "ended its run after five seasons": the series is over
    r"(?:has|have|had) (?:officially |now |finally )?(?:ended|concluded|come to an end)(?= (?:its run )?after (?:its |their )?(?:\w+|\d+) seasons?(?![\w]))",
    # "The comedy did not make it past its first season": it ended there (the season named the last made)
    r"(?:did not|didn['’]t|never|failed to|could not|couldn['’]t) (?:make it|get|go|survive) (?:past|beyond)(?= (?:its|the|a|season) )",
    # "Instead of a third season, the story will conclude with a movie": the season set aside will not be made
    r"(?:instead of|rather than)(?= (?:a|an|another) (?:[\w-]+ )?season(?![\w]))",
    # "said she does not intend to make a third season": a maker who will not go on
    r"(?:does|do)(?: not|n['’]t) (?:intend|plan|want)(?= to (?:make|write|produce|film|shoot) (?:a|an|another|any more|more) (?:[\w-]+ )?(?:seasons?|sequels?|episodes|installments?|films?|movies?)(?![\w]))",
    # "a third season was never the plan", "was never planned": the makers meant it to end
    r"(?:was|were|is|are|had been|has been) never (?:the plan|planned|in the (?:plans|cards)|part of the plan|on the table)",
    # '"It's not happening, guys," Grant wrote', "season 4 is 'not happening'": it will not be made
    r"(?:it['’]s|it is|is|that['’]s|that is) ['‘\"“]?not happening",
    # a headline's verdict after the season and its colon: "X Season 3: Not Happening"
    r"(?<=: )not happening(?=[^\S\n]*(?:$|\n|[.!]))",
    # "has ruled out a second season": the makers say there will be none (not "has not ruled out")
    # ("has ruled out the possibility of a second season")
    r"(?<!not )(?<!n['’]t )rul(?:ed|es|ing) out (?:(?:the|any) (?:possibility|idea|prospect|chance|hope)s? of (?:a |an |any )?|a |an |any )(?:\w+ )?(?:season|sequel|film|movie|installment)",
    r"(?:has|have|had) (?:now |officially )?been ruled out",  # "A second season has been ruled out"
    # "there won't be a Swamp Hunters 3": a title with its number that will not be made
    r"there (?:won['’]t|will not|will never|is not going to) be(?: an?| any)?(?= (?:[^\s.,;:!?]+ ){1,5}(?:[2-9]|1[0-2]|ii|iii|iv)(?:[.,;:!?\"”»’)]|\s|$))",
    # "Netflix has reversed its decision to renew X": the renewal undone
    r"(?:revers(?:ed|es|ing)|rescind(?:ed|s|ing)|walk(?:ed|s|ing) back|backtrack(?:ed|s|ing) on) (?:its|the|their) (?:earlier |previous )?(?:decision|plans?|order) to (?:renew|order|make|greenlight|pick up)",
    # ("..., only to reverse course three months later": the decision before it undone; see SUPERSEDED)
    r"(?<=only to )revers(?:e|ed|ing) (?:its |their )?course",
    # "The network is reversing the season 3 renewal of X": the renewal undone
    r"(?:revers(?:ed|es|ing)|rescind(?:ed|s|ing)|walk(?:ed|s|ing) back) (?:its|the|their) (?:earlier |previous )?(?:[\w-]+ ){0,3}(?:renewal|order|pickup|pick-up)",
    r"(?:rescind(?:ed|s|ing)|revok(?:ed|es|ing)|pull(?:ed|s|ing)) (?:the|its|their) (?:[\w-]+ ){0,2}(?:renewal|order|pickup)",
    r"cancel+(?:s|ed|ing|ation)?", r"axe[sd]?", r"axing", r"scrapp?(?:ed|ing)", r"pull(?:ed|s|ing)? the plug(?: on)?", r"clos(?:e|es|ed|ing) the book on",
    # "X gets the ax after two seasons", "got the permanent axe after eight seasons"
    r"(?:gets?|got|given|getting) the (?:(?:permanent|final|dreaded|proverbial) )?(?:axe?|boot|chop)",
    # "Pine Hollow was cut after one season", "which was pulled after just one season": taken off for good
    r"(?:was|were|been|got|get|gets|is|are) (?:also |quickly |abruptly |ultimately |officially |now )?(?:cut|pulled)(?= after (?:just |only )?(?:\w+|\d+) (?:seasons?|series)(?![\w]))",
    # "it ultimately did not secure a second season": the renewal it never got (not "has not yet secured")
    r"(?:did not|didn['’]t|failed to|never) (?:secure|get|earn|land|receive)(?= (?:a|an|another) (?:[\w-]+ )?(?:season|renewal)(?![\w]))",
    # "X is done at Netflix after two seasons": over at its home
    # (a platform's name after it, not a place: "filming is done at the studio"; the pattern runs in lower case, where
    # a capital says nothing)
    r"(?:is|are) (?:officially )?done(?= (?:at|on|over at) (?!the |a |an |its |their |this |that |one |two |location)[\w+])",
    # "reports that it has shelved the third season": put away for good (not "shelved the idea for now")
    r"shelv(?:e|es|ed|ing)(?! (?:the |its |that )?(?:idea|plans?|project) (?:for now|temporarily))",
    r"will not (?:return|continue|come back|be back|be renewed|be making)", r"won['’]?t (?:return|continue|come back|be back|be renewed|be making)",
    r"won'?t be (?:returning|coming back|continuing)",
    # (not a character "walking into the sea and not coming back out")
    # (not "the first season was not renewed until six weeks after its debut": renewed, only later)
    r"(?:not|(?:is|are|was|were)n['’]t) (?:be )?(?:returning|renewed(?! until)|coming back(?! (?:out|up|down|in|inside|home|alive)(?![\w]))|continuing)", r"(?<!where the )(?<!how the )(?<!where our )(?<!how our )(?:(?<!first )(?<!second )(?<!third )(?<!fourth )(?<!fifth )(?<!sixth )(?<!latest )(?<!new )series|show|story|saga|drama) (?:has )?(?:ended|concluded)(?! with (?!(?:its|their|the|a) (?:[\w-]+ ){0,2}(?:season|series|installment|chapter)))",
    # (not a plot: "Season 2 ended with Eli's sister vanishing", "the show ended with the hero escaping")
    r"(?:ended|concluded|wrapped up|finished|closed out) (?:its run )?with (?=(?:its|their|the|a) (?:[\w-]+ ){0,2}(?:season|series|installment|chapter)s?\b)", r"come to an end", r"(?:its|the) run is over",
    # "Black-ish has completed its critically acclaimed run after eight seasons": the show is over
    r"(?:completed|finished|ended|concluded|wrapped) (?:its|their) (?:[\w-]+ ){0,2}run after(?= (?:[\w-]+ )?(?:seasons|years)(?![\w]))",
    # (not one only not decided yet: "no sequel has been greenlit")
    # (not an order not given yet: "so far there is no season 3 order", "no season 4 renewal yet")
    r"(?:no|not get an?) (?:\w+ )?(?:season|film|sequel)(?!(?: \d{1,2}| \w+)? (?:order|renewal|pickup|pick-up|decision|news|update|announcement|confirmation)(?![\w]))(?! (?:has|have|had) (?:yet |so far |officially )*been (?:officially )?(?:greenlit|green-lit|greenlighted|confirmed|announced|ordered|approved|commissioned|decided)(?![\w]))", r"no plans? to (?:revive|continue|renew|return|make)",
    # British "series" for a season: "there will be no third series"
    r"no (?:second|third|fourth|fifth|sixth|seventh|eighth|further) series",
    r"the end of the (?:road|series|show)", r"wrap(?:s|ped)? up the (?:series|show|story)",
    r"(?:will not|won'?t) (?:get|have) an?(?: \w+)? season",
    # "there won't be a third season", "there will not be another season"
    # (not the outlet's double negation: "it's hard to imagine there won't be a second season")
    r"(?<!imagine )(?<!imagine that )there (?:will not|won'?t|would not|wouldn'?t|is not going to) be (?:an?|another)(?: \w+)? (?:season|film|sequel|installment)",
    # a network's own words: "While we won't be moving forward with a third season, we're grateful ..."
    r"(?:will not|won'?t|are not|aren'?t|is not|isn'?t|(?:we|they)['’]re not) (?:be )?(?:moving|going) forward with",
    # "Apple TV+ has confirmed it will not go ahead with a second season"
    r"(?:will not|won['’]t|would not|wouldn['’]t|is not|isn['’]t|are not|aren['’]t) (?:be )?go(?:ing)? ahead with",
    r"(?:decided|chosen|chose|opted|elected) not to (?:move forward|continue|renew|proceed|go ahead|order|make)", r"(?:decided|decides|decide|opted|opts|chose|chooses) against (?:renewing|continuing|ordering|moving forward|a (?:\w+ )?season)",
    r"(?:declined|declining|refused) to (?:renew|continue|order|pick up)", r"(?:did not|didn'?t) (?:renew|pick up|order)(?! (?:it|the (?:show|series))? ?until)",
    r"(?:will not|won'?t) (?:renew|order|pick up)(?= (?:a|an|another|the show|the series|it) )",  # "will not order a third season"
    r"(?:is|are|will be) not moving forward", r"passed on (?:a|another|any(?: possible| potential| further)?)",
    r"(?:will not|won'?t|will never|(?:is|are) never going to|(?:is|are)(?: not|n'?t) (?:ever )?going to) happen",
    # "the showrunner has squashed any hopes of that happening": there will be none
    r"(?:squash|dash|crush|shatter)(?:es|ed|s)? (?:any |all )?(?:the )?hopes? (?:of|for)(?= (?:that|it|a|an|another|any|the) )",
    # "will end with (after) its fifth season", "is officially over after three seasons" (not "the wait is over")
    r"(?:will|would|to|set to|is set to|is going to|was going to) (?:officially )?(?:end|conclude|wrap up) (?:with|after)",
    # "Netflix announced it would end the series without a third season": the end, with no season after
    r"(?:end|ends|ending|ended|conclude|concludes|concluding|concluded|wrap up|wrapping up|wrapped up) the (?:series|show|story)(?= without (?:a|an|any) (?:\w+ )?season)",
    # "She agreed to a ninth season, but then it is over": the end after it (see THEN_WORDS)
    r"(?<=then )(?:it['’]s|it is|it will be|the show is|the series is) (?:definitely |officially |finally |really )?over(?![\w])",
    r"ends after (?:its|the|a|\w+ seasons)", r"(?:is|are) (?:officially |now )?over after",
    # "Harbor Nine is done after two seasons at Hulu"
    r"(?:is|are) (?:officially |now )?done(?= after (?:\w+|\d+) (?:seasons|series|installments)(?![\w]))",
    # "had dropped "Brackwater", its crime drama ..., after three seasons" (not "dropped the trailer", "season 2 dropped")
    r"(?:dropped|drops|dropping)(?= [^.!?\n]{1,120}? after (?:\w+|\d+) (?:seasons?|series)\b)",
    # "Netflix ended the series after three seasons", "Showtime is ending Marrow Lake after one season" (not "the
    # season ended in March after two seasons of waiting", "ended on a cliffhanger")
    r"(?:ended|ends|ending)(?! (?:on|in|with|last|this)(?![\w]))(?= [^.!?\n]{1,60}? after (?:\w+|\d+) (?:seasons?|series)\b)",
]
# Cancellation words that name a past fact rather than state one ("after its cancellation", "the cancelled drama",
# "the recently canceled comedy", "X, cancelled by Fox in 2019, ..."; not "has cancelled", "Netflix canceled X on
# Tuesday": a statement)
NOMINAL_CANCELLATION = [r"cancellations?",
                        r"(?:(?<=the )|(?<=its )|(?<=their )|(?<=a )|(?<=an )|(?<=recently )|(?<=now-)|(?<=now )|(?<=already )"
                        r"|(?<=being )|(?<=, ))cancell?ed",
                        r"cancell?ed(?= (?:series|shows?|dramas?|comed(?:y|ies)|sitcoms?|thrillers?|seasons?|projects?)(?![\w]))"]
# a run that ended on a service, at a time: "wrapped on Hulu in April", "wrapped up on Netflix last week" (not a shoot that
# ended somewhere or on a day: "wrapped on location in May", "wrapped on Friday in Atlanta")
_wrapped_on_service = (r"(?= on (?!(?:location|set|schedule|time|budget|season|day|monday|tuesday|wednesday|thursday|friday|"
                       r"saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|"
                       r"december)(?![\w]))[\w+]+(?: ?\+)? (?:in|on|last|this|earlier|back|after)(?![\w]))")
PRODUCTION = {
    # not the writing of a message: "writing on Instagram that", "in a written statement"
    # (not "as of this writing", "at the time of writing": the outlet's own moment; nor how a story was made: "the story
    # was written to end with episode 16", "written as a limited series")
    # (not the readers asked to write: "Write it in the comments!", "write to us")
    # (nor a post quoted after it: 'writing: "What a ride it's been."')
    "writing": [r"(?<!this )(?<!of )writ(?:e|es|ing)(?![^\S\n]+(?:that|on|to|about|in a|(?:it |us )*(?:in|below) (?:the )?comments?|us)(?![\w]))(?![^\S\n]*[:\x22“«])",
                r"written(?![^\S\n]+(?:statement|post|message|note))(?![^\S\n]+(?:to[^\S\n]+end|as[^\S\n]+an?[^\S\n]+(?:limited|closed|self-contained)))"
                # (not the author of the book it is made from: "based on the comics of the same name written by X";
                # its scripts' writer has an auxiliary before: "is being written by the showrunner")
                r"(?:(?![^\S\n]+by[^\S\n])|(?<=being written)|(?<=been written)|(?<=is written)|(?<=are written)|(?<=was written)|(?<=were written)|(?<=already written))",
                r"scripts?", r"screenplay", r"writers'? room", r"penn(?:ed|ing)", r"script-?writing", r"hiring writers",
                # "the writers have started work on a third season", "Netflix is working on a second season"
                r"(?:started|begun|began|start|begin) work on", r"(?:is|are) (?:already |now )?working on",
                # "We started breaking season 3 in December": a writers' room works out a season's story
                r"break(?:s|ing)?(?= (?:the )?(?:season|story|stories) (?:\d|for |of ))",
                # "Paramount has hired screenwriter Owen Pratt to draft Tidebreaker 3"
                r"(?:hired|tapped|enlisted|brought on) (?:[\w.'’-]+ ){0,5}?to (?:write|draft|pen|script)"],
    "casting": [r"casting", r"cast(?:s|ing)? (?:call|search)", r"auditions?",
                # a reality show's call for contestants: "Channel 4 has opened applications for the fourth season"
                r"(?:opened|opens|open|opening) (?:applications|submissions|entries|sign-?ups)",
                r"applications (?:are|have) (?:now )?(?:open|opened)",
                # "ITV is looking for contestants for the sixth series"
                r"(?:looking for|seeking|searching for|recruiting) (?:new )?(?:contestants|applicants|participants|singletons|couples)"],
    "filming": [r"(?:will be|is being|are being|to be) (?:shot|filmed)",
                # "preparations for a third season are under way": the making has begun
                r"preparations (?:for|on)(?= (?:a|an|the|its) )",
                # an anime's voice recording: "We already started recording the third season last month"
                r"(?:started|begun|began|start|begin) recording(?= (?:the |a |its |our )?(?:\w+ )?(?:season|episodes|series))",
                r"will (?:shoot|film)(?= in )",  # "The third season will shoot in Georgia next spring"
                # "8 episodes of season 2, set to film in Vancouver next spring"
                r"(?:set|due|scheduled|slated|expected) to (?:shoot|film)(?= (?:in|from|this|next|early|late|over|during|later)(?![\w]))",
                # "If the scripts land, we shoot in the autumn": the people making it shoot then
                r"(?<=we )(?:shoot|film)(?= (?:in|from|this|next|early|late|over|during)(?![\w]))",
                # "she will shoot the third season in Toronto": someone shoots the season
                r"(?:will|is set to|is due to|is going to|plans to) (?:shoot|film)(?= (?:the|its|their|a) (?:\w+ )?(?:season|sequel|film|series))",
                # "We would love to shoot a third season next year", "plans to film the sequel in Toronto"
                r"(?<=to )(?:shoot|film)(?= (?:a|the|its|their|season|part) )",
                r"film(?:s|ing) (?:begins?|starts?|will|in|this|next|from|is|has)", r"filming", r"shooting",
                # the noun with its time: "is eyeing a spring 2026 shoot in Budapest"
                r"(?:a|an|the|its|their) (?:(?:early |late |mid-?)?(?:spring|summer|fall|autumn|winter|january|february|march|"
                r"april|may|june|july|august|september|october|november|december)(?: \d{4})?|\d{4}) shoot(?![\w-])",
                r"(?:began|begins?|start(?:s|ed)?|will start|will begin) (?:filming|shooting|production)",
                r"(?:is|are) (?:now |already |currently )?(?:filming|shooting|in (?:pre-?)?production)", r"cameras? (?:are |have been |started |began |will start |will begin |(?:are |were )?(?:set|due|scheduled|expected) to |will |to |(?:really |actually |finally )?(?:do |does |did ))?(?:roll|rolling)", r"principal photography",
                # (and a headline's "Production to Begin This Spring")
                r"production (?:begins?|began|starts?|started|starting|beginning|kick(?:s|ed|ing) off|slated|set|will (?:begin|start|kick off|get under ?way)|is (?:underway|under way|set)|to (?:begin|start|kick off))",
                r"in production",
                # "filming only resumed in September", "production resumed on the drama": the shoot is on again
                r"(?:filming|shooting|production) (?:has |had )?(?:only |finally |now |since )?(?:resumed|restarted)",
                r"resum(?:ed|es|ing) (?:filming|shooting|production)",
                # "Production has officially begun on season 2": its shoot is on
                r"production (?:has|had) (?:officially |now |finally )?(?:begun|started|kicked off|got under ?way|gotten under ?way)",
                # (and not before a time: "Production is not expected to begin until spring 2027")
                r"production (?:is|was)(?: not|n['’]t)? (?:expected|set|scheduled|slated|due) to (?:begin|start|kick off|get underway)",
                r"(?<!long )(?<!lengthy )(?<!demanding )(?<!grueling )(?<!gruelling )(?<!busy )(?<!tight )(?<!usual )production schedule", r"(?:start|begin|enter|go into|went into|goes into) production",
                # (or expected to: "Production on the second season of X is expected to start in summer 2027")
                r"production (?:on|of|for) [^.;,]{3,40}? (?:will |(?:is|was) (?:expected|set|scheduled|slated|due) to )?"
                r"(?:begins?|began|starts?|started|start|begin|gets? under ?way|got under ?way"
                r"|kick(?:s|ed)? off|(?:is|was) under ?way)",
                # an animated season's making: "the studio said animation work is underway"
                r"animation (?:work |production )?(?:(?:on|for) [^.;,]{3,40}? )?(?:is (?:already |now )?under ?way|has (?:already )?(?:begun|started)|began|started)"],
    "post": [r"post-?production", r"in post", r"editing(?! by\b)"],  # (not a wire story's credit: "Editing by ...")
    # (not a story's thread: "the subplot gets wrapped up in a single phone call")
    "wrapped": [r"(?<!gets )(?<!get )(?<!got )(?<!getting )wrapp?ed(?! up (?:in (?:a|an|one|the|just)|by|with|neatly|too)(?![\w]))(?!(?: up)?" + _wrapped_on_service + r")(?! (?:up )?(?:on [\w ,.]{3,20}? )?with (?:a|an|its|the) (?:[\w-]+ ){0,3}finale)(?: filming| production| shooting)?",
                r"(?:filming|shooting|production|principal photography) (?:has |had )?(?:officially )?(?:wrapped|finished|ended|concluded)",
                r"finished (?:filming|shooting)", r"completed (?:filming|shooting)"],
}
# A season's run that ended, or its ratings, tell that it aired: "finished airing its second season in May", "ended
# its first season last week", "wrapped its first run". Each is a release of its own and marks it past, so the list
# stands in RELEASE and in RELEASED_PAST.
_aired_runs = [
    # "The second season of X is here", "is finally here": out now (not what is here to stay)
    r"(?:is|are) (?:finally |officially )?here(?! to )(?![\w])",
    r"wrapped (?:its|their) (?:[\w-]+ ){0,2}run",
    r"(?:finished|wrapped|ended|concluded) (?:airing )?(?:its|their) (?:[\w-]+ ){0,3}(?:season|series)",
    r"finished (?:airing|streaming|its broadcast)", r"(?:ended|wrapped up) (?:airing|streaming)",  # "Season 2 finished streaming in December"
    # "The second season wrapped on May 1 with a two-hour finale": its last episode aired then
    r"(?:wrapped|ended|concluded)(?= (?:up )?(?:on [\w ,.]{3,20}? )?with (?:a|an|its|the) (?:[\w-]+ ){0,3}finale)",
    # ... and "Season 2 wrapped on Hulu in April": its run on a service, at a time
    r"wrapped(?: up)?" + _wrapped_on_service,
    # on the air now: "as the second season continues its weekly run", "the 11th season, currently airing on ..."
    r"continues? (?:its|their) (?:[\w-]+ ){0,2}run", r"currently airing",
    r"followed(?= (?:in|on|a year|two years) )",  # "its second season followed in August 2025"
    # "finished its run in September", "now in its fourth season"
    r"(?:finished|ended|wrapped|concluded) (?:its|their) (?:[\w-]+ ){0,2}run", r"(?:now|currently) in (?:its|their)(?= (?:[\w-]+ )?season)",
    # the charts: "fell to No. 4 with 5.1 million views in its third week", "debuted at No. 2"
    r"(?:fell|dropped|slipped|climbed|rose|jumped|landed|sat|sits|held|stayed|debuted|opened) (?:to |at |steady at )?(?:no\.|number) ?\d{1,2}",
    r"in its (?:first|second|third|fourth|fifth|sixth|opening|debut) (?:week|weekend)",
    # "reached the Prime Video Top 10 in 40 countries", "entered Netflix's global Top 10"
    r"(?:reached|hit|topped|entered|cracked|made) (?:the )?(?:[\w+'’]+ ){0,3}top (?:10|ten)",
    # "Its second season logged 31 million views and spent six weeks in the Top 10"
    r"(?:logged|racked up|amassed|garnered|pulled in|drew|attracted) (?:[\w.,]+ ){1,4}(?:views|viewers|viewing hours|hours viewed)",
    r"spent (?:[\w-]+ ){1,3}weeks? (?:in|on|atop) (?:the|its|their|netflix['’]s)",
    # "The first two seasons have been watched for more than 900 million hours": its audience counted
    r"(?:has|have|had) been (?:watched|viewed|streamed) (?:for )?(?:more than |over |nearly |almost |about |some )?[\d.,]+ (?:million|billion)",
    # "the best debut for a British original this year", "its biggest debut ever": a debut ranked has happened
    r"(?:best|biggest|strongest|largest|record|highest|most-watched) (?:[\w-]+ )?debut",
    # "returned for its second season on March 13": a return told in the past
    r"returned (?:for|with) (?:its|their) (?:[\w-]+ ){0,2}(?:season|series)",
]

# (nor the size of a platform's slate: "would release fewer titles in 2026", "releasing 20 new films a year")
_slate = r"(?! (?:fewer|more|less|several|many|\d+|a (?:number|handful) of)(?: \w+)? (?:titles|shows|films|movies|originals|projects)(?![\w]))"
# a time right after a verb of watching: "... see new episodes before 2027", "... in early 2027", "... next summer"
# (in quotes and after "sometime" too: 'fans could see new episodes "sometime next year"')
_time_right_after = (r"(?= [\"“]?(?:sometime |some time )?(?:(?:before|until) |(?:in|by) (?:\d{4}|early|late|the (?:spring|summer|fall|autumn|winter|end|start|beginning))(?![\w])"
                     r"|next (?:year|spring|summer|fall|autumn|winter)(?![\w]))| (?:is|would be) (?:in |at )?(?:\d{4}|early|late|the (?:end|start|beginning|spring|summer|fall|autumn|winter))(?![\w]))")
RELEASE = [
    # '"Gravel Pit" gets a third season on July 4': the season comes that day (not "in July", which may be when it
    # was ordered)
    r"(?:gets|get|got|will get|is getting) (?:a|an|its|their) (?:[\w-]+ )?season(?: \d{1,2})?(?= on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}(?![\w]))",
    # a window named as the schedule's place for it: "so a similar autumn 2026 slot seems likely"
    r"(?:a|an|the) (?:similar |likely |possible |probable )?(?:(?:early |late |mid-?)?(?:spring|summer|fall|autumn|winter|holiday)(?: (?:19|20)\d\d)?|(?:19|20)\d\d) (?:release |premiere |broadcast |launch )?(?:slot|window)(?![\w])",
    # 'she hopes to have new episodes out "by next fall"': out by then
    r"(?:have|get) (?:the |its |their )?(?:new |fresh |more )?episodes out(?= [\"“]?(?:by|in|before|next|this|early|late|sometime)(?![\w]))",
    # "The thriller's six episodes dropped on October 30", "Season 2 dropped last Friday": out then (not "dropped the
    # show", a cancellation: the word comes after what came out, and a time after it)
    r"(?:episodes|season(?: \d{1,2})?|series|installment|film|sequel) (?:all )?dropped(?= (?:on|in|last|this|earlier|back|at|\d)(?![\w]))",
    # "Season 2 of Copper Bay starts May 18", "the second season begins on June 3": a season that begins then (not
    # the shoot's: "filming on season 2 begins in May")
    r"(?<!filming on )(?<!filming for )(?<!production on )(?<!production of )(?<!shooting on )(?<!work on )(?<!writing on )"
    r"season(?: \d{1,2})?(?: of (?:[\w'’:&-]+ ){0,4}?[\w'’:&-]+)? (?:begins|starts|kicks off|will (?:begin|start|kick off))"
    r"(?= (?:on |in )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d|this|next|later|early|late|mid)(?![\w-]*[ -](?:filming|production|shooting)))",
    # "Season 3 of X arrives June 5, followed by the second season of Y on July 17": the next one on the schedule
    r"followed by(?= (?:the |a |its )?(?:[\w-]+ )?(?:season|series|installment|film|sequel)(?![\w]))",
    # "could see the light of day in early 2027": be released
    r"see(?:s)? the light of day",
    # "the show's pace suggests we would not see it before the end of 2026": when viewers would see it
    # ("the earliest we would see new episodes is the end of next year": a time after it, too)
    # (a time right after: not "We will see it in the numbers next month")
    r"(?:we|you|viewers|fans|audiences) (?:would|will|could|might|wouldn['’]t|won['’]t|can['’]t) (?:not )?(?:get to )?see (?:it|them|(?:any |the )?new episodes)"
    + _time_right_after,
    # ("fans could expect new episodes next summer at the earliest": so is what they could expect)
    r"(?:we|you|viewers|fans|audiences) (?:would|will|could|might|can|should) (?:likely |probably )?expect (?:(?:any |the )?new episodes|it|them)"
    + _time_right_after,
    # "which would put any new episodes in late 2027 at the earliest": the outlet's reckoning places the release
    # ("which would put new episodes on track for early 2028")
    r"(?:put|puts|putting|place|places|placing)(?= (?:any |the |its |their |those |a )?(?:[\w-]+ )?(?:episodes|season|series|"
    r"installment|premiere|release|return|debut|sequel|film|movie) (?:on (?:track|course|schedule) )?(?:in|at|around|by|for|sometime in) (?:early |late |mid-?|the |"
    r"spring|summer|fall|autumn|winter|next|\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
    # on air since a day (see RELEASED_PAST)
    r"(?:has|have) been (?:streaming|airing|running|broadcasting|showing)(?= [^.;!?\n]{0,50}?(?<![\w])since )",
    # what the audience will get to see then comes out then: "Audiences will get to see it in 2027"
    # (a time right after it: not "we will see it in the numbers")
    r"(?:will|can|could) (?:get to )?see (?:it|them)(?= (?:(?:in|on|from|by|before) (?:\d|early|late|mid|the (?:spring|summer|fall|autumn|winter|first|second|end)"
    r"|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter)"
    r"|(?:next|this|later) (?:year|spring|summer|fall|autumn|winter|month)))",
    # its makers showing it to its audience: "Hopefully I can show it to the fans by the end of 2024" (a time right
    # after it: not "we showed it to fans at the festival")
    r"(?:show|present|bring) (?:it|them|(?:the )?(?:new |next )?(?:season|episodes))(?: to (?:the )?(?:fans|viewers|audiences?|the world|everyone|you))"
    + _time_right_after,
    # the cast to its audience: "you'll see us again at the end of next year" (the premiere)
    r"(?:you['’]ll|you will|you can|you could|you may|you might|fans will) (?:get to )?see us",
    # the return as a noun, with its time: "confirmed the return of Harbor Nine next year"
    r"(?:the|its|their) return(?= (?:of [^.;:!?\n]{1,60}? )?(?:next|this|early|late|later|in \d{4}|in (?:the )?(?:spring|summer|fall|autumn|winter))(?![\w]))",
    # "we'll be on your screens next autumn", "back on screens in 2027", "expected on screens in 2027"
    r"(?:be|back|expected|due) on (?:your |our |their |tv |television )?screens",
    # "which would put new episodes on screen in late 2025": what is put on screen, with its time after
    r"(?:put|puts|putting|get|gets|getting)(?= (?:the |new |its |their |a )?(?:[\w-]+ )?(?:season|series|episodes|film|movie|sequel)(?: \d+)? on (?:our |your |the )?screens?(?![\w]))",
    # "We wouldn't expect season 2 before summer 2028": the window the outlet looks to for it
    r"(?:expect|anticipate)(?= (?:a |the )?(?:\w+ )?(?:season|series|episodes|film|movie|sequel)(?: \d+)?(?: [^.;!?\n]{0,30}?)? (?:before|until|in|by|around|no earlier than) )",
    # "and season 5 will follow in 2028": the next one comes out after it, at the time named
    r"(?:will|would|is set to|is expected to|to) follow(?= (?:in|on|by|later|next|early|late|this|around)(?![\w]))",
    # a delay with no new window: still to come ("a Netflix spokesperson said the season has been \"delayed\"")
    r"(?:has|have|had) been (?:officially |indefinitely )?[\x22“]?(?:delayed|postponed|pushed back)(?![\w])",
    # a delay names the new window (not "has moved to squash reports": acted quickly)
    r"(?:delayed|postponed|pushed(?: back)?|moved)(?= (?:to|until|into) )"
    r"(?! to (?:squash|quash|deny|shut|dispel|calm|reassure|clarify|address|correct|respond|stop|end|set the record)\b)",
    # "a window would probably be February-May 2027": a window named with its year
    r"(?:release |premiere )?window(?= [^.;!?\n]{0,45}?(?:19|20)\d\d)",
    # "pushed the second season of the series to 2027": the window after what is delayed
    r"(?:delay(?:s|ed)?|postpone[sd]?|push(?:es|ed)(?: back)?|reschedule[sd]?|bump(?:s|ed)(?: back)?|moved)"
    r"(?= [^.;:!?\n]{1,80}? (?:to|until|into) (?:(?:early|late|mid-?|the (?:spring|summer|fall|autumn|winter) of) ?)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:\d{1,2},? )?)?(?:\d{4}|next)"
    # ("pushed the fourth installment back from 13 March to 9 October", "to October 9": a day, or a month, with no year)
    r"|(?= [^.;:!?\n]{1,80}? (?:to|until|into) (?:\d{1,2}(?:st|nd|rd|th)? (?:of )?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?: \d{1,2}(?:st|nd|rd|th)?)?(?![\w])))",
    # "Meridian Studios has locked a date for the third instalment: July 16, 2027": a date set, given after it
    r"(?:set|sets|locked|locks|locked in|pinned down|pinned|confirmed|announced|revealed)(?= (?:a|the|its) (?:release |premiere |launch |opening )?date(?: for [^.;:!?\n]{1,60}?)?(?::| of | as ))",
    # "Universal dated the sequel for December 22, 2027", "sets 'Iron Tide 2' for Christmas 2027": a studio
    # giving its film a day (not "set for" alone, above: "the series is set for a return")
    # ("Netflix has scheduled the third season for fall 2026", "slated it for October")
    # (a subtitle's colon inside: "has dated Sandstorm: Part Two for March 17, 2028")
    r"(?:sets|dated|dates|(?:has|have|had) set|scheduled|slated)(?= (?:[^.;:!?\n]|:(?= [A-Z0-9]))(?:[^.;:!?\n]|:(?= [A-Z0-9])){0,59}? for (?:a |an |its )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? |"
    r"(?:christmas|thanksgiving|memorial day|labor day|summer|spring|fall|autumn|winter|holiday|early|late|mid-?|next) ?)*"
    r"(?:\d|next|release|premiere|debut))",
    # (not what a platform puts out about a season: "Disney+ released first-look photos from the third season")
    # (not the outlet's own page: "bookmark our 2026 premiere calendar")
    r"premier(?:e|es|ed|ing)(?! (?:calendar|guide|tracker)s?(?![\w]))", r"debut(?:s|ed|ing)?",
    # (nor a press release: "the company confirmed in a press release")
    # (nor a schedule's: "the network's midseason schedule, released on Thursday, does not include the drama")
    r"(?<!press )(?<!news )(?<!schedule, )(?<!schedules, )(?<!lineup, )(?<!slate, )(?<!calendar, )(?<!trailer, )(?<!teaser, )(?<!poster, )release(?:s|d)?(?! (?:the |a |its )?(?:first-look |new |first |official |more )?(?:photos?|images?|stills?|posters?|key art)(?![\w]))"
    + _slate,
    # (not the news's own coming: "The news arrives as the third season has landed a return date")
    r"releasing" + _slate, r"(?<!news )(?<!announcement )(?<!renewal )(?<!decision )(?<!update )(?<!confirmation )arriv(?:e|es|ed|ing)",
    # "returns with three episodes on April 17": its episodes, with their day
    r"(?:returns?|returning|comes? back|coming back) with (?:its |the )?(?:first |\w+ )?(?:new )?episodes(?= (?:on|in|from|starting) )",
    # "If everything goes to plan, you'll have it next summer": when viewers get it
    # "we can't wait for viewers to see it early next year"
    # ("fans should expect it "late next year"": the time may open a quotation)
    r"(?:you|you['’]ll|fans|viewers|audiences|we['’]ll) (?:will |should |could |to )?(?:have|get|see|expect) (?:it|them|the (?:new )?(?:season|episodes))(?= [\"“]?(?:\w+ )?(?:next|this|in|by|early|late|mid|spring|summer|fall|autumn|winter|(?:19|20)\d\d)(?![\w]))",
    # "Look for Season 4 of Lumen in 2020", "Look for it in the spring": the outlet telling when to expect it
    r"(?<![\w])look for(?= (?:season \d+|(?:the |its )?(?:[\w-]+ )?season|it|them|(?:the |its )?new episodes)(?![\w]))",
    # "viewers can look forward to it next year": the same, looked forward to
    r"(?:fans|viewers|audiences) (?:can|could|will be able to) (?:look forward to|watch|catch) (?:it|them|the (?:new )?(?:season|episodes))(?= [\"“]?(?:\w+ )?(?:next|this|in|by|early|late|mid|spring|summer|fall|autumn|winter|(?:19|20)\d\d)(?![\w]))",
    # "we plan to bring it to viewers around the world in late 2026": when viewers get it, from those who make it
    r"(?:bring|brings|bringing) (?:it|them|the (?:new |final |next )?(?:[\w-]+ )?(?:season|episodes|chapter)) (?:back )?to "
    r"(?:viewers|audiences|fans|screens|subscribers)",
    # 'Asked when audiences could see it, he said: "Realistically, late 2024 at the earliest."': the window asked for
    r"when (?:audiences|viewers|fans|we|people) (?:could|can|will|would|might) (?:finally )?(?:see|watch|expect) (?:it|them|the (?:film|sequel|movie|season|new (?:season|episodes)))",
    # "our best guess is late 2026 at the earliest": the outlet's estimate of a window (its hedge makes it possible)
    r"(?:our|my|the) (?:best |educated )?(?:guess|bet|estimate|prediction) (?:is|would be)(?= [^.;!?\n]{0,12}?(?:late|early|mid|spring|summer|fall|autumn|winter|next|sometime|(?:19|20)\d\d))",
    # "Netflix has set Friday, Feb. 13 for the return of its surf-town noir": a day set for the return
    r"(?:sets|set|dated)(?= (?:[\w.,]+ ){1,5}for (?:the |its |a )?(?:return|premiere|debut|release)(?![\w]))",
    # "Apple has already set Dec. 5 for the second season of Orbit Kitchen": a day set for what follows
    r"(?:sets|set|dated)(?= (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? "
    r"\d{1,2}(?:st|nd|rd|th)?,? (?:(?:19|20)\d\d )?for )",
    # not the kind of business: "the streaming giant", "a streaming service", "streaming rights" (and in the
    # languages that borrow these words, "platform streaming Vidio", "layanan streaming")
    r"(?:will )?(?<!platform )(?<!layanan )(?<!video )(?:air|stream)(?:s|ed|ing)?(?! (?:giant|giants|service|services|platform|platforms|company|companies|site|"
    r"app|wars|rights|deal|deals|numbers|charts?|ratings|records?|home|partner|era|landscape|market|business|industry|"
    r"subscribers|executives?|chiefs?))", r"(?:hits?|hitting|opens?|opened|opening) (?:in )?(?:theaters|theatres|cinemas|screens|on)",
    r"in (?:theaters|theatres|cinemas)",
    # "will be broadcast in the autumn" (not the business: "a broadcast deal", "broadcast rights", "a broadcast
    # industry official")
    r"broadcast(?:s|ing)?(?! (?:rights|deals?|partners?|partnerships?|licen[cs]es?|networks?|slots?|schedules?|industry|"
    r"officials?|stations?|news|media|journalists?|versions?|veterans?|standards|tv|television|channels?|groups?))",
    r"hits?(?= [^.;:!?\n]{1,25}? on (?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday))",  # "hits Netflix on November 27"
    # "will be out in May", "is out now"; not "mapped out the story", "ruled out", "out of"
    r"(?:will )?(?:be|is|are|was|were) out(?! of)", r"launch(?:es|ed|ing)?", r"(?:set|slated|dated|scheduled|expected|due) for",
    r"(?:set|slated|dated|scheduled)(?= (?:it|them) for )",  # "has slated it for next spring"
    r"expected (?:in|early|late|next|this|by|around|sometime|later|before|toward|towards|at the (?:start|end|beginning))", r"expected(?= until )", r"(?:will )?return(?:s|ed)? (?:on|in|next|this|later|early|late|tonight|today|tomorrow)",
    # ... its month right after it, as headlines and posts write it: "Harbor Lights returns July 31"
    r"(?:will )?returns?(?= (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}(?![\w]))",
    # the trades' word for a premiere: "is set to bow in March", "bows on Netflix June 5"
    r"(?:(?:is|are) set to|will|to) bow(?= (?:in|on|this|next|later|early|late)(?![\w]))", r"bows(?= (?:in|on)(?![\w]))",
    # ... and its noun: "which will have its second season bow on May 5th"
    r"(?:(?<=season )|(?<=series ))bow(?= (?:in|on|this|next|later|early|late)(?![\w]))",
    # "returns to Netflix", "returns to screens" (not a person's "returns to helm the sequel")
    r"(?:will )?return(?:s|ed)? to(?! (?:helm|direct|co-direct|animate|compose|score|design|write|co-write|pen|produce|executive produce|star|lead|play|voice|host|"
    r"work|shoot|film|front|reprise|the (?:role|director['’]s chair|writers['’] room)|(?:his|her|their) (?:role|roles|character))(?![\w]))",
    # 'One source put the likely window at "the end of next year at the earliest"': a window given for the release
    r"(?:puts?|putting|pegs?|pegged|places?|placed) (?:the|its|a) (?:[\w-]+ ){0,2}window (?:at|in|for)(?![\w])",
    # "will return at midseason", "is being held back for midseason of the 2025-26 season": a broadcast slot
    r"(?:returns?|returning|back|slotted|scheduled)(?= (?:at|for|in|until) (?:the )?mid-?season(?![\w]))",
    # "will return as a midseason entry in January": the show, not a person returning in a role
    r"(?:returns?|returning)(?= as (?:an? |the )?mid-?season(?![\w]))",
    # "has slotted its third season for midseason": the season between
    r"slotted(?= (?:its|the|their) [^.;:!?\n]{1,40}? (?:at|for|in) (?:the )?mid-?season(?![\w]))", r"(?:is|are) coming back (?:on|in|next|this|later|early|late)",
    # "will be back in January", not "will be back on board" or "in the role"; "is expected back in late 2026", "due back
    # next spring"
    r"(?:(?:will|to) be|expected|due|slated) back(?= (?:on |in )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|"
    r"winter|early|late|mid|next|this|later))",
    # "the episodes are due in October", "is due out next spring": scheduled to come out then (not "due to")
    # (longer than the future's "is due", which it holds)
    r"(?:is|are|was|were) (?:now )?due (?:out|in|on|by|around|sometime)(?: (?:in|on|by)(?<=out (?:in|on|by)))?"
    r"(?= (?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|spring|summer|fall|autumn|winter|early|late|mid|next|this|later)(?![\w-]))",
    # "returns for its third season on Oct. 4": a return with its date is a premiere (longer than the renewal's "returns for")
    # ("returns with its long-awaited third season in May")
    r"(?:will )?(?:returns?|be back|(?:is|are) (?:also |now )?coming back|(?:is|are) (?:also |now )?returning) (?:for|with) (?:(?:its|their|a|an|the) (?:[\w-]+ ){0,3}(?:season|series|installment)|(?:season|series) \d{1,2})"
    r"(?= (?:on|in|this|next|later|early|late) | (?:tonight|today|tomorrow)(?![\w]))",
    # (not the noun: "a steep drop in viewing", "the drop-off")
    r"(?<!a )(?<!steep )(?<!sharp )(?<!big )(?<!the )drops?(?! in (?:view|rating|audience|subscri|interest|quality))(?!-off)", r"lands?", r"(?:comes?|came) (?:out|back)", r"(?:release|premiere|air|realistic|earliest|target) date", r"release window",
    # "would not reach screens until 2026": the episodes reach their viewers
    r"reach(?:es|ed|ing)? (?:our |the |tv |television |cinema |movie )?(?:screens|theaters|theatres|cinemas)",
    # "The second season will be available from May 4 on Hulu"
    r"will be (?:available|streaming)(?= (?:[\w+]+ ){0,3}?(?:from|on|starting|beginning|in)(?![\w]))",
    r"(?:is|are) coming (?:on|in|to)(?! (?:an|its) end| a close)", r"landing",
    # the platform sets the day: "Netflix has dated Dark Signal 3", "Hulu Dates 'Glimmer' Season 2" (not "dated back")
    r"(?:has|have) (?:officially |finally |now )?dated(?! back)(?![\w])", r"(?<!release )(?<!premiere )dates(?= [\x22'“‘])",
    # "is coming February 6": the day right after it, no preposition
    r"(?:is|are) (?:coming|arriving|returning)(?= (?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}(?![\w]))", r"(?<!room )(?<!room has )(?<!room had )(?<!rooms have )(?<!room officially )opened(?! (?:its|the|their) (?:doors|writers))", r"ran(?! (?:(?:a|an|the|its|their|several|many|multiple) )?(?:headlines?|stories|story|articles?|pieces?|reports?|features?|ads?|advertisements?|polls?|surveys?|campaigns?))", r"(?<!after a )(?<!before a )(?<!events of the )(?<!events of that )(?<!events of its )finale", r"wait (?:until|till)",
    r"(?:ended|concluded) (?:on|in|last|this)(?! (?:a|an) (?:[\w-]+ )?(?:cliffhanger|note|high|low|bang|twist|mystery|question)(?![\w]))",
    # "the sixth season kicks off in January" (not the shoot)
    r"(?<!filming )(?<!production )(?<!shooting )kicks? off(?= (?:in|on|this|next|early|late))",
    *_aired_runs,
]
# A release cue in the past tense marks a premiere that already happened.
_landed_what = r"(?! (?:a|an|its|the|their) (?:[\w-]+ ){0,2}(?:date|order|renewal|spot|slot|deal|nomination|season)(?![\w]))"
RELEASED_PAST = [
    # "The second season began airing on June 21": on air since then (not "will begin airing"; nor in a relative
    # clause, "would end with its fourth season, which began airing in early February", read as before)
    r"(?<!will )(?<!to )(?<!which )(?<!that )(?:began|started|commenced) (?:airing|streaming|its run|broadcasting)(?![\w])",
    # "viewers had to wait two long years for the premiere of the new season": the wait is over
    r"(?:had to|were made to) wait [^.;!?\n]{0,60}?for (?:the |its |their )?(?:[\w-]+ ){0,2}(?:release|premiere|return|arrival|debut|launch)(?![\w])",
    # "both seasons led the charts on release": a success told in the past, on its release (not "expected to top")
    r"(?:topped|debuted|ranked|charted|peaked|landed|scored|drew|earned|became) [^.;!?\n]{0,60}?(?:upon|on|after) (?:its |their )?(?:initial )?release",
    # "has been a hit on Netflix since its launch in mid-March": out already
    r"since (?:its|their|the show['’]s|the series['’]?) (?:launch|premiere|debut|release|arrival)",
    # "Harbor Nine season 2 out now": there to watch already
    r"out(?= (?:now|today)(?![\w]))",
    # "two months after the end of the second season": the season that ended aired
    r"(?:after|since|following) the (?:end|close|conclusion) of(?= (?:the|its|their) )",
    # "which Crunchyroll has been streaming every Thursday since October 8": on air since then
    r"(?:has|have) been (?:streaming|airing|running|broadcasting|showing)(?= [^.;!?\n]{0,50}?(?<![\w])since )",
    # "reached the Top 10 after its March debut": the debut the month names, gone by
    # (opening on "after": a pattern that opens on a month is tried at every month named, and at every "may")
    r"after (?:its|their) (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter) (?:debut|premiere|launch|return|bow)",
    # "returned on February 13 for a second season": the season that came back then aired
    r"(?:returned|came back)(?= [^.;!?\n]{0,40}?for (?:a|an|its|the) )",
    # "The drama, which returned in May, was renewed for a third season": what came back then aired
    r"(?<=which )(?:returned|came back)(?= (?:in|on|last|earlier|this)(?![\w]))",
    # "The drama only returned to our screens in July": back on air, told in the past
    r"(?:returned|came back) to (?:our |your |the )?(?:tv |television |small )?screens",
    r"launched(?= (?:in|on|last|earlier|back) )",  # "its second season, which launched in January"
    # ("The superhero series launched its second season in July": its season between)
    r"launched(?= (?:its|their|the) (?:[\w-]+ ){0,2}(?:season|series|installment|run)(?: \d{1,2})? (?:in|on|last|earlier|back) )",
    # "the western came back on Sunday, March 1", "the sequel came out last week": a return told in the past
    r"came (?:back|out)(?= (?:on|in|last|earlier|this) )",
    # "Available since Monday on Netflix, the second season ...": out already (not "will be available since")
    r"(?<!be )available since",
    r"(?:was|were|has been|have been) broadcast", r"(?:has|have) been (?:streaming|airing|available)(?= [^.;\n]{0,40}?since )",
    # "the drama averaged 6.4 million viewers across its third season": its audience, so it aired
    r"(?:averaged|drew|drawing|attracted|pulled) (?:an average of |nearly |more than |over |about |around )?\d[\d.,]* (?:million )?viewers",
    # "Tidebreaker 2 led the domestic box office this weekend": in cinemas already
    r"(?:led|leads|topped|tops|dominated|dominates|won|wins) (?:the )?(?:domestic |global |worldwide |weekend |North American )?box office",
    # a film's takings are its run's: "'Night Courier 2' grossed $280 million worldwide in 2024"
    r"grossed", r"(?:earned|made|took in|raked in|pulled in) (?:more than |over |nearly |almost |about |around )?\$",
    # "after the premiere of season 2": past (the season named right after it)
    # (or of its episodes: "a month after the premiere of the eight episodes of its only season")
    r"(?:after|since|following) (?:the|its) (?:premiere|debut|release)(?= of (?:the |its )?(?:\w+ )?(?:season|installment|film|movie|part|episodes of))",
    # ("which ran for three seasons on ABC": the seasons counted aired, not the one the sentence names)
    r"(?:is|are) (?:currently |now )?airing", r"(?:after|since|following) its (?:premiere|debut|release)(?! (?:season|series|run|episodes?|week|weekend)(?![\w]))", r"premiered", r"debuted", r"(?:was|were|has been|have been) released", r"aired", r"ran for(?! (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:seasons|series))", r"streamed",
    r"opened (?:in|on|to)", r"hit (?:theaters|theatres|cinemas)", r"(?:is|are) (?:now |still |officially |finally )?(?:streaming|available)", r"(?:is|are) (?:now )?out(?: now)?(?! of)",
    # "Copper Ledger Season 2 is now on Netflix": there to watch (a service named after it)
    r"(?:is|are) (?:now|finally) on(?= (?:netflix|hulu|disney\+|prime video|amazon prime video|max|hbo max|apple tv\+|peacock|paramount\+)(?![\w]))",
    # "The first two seasons will remain available on Starz until the end of the year": still there to watch, out already
    r"(?:remain|remains|will remain|continue to be|continues to be|will continue to be) (?:\w+ )?(?:streaming|available)",
    # ("Season 2 dropped on Friday"; not "Netflix Dropped 'The Cartographers'", "dropped the show": dropped it, cancelled)
    # (not what a season gets: "the third season has also landed a return date", "landed a two-season order")
    r"has (?:premiered|debuted|arrived|dropped)", r"has landed" + _landed_what, r"(?<!news )(?<!announcement )arrived", r"came out",
    r"landed" + _landed_what,
    r"dropped(?! (?:[\"'“‘«]|(?:the |its )?(?:show|series|drama|comedy|sitcom|project)(?![\w])|it(?![\w])))",
    # (not a schedule's: "the network's midseason schedule, released on Thursday, does not include the drama")
    r"(?<!schedule, )(?<!schedules, )(?<!lineup, )(?<!slate, )(?<!calendar, )(?<!trailer, )(?<!teaser, )(?<!poster, )released (?:on|in)",
    # "Netflix released the second season on Monday" (not "will be released", "has not released the trailer")
    r"(?<!be )(?<!been )(?<!not )(?<!n't )(?<!never )released (?:the|its|all)(?: [\w-]+){0,2} (?:season|episodes|series|film|movie|sequel)",
    # (not a plot's moment: "the second season picks up six months after the events of the finale")
    r"(?<!after a )(?<!before a )(?<!events of the )(?<!events of that )(?<!events of its )finale", r"(?:ended|concluded)(?= (?:on|in|last|this))(?! on (?:a|an) (?:[\w-]+ )?(?:cliffhanger|note|high|low|bang|twist|mystery|question)(?![\w]))",
    # "Season 2 concluded with a major betrayal", "season 2 ended with Joe and Love starting a new life": its story's end
    # was seen (not "will end with", nor talks that "ended with a two-season order")
    r"(?<!will )(?<!to )(?<!would )(?:ended|concluded) with(?= )(?! (?:a|an|the) (?:[\w-]+ )?(?:order|renewal|deal|agreement|cancell?ation)(?![\w]))",
    # "Season 2 wrapped up in March": its last episode aired (a season's filming "wraps" with a word for it)
    r"wrapped up(?= (?:in|on|last|this|earlier|back|its|with))",
    *_aired_runs,
]
# Work that began in the past: "filming began in August" is last August, not the next one.
BEGUN = [r"began", r"started", r"kicked off", r"got under ?way", r"commenced", r"(?:has|have|had) (?:begun|started|commenced|kicked off)",
         r"(?<!will )(?<!to )resumed", r"(?<!will )(?<!to )restarted",
         # ("I finished the script in September", "The writers' room opened in March": done by then)
         r"(?<!will )(?<!to )(?<!have )(?:finished|completed|opened)(?! (?:by|before|until)\b)",
         r"(?:was|were) (?:shot|filmed)", r"(?:has|have|had) been (?:shooting|filming)",
         # "Filming took place over the summer in Hamburg": done then
         r"took place"]
# the cast words of one who leaves (see CAST_LEAVING below)
# ("Lola Vance is leaving Ember Parish ahead of season 3")
_leaving = [r"(?:has|have) left", r"left the (?:show|series|cast)", r"exits?", r"exited", r"departs?", r"departed",
            # (the show or the name left, not what it leaves its viewers with: "is leaving fans with a cliffhanger"; the
            # pattern runs in lower case, where a capital says nothing)
            r"(?:is|are|will be) leaving(?= (?:[\"'“‘]?(?!(?:fans|viewers|audiences|us|them|it|room|nothing|no|a|an|some|many|lots?|behind|open|everyone|people)(?![\w]))[a-z]"
            r"|the (?:show|series|cast|drama|comedy)(?![\w])))"]
# 'she would "100 percent" be back', "he'd definitely come back": a cast member's wish to return
_would_be_back = r"(?:(?<=she )|(?<=he ))would (?:(?:definitely|absolutely|totally|happily|gladly|love to) |[\"“][^\"”\n]{1,20}[\"”] )?(?:be back|come back|return)(?![\w])"
CAST = [_would_be_back, r"(?:will )?return(?:s|ing)? as(?! (?:an? |the )?mid-?season)", r"(?:will |to )?be back on board", r"joins?(?! (?:a|the) (?:\w+ )?list(?![\w]))", r"joined(?! (?:a|the) (?:\w+ )?list(?![\w]))",
        *_leaving,
        r"(?:will )?reprise", r"reprising", r"will star as",
        # "Stars Dana Kerr, Omar Wells and Jude Park are all set to return": the cast named before it, back
        r"are (?:all |both |also )?(?:set|expected|confirmed|slated|due) to return(?=[.,;:!?\n]| (?:for|in) (?:the |a |an )?(?:[\w-]+ )?(?:season|series|episodes)(?![\w]))",
        # "Lead actress X confirmed her return on Instagram"
        r"confirmed (?:her|his|their) (?:return|comeback)", r"(?:teased|teases|hinted at|hints at) (?:her|his|their) (?:return|comeback)",
        r"(?:her|his|their) return (?:has been |was |is )?confirmed",
        # not the noun: "we love this cast as much as the fans do"
        r"(?<!this )(?<!the )(?<!our )(?<!whole )(?<!entire )(?<!great )cast as(?! (?:much|well|many|a whole|good)\b)",
        # "the cast have reportedly signed contracts for a second season": signed up for the season named after it
        r"signed (?:on|up|(?:new |their |her |his |a |multi-season )?(?:contracts?|deals?))(?= (?:for|to return for) (?:the |a |an )?(?:[\w-]+ )?(?:season|series)(?![\w]))"]

# The cast words of one who leaves (CAST): a cast claim of negative polarity.
CAST_LEAVING = _leaving

# --- attitude ------------------------------------------------------------
# (not a rank's abbreviation: "ranked No. 2 among broadcast dramas")
# (nor the surprise it is not: "it's not surprising that the show will get a third season", "no surprise")
# (nor what someone did not know of: "sequels you didn't know were being made", "fans never knew a third season
# was filmed": what follows holds all the same)
_unknowing = r"(?! (?:(?:have |even |yet |already )?(?:know|knew|known|realized?|realised?|notice|noticed)|(?:been )?aware)(?![\w]))"
NEGATIONS = [r"not(?! (?:surprising|a surprise|much of a surprise|unexpected|only|just|to mention|long after)(?![\w]))" + _unknowing,
             r"no(?!\.[^\S\n]?\d)(?! (?:surprise|wonder)(?![\w]))", r"never" + _unknowing, r"n't" + _unknowing, r"nothing", r"nobody",
             r"no one", r"neither", r"nor", r"without",
             # (not a season that is simply not out yet: "the new season is yet to premiere", its date days away)
             r"yet to(?! (?:be )?(?:release[ds]?|premiere|air|debut|arrive|drop|stream|launch|come out)(?![\w]))",
             # the contracted auxiliaries, whose "n't" stands inside their word: "Netflix hasn't officially canceled it"
             # (not "can't wait", "couldn't be happier": eager, no negation)
             r"(?:has|have|had|is|are|was|were|does|do|did|should)n['’]t" + _unknowing,
             # (and the future's, as "will not" is: "won't be getting a third season")
             r"won['’]t", r"wouldn['’]t",
             # what is put aside for another: "pointed to the ratings rather than a renewal", "a film instead of a season"
             r"rather than", r"instead of",
             # "the lack of a renewal at this point": none so far
             r"(?:the |a )?lack of(?= (?:a|an|any) )", r"(?:the |an )?absence of(?= (?:a|an|any) )"]
# A negation of the future: "will not be renewed" says it will not be made (a cancellation).
# (and the future of reported speech: "reported that the thriller would not return for a third season")
# (hedged, "may not return for a third season": the end, said as a chance; not "may not have confirmed it yet")
# (an adverb may come between: "will ultimately not return for a third season")
FUTURE_NEGATIONS = [r"will (?:\w+ly )?not", r"won't", r"will never", r"is not going to", r"isn't going to", r"would not", r"wouldn't",
                    r"would never", r"may not(?! have)", r"might not(?! have)", r"may never", r"might never"]
# "not confirmed" statements: a renewal claim of negative polarity that sets platform_response.
NOT_CONFIRMED = [
    # "Netflix would neither confirm nor deny the report", "declined to confirm or deny": nothing confirmed (and no denial)
    r"(?:neither|not|n['’]t|declined to|refused to|would not|wouldn['’]t) (?:either )?confirm(?:ed)? (?:n?or|or) den(?:y|ied)",
    # '"We will share official news once everything is confirmed"': nothing confirmed yet
    r"(?:once|after|until|as soon as) (?:[\w'’]+ ){0,3}(?:is|are|has been|have been|gets|get) (?:officially |fully )?(?:confirmed|finalized|finalised|decided|locked in)",
    r"will (?:share|announce|provide|release|give) (?:more |official |further |any )?(?:news|information|details|updates?)(?= (?:once|when|as soon as|in due course|at the appropriate time))",
    # "Hulu did not confirm the report": the report left unconfirmed
    r"(?:did|does|would|could)(?: not|n['’]t) confirm(?= (?:the|this|that|these|those) (?:reports?|news|information|rumou?rs?|claims?)(?![\w]))",
    # "There is no release date yet": none set so far (the date's noun after it)
    r"(?:there is|there's|there isn't|there is not) (?:still )?(?:no|any)(?= (?:official |firm |confirmed |exact )?(?:release |premiere |launch )?date(?: yet| so far| for now| at the moment|[.,;]))",
    # "Hulu has not set a date yet": no date set (the date's noun after it)
    # ("Apple has yet to set a premiere": the premiere's noun alone)
    r"(?:has|have)(?:(?: not|n['’]t) (?:yet )?| yet to )(?:set|give|given|lock in|locked in|pin down|pinned down)(?= (?:a|the|any) (?:(?:premiere |release |launch |return )?date|premiere(?![\w])))",
    # "did not give a new date": no date, nor a new one after a delay
    r"(?:did|does|do)(?: not|n['’]t) (?:give|set|share|offer|provide|announce|reveal)(?= (?:a|the|any) (?:new |firm |specific |exact )?(?:(?:premiere |release |launch |return )?date|premiere(?![\w])))",
    # "It is not yet known whether there will be a fourth season": nothing said of it yet
    r"(?:it is|it's|it remains) (?:not|still not|not yet)(?: yet)? (?:known|clear|certain)(?= (?:if|whether))", r"(?:it is|it's) (?:still )?unknown (?:if|whether)",
    # "At the moment we can't confirm anything about a new season": nothing to confirm yet
    r"(?:can(?:no|['’])t|cannot|(?:are|is) not able to|unable to) (?:yet )?(?:confirm|announce) (?:anything|any (?:news|details|plans))",
    # "It is far too early to talk about a second season": nothing decided yet
    # (not of the time it comes: "it's too early to say when and how that's going to happen", said of a season promised)
    r"(?:far |much |way |still )?too early[\x22”’']? to (?:talk|say|speak|confirm|announce|discuss|comment|decide|tell)(?! (?:exactly )?(?:when|how)(?![\w]))",
    # "Netflix has neither renewed nor canceled X": no decision either way (see also "hasn't renewed or canceled")
    r"neither renewed nor (?:canceled|cancelled)",
    # "Netflix has neither confirmed nor ruled out a third season"
    r"neither (?:confirmed|announced) nor (?:ruled out|denied|dismissed|excluded)",
    # "Universal has no current plans for a third film": nothing decided now, no end announced
    r"no (?:current|immediate) plans?[\x22”’']? (?:for|to)",
    # the answer to a question: "Has it been renewed? Not yet."
    r"(?:(?<=[.!?] )|(?<=\n)|(?<=^))not (?:yet|officially|so far)(?=[.,;!]| [—–-])",
    # "a decision on a third season is expected by the end of the year": nothing is decided yet, and the date is the decision's
    r"decision (?:(?:on|about|regarding) [^.;]{0,60}? )?(?:is|was) (?:expected|due|likely)(?: (?:in|by|before|around|sometime|early|late|later|next|this|soon|within))?",
    r"(?:has|have|had)(?: not|n'?t)(?: yet)? (?:officially )?(?:confirmed|announced|renewed(?:(?: or| nor) (?:canceled|cancelled))?|decided|said|made (?:it|anything) official|greenlit|ordered)",
    r"(?:has|have|had)(?: not|n'?t)(?: yet)? (?:made|reached) (?:a|any|its|their)(?: final)? decision",
    # "Netflix has not committed to a fourth season", "is still awaiting a renewal decision": nothing decided yet
    r"(?:has|have|had)(?: not|n'?t)(?: yet)? committed to",
    # "Netflix hasn't given us the green light yet"
    # ("the BBC hasn't officially given us the green light yet")
    r"(?:has|have|had)(?: not|n'?t)(?: yet)?(?: officially| formally)? (?:given|handed) (?:us |them |it |the show |the series )?(?:the |a |its )?green ?light",
    r"(?:is|are) (?:still )?(?:awaiting|waiting (?:on|for)) (?:a |an |its |their |the )?(?:official )?(?:renewal|decision|word|verdict|pickup|green ?light)",
    # ("the team is still waiting for Netflix's decision on a second season": the platform's decision, named)
    r"(?:is|are) (?:still )?(?:awaiting|waiting (?:on|for)) [A-Z][\w+.&-]*(?: [A-Z][\w+.&-]*)?['’]s? (?:official )?(?:renewal |final )?(?:decision|word|verdict|green ?light)",
    r"(?:has|have|had)(?: not|n'?t)(?: yet)? (?:made|issued|given|released) (?:a|an|any|its|their)(?: official| formal)? (?:announcement|statement|confirmation)",
    r"stopp(?:ed|ing|s) short of (?:confirming|announcing|renewing|committing)",
    r"(?:has|have|is|are) yet to (?:officially |formally |publicly )?(?:confirm|announce|renew|decide|make|say(?! a word| anything)|reveal|greenlight|order|pick up)", r"(?:is|are|was)(?: not|n'?t)(?: yet)? (?:officially )?(?:confirmed|announced|official|decided|guaranteed|assured)",
    r"nothing (?:has been |is )?(?:confirmed|decided|official|announced|signed|finalized|finalised|locked in|set in stone)", 
    # "nothing about a third season has been confirmed by Netflix": what is not confirmed named between
    r"nothing(?= (?:about|on|regarding|concerning) [^.;!?\n]{1,40}? (?:has|had) (?:yet )?been (?:officially )?(?:confirmed|decided|announced)(?![\w]))", r"no (?:official )?(?:confirmation|announcement|decision)",
    r"not (?:yet )?(?:been )?(?:confirmed|announced|decided|discussed)", r"nothing to (?:confirm|announce|share)",
    r"(?:don't|do not|doesn't|does not) have anything to (?:confirm|announce|share)",
    r"(?:remains?|is|are) (?:unconfirmed|undecided|unannounced)",
    # a heading's verdict on the season: "4. The Kellers (NBC): season 4 undecided"
    r"(?<=(?:season|series) )\d{1,2},? (?:still )?(?:undecided|unconfirmed|up in the air|in limbo)",
    r"(?:remains?|is|are) (?:still )?(?:uncertain|unclear|undecided|up in the air|to be seen)", r"no (?:official )?(?:word|news|update) (?:yet )?(?:from|on|about|regarding)",
    r"not been (?:discussed|decided|officially)", r"(?:hasn'?t|has not) been (?:discussed|decided|officially)",
    r"declined to (?:confirm|say)", r"would(?: not|n'?t) confirm", r"no plans? (?:yet|at this time|for now)",
]
DENIAL = [
    # "Contrary to what a trade site reported, CBS has not canceled X": the report is corrected
    r"contrary to(?= (?:what|earlier|recent|some|a|an|the|online|media) )",
    r"den(?:y|ies|ied|ying)", r"(?:is|was|were|are)(?: not|n['’]t) (?:true|accurate|correct)", r"untrue", r"false", r"shot down", r"shoots? down",
    r"debunk(?:s|ed)?", r"refut(?:e|es|ed)", r"dismiss(?:es|ed)", r"no truth", r"inaccurate", r"(?:is|was|are|were) (?:simply )?wrong", r"(?:is|are|were) (?:simply )?incorrect",
    r"poured cold water", r"(?:rejects?|rejected|rejecting) (?:the |a |an |those |these |such )?(?:reports?|rumou?rs?|claims?|speculation|story|stories)",
    r"(?:was|were|been|being) rejected by", r"corrected", r"retract(?:s|ed|ion)?",
    r"push(?:ed|es|ing)? back (?:on|against)", r"squash(?:es|ed|ing)? (?:the |a |those |these )?(?:reports?|rumou?rs?|speculation|talk)",
    r"shut(?:s|ting)? down (?:the |a |those |these )?(?:reports?|rumou?rs?|speculation|talk)", r"hit back at", r"set the record straight", r"(?:is|was) (?:simply )?not (?:true|accurate)",
    # the denial quoted as said: 'said the report was "not true"', 'are "not true," the studio said'
    r"(?:is|was|were|are) [\"“‘']not (?:true|accurate|correct)",
]
# Verbs that only announce; the event is what follows them ("confirmed that the show will end").
ANNOUNCE = [r"confirm(?:s|ed)", r"announc(?:es|ed|ing)", r"said", r"says",
            r"unveil(?:s|ed)", r"reveal(?:s|ed)", r"sets?",
            r"made (?:it|things|the news|that) official", r"(?:lifted|lifts) the (?:veil|lid|curtain)", r"(?:took|takes) the wraps off"]  # revealing the date (see RENEWAL)
# "declined to comment" is no word from the platform.
NO_COMMENT = [r"(?:remains?|remained|stays?|stayed|keeps?|kept) (?:mum|silent|quiet|tight-lipped)", r"declined to comment", r"did not (?:respond|reply)", r"(?:did not|didn'?t) return (?:a )?requests? for comment",
              r"no comment", r"could not be reached", r"would not comment", r"has not responded", r"hasn'?t responded",
              r"(?:has|have|had)(?: not|n'?t)(?: yet)? commented",
              # "Netflix, however, has yet to say a word": no word from it
              r"(?:has|have|had) yet to (?:say a word|say anything|comment|respond)"]
HEDGES = [
    # ("voiced optimism about the possibility of a second season": a hope, a possibility)
    r"(?<!ruled out )(?<!rules out )(?<!ruling out )(?<!rule out )(?<!ruled out the )(?<!rules out the )possibility of",
    r"optimism (?:about|for)",
    # a belief of others, no fact: "Fans and critics believe the drama will end with its sixth season"
    r"(?:fans|critics|viewers|many|some|observers|insiders) (?:also |widely |still )?(?:believe|think|suspect)",
    # a deal not yet made: "Netflix is close to renewing the show", "is nearing a deal for a third season"
    r"(?:is|are|was|were) (?:(?:reportedly|said to be|now|apparently|also|still) ){0,2}(?:close to|nearing|near)(?= (?:a deal|an agreement|renewing|ordering|picking up|a renewal|a pickup)(?![\w]))",
    # the outlet's odds, no decision: "There is still a good chance that the show comes back for more", "there's a real
    # chance of a fourth season", "chances are it returns"
    r"(?:is|is still|remains|there's|there's still|stands) (?:a |an )?(?:good |decent |strong |real |fair |high |solid |reasonable |big |great |slim |small |outside )?chance(?= (?:that|of|for|it|the)(?![\w]))",
    r"chances are(?= (?:that|it|the|we|you|they)(?![\w]))",
    # the outlet's bet on something not yet done: "A Wednesday season 2 renewal at Netflix feels like one of the most
    # inevitable things in the world", "a renewal seems inevitable"
    r"(?:feels|seems|looks|appears|sounds)(?: like)?(?: (?:a|an|one of the most|the most|all but|almost|pretty much))? inevitab(?:le|ility)",
    # the outlet's reckoning from what it knows: "filming wrapped in October, which suggests a premiere in late 2027"
    r"(?:which (?:suggests|would suggest|points to|hints at)|suggesting)(?= (?:a|an|the|that) )",
    # "the cast has expressed interest in returning", "is interested in a third season": a wish
    r"interest(?:ed)? in (?:returning|coming back|doing (?:a|an|another|more)|making (?:a|an|another|more)|(?:a|an|another) (?:\w+ )?(?:season|sequel))",
    # "star Leo Diaz is optimistic about a third season": a hope of it (see HEDGES)
    r"(?:optimistic|hopeful|confident) (?:about|of|for)(?= (?:a|an|another|the|its) (?:\w+ )?(?:season|sequel|film|movie|installment)s?(?![\w]))",
    # the outlet's own bet: "it's hard to imagine there won't be a second season: we're betting the renewal arrives ..."
    r"(?:hard|difficult|tough) to (?:imagine|see|believe)", r"(?:we|i)['’](?:re|m) betting", r"(?:we|i) bet(?= )", r"our (?:money|bet) is on",
    # what is left to others to decide: "a third season depends on Netflix and on the audience"
    r"(?<!not )(?<!n't )depend(?:s|ed|ing)? (?:\w+ )?(?:on|upon)(?= )(?! (?:how|when|whether|the speed|the pace|timing|scheduling)(?![\w]))",
    # a door left open: "never say never"
    r"never (?:to )?say never",
    # "Discussions about a second season are ongoing": a talk, a hope
    r"(?:discussions?|conversations?|talks) (?:about|over|on|regarding) (?:a|an|another)(?= )",
    # "conversations with the creative team are ongoing" (see RENEWAL)
    r"(?:discussions?|conversations?|talks)(?: with (?:the |its |our )?[\w-]+(?: [\w-]+)?)? (?:are|remain) (?:still )?(?:ongoing|continuing|under ?way)",
    # asking for a season, a hope (see RENEWAL): "signed a petition asking for a third season"
    r"(?:asking|calling|pushing|clamou?ring) for(?= (?:a|an|another|more) )",
    # a talk about a season, a hope (see RENEWAL): "We have already talked about a third season on set"
    r"(?:talked|spoken|spoke) about(?= (?:a|an|another) )", r"discussed(?= (?:a|an|another) )",
    # the writer's doubt: "I doubt we'll see a fourth season", "it is doubtful that ..."
    r"(?:I|we) (?:seriously |really |strongly |very much )?doubt", r"doubtful",
    # "Even if Netflix moves quickly, the earliest realistic window ... would be late 2027"
    r"even if", r"the earliest (?:\w+ )?(?:window|date)",
    # "if it were up to her, it would get a fourth season": a wish, not a decision
    r"if it (?:were|was) up to (?:me|him|her|them|us)", r"if (?:I|he|she|they|we) (?:had|got) (?:my|his|her|their|our) way",
    r"negotiat(?:es|ing|ions?)",
    # "a second season appears to be moving forward": how it looks, not what was decided
    r"(?:appears?|appeared|seems?|seemed) to (?:be|have)",
    # the outlet's guess: "a premiere in mid-2027 seems realistic", "realistically, ..."
    r"(?:seems?|seemed|looks?|sounds?) (?:\w+ )?(?:realistic|plausible|feasible|reasonable)", r"realistically",
    r"could", r"might", r"we expect",
    # the outlet's own estimate: "we would not expect season 2 before late 2027", "I wouldn't expect it until 2027"
    r"(?:we|I)(?: would|['’]d)(?: not|n['’]t)? expect", r"(?:don['’]t|do not) expect", r"(?:I|we)['’]d (?:love|like) to", r"may (?:be|have(?! (?:only|just) )|return|come|get|not|well|never|also|yet|arrive|premiere|debut|launch|drop|land|air|begin|start|happen|continue|follow)", r"(?<!passed on any )possibl[ey]", r"probably", r"perhaps", r"maybe", r"(?<!passed on any )potential(?:ly)?", r"in (?:early |advanced |serious )?talks",
    r"in (?:early |active |ongoing |preliminary )?(?:conversations?|discussions?|negotiations?)(?! (?:is|was|here|today)(?![\w]))", r"consider(?:s|ing|ed|ation)", r"under (?:consideration|review)",
    r"reviewing", r"weigh(?:s|ing)", r"exploring", r"evaluat(?:es|ing|ion)",
    r"eye(?:s|ing|d)(?= (?:a|an|another) (?:[\w'’-]+ ){0,2}(?:season|sequel|film|movie|installment|revival)(?![\w]))",
    r"lean(?:s|ing|ed)? (?:\w+ )?towards?(?= (?:(?:a|an|another) (?:[\w'’-]+ ){0,2}(?:season|sequel|film|movie|installment|revival)|(?:a )?renew(?:al|ing))(?![\w]))",
    r"(?:we|they)(?:['’]re| are) (?:still |seriously |closely )?looking (?:at|into) (?:it|that)(?=[\"”’]?[.,;!])",
    r"looking (?:at|into)(?=[\"”’]? (?:a|an|another) (?:[\w'’-]+ ){0,2}(?:season|sequel|film|movie|installment)(?![\w]))",
    r"look(?:s|ing)? (?:\w+ )?(?:closely |carefully |hard )?at the (?:numbers|figures|data|ratings|viewership)", r"expected", r"predict(?:s|ed|ion)?",
    r"(?<!end to the )(?<!end to )(?<!end to all the )speculat(?:e|es|ed|ion|ing)",
    *_odds, r"(?:are|is|remain|remains|look|looks|seem|seems) (?:very |pretty |rather |fairly )?slim",
    # "There are very few chances of the series to get canceled", "little chance that it will be canceled": odds
    r"(?:very |rather |fairly )?(?:little|few|slim|small|low) chances?(?= (?:of|for|that)(?![\w]))",
    # (not the hopes dashed: "has squashed any hopes of that happening" ends it, see CANCELLATION)
    r"(?<!squashed )(?<!dashed )(?<!crushed )(?<!shattered )(?<!squashes )(?<!dashes )(?<!crushes )(?<!squashed any )(?<!squashed all )(?<!dashed any )(?<!dashed all )(?<!crushed any )(?<!crushed all )(?<!shattered any )(?<!shattered all )hop(?:e|es|ed|ing|eful)", r"wish(?:es|ed)?", r"would [\"“‘']?(?:love|like)", r"presumably", r"supposedly", r"if", r"(?:(?<=[.!?] )|(?<=\n)|(?<=^))should", r"likely", r"unlikely", r"(?<!confirmed the )(?<!confirms the )(?<!confirming the )(?<!confirm the )rumou?r(?:s|ed)?",
    r"theor(?:y|ies)", r"signs?", r"hint(?:s|ed)?", r"teas(?:e|es|ed|ing)", r"ideas?", r"open to", r"would be (?:happy|glad|open)",
    r"petition", r"campaign", r"(?:at|at the) (?:the )?earliest", r"not (?:yet )?(?:been |being )?ruled out",
    # "Morrow did not rule it out", "he won't rule out a fourth season": a door left open
    r"(?:did|does|would|will|could)(?: not|n['’]t) rule (?:it |that |anything |an?(?: \w+)? (?:season|film|sequel) )?out", r"(?:did|does|do|would|will|could)(?: not|n['’]t) (?:\w+ly )?(?:want to )?close the door", r"(?:leaves?|left|leaving|keeps?|kept) the door open",
    # a request is no decision: "fans are asking Netflix to renew it", "viewers urged the network to ..."
    r"ask(?:s|ing)", r"asked(?! about| whether| if| when| why| for comment| to (?:clarify|comment|confirm|elaborate|explain|respond))", r"urg(?:e|es|ed|ing)", r"(?<!casting )(?<!cast )call(?:s|ed|ing)? on", r"begg(?:ing|ed)", r"beg(?:s)?",
    r"plead(?:s|ed|ing)?(?: with)?", r"demand(?:s|ed|ing)?", r"lobby(?:ing)?", r"not ruling (?:it |that |anything |a \w+ season )?out", r"not out of the question", r"why not", r"dreams?",
    r"(?:a )?decision is expected", _talking_about, r"in the running",
    # 'she would "jump at the chance" to come back'
    r"jump at the (?:chance|opportunity)", _would_be_back, r"in contention(?= for (?:a|an|another) )", r"being (?:discussed|talked about|explored)",
    # the green light still to come: "now we just need the green light", "waiting for a green light"
    r"need(?:s|ed)? (?:the|a|that) green light", r"(?:wait(?:s|ing)?|await(?:s|ing)?) (?:for )?(?:the|a) green light", r"whether", r"question", r"usually", r"typically",
    r"generally", r"normally", r"tend to", r"tends to", r"remains? (?:undecided|open)", r"guess(?:es|ed)?", r"estimat(?:e|es|ed)",
    # a belief, not a fact: "I really believe we'll be back", "I'm optimistic", "Kraus was hopeful"
    r"(?:I|we) (?:really |truly |honestly |genuinely |do |firmly )?(?:think|believe)(?= (?:that )?(?:we|it|there|the show|the series|season|a |an )|,)",
    # (or put after what it holds: '"There won't be a season 3, I think," he said')
    r"(?<=, )(?:I|we) (?:think|believe|guess|suppose)(?=[.,!?\"”’])",
    # (not a confidence that has acted already: "ABC is confident in the show's performance that it has officially renewed
    # the series")
    r"(?:I['’]m|I am|we['’]re|we are|was|were|is|are|remains?|remained|sounded|seemed) (?:very |really |quite |pretty |so |still )?(?:optimistic|confident|hopeful)"
    r"(?!(?: [^\s.,;:!?]+){0,8}? that (?:it|they|the network|the streamer) (?:has|have|had) (?:already |officially |now )?[a-z]+ed(?![\w]))",
    # a deal not yet made: "Max is closing in on a deal to bring back X"
    r"(?:clos(?:e|es|ing) in on|nears?|nearing|finaliz(?:e|es|ing)) (?:a |the )?deal",
]
# Reported speech by the outlet or another outlet.
# words that say a claim was told but not made official, anywhere in its sentence from the claim's clause on
# ("has a third season confirmed, though not officially: its star let it slip")
UNOFFICIALLY = [r"(?:though|although|but|if) not (?:yet )?officially", r"unofficially"]
# (not the writer's own "I'm happy to report that", "we can report that": the news is told, its source named after)
_own_report = "".join(f"(?<!{w} to )" for w in ("happy", "pleased", "glad", "thrilled", "excited", "sad", "sorry")) + "(?<!can )"
REPORTED = [r"reported(?:ly)?", r"according to", _own_report + r"report(?:s|ing)?", r"sources? (?:say|said|close|tell|told|familiar|confirm|confirmed|indicate|suggest|speaking to|talking to)", r"insiders?", r"learned",
            # ("..., per sources": unnamed ones; "per Deadline" names its outlet, see ACCORDING_TO)
            r"understands", r"is said to", r"are said to", r"claims?",
            r"per(?= (?:(?:multiple|several|two|three|unnamed|anonymous) )?(?:sources|insiders|people|individuals|reports)(?![\w]))",
            # "..., two people familiar with the plans said": unnamed people who know, the outlet's sources
            r"(?:people|persons|individuals|executives|insiders) (?:familiar with|close to|briefed on|with knowledge of)",
            # "Netflix denied information about the start of filming": what was reported, which it denies
            # (not an event's headline news: "The biggest news of the afternoon: Netflix has renewed ...")
            r"information (?:about|on|that)", r"news (?:about|that)",
            r"news of(?! the (?:day|night|week|afternoon|morning|evening|event|panel|presentation|upfronts?|showcase|conference)(?![\w]))"]
# (not the talk put to an end: "put an end to the speculation by ordering a third season")
# (a rumour confirmed is no rumour: "Hwang confirmed the rumors and it's currently in the process")
RUMOUR = [r"(?<!end to the )(?<!end to )(?<!confirmed the )(?<!confirms the )(?<!confirming the )(?<!confirm the )rumou?r(?:s|ed)?", r"circulat(?:ing|ed|es|e)(?= (?:on|across|online|around|among|in) )", r"going around", r"gossip", r"(?<!end to the )(?<!end to )(?<!end to all the )speculation", r"unverified", r"fan theor(?:y|ies)", r"leak(?:s|ed)?"]

# --- sources -------------------------------------------------------------
# Words naming a platform or its people; a platform's name itself is in nlp/platforms.py.
# ("another network", "other streamers": not the one that has the show)
PLATFORM_WORDS = [r"(?<!another )(?<!other )(?:the )?(?:streamer|network|studio|broadcaster|channel)",
                  # the trades' words for a cable channel: "The premium cabler announced today ..."
                  r"the (?:premium |basic )?cabler", r"the (?:premium )?cable (?:network|channel)",
                  # ("..., the platform confirmed"; only with its article: Indonesian borrows the word, "platform lain")
                  r"the (?:platform|streaming (?:service|platform|giant))",
                  # the company's heads: "CEO Ted Marlow", "chief content officer Bela Bajaria"
                  r"(?:co-)?CEO", r"chief executive(?: officer)?", r"chief content officer",
                  # the platform's own documents: "According to the letter, the third season arrives ...", "the shareholder letter"
                  r"(?:the |its )?(?:shareholder|investor) letter", r"(?:the |its )?letter to (?:shareholders|investors)", r"(?<=according to )the letter(?=,)",
                  # an anime's makers and their own channels ("The production committee announced ...")
                  r"(?:the )?production committee", r"(?:the )?official (?:website|site|X account|Twitter account)",
                  # ("The staff for the television anime of X revealed on Friday that the second season will debut ...")
                  r"the staff (?:for|of) the (?:television |tv )?anime", r"the anime['’]s (?:staff|production team)",
                  r"the (?:show|series|drama)['’]s? (?:home|streamer|network)",
                  r"spokes(?:person|man|woman)", r"executive(?! producer)",
                  # its executives: "Netflix's head of drama", "the network's programming chief"
                  r"(?:head|chief|director|president|vice president|VP|boss) of (?:drama|content|programming|originals?|original (?:programming|series)|scripted|series|fiction)",
                  r"(?:programming|content|drama|scripted) (?:chief|boss|head|president)",
                  # (not "a representative of his agency": the actor's side)
                  # (nor "an industry representative told Xports News": someone in the trade, speaking to an outlet)
                  r"(?<!industry )representative(?! (?:of|for|from) (?:his|her|their|the actor['’]s|the actress['’]s|the star['’]s) (?:agency|management|label))", r"production company", r"distributor",
                  r"(?:the )?company", r"head of (?:content|programming|drama)",
                  # the work's own channels: "The official website for the anime announced ..."
                  r"(?:the )?official (?:website|site|(?:x|twitter|instagram|social media) account|account)", r"production committee"]
CREATOR_WORDS = [r"mangaka", r"creator", r"co-creator", r"showrunner", r"writer", r"screenwriter", r"author", r"novelist", r"original author",
                 r"webtoon (?:artist|author)", r"creators",
                 # one person in two roles, one of them the writing: "writer-director Hwang", "creator/showrunner Ana Ruiz"
                 r"(?:co-)?(?:creator|writer|screenwriter|showrunner)(?:-|/| and )(?:director|(?:executive )?producer|showrunner|star)",
                 r"(?:director|(?:executive )?producer|star)(?:-|/| and )(?:co-)?(?:creator|writer|screenwriter|showrunner)"]
# ("a comedy directed by Tom Hale": the one named after it)
# (in the plural too, before the names: "the show's producers, Kip Lane and Liza Marr"; see claims.py for the plural
# that names no one)
CREW_WORDS = [r"directed by", r"directors?", r"producers?", r"executive producers?", r"filmmaker", r"composer"]
# (a show's host is its talent too: "hosted by Raka Hadi", "host Raka Hadi")
CAST_WORDS = [r"hosted by", r"host", r"co-host", r"presenter", r"actor", r"actress", r"star", r"lead", r"co-star", r"cast member", r"cast",
              # "In response, her agency stated, ...": the actor's side speaks
              r"(?:her|his|their) (?:agency|management)"]
# ("good news for fans": whom the news is for, not who says it)
# (not those spoken to: "telling fans that filming would begin in May")
# (nor the fans told to wait, named with their work: "Fans of Wavelength will have to wait until 2027")
# (fans a platform's news surprised or shocked are no speakers: "Netflix surprised fans by announcing ...")
_moved = "".join(f"(?<!{verb} )" for verb in ("surprised", "shocked", "stunned", "delighted", "thrilled", "disappointed",
                                              "devastated", "saddened", "angered", "upset", "surprises", "shocks", "delights",
                                              # ("to the delight of fans", "eases the anxiety of fans")
                                              "delight of", "joy of", "relief of", "dismay of", "disappointment of", "anxiety of",
                                              # ("Netflix has recently left fans disappointed after cancelling ...")
                                              "left", "leaves", "leaving", "leave"))
# (nor fans who meet the news with their anger: 'Fans of "Driftwood" voiced their anger at the cancellation': the news is the
# outlet's)
_reacting_fans = r"(?!(?: of [^\n.;:!?]{1,40}?)? (?:have |had |quickly |immediately )?(?:(?:voiced|vented|expressed|aired|made) (?:their |its )?" \
    r"(?:anger|outrage|frustration|disappointment|dismay|displeasure|fury|sadness|grief|heartbreak)|(?:were|are|have been|was) (?:left )?" \
    r"(?:furious|outraged|devastated|heartbroken|upset|angry|livid|gutted|up in arms)|(?:reacted|responded) (?:angrily|furiously|with (?:anger|outrage|dismay)))" \
    r"(?![\w]))"
FAN_WORDS = [_moved + r"(?<!for )(?<!telling )(?<!told )(?<!tells )(?<!tell )(?<!promised )(?<!assured )(?<!reassured )fans?(?!(?: of(?: the)?(?: [\w'’:&-]+){1,5}?)? (?:will |would |may |might |should |shouldn['’]t |can['’]t |won['’]t )?(?:not )?(?:have to |must |need to |can |could )?(?:wait|expect|look forward)| waiting| (?:will be|are|should be|'ll be|may be) (?:\w+ )?(?:glad|happy|pleased|thrilled|delighted|relieved|excited) to (?:hear|learn|know))" + _reacting_fans, r"fan sites?", r"fandom", r"(?<!for )viewers", r"(?<!for )audiences?", r"netizens?", r"users", r"petition", r"fan account",
             # ('"DAY ONE AGAIN = SEASON 2 FILMING," one wrote': one of the fans named before)
             r"followers", r"commenters", r"(?:one|another) (?:fan|user|viewer|follower|commenter)",
             r"(?:one|another)(?= (?:wrote|commented|tweeted|posted|replied|added|joked)(?![\w]))",
             # ("A widely shared post on X claimed Paramount had greenlit it": someone's post, no outlet's report)
             # (not the platform's own: "Netflix confirmed in a post on X")
             r"(?<!in )(?:a|an|one) (?:widely[- ]shared |viral |anonymous )?(?:post|tweet|thread) (?:on|from) (?:x|twitter|tiktok|reddit|threads|facebook)(?![\w])"]
MEDIA_WORDS = [r"podcasts?", r"report", r"outlet", r"newsletter", r"trade", r"magazine", r"newspaper", r"site", r"tabloid", r"columnist", r"journalist",
               r"blog", r"website"]
# where a clause breaks besides punctuation: "is being discussed, but there is no decision yet"
CLAUSE_BREAK_WORDS = [r"but", r"however", r"while", r"whereas", r"although", r"though",
                      # the outlet's own inference from what was said: "Filming wrapped in July, according to star X,
                      # so a premiere in mid-2027 seems realistic"
                      r"(?<=, )so(?= (?:a|an|the|it|its|we|you|fans|viewers|expect|don['’]t|there|this|that's)(?![\w]))",
                      # a purpose: "was ended so the writers could start on something new", "so that" (its modal
                      # hedges nothing before it)
                      r"so that", r"(?<=[a-z] )so(?= (?:the |their |its )?\w+ (?:could|can|would|might|may)(?![\w]))"]
# a company named right after its kind is the source: "rumah produksi Sinemaku", "the studio Blue Haven"
COMPANY_ROLE_WORDS = [r"production (?:house|company)", r"studio"]
# "If the platform gives the green light, ...": a condition asserts nothing, and a name inside it is no source
# and a sentence that opens on "Should": "Should Hulu renew it, ..." (not "the show should return in 2026")
CONDITION_WORDS = [r"if", r"unless", r"provided(?: that)?", r"as long as", r"on condition that", r"(?:(?<=[.!?] )|(?<=\n)|(?<=^))should"]
# before the agent of a passive: "renewed by HBO"
PASSIVE_AGENT = [r"by", r"starring", r"from",  # "got a season 3 order from Hulu"
                 # "was confirmed by a spokesperson for Netflix" (the platform's people "of" it are read as in every pack)
                 r"by (?:a|an|the) (?:spokes(?:person|man|woman)|representative|executive) (?:for|at)"]
# "according to a report from Deadline", "denied a report from Star News": the outlet after its report; also
# "a petition from fans": the fans after a wish (FROM_WORDS, SOURCE_DETERMINERS)
REPORT_NOUNS = [r"report", r"story", r"article", r"news"]
FROM_WORDS = [r"from", r"by", r"in", r"of", r"among"]
SOURCE_DETERMINERS = [r"a", r"an", r"the", r"its", r"new", r"recent"]
# '"...," ujarnya kepada wartawan': the ones spoken to are not the speaker
ADDRESSEE_WORDS = [r"to", r"thanking", r"thanked", r"told", r"tells", r"telling"]  # ("she told the magazine X": X is spoken to)
# ("took to Instagram to tell fans that ...": the infinitive to the fans, too)
SPEECH_VERBS = [r"sa(?:id|ys)", r"told", r"tells", r"(?<=to )tell(?= (?:her |his |their )?(?:fans|followers|viewers|subscribers)(?![\w]))", r"reported", r"reports", r"claimed that", r"wrote", r"writes", r"posted", r"added", r"explained", r"stated", r"confirmed",
                r"announced", r"revealed", r"noted", r"insisted", r"admitted", r"responded", r"replied", r"answered", r"shared", r"teased",
                r"hinted", r"claimed", r"according to", r"expressed that", r"mentioned", r"disclosed", r"indicated",
                # "a Netflix representative sent a brief statement on Sunday. "We are reviewing ...," it read."
                r"(?:sent|issued|released|provided|gave) (?:a|an) (?:[\w-]+ )?statement", r"in a (?:[\w-]+ )?statement"]
# Introduces the source of what follows: "according to X".
ACCORDING_TO = [r"according to", r"per", r"as reported by", r"citing"]

# Prepositions before a platform that make it the venue, not the speaker ("on Netflix").
VENUE_PREPOSITIONS = ["on", "to", "onto", "via", "at", "in", "across",
                      # (and the verb that takes the platform as its place: "hits Netflix on Friday")
                      "hits", "hit", "hitting"]
# A decision's participle before the platform: "renewed for a third season at Hulu", "canceled at Netflix after
# two seasons" name who decided.
DECIDED_PARTICIPLES = [r"renewed", r"picked up", r"ordered", r"greenlit", r"green-lit", r"renewal", r"order", r"pickup", r"canceled", r"cancelled", r"axed", r"the axe"]

# --- grammar words the engine reads around its cues -------------------------
# a pronoun subject beside a speech verb speaks for the person named last: "she said", "he told Variety"
SUBJECT_PRONOUNS = ["she", "he", "they"]
# the audience as a clause's subject after "and" (see claims.py)
SUBJECT_NOUNS = ["fans", "the fans", "many fans", "viewers", "audiences", "subscribers"]
# a clause of cause that opens a sentence: who is named inside it does not say what its main clause says (not "as":
# "As Netflix announced, ..." names the speaker)
CAUSE_OPENERS = ["because", "since", "given that"]
# A plural pronoun that opens a sentence and stands for the company the sentence before names.
COMPANY_PRONOUNS = ["they"]
# a pronoun after "according to": "according to her"
OBJECT_PRONOUNS = ["him", "her", "them"]
# the negation of a verb, not of a noun ("has not begun", not "no episodes"): a stage said not to have happened
VERB_NEGATIONS = [r"not", r"n['’]t", r"never",
                  # the contracted auxiliaries, one negation cue each (see NEGATIONS): "Filming hasn't started yet"
                  r"(?:has|have|had|is|are|was|were|does|do|did|should|would|could)n['’]t", r"won['’]t"]
# (inside a cue) a return or a comeback, which a person may make as well as a show: "Marcus Trent will not return"
RETURN_WORDS = [r"return", r"back"]
# the end of a run before "with" and an ordinal season: "will end with its fifth season" counts the last one made
# (not "drew its biggest audiences with its fourth season", "made history with its second season")
RUN_END_WORDS = [r"end(?:s|ed|ing)?", r"conclud(?:e|es|ed|ing)", r"wrap(?:s|ped|ping)? up", r"finish(?:es|ed|ing)?",
                 r"clos(?:e|es|ed|ing) out", r"bow(?:s|ed|ing)? out", r"sign(?:s|ed|ing)? off", r"(?:go|goes|went) out",
                 r"(?:come|comes|came) to an? (?:end|close)", r"draws? to a close", r"(?:say|says|said) goodbye"]
# a film's world: a bare "X 2" is a film's sequel only where one of these is said
CINEMA_WORDS = [r"theaters?", r"theatres?", r"cinemas?", r"box office", r"sequel", r"follow-up",
                # a studio that makes films: "Sony Pictures has dated 'Rogue Signal 3'", "Lionsgate", "Blumhouse"
                r"pictures", r"lionsgate", r"blumhouse"]
# what opens a clause of time: "after the first season premiered", "since its second season debuted"
TIME_CLAUSE_WORDS = [r"after", r"since", r"following", r"when"]
# what opens a relative clause after a comma: ", which ABC canceled after two seasons"
RELATIVE_PRONOUNS = [r"which", r"that"]
# what a verb says follows it: "denied that it will return"
THAT_WORDS = [r"that"]
# before a platform that is not the speaker: "moved to another streamer"
ANOTHER_WORDS = [r"another"]
# a talent agency or management named before a company: it speaks for the cast, not for the platform
AGENCY_WORDS = [r"agency", r"agencies", r"management"]
# the show someone spoke on, right before its title: not the show spoken of ("on the podcast 'X'")
SPOKEN_ON = [r"on (?:the |a |his |her |their )?(?:[\w-]+ )?(?:chat|talk|morning|breakfast|late-night|daytime|radio) show", r"on (?:the |a |his |her |their )?podcast"]
# an episode's name right after the word for an episode ("In der heutigen Folge „Tod im Tuchlager“"): no work
EPISODE_WORDS = [r"episode", r"episode (?:titled|called|named)", r"(?:tonight|this week)['’]s episode", r"finale", r"pilot"]
# A season's last episode in one word: "the season 2 finale, which streams Friday" dates that episode, not the season
# (a season's: not "The finale is due in cinemas in autumn 2027", a trilogy's last film)
FINALE_WORDS = [r"(?:season|series) finale", r"(?<=season )finale", r"(?<=season \d )finale", r"(?<=season \d\d )finale", r"(?<=season['’]s )finale",
                r"(?<=season['’] )finale"]
# right after a quoted name, a part of the story, not a work: "adapt the \"Black Harbor\" arc from the manga"
# the book or comic a series adapts, as the subject of "continues": "The webtoon continues for two more arcs"
SOURCE_WORKS = [r"(?:the|its|original) (?:web ?toon|manga|manhwa|light novel|novel|book|comic|source material)s?"]
# a posted message or a phrase, quoted after its noun (and a colon), is no title: 'with a short message: "Back soon"',
# 'followed by the phrase "The dusk is not over"'
MESSAGE_WORDS = [r"message", r"post", r"caption", r"tweet", r"note", r"phrase", r"tagline", r"slogan", r"motto", r"hashtag", r"(?:online )?petition(?: titled| called| named)?"]
# a byline's opening word, before the writer's name on a line of its own
BYLINE_WORDS = [r"by", r"written by", r"words by"]
ARC_WORDS = [r"arc", r"storyline", r"chapter"]
# the outlet that asked, right before it: "fuentes de la plataforma consultadas por este medio desmienten": not the speaker
ASKED_BY = [r"(?:contacted|reached|consulted|asked|approached) by"]
# a release word that names the event where something was said ("Speaking at the show's London premiere in August"):
# no release of a season
OCCASIONS = [r"(?:at|during) (?:the|its|their|a)(?: [\w'’.-]+){0,3} (?:premiere|screening)",
             r"on the red carpet (?:at|of) (?:the|its|their)(?: [\w'’.-]+){0,3} premiere",
             # ("Ahead of the show's premiere event tonight": a screening, not the release)
             r"premiere (?:event|party|screening|gala)s?"]
# a sentence that opens on other works, plural, tells of them, not of the article's: "Other shows were not so lucky",
# "Three other dramas were cancelled"
# (a part of them too: "close to renewing some of its other shows")
OTHER_WORKS = [r"(?:(?:some|many|most|all|several|a few|one|two|three|four) of (?:its|their|the) )?"
               r"(?:other|several other|many other|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) other) (?:[\w-]+ )?(?:series|shows|dramas|comedies|films|movies|projects|titles)",
               # (or works in the bare plural, named after them: "after cancelling shows including Kaos and That '90s Show")
               r"(?:series|shows|dramas|comedies|titles|originals)(?= (?:including|like|such as)(?![\w]))",
               # (or a pronoun for them, decided on: "Some are cancelled after a few weeks, like ...")
               r"(?:some|others|many)(?= (?:are|were|have been|get|got) (?:\w+ )?(?:cancell?ed|axed|renewed|dropped|scrapped|pulled)(?![\w]))"]
# works in general, the subject of a renewal or a cancellation a few words after it: "Many shows thought safe
# for renewal were cancelled" (what is said is of them, not of the article's work)
MANY_WORKS = [r"(?:many|numerous|countless|several|so many|too many|a number of|a lot of|lots of|plenty of|(?:only |very )?(?:a )?few|not many|most|some) (?:[\w-]+ )?(?:series|shows|dramas|comedies|titles|programs|programmes)",
              # ("It is rare for a channel to cancel a series months after renewing it": any series)
              r"(?<=cancel )a (?:series|show)(?= (?:months|weeks|days|shortly|soon|right|just) after(?![\w]))"]
# what a name is said to be one of, a kind of work in the plural after it: "Ironvale is one of the few dramas renewed
# early" (the name is a title)
ONE_OF = [r"(?:is|was|remains|are|were) (?:also |still )?(?:one|two|among) of the", r"(?:is|was|are|were) (?:also )?among the", r"(?<=, )(?:one|two) of the"]
# the making a sentence opens on, before the work it is of ("Production on Ironvale season 3 has wrapped"): no part
# of the title
TOPIC_LEAD = [r"(?:production|filming|shooting|work|casting|pre-production|post-production) (?:on|for)", r"(?:details|news|an update|update|updates) on"]
# right after a making word, another work's: "sedang menjalani syuting drama lain", "is filming another series": not this one
OTHER_WORK = [r"(?:another|a different|a new|new) (?:\w+ )?(?:series|show|drama|comedy|thriller|sitcom|film|movie|project)",
              # "during the filming of her next film": someone's next work
              r"(?:his|her|their) (?:next|new|upcoming) (?:\w+ )?(?:film|movie|feature|project|series|show)",
              # "She begins filming a feature film in Busan next month": a work of its own, not the season
              r"(?:a|an) (?:new |independent |indie |short |horror |period |romantic |original )?(?:feature film|feature|film|movie)(?![\w-])"]
# someone's earlier work, named right before its title: "her previous series, Paper Saints", "his first show
# 'Ridgeline'" (the sentences after it go on with the work the article is about)
# the work a new one's makers are known by, right after them (what is said is of the new one): "its sci-fi series from the creators of Throne Games"
MAKERS_OF = [r"from (?:the )?(?:creators?|makers|showrunners?|team|minds|writers?) (?:behind|of)"]
# (and a work the one spoken of is measured against: since the end of "Throne Games")
FORMER_WORK = [r"since the (?:end|finale|final season|conclusion) of",
               r"(?:his|her|their) (?:earlier|previous|former|first|older|other) (?:[\w-]+ )?(?:series|show|drama|comedy|thriller|film|movie|hit),?",
               # ... or the book it adapts: "based on the second book, 'The Sea Owes'", "adapted 'The Light That Never Returns'"
               r"(?:the|its|his|her|their) (?:first |second |third |last |final |original )?(?:novel|book|manga|webtoon|comic),?",
               r"adapt(?:s|ed|ing)"]
# the series a spinoff comes from, named by its kind: "the parent series", "la serie madre"
PARENT_WORDS = [r"(?:parent|original|flagship|main) (?:show|series|drama)", r"mothership"]
# a season said to come in two halves: then "Part 1" and "Part 2" alone are its halves
# ("split the second season of Velvet Static into two parts": its title after it)
SPLIT_IN_TWO = [r"(?:split|divided|broken)(?: (?:the|its) (?:new |[\w-]+ )?season(?: of [^.;:!?\n]{1,60}?)?)? into (?:two|three) (?:separate )?(?:parts|halves|volumes|releases|batches|drops)", r"complet(?:ed|es|ing) (?:the|its) (?:\w+ )?season",
                # "Netflix will release the third season in two batches"
                r"(?:release[sd]?|releasing|drop(?:s|ped|ping)?|roll(?:s|ed)? out|arriv(?:e|es|ing)|come|comes|coming|aired|broadcast) (?:[\w-]+ ){0,6}?in (?:two|three) (?:parts|halves|volumes|batches|installments|instalments)",
                # an anime's season aired in two runs: "The first season aired in two cours"
                r"(?:air(?:s|ed)?|ran|runs|streamed|broadcast) in two (?:cours|parts|halves)", r"split-cour",
                # "The second half of Moonfall Academy's first season is coming February 6": a half of that season
                r"(?:first|second|final|last|back) half of [^.;:!?\n]{0,50}?(?:season|series)(?![\w])"]
# an interview is where a person speaks: "in an interview with X", where X is an outlet
INTERVIEW_WORDS = [r"interview", r"interviews"]
# The date a not-confirmed statement may be about: "Netflix has not announced a date yet" (the season stands)
DATE_NOUNS = [r"(?:a |the |any )?(?:new |premiere |release |exact |firm |specific )?(?:(?:premiere|release) )?date"]
# A detail of a season left untold ("has not revealed the number of episodes"): no word on the season itself.
DETAIL_NOUNS = [r"(?:(?:about|on|regarding|concerning) )?(?:the |a |an |any )?(?:number of episodes|episode count|(?:full |returning |new |additional )?(?:cast(?: list| members?| additions?| line-?up)?|line-?up|ensemble)|casting(?: news| details)?|(?:new |cast |further )?additions|plot(?: details)?|synopsis|runtime|title|trailer|contracts?)"]
# what introduces another title of the same work: "'Fog Hunters', known in Japan as 'Kiri no Karyudo'"
ALIAS_WORDS = [r"(?:also |better )?known (?:in (?:\w+ ){1,2}(?:and (?:\w+ ){1,2})?|locally |here )?as", r"(?:roughly |literally )?translated as", r"literally", r"subtitled", r"(?:originally |internationally )?titled",
               r"(?:whose )?original title(?: is)?", r"a\.k\.a\.?",
               # "released internationally as 'Shadow Hunter'": the name it was released under elsewhere
               r"(?:released|distributed|marketed) (?:in (?:\w+ ){1,4}|internationally |abroad |elsewhere )?as",
               # "which streams outside India under the English title Gulmohar Lane"
               r"(?:streams?|streaming|airs?|airing|runs?|released|distributed|available) (?:[\w]+ ){0,3}?under the (?:\w+ )?(?:title|name)"]
# the end of a run between "after" and the season: "renewed just days after the finale of season 2"
RUN_END_OF = [r"the (?:finale|end) of", r"the (?:\w+ )?finale of"]
# the end of a season named right before it, not its airing: "The end of season two left fans on a cliffhanger, and
# Netflix has now confirmed the show will return" (the third)
SEASON_END_OF = [r"the (?:finale|end|ending|conclusion) of", r"the (?:\w+ )?finale of"]
# "renewed ahead of the finale", "kurz vor dem Finale der zweiten Staffel": the moment another event is timed by;
# a release word right after it releases nothing, and a season named there is not the one decided
EVENT_BEFORE = [r"ahead of", r"before", r"prior to", r"on the eve of", r"in the run-up to"]
# "even before", said of what has not happened yet: "Even before season 2 has premiered, Netflix has ordered two more"
EVEN_BEFORE = [r"even before"]
# the nouns for a series that may introduce its title and the number of an installment: "Serial Lentera Kota 2
# dijadwalkan tayang perdana pada 9 Mei" (no season noun said)
SERIES_NOUNS = [r"series", r"show"]
# a season whose numbers are weighed is the one before the one decided on: "reviewing the performance of the second
# season" (see seasons.py)
# (and a season another is compared with: "the revival would be eight episodes long, one fewer than the second season")
MEASURE_NOUNS = [r"performance", r"results?", r"ratings", r"numbers", r"figures", r"viewership", r"reception", r"success", r"failure", r"flop",
                 r"(?:fewer|more|longer|shorter|darker|bigger|smaller) than",
                 # "lost viewers in its second season and ABC canceled the show in May": the season it lost them in aired
                 r"(?:lost|shed|bled) (?:\w+ )?(?:viewers|audience|steam|momentum) (?:in|during|over)",
                 r"(?:ratings|viewership|audiences?) (?:dropped|fell|declined|slipped|sank) (?:in|during|over)"]
# a headline that counts what is known of one work, its numbered lines its facets: "7 things we know about ..."
FACET_NOUNS = [r"facts", r"things", r"reasons", r"details", r"questions", r"theories", r"clues", r"secrets", r"takeaways", r"moments",
               r"changes", r"updates"]
# a relative clause after a name that makes it a cast member: "Kit Harlow, who plays Dana, will not return"
ROLE_CLAUSES = [r",? who (?:plays|played|portrays|portrayed|voices|voiced|stars as|starred as|starred in|stars in|led|leads|appeared in)"]

# --- time ----------------------------------------------------------------
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Seasons of the year as quarters, as the trade press uses them.
YEAR_SEASONS = {"spring": "Q2", "summer": "Q3", "fall": "Q4", "autumn": "Q4", "winter": "Q1"}
# Parts of a year before a year: "late 2026", "early next year", "the second half of 2025" (regex keys).
YEAR_PARTS = {
    r"late": "Q4", r"(?:the )?end of": "Q4", r"(?:the )?close of": "Q4", r"early": "Q1",
    r"(?:the )?(?:start|beginning) of": "Q1", r"mid-?": "", r"(?:the )?middle of": "",
    r"(?:the )?(?:first|front) half of": "H1", r"(?:the )?(?:second|back) half of": "H2", r"later": "H2", r"year-?end": "Q4",
    r"(?:the )?(?:first|1st) quarter of": "Q1", r"(?:the )?(?:second|2nd) quarter of": "Q2",
    r"(?:the )?(?:third|3rd) quarter of": "Q3", r"(?:the )?(?:fourth|4th|last|final) quarter of": "Q4",
    r"q1": "Q1", r"q2": "Q2", r"q3": "Q3", r"q4": "Q4",
}
# a quarter named without its year ("will premiere in the second quarter"): the next one not yet over
HALVES = {r"(?:the )?(?:first|1st) quarter": "Q1", r"(?:the )?(?:second|2nd) quarter": "Q2", r"(?:the )?(?:third|3rd) quarter": "Q3",
          r"(?:the )?(?:fourth|4th|final) quarter": "Q4"}
NEXT = [r"next", r"coming", r"the following"]
THIS = [r"this", r"later this"]
# "last summer", "au printemps dernier": a season of the year just past
LAST = [r"last", r"this past", r"past"]
# "in the fall", "im Herbst", "au printemps": a season of the year alone, the next one to come
# (and "in" alone: "sometime in spring or summer 2020", "returns in fall")
SEASON_PREFIXES = [r"in the", r"by the", r"for the", r"this past", r"during the", r"over the", r"in(?= (?:spring|summer|fall|autumn|winter)(?![\w-]))"]
# "next week", "last week": the month of the week after or before the article
NEXT_WEEK = [r"next week",
             # "premieres in just a few days": within the week
             r"in (?:just |only )?a (?:few|couple of) days", r"in the (?:coming|next few) days"]
# The day of the article and the day after it ("premieres today", "lands tomorrow").
TODAY = [r"today", r"tonight", r"this morning", r"this evening"]
TOMORROW = [r"tomorrow"]
# The day before the article ("released yesterday").
YESTERDAY = [r"yesterday"]
LAST_WEEK = [r"last week"]
NEXT_YEAR = [r"next year", r"the following year", r"in the new year"]
# "around this time next year": the article's month, a year on
THIS_TIME_NEXT_YEAR = [r"(?:(?:around|about|by) )?(?:this|the same) time next year"]
# "by the end of the year": the year is this one only after a part of it ("the show of the year" names none)
THIS_YEAR = [r"this year", r"later this year", r"(?<=end of )the year", r"(?<=middle of )the year", r"(?<=start of )the year",
             r"(?<=beginning of )the year"]
# so many years before the article's: "two years ago" ("{n}" the count, in figures or words)
YEARS_AGO = [r"{n} years ago"]
LAST_YEAR = [r"last year", r"the previous year", r"a year ago"]
# "akhir tahun yang sama", "finales de ese año": the year the sentence named before
SAME_YEAR = [r"(?:the |that )?same year", r"that year"]
# The month after the article's ("next month"), its own ("later this month") and the one before ("last month").
NEXT_MONTH = [r"next month"]
THIS_MONTH = [r"(?:earlier |later )?this month", r"(?:at )?the (?:end|start|beginning) of (?:this|the) month"]
LAST_MONTH = [r"last month"]
YEAR_PREFIXES = [r"(?<=delayed )to", r"(?<=postponed )to", r"(?<=back )to", r"(?<=moved )to", r"in", r"by", r"for", r"until", r"before", r"during", r"from", r"around", r"(?:earlier|later|sooner) than",
                 # ("premieres on Christmas Day": a holiday that is one day)
                 r"on(?= (?:christmas|halloween|thanksgiving|new year|valentine))",
                 # ("arrives at Christmas", "this holiday season": a holiday said alone, the next one)
                 r"(?:at|this)(?= (?:christmas|halloween|thanksgiving|holiday season))"]
# A release said not to come before a time comes then at the earliest ("will not premiere until 2027", "would not arrive before 2026").
# "pushed the third season to 2027": the year after one of DELAY_TO, when a delay verb comes before it
# "this Friday", the next such day after the article ({d}: a day of the week)
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
COMING_WEEKDAY = [r"since {d}", r"this {d}", r"next {d}", r"this coming {d}", r"on {d} next week",
                  # a release told in the present: "The third season premieres on Saturday" (the coming one)
                  # (the platform between, "on" left out: "arrives on Apple TV+ Thursday", "hits Netflix on Friday")
                  r"(?:premieres|arrives|returns|debuts|drops|lands|launches|streams|hits)"
                  r"(?: (?:on |to )?(?!set |filming |production |work |shooting )[\w+]+(?: [\w+]+)?)?(?: on)? {d}"]
DELAY_VERBS = [r"delay(?:s|ed)?", r"postpone[sd]?", r"push(?:es|ed)", r"reschedule[sd]?", r"bump(?:s|ed)", r"moved"]
# after a clause break, the plan that replaces the one before it: "had announced November, but the episodes
# will now arrive in 2027", "pero llegarán finalmente en 2027" (the last window of the sentence counts)
REVISED_WORDS = [r"now", r"instead", r"finally", r"eventually"]
# the word that puts one plan for another after a negated one: "nicht im Oktober, sondern erst im Januar 2027"
RATHER_WORDS = [r"but rather"]
DELAY_TO = [r"to", r"into"]
UNTIL = [r"until", r"till", r"before", r"earlier than", r"sooner than", r"prior to"]
# "since September": the time after it lies before the article (not Spanish "desde", which also means "from")
SINCE = [r"since"]
# "a 2027 premiere", "eyes a 2026 release": a year named before the event it dates
# ("The third season will arrive 2027 at the earliest": the year a window opens)
# ("new episodes before 2027's end": the year itself)
YEAR_BEFORE = [r"premiere", r"release", r"debut", r"return", r"launch", r"bow", r"arrival", r"at the earliest", r"end", r"close"]
# (a holiday that is one day dates its day: "premieres on Christmas Day" is 12-25)
HOLIDAYS = {r"christmas": "Q4", r"the holidays": "Q4", r"(?:the )?year['’]s end": "Q4", r"(?:the )?year-end": "Q4", r"(?:the )?holiday season": "Q4", r"thanksgiving": "Q4", r"halloween": "Q4", r"christmas day": "12-25",
            r"christmas eve": "12-24", r"new year['’]s eve": "12-31", r"new year['’]s day": "01-01", r"valentine['’]s day": "02-14"}
# A broadcast season written by its years ("the 2025-26 season": from the autumn), and the words for its middle,
# where a show held back from the autumn starts (the next year's first quarter).
TV_SEASONS = [r"(?:tv |television |broadcast |network )?season", r"(?:tv |television |broadcast |network )year",
              r"(?:fall |autumn )?(?:line-?up|schedule)"]  # "the 2026–27 broadcast year", "the network's 2025–26 lineup"
MIDSEASON = [r"mid-?season"]

# --- words the pre-filter looks for: without one of them no text is about an installment
# Words the pre-filter looks for in raw bytes, and the engine too: without one of them no text
# is about an installment. Specific on purpose ("season", "second film", not "film"): the
# pre-filter must reject most pages of general news at scan speed. A bare season noun here
# ("season") counts only beside a number, an ordinal or "final" (pack.InstallmentWords).
SEASON_VOCABULARY = ["more seasons", "season", "sequel", "sophomore run", "freshman run",
                     # ("the third and final installment": the ordinal apart from its noun)
                     "final installment", "final chapter",
                     # British "series" for a season, only after an ordinal ("Apple Watch Series 3", "level the series 1-1")
                     "second series", "third series", "fourth series", "fifth series", "sixth series", "final series",
                     "series two", "series three", "series four", "series five", "series six",
                     # ... or with its number, where a season is spoken of: "renewed for series 3", "Series 3 of X", "axed
                     # after two series"
                     "for series 2", "for series 3", "for series 4", "for series 5", "for series 6", "for series 7", "for series 8",
                     "for series 9", "series 2 of", "series 3 of", "series 4 of", "series 5 of", "series 6 of", "series 7 of",
                     "series 8 of", "series 9 of", "after two series", "after three series", "after four series",
                     "after five series", "after six series", "prequel", "part two", "part 2", "part three", "part 3", "part four", "part 4", "part ii", "second film", "third film",
                     "fourth film", "fifth film", "second movie", "third movie", "fourth movie", "next film", "new film",
                     "next installment", "final film",
                     # a numbered film may name no installment word: "Iron Tide 2 has wrapped filming" (kept narrow: the
                     # ingest pre-filter shares these words, and "filming" or "box office" let most culture pages through)
                     "wrapped filming", "wraps filming", "finished filming", "hit theaters", "hits theaters", "in theaters on"]
# words of deciding, in a "nothing confirmed" statement: the platform has not decided, which is its own answer
# (what it has not announced or commented on, the article tells; see NOT_CONFIRMED)
DECISION_WORDS = [r"decid", r"decision", r"undecided"]
# "will not return in 2027 as planned": after a negated event and its time, the time is what is given up
AS_PLANNED = [r"as (?:originally |first |initially )?(?:planned|scheduled|intended|announced|hoped|promised)"]
# "will no longer premiere in December": the time after it is given up, not the season
NO_LONGER = [r"no longer"]
# the noun before a year in a window: "the end of the year 2027", "a finales del año 2027"
YEAR_NOUNS = [r"the year", r"year"]
# "Season 2 of Y was also renewed": what "also" adds, no one named, is the platform's that spoke just before
ALSO_WORDS = [r"also", r"too", r"as well", r"in addition", r"additionally"]
# where a platform presents its slate: what the paragraph then says, no one named, is its announcement
# (the business results too: "Most of the company's earnings call was about advertising")
PRESENTATION_WORDS = [r"earnings call", r"(?:quarterly|annual|third-quarter|second-quarter|first-quarter|fourth-quarter) (?:results|earnings)", r"investor (?:call|day)",
                      r"(?:two|three|several|a (?:series|string) of) (?:announcements|programming decisions)", r"upfronts?", r"(?:programming |content |slate )?presentation", r"showcase", r"press conference", r"press tour",
                      r"line-?up announcement",
                      r"(?:presented|unveiled|revealed)(?: \w+){0,2} its (?:(?:new|fall|spring|upcoming|\d{4}) )*(?:slate|schedule|line-?up|programming)",
                      # "Netflix presented its upcoming Brazilian productions at a fan event"
                      r"(?:presented|unveiled|showcased)(?: \w+){0,2} its (?:(?:new|upcoming|next|\d{4}) )*(?:[\w-]+ )?(?:productions|originals|releases)",
                      r"fan (?:event|festival|convention)",
                      # "Netflix has decided the fate of several of its series": its decisions, item by item
                      # ("Netflix confirmed the fate of two of its shows today")
                      r"(?:decided|sealed|revealed|announced|confirmed|weighed in on) the (?:fate|future)s? of (?:several|many|a number|some|all|a (?:handful|slew)|two|three|four|five|six) of (?:its|it's|their) (?:series|shows|originals|dramas|comedies)"]
# a sentence that opens on these tells a schedule since replaced: "Previously, the season was scheduled for August"
SUPERSEDED_OPENERS = [r"previously", r"before (?:that|the delay)", r"until now"]
# A word of "maybe" that, alone before a season to come with no verb at all, hopes for it.
MAYBE_WORDS = [r"maybe", r"perhaps", r"possibly"]
# What a statement that nothing is decided goes on to list as undecided too ("..., including the filming schedule").
INCLUDING_WORDS = [r"including", r"among them", r"such as"]
# Between a title and the word of its cancellation after it, an auxiliary or two ("has been cancelled").
EVENT_AUXILIARIES = [r"(?:has|have|had|was|were|is|got|gets|get)(?:[^\S\n]+(?:been|being|officially|now))?",
                     # "Iron Orchard is poised to keep going", "X is set to return": what is to come of it
                     r"(?:is|are)[^\S\n]+(?:poised|set|slated|expected|going)[^\S\n]+to"]
# A season's name in reality shows, which festivals and prizes have too.
EDITION_NOUNS = [r"edition"]
# What has editions of its own, named next to one ("the 14th edition of the festival"): no show's season.
EVENT_NOUNS = [r"festivals?", r"gala", r"ceremony", r"convention", r"forum", r"awards?"]
# The subject pronouns that stand only for a person, never for a show: "... that she will not be back", "starring
# Celia Moor, who will not return".
PERSON_PRONOUNS = [r"she", r"he", r"who"]
# A word of ending, whose subject may be a season that airs its last episode ("Season 2 of Harbor Lane ends tonight").
ENDING_WORDS = [r"ends?(?![\w])", r"ended", r"ending", r"conclud", r"wraps?(?![\w])"]
# A word of when between a word of ending and the season after it ("Chega ao fim hoje a segunda temporada").
ENDING_ADVERBS = [r"today", r"tonight"]
# The past tense of "to be" in a final statement, which makes the last season the last one aired ("it was the last one").
PAST_COPULAS = [r"was", r"were"]
# A word of a run's end, which a time clause before it tells as a time ("since the show ended").
ENDED_WORDS = [r"ended", r"wrapped", r"concluded", r"finished"]
# A word of an executive's office written right before the platform's name ("Head of Content WeTV Indonesia Gita Pramesthi").
OFFICE_WORDS = [r"head", r"chief", r"ceo", r"coo", r"cco", r"vp", r"president", r"director", r"manager", r"executive",
                r"boss", r"chairman", r"chairwoman", r"officer", r"content", r"programming"]
# A word for a number or a room that the number after it completes, in a title ("Apartment No. 9").
NUMBER_NOUNS = [r"number", r"no\.", r"num\.", r"apartment", r"room"]
# The pronoun that takes up a work named before ("Missed the first film? It is now on Prime Video").
WORK_PRONOUNS = [r"it"]
# What a platform shows of a season before it airs ("a first-look image, released today": the image's release).
# (a still only in the plural: "will still premiere" is the adverb)
PROMO_WORDS = [r"images?", r"photos?", r"posters?", r"trailers?", r"teasers?", r"first[- ]look", r"stills", r"clips?"]
# The possessive that only a work, never a person, takes: "Gallowglass will come to a close with its fourth season".
WORK_POSSESSIVES = [r"its"]
# A word of the time over which a season's audience was counted ("averaged 6.4 million viewers across its third season").
OVER_WORDS = [r"across", r"over", r"during", r"throughout"]
# The episodes of a season, between a release word and the season ("all eight episodes of the second season are
# now streaming", "now has every episode of season 2"): what was released is that season.
EPISODES_OF = [r"(?:all |every |the |its )*(?:\w+ )?episodes? of(?: the| its| their)?"]
# The episodes of a season still to air, named before their release word ("The three remaining episodes will air on ...").
REMAINING_EPISODES = [r"(?:\w+[^\S\n]+)?remaining[^\S\n]+episodes"]
# A word of "between", before the steps or the seasons it counts ("between the first and the second season").
BETWEEN_WORDS = [r"between"]
# A count of the unnamed people a closing report verb gives as its source (", two people familiar with the plans said").
SOURCE_COUNTS = [r"two", r"three", r"four", r"several", r"multiple", r"some", r"a few", r"a couple of"]
# A word that tells a release not yet come, between a season and its release word ("before its second season has even debuted").
NOT_YET_WORDS = [r"even", r"yet"]
# An auxiliary or an adverb that may stand on either side of that word ("has even been released").
NOT_YET_AUXILIARIES = [r"has", r"have", r"had", r"officially", r"actually", r"been"]
# A work's only season, which is its first: "its only season premiered in September".
ONLY_SEASON = [r"(?:its|the show's|the series') (?:only|sole|single|lone) season"]
# The word that opens a question about when: an interview's "When will viewers see it?", answered by a time.
WHEN_QUESTION = [r"(?:and |so |but |okay, |ok, )?when"]
# The word that opens an indirect yes-or-no question ("It is unclear whether the third season will be the last"): a
# final statement after it, in its clause, is asked, not told.
WHETHER_WORDS = [r"whether", r"if"]
# The words that open a question of who, which or how many ("It is not yet known who will return"): a doubt right
# before the question, or after it when the question opens the sentence, is about that, not about the season.
OPEN_QUESTION_WORDS = [r"(?<!, )who(?! knows)", r"whom", r"(?<!, )which(?! (?:is|was|means|meant|makes|made|has|had|could|would|might|may|will)(?![\w]))", r"how many", r"how much"]
# The words around "A and B" that count two works, not one title with "and" in it: before ("the freshman comedies
# A and B", "both A and B") and after ("A and B each").
# ("series" is one work as well as two: only counted, "the two series A and B"; not "the hit series Ginny & Georgia")
PAIR_BEFORE = [r"comedies", r"dramas", r"shows", r"thrillers", r"sitcoms", r"(?:two|both|three) (?:[\w-]+ )?series", r"both"]
PAIR_AFTER = [r"each", r"both", r"will both"]
# The sequel and the word that joins it to the work it follows ("the sequel to the film that drew 2 million viewers"):
# what a relative clause after it tells is of that earlier work.
SEQUEL_OF = [r"(?:sequel|follow-up) (?:to|of)"]
# What a work is based on ("based on the second novel, which came out in 2021"): what a relative clause after it
# tells is of that source.
BASED_ON = [r"based on", r"adapted from", r"inspired by"]
# The possessive determiners ("pas de deuxième saison pour son thriller lancé en janvier": the work's own launch).
POSSESSIVES = [r"its", r"their", r"his", r"her"]
# The words that set another work against the subject ("Unlike Stonefield, the drama will not return"): that work
# is not what the sentence speaks of.
CONTRAST_WORDS = [r"unlike", r"in contrast to", r"contrary to"]
# A weekly cadence ("New episodes drop every Friday through December"): before "until", the rest of a season on air.
WEEKLY_WORDS = [r"every (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)", r"each week", r"weekly", r"on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)"]
# The word before the platform a work is made for ("la troisième saison de Double Fond pour Canal+"): no title word.
MADE_FOR = ["for"]
# A photo's caption names people in a work and ends on its credit ("Clara Penhaligon and Dev Sandhu in The
# Understudy. Photo: Apple TV+", "Mara Quinlan at the Dusk Line premiere. Photo: ..."): the words between the people
# and the work, and the credit's words.
CAPTION_IN = ["in", "as", "at the"]
PHOTO_CREDITS = [r"photo(?:graph)?s?:", r"image:", r"credits?:", r"courtesy(?: of)?", r"©"]
# A word of consequence: after a shoot, the time it leads to is the release's ("we shoot in the autumn, so
# realistically the start of next year").
CONSEQUENCE_WORDS = [r"so"]
# A word of what comes next: "agreed to a ninth season, then it is over" (the end is of the season after).
THEN_WORDS = [r"then", r"after that", r"afterwards"]
# A weekday just gone ("opened last Friday"): the one before the article's date.
PAST_WEEKDAY = [r"last {d}", r"this past {d}"]
# whom unnamed sources are close to, before its name: "sources close to the production company, Levante Films, say"
CLOSE_TO_WORDS = [r"(?:sources?|people|persons|insiders|someone|a person) (?:close to|familiar with|near to|inside)"]
# The season before the one spoken of, unnumbered: "three years after the previous season premiered in 2021".
PREVIOUS_SEASON = [r"(?:the|its|their) (?:previous|prior|preceding) (?:season|installment|chapter)", r"(?:the|its) predecessor"]
