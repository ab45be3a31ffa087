"""French cue words (regular-expression fragments, matched case-insensitively as whole words).

Both apostrophes (' and ’) occur in French text, so fragments with an elision accept either.
"""

CODE = "fr"
NAME = "French"
# No enclitic suffixes to strip: cue fragments carry their own endings.
WORD_SUFFIXES: list[str] = []

# Nouns that number an installment: "saison 2", "deuxième saison", "troisième volet".
SEASON_NOUNS = [r"saisons?", r"éditions?"]  # a reality show's season is its "édition"
# a season written with its letter and number: "Iron Valley S2", "S02E05"
SEASON_LETTERS = ["S"]
FILM_NOUNS = [r"films?", r"volets?", r"parties?", r"opus", r"chapitres?", r"longs?-métrages?"]
# Nouns that split one season in two (the film noun for a part, and a volume): beside a season they name no installment
# of their own ("saison 4 partie 2", "la deuxième partie de la saison 4").
PART_NOUNS = [r"parties?", r"volumes?"]
# Words that tie such a part to the season after it.
PART_OF = ["de", "du"]
# An unnumbered new season ("renouvelée pour une nouvelle saison"): the one after the last that aired, when the article names it.
# (not a broadcaster's programming year: "la présentation de sa nouvelle saison télévisuelle")
NEW_SEASON = [r"(?:nouvelle|autre|prochaine)[^\S\n]+saison(?![^\S\n]+(?:télévisuelle|audiovisuelle|de[^\S\n]+programmes))", r"saison[^\S\n]+supplémentaire", r"une[^\S\n]+saison[^\S\n]+de[^\S\n]+plus"]
# "renewed for two more seasons": that many after the last one named or aired ({n}: the count)
# "les deux premières saisons": the seasons up to that many (see seasons.py)
FIRST_SEASONS = [r"{n}[^\S\n]+premi[eè]res[^\S\n]+saisons"]
MORE_SEASONS = [r"{n}[^\S\n]+saisons[^\S\n]+(?:supplémentaires|de[^\S\n]+plus)", r"{n}[^\S\n]+nouvelles[^\S\n]+saisons"]
# "une suite" is the next film; "tout de suite", "par la suite", "suite à" are not.
SEQUEL_NOUNS = [r"(?<!tout de )(?<!par la )(?<!à la )(?<!donné )(?<!donner )(?<!donne )suites?(?! (?:à|au|aux|logique|de l['’]article)\b)",
                r"séquelle"]
# "la dernière saison" usually announces the end; "la dernière saison en date" is only the latest one.
FINAL_WORDS = [r"(?<!avant-)derni[èe]re(?! saison en date)", r"(?<!avant-)dernier(?! en date)", r"ultime", r"finale?"]  # (not "l'avant-dernière saison")
# "saison finale": a final word after the noun.
FINAL_AFTER_NOUN = [r"finale", r"ultime"]
# the first season by its debut, the word after the noun ("la saison inaugurale, diffusée en mars")
FIRST_AFTER_NOUN = ["inaugurale"]
# "annulée après deux saisons": the count is the last season made.
# (and "n'a rien confirmé au-delà de la deuxième saison": what lies past the season named is the next one)
AFTER_COUNT_WORDS = [r"qui (?:a compté|comptait|a duré)",
                     # ("« X » a duré deux saisons avant d'être annulée": the seasons it had)
                     r"(?<!n['’])a duré", r"après", r"au-delà d(?:e|u|es)", r"au bout de", r"à l['’]issue de",
                     # "qui ne connaîtra donc que trois saisons": the last one made is the third
                     r"ne (?:connaîtra|comptera|aura) (?:donc |finalement |au final |jamais )?que"]
# "one" after those words: "annulée après une saison" is cancelled after one season
ONE_AFTER_COUNT = ["une", "un", "seule", "une seule", "un seul", "unique", "une unique", "un unique"]
NUMBER_JOINERS = ["et", "&", ",", "ou", "à"]
# Ce qu'une phrase appelle les mots de la précédente ("Cette information circule sur les réseaux").
TOLD_BEFORE = [r"(?:cette|ces) (?:informations?|rumeurs?|affirmations?|annonces?)", r"(?:ce|cet) (?:bruit|on-dit)", r"(?:la|les) rumeurs?(?! (?:de|d[’']|sur|selon) )"]
# Joiners of a range ("saisons 3 à 5": celles d'entre elles aussi).
RANGE_JOINERS = ["à"]
# "Season 1 aired in 2023 and season 3 is being written": the word that joins two clauses
CLAUSE_AND = ["et"]
# "will continue through season 3": a renewal up to that season, from the next one on
THROUGH = ["jusqu['’]à", "jusqu['’]en"]

NUMBER_WORDS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
    "douze": 12,
}
ORDINALS = {
    "premier": 1, "première": 1, "premiere": 1, "1re": 1, "1ère": 1, "1er": 1, "deuxième": 2, "deuxieme": 2, "second": 2,
    "seconde": 2, "troisième": 3, "troisieme": 3, "quatrième": 4, "quatrieme": 4, "cinquième": 5, "cinquieme": 5,
    "sixième": 6, "sixieme": 6, "septième": 7, "septieme": 7, "huitième": 8, "huitieme": 8, "neuvième": 9,
    "neuvieme": 9, "dixième": 10, "dixieme": 10, "onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14,
    "quinzième": 15, "seizième": 16, "dix-septième": 17, "dix-huitième": 18, "dix-neuvième": 19, "vingtième": 20,
    # "les deux séries auront des deuxièmes saisons": one each
    "deuxièmes": 2, "secondes": 2, "troisièmes": 3, "quatrièmes": 4, "cinquièmes": 5, "sixièmes": 6, "septièmes": 7,
    "huitièmes": 8, "neuvièmes": 9, "dixièmes": 10,
}
# "2e saison", "3ème volet", "2nde partie".
ORDINAL_PATTERNS = [r"(\d{1,2})(?:e|ème|eme|è|de|nde|re|ère)"]
# "la saison 5 sera la dernière": the season after it will not be made.
FINAL_STATEMENTS = [
    # "La quatrième saison marque la fin de la série": that season is the last
    r"(?:marque|marquera|marquerait) (?:aussi |également )?la fin (?:de la série|de l['’]histoire|de la saga|de [«\"“])",
    # "Le troisième film, ce sera le chapitre final": that one is the last
    r"(?:sera|serait|est) (?:le|son) (?:chapitre|volet|film|épisode) (?:final|ultime)",
    # "ces nouveaux épisodes seraient les derniers de la série": the season they make is the last
    r"(?:seront|seraient) (?:aussi |également )?les derniers de la série",
    # "la plateforme a aussi précisé qu'il s'agira de la dernière", "ce sera la dernière"
    r"(?:il )?s['’]agi(?:ra|rait|t) de (?:la|sa) (?:derni[èe]re|ultime)(?: saison)?", r"ce sera (?:la|sa) (?:derni[èe]re|ultime)(?: saison)?",
    r"(?:sera|est|était|serait|fut|comme|va être|vont être|allait être) (?:aussi |également |donc |bien )?(?:la |sa |l['’])?(?:derni[èe]re|ultime)(?: saison| partie| volet| film)?"
    # (not a rank among shows: "sera la dernière série française lancée cette année par la plateforme")
    r"(?! (?:série|fiction|production|nouveauté|création)s?(?![\w]))",
    r"(?:sera|est) (?:le |son )?dernier(?: volet| film| chapitre| épisode de la saga)?",
    # (and in reported speech: "a confirmé que la série s'arrêterait après sa quatrième saison" is said as fact)
    # ("L'histoire arrivera à son terme à l'issue de la saison 6": the story comes to its end)
    r"(?:s['’]achèvera|se terminera|prendra fin|s['’]arrêtera|se conclura|tirera sa révérence|s['’]achèverait|se terminerait|"
    r"prendrait fin|s['’]arrêterait|se conclurait|arrivera à son terme|arriverait à son terme|"
    # ("ITV a fait savoir que la série allait tirer sa révérence à l'issue de sa neuvième saison")
    r"(?:va|vont|allait|allaient|devrait|devraient|doit|doivent) (?:tirer sa révérence|s['’]achever|se terminer|prendre fin|s['’]arrêter|se conclure)"
    r") (?:avec|à l['’]issue de|au terme de|à la fin de|après) "
    r"(?:sa|la|une|cette) (?:\w+ )?saison",
    # ("La série s'arrêtera à la sixième saison", "s'arrête à la saison 6": the run stops there, that season its last)
    r"(?:s['’]arrête|s['’]arrêtera|s['’]arrêterait|s['’]arrêtait|s['’]est arrêtée) (?:donc |bien |finalement )?(?:à|a) (?:sa|la) (?:\w+ )?saison",
    r"saison finale", r"(?:tire|tirera|a tiré) sa révérence",
    # ce qu'une saison fait de la série : « la cinquième saison mettra fin à la série », « clôturera la série »
    # (in the present, only with the season right before it: "Canal+ met fin à la série" is the platform's cancellation)
    r"(?:mettra|mettrait) (?:un )?(?:fin|terme|point final) à la (?:série|saga|fiction|histoire)",
    r"(?:(?<=saison )|(?<=[0-9] ))met (?:un )?(?:fin|terme|point final) à la (?:série|saga|fiction|histoire)",
    r"(?:clôturera|clôturerait|clôt|conclura|conclurait|bouclera) (?:définitivement )?la (?:série|saga|fiction|histoire|trilogie)",
]
# The adjectives that may follow a type noun before the title: "la série policière française Les Veilleurs".
_genre_adjectives = (
    r"(?:policière|policier|française?|britannique|américaine?|espagnole?|coréenne?|allemande?|belge|québécoise?|"
    r"dramatique|comique|fantastique|historique|d['’]animation|documentaire|télévisée|à succès|culte|phénomène|événement|"
    r"originale?|judiciaire|médicale?|de science-fiction|romantique|familiale?|d['’]horreur|d['’]action|d['’]espionnage|"
    r"psychologique|surnaturelle?|dystopique|noire?|chorale|d['’]époque|criminelle?|juridique|politique|sociale?|"
    r"culinaire|d['’]aventures?|de cuisine|musicale?|de télé-?réalité)"
)
# Nouns for a kind of work; a title right after one (and its adjectives) is likely a title.
# A work of its own beside the one it comes from ("X: Origins, a prequel spinoff of X"): the two stay apart.
SPINOFF_WORDS = [r"spin-?offs?", r"préquelles?", r"séries? dérivées?"]
# right before a new work's own name, far from its spinoff word: "a spinoff centred on the landlady, provisionally
# titled 'The Landlady'"
WORKING_TITLE = [r"(?:provisoirement )?intitulée?", r"baptisée?", r"au titre provisoire (?:de )?"]
TYPE_NOUNS = [
    rf"(?:séries?|mini-?séries?|feuilletons?|sagas?|franchises?|films?|longs?-métrages?|(?:k-)?dramas?|drames?|comédies?|"
    rf"thrillers?|polars?|animes?|docu-?séries?|sitcoms?|adaptation|fiction|programme|succès|téléfilms?|"
    # unscripted kinds: "le concours culinaire Cuisine sous pression", "la compétition d'aventure L'Île aux défis"
    rf"concours|compétitions?|émissions?|jeu télévisé|télé-?réalité|docu-?réalité)(?: {_genre_adjectives}){{0,2}}",
]
TITLE_CONNECTORS = ["de", "du", "des", "la", "le", "les", "l", "et", "à", "au", "aux", "en", "sur", "sous", "dans", "pour",
                    "par", "un", "une", "d", "of", "the", "and", "&",
                    # (the small words of an English title, which the language does not use: "Alice in Borderland")
                    "in", "at", "to", "for", "with", "from"]
# A title in sentence case opens on a capitalised article inside a sentence ("la saison 2 de Les gardiens du
# phare", "L'amour au village"); these words end it (a verb, a conjunction, a relative).
TITLE_ARTICLES = ["Le", "La", "Les", "Un", "Une", "L'", "L’"]
TITLE_ENDS = ["qui", "que", "qu", "dont", "où", "quand", "comme", "et", "ou", "ni", "mais", "donc", "car", "en", "sur",
              "dans", "pour", "par", "avec", "selon", "après", "depuis", "jusqu", "ne", "n", "se", "s", "y", "a", "ont",
              "est", "sont", "était", "sera", "seront", "aura", "auront", "fera", "feront", "va", "vont", "fait", "font",
              "revient", "reviennent", "reviendra", "reviendront", "arrive", "arrivent", "arrivera", "arriveront",
              "débarque", "débarquera", "sort", "sortira", "continue", "continuera", "s'achève", "termine", "aurait",
              "serait", "pourrait", "devrait", "doit", "peut", "déjà", "aussi", "encore", "toujours", "bien", "enfin",
              "officiellement", "bientôt"]
COMMON_CAPITALISED = [
    # a fact box's labels: "Statut : Renouvelée", "Chaîne : TF1"
    "statut", "chaîne", "plateforme", "genre", "créateur", "créatrice", "diffusion",
    # a page's own lines: "Commentaires (3)"
    "commentaires", "commentaire",
    "mise", "jour", "maj",  # "Mise à jour du 4 mars : ...", "MAJ : ...": an update's label
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
    "mon", "ma", "notre", "et", "ou", "mais", "donc", "or", "ni", "car", "en", "à", "au", "aux", "dans", "sur", "sous",
    "pour", "par", "avec", "sans", "selon", "après", "avant", "depuis", "pendant", "chez", "comme", "quand", "lorsque",
    "alors", "si", "oui", "non", "pas", "déjà", "encore", "toujours", "aussi", "ainsi", "puis", "enfin", "cependant",
    "pourtant", "toutefois", "néanmoins", "mais", "aujourd'hui", "hier", "demain", "maintenant", "que", "qui", "quoi",
    "quel", "quelle", "quels", "quelles", "comment", "pourquoi", "où", "tout", "tous", "toute", "toutes", "il", "elle",
    "ils", "elles", "on", "nous", "vous", "je", "c'est", "c’est", "il y a", "y", "est", "sont", "sera", "a", "ont", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "saison", "saisons", "série", "séries", "film", "films",
    "épisode", "épisodes", "volet", "partie", "suite", "bande-annonce", "casting", "date", "sortie", "diffusion", "actu",
    "actualité", "actualités", "info", "infos", "exclusif", "exclusivité", "officiel", "officielle", "confirmé", "confirmée",
    "renouvelée", "renouvellement", "annulée", "annulation", "à lire aussi", "lire aussi", "voir aussi", "à voir aussi",
    "publié", "publié le", "mis à jour", "photo", "photos", "vidéo", "crédit", "crédits", "partager", "publicité", "par",
    "fans", "spectateurs", "téléspectateurs", "plateforme", "créateur", "créatrice", "réalisateur", "réalisatrice",
    "producteur", "acteur", "actrice", "top", "un", "deux", "trois", "premier", "première", "deuxième", "nouvelle", "nouveau",
    "netflix", "streaming", "télé", "tv", "cinéma", "critique", "interview", "avis", "m.", "mme", "dr", "française",
    "français", "coréen", "coréenne", "k-drama", "drama", "forcément", "interrogée", "interrogé", "en attendant",
    "pour l'instant", "du côté", "de passage", "dans le monde", "box-office", "avant-première", "imax", "semaine",
]
# Capitalised sentence openers that are no part of a title ("Quand Les Veilleurs saison 3 sortira-t-elle ?").
OPENERS = ["quand", "pourquoi", "comment", "où", "quel", "quelle", "quels", "quelles", "y", "officiel", "officielle",
           "exclusif", "enfin", "déjà", "bientôt", "après", "avant", "pendant", "selon", "alors", "ainsi", "aussi", "mais",
           "et", "si", "bonne nouvelle", "mauvaise nouvelle", "c'est officiel", "confirmé", "confirmée", "renouvelée", "annulée",
           # the verbs of a headline: "Netflix renouvelle Col Rouge pour une troisième saison"
           "renouvelle", "annule", "confirme", "annonce", "commande", "prépare"]
NUMBER_UNITS = [r"millions?", r"milliards?", r"mille", r"épisodes?", r"jours?", r"semaines?", r"mois", r"ans", r"années?",
                r"pays", r"pour cent", r"%", r"heures?", r"minutes?", r"fois", r"spectateurs", r"entrées", r"abonnés"]
FUTURE_MARKERS = [r"sera", r"seront", r"serai(?:t|ent)(?! (?:déjà|été))", r"va", r"vont", r"devrait", r"devraient", r"prévue?s?", r"doit", r"doivent",
                  r"s['’]apprête(?:nt)? à", r"prochainement", r"attendue?s? (?:pour|en|au|à)", r"programmée?s?"]
# The outlet says the platform has made it official: "C'est officiel : ...".
OFFICIALLY = [r"c['’]est (?:désormais |maintenant |donc |enfin |bel et bien )?officiel",
              # "X a été officiellement renouvelée": made official, its maker left unnamed
              r"(?:a|ont) (?:été officiellement|officiellement été)(?= (?:renouvelée?s?|confirmée?s?|annulée?s?|annoncée?s?)(?![\w]))",
              # "La saison 2 de X est officiellement annoncée", "X officiellement renouvelée" (not "pas officiellement")
              r"(?<!pas )(?<!encore )(?<!être )(?<!été )(?:(?:est|sont) )?officiellement(?= (?:renouvelée?s?|confirmée?s?|annoncée?s?|commandée?s?)(?![\w]))"]
# A correction of the outlet's own earlier story: what it said before is withdrawn.
# (a live blog's too: "Correction (16h30) : dans une première version de l'entrée de 10h12, nous avions indiqué par erreur")
RETRACTION = [r"une (?:précédente|première) version de (?:cet article|ce texte|l['’]entrée)", r"erratum", r"rectificatif",
              r"correction(?: \([^()\n]{1,12}\))? ?:", r"(?:nous )?(?:avions|avons) (?:indiqué|écrit|annoncé) (?:par erreur|à tort)",
              r"cet article a été (?:corrigé|modifié)"]
# un projet abandonné : la date qui suit ne vaut plus ("initialement prévue fin 2026")
# une habitude, pas une décision : "Netflix attend généralement quelques semaines avant de renouveler une série"
# une œuvre antérieure, citée comme référence : "connu pour avoir écrit X"
CREDIT_WORDS = [r"(?:a )?(?:aussi|également|déjà) (?:signé|créé|écrit|réalisé)", r"on lui doit (?:aussi |également |déjà )?", r"connue?s? pour", r"révélée?s? (?:en \d{4} )?(?:par|dans)", r"(?:qui )?(?:a )?(?:aussi |également )?joué dans"]
# fait aussitôt, malgré le "pas" : "Netflix n'a pas perdu de temps pour annoncer une saison 2"
PROMPTLY = [r"n['’](?:a|ont|avait|avaient) pas (?:perdu de temps|tardé|hésité à)", r"ne (?:tarde|tardent) pas", r"sans (?:perdre de temps|tarder)"]
# un renouvellement et une annulation nommés côte à côte, le sujet d'un bilan ou un choix ouvert : "le
# renouvellement ou l'annulation de plusieurs séries", "annulations et renouvellements"
DECISION_PAIRS = [r"renouvellements?(?: (?:et|ou|&) |, | ?/ ?)(?:l['’]|les |d['’]|de l['’])?annulations?", r"annulations?(?: (?:et|ou|&) |, | ?/ ?)(?:le |les |de |du )?renouvellements?"]
# the date of a release to be told later: "France 2 annoncera la date de diffusion à l'automne"
DATE_LATER = [r"(?:annoncera|dévoilera|communiquera|révélera|va annoncer|va dévoiler)(?= (?:la |sa )?date)"]
# (and what it does often: "Netflix renouvelle souvent les productions espagnoles à succès")
HABITUAL = [r"généralement", r"habituellement", r"en général", r"d['’]habitude", r"a l['’]habitude de", r"ont l['’]habitude de", r"souvent", r"fréquemment"]
SUPERSEDED = [r"initialement", r"originellement", r"à l['’]origine",
              # "annulée alors qu'elle avait été renouvelée pour une saison 2": a renewal undone
              r"(?:avait|avaient)(?: (?:pourtant|déjà|bien|même))?(?: été)?(?= (?:renouvelée?s?|commandée?s?|prolongée?s?)(?![\w]))",
              # "malgré son renouvellement pour une quatrième saison, la série a été annulée": a renewal undone
              r"malgré(?= (?:son|le) (?:\w+ )?renouvellement| avoir été renouvelée?)",
              # "l'avait renouvelée pour une troisième saison, mais l'a finalement annulée": the renewal, then its end
              r"(?<=, )mais(?= l['’](?:a|ont) (?:(?:finalement|ensuite|depuis|désormais) )?(?:annulée?|arrêtée?)(?![\w]))",
              # "devait sortir en 2020, mais le tournage a pris du retard": the plan it had
              r"(?:devait|devaient)(?= (?:sortir|arriver|être diffusée?s?|débarquer|revenir)(?![\w]))",
              # "De nouveaux épisodes auraient dû être diffusés cette année": what should have come
              r"aurai(?:t|ent) d[uû] (?:être (?:diffusée?s?|lancée?s?|mise?s? en ligne)|sortir|arriver|revenir)", r"(?:était|étaient) (?:initialement )?prévue?s?",
              r"(?:était|étaient) (?:espérée?s?|attendue?s?|annoncée?s?) pour",
              r"(?:précédemment|auparavant) (?:prévue?s?|programmée?s?|annoncée?s?)",
              # "a repoussé le quatrième volet du 13 mars au 9 octobre": the date it leaves is given up
              r"(?:repouss|report|décal)\w*(?: [^.;:!?\n]{1,60}?)? du(?= \d{1,2}(?:er)? \w+ (?:au|à|en|jusqu) )"]
# "L'information vient du showrunner lui-même": names the source of the sentence before.
FORWARD_SOURCE = [
    r"(?:l['’]information|la nouvelle|l['’]annonce|la confirmation) (?:vient|provient|est venue|émane) (?:directement )?(?:de|du|des|d['’])",
    r"c['’]est ce qu['’](?:a|ont) (?:confirmé|annoncé|révélé|indiqué|expliqué|déclaré)",
    # "C'est ce que rapporte le site Deadline": the outlet's report
    r"c['’]est ce que (?:rapporte|rapportent|révèle|révèlent|indique|indiquent|affirme|affirment|annonce|annoncent)",
    r"(?:c['’]est|ce sont) (?:\w+ )?(?:qui l['’]a|qui l['’]ont) (?:confirmé|annoncé|révélé)",
    # "C'est la créatrice Anouk Deval qui a confirmé la nouvelle": the news told before is hers (not "a confirmé la
    # nouvelle saison", nor "l'annonce de ...")
    r"(?:a|ont|avait|avaient) (?:confirmé|annoncé|révélé|officialisé|partagé) (?:la nouvelle|l['’]information|l['’]annonce)(?! (?:que|de|du|des|saison)(?![\w]))(?! d['’])",
]

# --- events --------------------------------------------------------------
# « Nous attendons les résultats de la diffusion en replay avant de trancher »: a decision still to take
# (a possible renewal, in RENEWAL, and a hedge, in HEDGES)
_waiting_to_decide = r"(?:attend|attendons|attendent|attendre) (?:[\w'’-]+ ){1,8}?avant de (?:trancher|décider|se prononcer|statuer|prendre une décision)"
# the outlet's odds on a season, no decision: "Une troisième saison semble peu probable", "Les chances d'une troisième
# saison sont minces" (a renewal talked of, and a hedge: see HEDGES)
_odds = [r"(?:semble|paraît|reste|est) (?:très |assez |bien )?(?:peu probable|improbable)",
         r"chances(?= (?:d['’]|de voir )une )"]
RENEWAL = _odds + [
    # "Netflix devrait lancer une saison 2", "lancera une troisième saison": a season set going (the conditional a hedge)
    r"lanc(?:er|era|eront|erait|eraient|e|ent)(?= (?:une|la|sa|cette) (?:\w+ )?saison(?![\w]))",
    # "aurait de la suite dans les idées": plans for more
    r"(?:a|aurait|aurai) de la suite dans les idées",
    # "Netflix ramène Mer Profonde pour une troisième saison": bringing it back for a season
    r"(?:ramène|ramènera|ramènent|a ramené)(?= (?:[^\s.,;:!?]+ ){1,5}?(?:pour|avec) (?:une|sa|la) (?:\w+ )?saison(?![\w]))",
    # "la plateforme a confirmé qu'il y aura une troisième": the ordinal alone stands for the season
    r"(?<!n['’])y aura une(?= (?:deuxième|seconde|troisième|quatrième|cinquième|sixième)(?:[.,;:!?\n]|$))",
    # what is left to others to decide: "une troisième saison dépend de Netflix et du public"
    r"(?<!ne )(?<!n['’])dépend(?:ra|ent|ront)? (?:\w+ )?(?:de|du|des|d['’])",
    # a door left open: "never say never"
    r"(?:ne )?jamais dire jamais",
    # "une quatrième saison aurait déjà été validée", "la saison 3 est approuvée": approved, made
    r"(?:a|ont|aurait|auraient) (?:déjà |officiellement )?été (?:validée?s?|approuvée?s?)", r"(?:est|sont) (?:déjà |officiellement )?(?:validée?s?|approuvée?s?)",
    # asking for a season, a hope (see HEDGES): « ont signé pour réclamer une troisième saison »
    r"(?:réclamer|demander)(?= (?:une|un|d['’]autres|plus) )",
    # a platform showing the season's trailer: « Apple TV+ a dévoilé mardi la bande-annonce de la quatrième saison »
    r"(?:a dévoilé|dévoile|a publié|publie|a mis en ligne|met en ligne|a diffusé|a révélé|révèle|a lancé|lance) (?:[\w-]+ ){0,3}?(?:la|une|le|un|les|sa|son|ses) (?:première |nouvelle |premier )?(?:bande-annonce|teaser|premières images)(?= (?:de|du|des|officiel))",
    # talk of a season, a hope (see HEDGES): « On a déjà parlé d'une troisième saison sur le tournage »
    r"parlé d['’]une?(?= )", r"parlé de(?= (?:nouvelle|autre)s? )",
    # « Le studio a révélé la nouvelle samedi » : announcing what the sentence before said
    r"(?:dévoil|révél)(?:e|é|ent)(?= la nouvelle(?! que))",
    # "nous regardons attentivement les chiffres": a platform weighing the next season
    r"(?:regard|analys|étudi|examin|scrut)(?:e|ons|ent) (?:\w+ )?(?:de (?:très )?près |attentivement |avec attention )?les (?:chiffres|audiences|résultats|données)",
    # "a annoncé la production d'une deuxième saison": the season will be made
    r"(?:la )?production d['’]une (?:nouvelle |\w+ )?saison",
    # "On a déjà des pistes pour une troisième saison" (a hope: see HEDGES)
    r"(?:des )?(?:pistes|idées) pour(?= (?:une|la|un|le) )",
    # "j'ai déjà une idée assez précise pour un troisième volet" (a hope: see HEDGES)
    r"(?:une |des )?idées? (?:\w+ ){1,3}pour(?= (?:une|la|un|le) )",
    # revealing the date: "unveiled the premiere date. The second season arrives on ..." (what it announces follows)
    r"(?:dévoil|révél|communiqu)(?:e|é|ent)(?= (?:[^.;:!?\n]{0,40}? )?(?:la date|les dates))", r"révèle(?= (?:[^.;:!?\n]{0,40}? )?(?:la date|les dates))",
    # "Sony Pictures a choisi le cinéaste Nathan Cole pour réaliser le deuxième volet"
    r"(?:a|ont|aurait|auraient) (?:choisi|engagé|recruté|embauché|désigné) (?:[^.;:!?\n]{1,40}? )?pour (?:réaliser|écrire|mettre en scène)",
    # "France 2 et Netflix vont coproduire la saison 2"
    r"(?:coprodui(?:re|ront|ra|sent)|(?:accord|partenariat) pour (?:co)?produire)(?= (?:la|une|le|un|sa|son) (?:nouvelle )?(?:\w+ )?(?:saison|suite|film|volet))",
    # "Disney+ prépare activement une troisième saison", "préparerait une suite"
    r"(?:prépare|préparent|préparerait|prépareraient|préparait) (?:activement |déjà |en secret |bien |actuellement )?(?:une|un|la|sa|leur) (?:nouvelle )?(?:\w+ )?(?:saison|suite|volet|film)",
    # "Canal+ produira une troisième saison", "va produire la saison 2": a channel that takes it on
    r"produira(?= (?:une|la|les|de nouveaux|une nouvelle) )", r"va produire(?= (?:une|la|les|de nouveaux|une nouvelle) )",
    r"décroch(?:e|ent|é|ée|era) (?:une|un|sa|son) (?:\w+ )?(?:saison|suite)",  # "décroche une saison 2"
    r"renouvel(?:le|lent|é|ée|és|ées|er|era|leront|lement|ait|aient|a|lerait|leraient)", r"reconduite?s?", r"reconduction",
    # "Netflix prolonge la série pour une saison 3", a round-up's "Prolongées" over its items (not a contract's)
    r"prolong(?:e|ent|é|ée|és|ées|era|eront)(?! (?:son|sa|ses|leur|leurs|le|la|les) (?:contrats?|accords?|partenariats?|bail|séjour|tournage|suspense|attente|plaisir)(?![\w]))",
    # "a confirmé que la série ne reviendra pas" is no renewal: the negative clause is a cancellation
    r"confirm(?:e|ent|é|ée|és|ées|era|ait|aient|a|ant)(?![^.;]{0,60}?\bque?\b[^.;]{0,60}?\b(?:ne|n['’]|pas)\b)",
    # (and the gerund: "a mis fin au suspense en officialisant une saison 3")
    # (not the page's promise: "Nous mettrons cet article à jour dès la moindre annonce")
    r"(?<!s['’])(?<!moindre )annon(?:ce|cent|cé|cée|cés|cées|çait|çaient|ça|cer|çant)(?![^.;]{0,60}?\bque?\b[^.;]{0,60}?\b(?:ne|n['’]|pas)\b)", r"officialis(?:e|ent|é|ée|ant)",
    # "le comité a enfin levé le voile. La saison 2 ...": what it reveals follows
    r"(?:c['’]est|est) officiel", r"(?:levé|lève|lèvent|levait) le voile", r"(?:donne|donné|donnent|a donné|ont donné|obtient|obtenu) (?:son |leur |le )?feu vert",
    # "a obtenu deux saisons supplémentaires", "décroche une troisième saison": the seasons it got
    r"(?:a|ont|avait|avaient) (?:obtenu|décroché|gagné)(?= (?:une|deux|trois|quatre|sa|son|ses|la|le) (?:[\w-]+ ){0,2}(?:saisons?|volets?|chapitres?)(?![\w]))",
    r"(?:obtient|obtiennent|décroche|décrochent)(?= (?:une|deux|trois|quatre|sa|son|ses|la|le) (?:[\w-]+ ){0,2}(?:saisons?|volets?|chapitres?)(?![\w]))",
    r"feu vert", r"command(?:ent|é|ée|erait|eraient|ait|aient|era|eront|er(?= (?:une|un|la|le|sa|son) ))",
    # (not an order called off: "la commande de la saison 2 a été annulée par Prime Video")
    r"commande(?! [^.;:!?\n]{0,60}?(?:a été|est|ont été|sont|fut) (?:finalement )?(?:annulée|suspendue|retirée|abandonnée))", r"(?<!n['’])(?:aura|auront|aura bien) (?:droit à )?(?:une |un |sa |son )?(?:\w+ (?:(?:et|ou) (?:même )?(?:une |un )?\w+ )?)?(?:saison|suite|volet|film)",
    # "Hulu a discrètement accordé une deuxième saison à Dry Gulch": a season given to the show
    # (and its future, negated too: "Netflix ne donnera pas de saison 3 à « X »")
    r"(?:accord|offr|offert|donn)(?:e|é|ent|ait|aient|era|eront|erait|eraient|ira|iront|irait)? (?:pas |plus |jamais )?(?:une|un|de) "
    r"(?:nouvelle |\w+ )?(?:saison|suite|volet)(?: \d{1,2})? (?:à|au|aux)(?= )",
    # "une question revient" is no return: only a return somewhere or with something
    r"aura droit à",
    # "L'animé va avoir droit à une seconde saison", "a droit à une saison 2": a season it gets
    r"(?:va|vont|devrait|devraient|pourrait|pourraient) avoir droit à(?= (?:une|un|sa|son|deux|trois|la) )",
    r"(?<!n['’])(?:a|ont|auront|aurait|auraient) droit à(?= (?:une|un|sa|son|deux|trois) (?:[\w-]+ ){0,2}(?:saisons?|suites?|volets?)(?![\w]))", r"aur(?:a|ait|ont|aient) (?:une|un) (?:\w+ )?(?:saison|suite|volet)s?(?![\w])", r"reviendra", r"reviendront",
    # ("se dit optimiste pour une saison 2", "la possibilité d'une deuxième saison": a hope (see HEDGES))
    r"(?:optimiste|confiante?|optimisme) (?:pour|quant à|concernant|sur)(?= (?:la possibilité d['’])?(?:une|un|la) (?:[\w-]+ )?(?:saison|suite)(?![\w]))",
    r"(?<!exclu )(?<!exclut )(?<!exclure )(?<!exclu la )(?<!exclut la )(?<!exclure la )(?:la )?possibilité d['’](?=une (?:[\w-]+ )?(?:saison|suite)(?![\w]))",
    # ("je pense que la série pourrait revenir pour une saison 3": the return itself, its modal a hedge)
    r"(?<!ne pas )(?<!pas )revenir(?= (?:pour|avec) (?:une|un|sa|la) (?:[\w-]+ )?(?:saison|suite|volet)(?![\w]))", r"revient(?= (?:pour|avec|dans|en|sur|le|la|bientôt|dès|enfin))",
    r"(?:sera|seront)(?= de retour)", r"de retour",
    r"continuera", r"continueraient", r"continuerait", r"se poursuivra", r"se poursuit", r"l['’]aventure (?:continue|continuera)", r"l['’]histoire (?:continue|continuera)",
    # "des pistes pour prolonger l'histoire", "poursuivre l'aventure": going on with the series (a hedge makes it possible)
    # (not after "ne pas": "de ne pas poursuivre l'aventure" is a cancellation, see CANCELLATION)
    r"(?<!pas )(?<!plus )(?:prolonger|poursuivre|continuer) (?:l['’]histoire|l['’]aventure|la série)",
    r"(?:est|sont) en (?:développement|préparation|projet|chantier)", r"en développement", r"en préparation", r"prépare(?:nt)? (?:la|une|le|un|sa|son) (?:nouvelle )?(?:\w+ )?(?:saison|suite|film|volet)",
    # "les scénaristes travaillent déjà sur une troisième saison"
    r"travaill(?:e|ent|ons|erait|eraient) (?:déjà |actuellement |d['’]ores et déjà )?sur (?:la|une|le|un|sa|son) (?:nouvelle )?(?:\w+ )?(?:saison|suite|film|volet)",
    r"(?:est|sont) (?:bien )?sur les rails", r"verra le jour", r"ressuscit(?:e|er|ée)", r"sauvée?", r"relanc(?:e|er|ée)",
    # hedged renewals: the hedge makes them `possible`
    # "son créateur estime qu'une troisième saison est possible"
    r"(?:est|sont|serait|seraient|reste|restent) (?:tout à fait |toujours |encore |bien )?possibles?(?![\w])",
    r"en (?:discussions?|négociations?|pourparlers)", r"négoci(?:e|ent|erait|eraient|ation|ations)", r"discussions",
    r"(?<!jamais été )envisag(?:e|ent|é|ée|er|erait)", r"réfléchi(?:t|ssent|ssons|rait|raient)? (?:encore |aussi |également )?à", r"à l['’]étude",
    _waiting_to_decide,
    # « Nous continuons d'évaluer l'avenir de la série »
    r"(?:continu(?:e|ons|ent) (?:d['’]|à ))?évalu(?:e|ons|ent|er) (?:encore |toujours )?(?:l['’]avenir|la suite|la possibilité|les options)",
    # ('Canal+ étudie actuellement une deuxième saison', 'la plateforme dit « examiner » la possibilité'; an adverb in
    # -ment may come between, and a closing quote)
    r"(?:étudi|examin)(?:e|ent|er|erait|eraient)(?: ?[»\"”])? (?:aussi |également |\w+ment )?(?:la|une|le|un|l['’])", r"n['’]exclu(?:t|ent) pas", r"n['’](?:a|ont|avait|avaient) pas exclu", r"n['’](?:a|ont) pas fermé la porte", r"ne ferme(?:nt)? pas (?:\w+ment )?la porte", r"laisse(?:nt)? la porte ouverte",
    # "les équipes étudient toutes les options": every way is weighed, none chosen
    r"(?:étudi|examin|évalu|envisag|explor)(?:e|ent|ons|er) (?:encore |toujours )?toutes les (?:options|possibilités|pistes)", r"pas exclue?", r"n['’](?:est|était|sera|serait) pas (?:totalement |complètement )?exclue?", r"espè(?:re|rent)", r"espérer", r"espoirs?", r"rêve(?:nt)?", r"souhaite(?:nt|rait|raient)?",
    r"aimerai(?:t|ent|s)", r"adorerai(?:t|ent|s)", r"pétition", r"campagne", r"(?:est|sont) ouverte?s? à", r"pourrait voir le jour",
    # "ils seraient « partants » pour une suite": willing, nothing more
    r"(?:serai[st]?|seraient|sommes|suis|sont|est) (?:tout à fait |très |déjà )?[«\"“]?[^\S\n]?partante?s?[^\S\n]?[»\"”]? pour",
    r"réclam(?:e|ent|ant)",
    r"idées? pour",
    # "ne ferme pas la porte à un troisième volet", "laisse la porte ouverte", "une deuxième saison « est en cours
    # d'évaluation »", "on pourrait imaginer une trilogie", "Je ne dis pas non": a season talked of, not decided
    r"(?:ne|n['’]) ferme(?:nt)? pas (?:\w+ment )?la porte", r"(?:n['’]a|n['’]ont|ne veut|ne veulent) pas voulu fermer la porte", r"(?:ne|n['’]) (?:veut|veulent) pas fermer la porte", r"laisse(?:nt)? la porte ouverte", r"en cours d['’]évaluation",
    r"(?:pourrai(?:t|ent)|pourrions) (?:imaginer|envisager)", r"(?:ne|n['’]) dis pas non",
]
# what an end is put to that is no show: "mettre fin au suspense", "met fin aux rumeurs", "mettre fin à la litanie des
# annulations"
_not_the_show = (r"(?! (?:au|aux|à l['’]|à la|à une) ?(?:suspense|attente|rumeurs?|spéculations?|mystère|incertitude|litanie|polémiques?|"
                 r"controverses?|doutes?|débats?|grèves?|série noire|questions?|querelles?|conflits?)(?![\w]))")
CANCELLATION = [
    # "tire sa révérence après deux saisons", "s'en va après une seule saison": a series that leaves after its seasons
    r"s['’]en (?:va|est allée?|ira)(?= (?:après|au bout de) (?:seulement |une seule )?(?:\w+ )?saisons?(?![\w]))",
    # « Au lieu d'une troisième saison, l'histoire se conclura par un film » : la saison écartée ne se fera pas
    r"(?:au lieu d['’]une|plutôt qu['’]une)(?= (?:[\w-]+ )?saison(?![\w]))",
    # « elle n'a pas l'intention de faire une saison 3 » : qui la crée ne continuera pas
    r"(?:n['’]a pas l['’]intention|ne compte pas|ne souhaite pas|ne veut pas|ne prévoit pas) (?:de )?(?:faire|tourner|écrire|produire|réaliser) (?:une|d['’]autres?|de nouvelles?|un)(?= (?:[\wéèêàâîôûç-]+ )?(?:saisons?|suites?|films?|volets?)(?![\w])|saison)",
    # "une troisième saison n'a jamais été prévue": the makers meant it to end
    r"n['’](?:a|ont|avait|avaient) jamais été (?:prévue?s?|envisagée?s?|au programme|dans les plans)",
    # a channel's own words: "Même si nous ne poursuivrons pas avec une troisième saison, nous remercions ..."
    r"(?:ne|n['’]) (?:poursuivrons|poursuivra|poursuivront|continuerons|continuera|continueront) pas (?:avec|l['’]aventure)",
    # "a exclu une deuxième saison", "Aucune deuxième saison n'est prévue": there will be none
    r"(?<!pas )exclu(?:t|ent)? (?:une|toute|la possibilité d['’]une) (?:\w+ )?(?:saison|suite)",
    r"aucune (?:\w+ )?saison[^.;!?\n]{0,40}? n['’](?:est|était) (?:prévue|envisagée|programmée)",
    # "Il n'y aura pas de Chasseurs du Marais 3": a title with its number that will not be made
    r"il n['’]y aura (?:pas|jamais|plus) de(?= (?:[^\s.,;:!?]+ ){1,5}(?:[2-9]|1[0-2]|ii|iii|iv)(?:[.,;:!?\"”»’)]|\s|$))",
    # "TF1 a confirmé qu'aucune troisième saison ne serait commandée": no season will be ordered
    r"aucune (?:\w+ )?saison[^.;!?\n]{0,40}? ne (?:sera|serait|seront|seraient|verra|verrait) (?:commandée|produite|tournée|le jour)",
    # "Nous ne ferons pas de quatrième saison": the makers say there will be none
    r"ne (?:ferons|fera|feront|tournerons|produirons) pas (?:de|d['’]autre|une) (?:\w+ )?saison",
    # "France 3 aurait renoncé à commander une quatrième saison": giving up the order
    r"renon(?:ce|cé|cent|cer|çait|çaient) à (?:commander|renouveler|produire|poursuivre|tourner)",
    r"annul(?:e|ent|é|ée|és|ées|er|era|eront|erait|eraient|ation)", r"stopp(?:e|ent|é|ée|er)", r"arrêt(?:e|ent|é|ée|er) (?:la série|la production|les frais|définitivement)",
    # "Clap de fin pour Les Voisins du Dessus": the title right after
    r"clap de fin(?: pour)?",
    r"(?:l['’])?arrêt (?:de la série|définitif)",
    # "l'arrêt de « Les Quais »": the end of the title quoted after it
    r"l['’]arrêt d(?:e|u|es|['’]) ?(?=[«\"“])", r"l['’]arrêt(?! d(?:u|es) tournages?| de la production| des productions?)(?= d(?:e |u |es |['’])[A-ZÀ-Ý])", r"(?:met|mettre|mis|mettra) (?:un )?terme" + _not_the_show,
    # (not "Canal+ a mis fin au suspense", "met fin aux rumeurs": the wait, not the show)
    r"(?:mis|met|mettre) fin" + _not_the_show,
    r"(?:ne )?(?:sera|seront) pas (?:renouvelée?s?|reconduite?s?)", r"n['’](?:a|ont) pas (?:été )?(?:renouvelée?s?|reconduite?s?)",
    r"(?:ne|n['’]) (?:reviendra|reviendront|reviendrait|reviendraient|continuera|continuerait|aura|aurait|connaîtra) (?:pas|jamais|plus)(?: (?:de|d['’]) (?:\w+ )?(?:saison|suite|volet|film)s?)?",
    # "X n'a pas droit à une deuxième saison", "n'aura pas droit à une suite": it gets none
    r"n['’](?:a|ont|aura|auront|aurait|auraient) (?:pas|plus|jamais) (?:le )?droit à (?:une|un|sa|son) (?:\w+ )?(?:saison|suite|volet)s?",
    r"pas de (?:\w+ )?(?:saison|suite|volet)(?: \d+)? pour",
    # a headline's verdict after the title and its colon: "« X » : pas de saison 2", "X : pas de troisième saison"
    r"(?<=: )pas de (?:\w+ )?(?:saison|suite|volet)(?: \d+)?(?=[^\S\n]*(?:$|\n|[.,;!?]))",
    # "il n'y aura pas de troisième saison", "qu'il n'y aurait plus de suite"
    r"n['’]y (?:aura|aurait|a) (?:pas|plus|jamais) (?:de|d['’]) ?(?:\w+ )?(?:saison|suite|volet|film)s?",
    r"(?:il )?n['’]y aura (?:pas|plus|jamais) (?:de |d['’])?(?:\w+ )?(?:saison|suite|volet|film)s?",
    r"(?:prend|prendra|a pris) fin", r"(?:arrive|arrivera|arriverait) à son terme", r"c['’]est (?:bel et bien )?(?:la )?fin (?:pour|de la série)", r"(?<!comprendre qu['’]on )(?<!imaginer qu['’]on )(?<!accepter qu['’]on )(?:s['’]arrête|s['’]arrêtera|s['’]achève|s['’]achèvera)(?! sur)",
    # (not "la saison s'achève sur un mariage interrompu": where the story ends, no end of the series)
    r"(?:s['’]arrêterait|s['’]achèverait|prendrait fin)(?! sur)",
    # the channel stops the show: "France 2 arrête « Le Phare »", "TF1 a décidé d'arrêter la série"
    r"(?<!s['’])(?:arrête|arrêtent|a arrêté|ont arrêté|va arrêter|arrêtera|d['’]arrêter)(?= (?:[«\x22“]|la série|le feuilleton|la saga|la fiction)(?![\w]))",
    # (the imperfect of reported speech: "Canal+ a annoncé que la série s'arrêtait après deux saisons")
    r"(?:s['’]arrêtait|s['’]achevait|prenait fin)(?= (?:après|à l['’]issue de|au bout de|avec) )",
    r"(?:a été|est) (?:définitivement )?(?:annulée?|arrêtée?|abandonnée?)", r"(?<!une )(?<!d['’]une )(?:projet|suite|série) (?:a été |est )?(?:abandonnée?|enterrée?)",
    r"pas de projet de (?:suite|nouvelle saison)", r"pas prévu de (?:suite|nouvelle saison|continuer)",
    # dropped: "la série passe à la trappe après une saison", "est passée à la trappe"
    r"(?:passe|passent|est passée?|sont passée?s|a été passée?|va passer|passera) à la trappe",
    r"(?:a refusé|refuse|refusé) de (?:renouveler|poursuivre|commander)",
    r"ne (?:renouvellera|renouvelle|renouvelleront|renouvellent|reconduira|reconduit|poursuivra|commandera) pas",
    # the future of reported speech: "a annoncé qu'elle ne renouvellerait pas", "que la série ne serait pas renouvelée"
    r"ne (?:renouvellerait|renouvelleraient|reconduirait|poursuivrait|commanderait|commanderaient) pas",
    r"ne (?:serait|seraient) pas (?:renouvelée?s?|reconduite?s?|prolongée?s?)",
    r"n['’](?:aura|aurait|auront|auraient) (?:pas|plus) de(?= (?:nouvelle |\w+ )?(?:saison|suite))",
    # ("ni A ni B n'auront de saison 2": the "ni" that opens the list denies it; not "n'aura de suite que si ...", only if)
    r"n['’](?:aura|aurait|auront|auraient) de(?= (?:nouvelle |\w+ )?(?:saison|suite)(?![^.;:!?\n]{0,40}(?<![\w])que(?![\w])))",
    # "a décidé de ne pas renouveler la série"
    r"(?:de )?ne (?:pas|plus) (?:renouveler|reconduire|poursuivre|prolonger|commander)",
]
# Cancellation words that name a past fact rather than state one ("depuis son annulation").
# (not the participle of a tense or a passive: "Netflix a annulé la série", "La série a été annulée")
_stated = "".join(f"(?<!{aux} )" for aux in ("a", "ont", "avait", "avaient", "aurait", "été", "est", "sont", "sera",
                                              "a officiellement", "a finalement"))
NOMINAL_CANCELLATION = [r"annulation", _stated + r"(?<!\()" + r"annulée?s?"]  # (not the verdict in brackets after an item's title: "X (annulée)")
PRODUCTION = {
    # "écrit" alone is also "the paper writes": only writing a script counts
    "writing": [r"planch(?:e|ent|ait|aient|er|é) (?:déjà )?sur", r"scénarios?", r"(?:en cours d['’]|en )écriture", r"écriture", r"écri(?:vent|vons)", r"j['’]écris", r"(?<=je )l['’]écris", r"(?<=nous )l['’]écrivons",
                r"(?:est|sont|sommes|suis|êtes) (?:déjà |actuellement )?en train d['’]écrire",
                # ("écrire la troisième saison", "écrit déjà les nouveaux épisodes": a word between)
                r"écri(?:t|vent|re) (?:déjà |actuellement )?(?:le|la|les|un|une|de|des) (?:[\w-]+ )?(?:scénario|script|suite|saison|épisodes)",
                # ("les scénaristes travailleraient déjà sur de nouveaux épisodes")
                r"travaill(?:e|ent|ait|aient|erait|eraient) (?:déjà |actuellement |d['’]ores et déjà )?sur (?:de|des|les) nouveaux épisodes",
                r"salle d['’]écriture", r"script",
                # (not the newsroom: "Contactée par notre rédaction", "Par la rédaction")
                r"(?<!notre )(?<!votre )(?<!leur )(?<!la )rédaction", r"(?<=la )rédaction(?= (?:de|du|des) )"],
    "casting": [r"casting", r"auditions?", r"recherche (?:d['’]acteurs|de comédiens)",
                # a reality show's call for contestants: "M6 a ouvert les inscriptions pour la quatrième saison"
                r"(?:a ouvert|ont ouvert|ouvre|ouvrira|ouvrent|lance|lancent|a lancé|ont lancé) (?:ce \w+ |aujourd['’]hui |officiellement )?(?:les |ses |l['’]appel à )?(?:inscriptions|candidatures)",
                r"(?:les )?(?:inscriptions|candidatures) (?:sont )?(?:ouvertes|lancées)", r"recrute(?:nt)? (?:des |ses )?candidats",
                # "M6 recherche dès à présent les candidats de la sixième saison"
                r"recherche(?:nt)? (?:dès à présent |actuellement |déjà |encore )?(?:des |ses |les |de nouveaux )?(?:candidat(?:e)?s|participant(?:e)?s)"],
    "filming": [r"(?:sera|seront|serait|seraient) tournée?s?", r"(?:est|sont) (?:actuellement )?tournée?s? (?=à|en|au|dans)",
                # "les préparatifs de la troisième saison ont commencé": the making has begun
                r"préparatifs (?:de|d['’]|pour)(?= ?(?:la|une|le|un|sa) )",
                # "la production de cette saison 3 démarrera dès février": the making begins, its verb after the season
                r"(?:la )?production(?= (?:de |d['’]|du )[^.;:!?\n]{0,50}?(?:commencera|démarrera|débutera|commence|démarre|débute|a commencé|a démarré|a débuté|reprendra|reprend)(?![\w]))",
                r"(?:le )?tournage (?:commence|commencera|débute|débutera|a commencé|a débuté|démarre|démarrera|est prévu|doit|devrait|est en cours|bat son plein|se déroulera|aura lieu)",
                # (the verb first: "Le spin-off commencera son tournage en juin")
                r"(?:commence|commencera|débute|débutera|démarre|démarrera|entame|entamera)(?:nt|ront)? (?:son|leur|le) tournage",
                # ("pourrait commencer son tournage en mai": the infinitive after a modal)
                r"(?:commencer|débuter|démarrer|entamer) (?:son|leur|le) tournage",
                # "Les prises de vue débuteront en octobre": the shoot by its other name
                r"(?:les )?prises? de vues? (?:commence|commenceront|commencera|débute|débuteront|débutera|ont commencé|ont débuté|démarre|démarreront|sont prévues|doivent|devraient|auront lieu|se dérouleront)",
                r"(?:en|le) (?:plein )?tournage", r"en cours de tournage", r"un tournage", r"début du tournage", r"premier clap", r"premiers jours de tournage",
                # "les prochains épisodes sont déjà en cours de réalisation": being made
                r"(?:est|sont) (?:même |déjà |actuellement |même déjà )*en cours de (?:réalisation|production|fabrication)",
                r"(?:commence|commencera|débute|débutera|a commencé|démarre) (?:le )?tournage",
                r"tourn(?:era|eront|ons|erons|ent) (?:en|à|au|le|cet|cette|dès|l['’])",
                r"tourn(?:e|era|eront|ons|erons|ent) (?:la|les) (?:\w+ )?(?:saisons?|suite|épisodes)",  # "nous tournerons la saison 3"
                # "on repart tourner la saison 2 en mars", "nous allons tourner à Lyon": the shoot ahead, after its verb
                # ("devrait commencer à filmer sa deuxième saison à l'été 2020")
                r"(?:repart|repartent|repartons|va|vont|allons|commence à|commencent à|commençons à|commencer à|commencera à|devrait|devraient|doit|doivent) (?:tourner|filmer)"
                r"(?= (?:la|les|le|sa|son|ses|leur|en|à|au|dès|cet|cette|début|fin|l['’])(?![\w]))",
                # "on tourne à l'automne": the people making it shoot then
                r"(?<=on )tourn(?:e|era)(?= (?:à|en|au|dès|cet|cette|ce|début|fin|l['’]an)(?![\w]))", r"(?<=nous )tourn(?:ons|erons)(?= (?:à|en|au|dès|cet|cette|ce|début|fin|l['’]an)(?![\w]))",
                r"(?:est|sont) en (?:production|tournage|préproduction)",
                r"en production", r"(?:la )?production (?:commence|commencera|débute|débutera|a commencé|a débuté|démarre|démarrera|est lancée)",
                r"préproduction", r"calendrier de (?:tournage|production)", r"plan de travail"],
    "post": [r"post-?production", r"en montage", r"au montage", r"montage"],
    "wrapped": [r"(?:le )?tournage (?:est |s['’]est |était |s['’]était )?(?:terminé|achevé|bouclé|fini)", r"(?:a |ont )?(?:terminé|achevé|bouclé|fini) le tournage",
                r"fin (?:du|de) tournage", r"dernier clap", r"dans la boîte",
                r"(?:le )?tournage (?:s['’]achève|s['’]achèvera|s['’]est achevé|se termine|se terminera|prend fin|a pris fin)",
                # ("Le tournage de la quatrième saison de Brigade Sud s'est achevé fin août": the season between)
                r"(?:le )?tournage (?:de |du |des )[^.;:!?\n]{1,70}? (?:s['’]est (?:achevé|terminé)|a pris fin|est (?:terminé|achevé|bouclé))(?![\w])"],
}
# A season's run that ended, or its ratings, tell that it aired: "la saison 2 s'est achevée en septembre", "avait
# réalisé de bonnes audiences", "Lancée en août, la série ...". Each is a release of its own and marks it past, so
# the list stands in RELEASE and in RELEASED_PAST.
_aired_runs = [
    # "La saison 2 de X est enfin là", "est arrivée": out now
    r"(?:est|sont) (?:enfin |déjà |bel et bien )?là(?![\w])", r"(?:est|sont) (?:enfin |déjà )?arrivée?s?(?= sur | ce | cette |[.!,])",
    r"s['’]est (?:achevée|terminée)s?(?= (?:en|le|au|à|il y a|sur|avec|fin|début|mi-))",
    # "dont la saison 2 s'est achevée lundi soir devant 5,4 millions de téléspectateurs"
    r"s['’]est (?:achevée|terminée)s?(?= (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|cette semaine|devant)(?![\w]))",
    r"devant (?:près de |plus de |environ |quelque )?\d[\d,.]* (?:millions? (?:de )?)?téléspectateurs",
    r"(?:a|avait|ont|avaient) (?:réalisé|enregistré|signé) (?:de (?:bonnes|belles|faibles|très bonnes) audiences|des audiences)",
    r"(?:a|avait) été un (?:gros |vrai |beau |grand )?succès",
    r"(?<!sera )(?<!seront )(?<!être )lancée?s? (?:en|le|au|l['’]an)",
    r"(?:avait|avaient) réuni",
    # "la comédie qui a terminé sa première saison en septembre": the season it ended aired
    r"(?:a|avait) (?:terminé|achevé|bouclé|conclu) (?:la diffusion de )?(?:sa|la) (?:[\w-]+ ){0,2}saison",
    # a ratings headline, in the present: "« Cap Lumière » termine sa saison 2 en tête" (it ended last night)
    r"(?:termine|terminent|achève|achèvent|boucle|bouclent) (?:sa|leur) (?:[\w-]+ ){0,2}saison(?= \d| (?:en|sur|avec|par)(?![\w]))",
    r"suivie?s? par (?:plus de |près de |en moyenne )?[\d,]+ millions?",
    # (not a broadcast still to come: "avant une diffusion à l'antenne")
    r"(?<!diffusion )(?<!arrivée )(?<!retour )(?:actuellement |en ce moment )?à l['’]antenne", r"s['’]était (?:achevée|terminée)s?",
    # the charts: "dont la saison 3 occupait la tête du classement"
    r"(?:occupait|occupe|a pris|prend|s['’]est hissée?) (?:la tête|la première place|la \w+ place)(?= du (?:classement|Top))",
    r"a suivi(?= (?:en|le|au|à|début|fin|mi-|un an|deux ans))",  # "La saison 2 a suivi en novembre 2024"  # "une première saison suivie par 4,6 millions"
]

RELEASE = [
    # "la chaîne donnera le 6 mars le coup d'envoi de la quatrième saison": it starts showing it then
    r"(?:donne|donnera|donnait|a donné|va donner|donneront|donnent) (?:ce soir |ce \w+ |demain |le \d{1,2}(?:er)? \w+ )?le coup d['’]envoi(?= d[eu] (?:la |sa |cette )?(?:[\w-]+ )?(?:saison|nouvelle saison|suite|série))",
    # a promo's words: "Saison 2 à venir en 2024", "à venir le 12 mars": coming then
    r"à venir(?= (?:en|dès|le|au|à la|à l['’]|début|fin|courant) (?:\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|printemps|été|automne|hiver|fin|début|\w+ \d))",
    # "devront patienter jusqu'en 2027 pour découvrir la saison 3": the time it comes
    r"(?:patienter|attendre) jusqu['’](?:en|à|au|a)(?= (?:(?:la |le )?(?:début|fin|mi-|printemps|été|automne|hiver) (?:de |du |d['’])?)?(?:(?:19|20)\d\d|l['’]année prochaine|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\w]))",
    # the show back before its audience: "devrait retrouver ses fans aux alentours de début 2018"
    r"(?:retrouver|retrouvera|retrouveront|retrouve|retrouvent) (?:ses|son|leur|leurs) (?:fans|public|téléspectateurs|spectateurs|abonnés|fidèles)",
    # "Mais ne comptez pas la voir avant fin 2027": not to be seen before then, its release at the earliest
    r"(?:ne|n['’]) (?:comptez|comptons|compte|comptent) pas (?:la|le|les) (?:voir|découvrir|retrouver)(?= (?:sur (?:\w+ ){1,2})?avant)",
    # "le rythme de la série laisse penser qu'on ne la verrait pas avant fin 2026": when viewers would see it
    r"(?<=la )(?:verra|verrait|verrons|verrions|verront|verraient)", r"(?<=le )(?:verra|verrait|verrons|verrions|verront|verraient)",
    # ("on ne verrait pas de nouveaux épisodes avant la fin de l'année prochaine")
    r"(?:verra|verrait|verrons|verrions|verront|verraient)(?: pas)? (?:de |les |des )?nouveaux épisodes",
    # "ce qui placerait les nouveaux épisodes fin 2027 au plus tôt": the outlet's reckoning places the release
    r"(?:place|placent|placerait|placeraient|situe|situent|situerait|situeraient)(?= (?:les |la |le |l['’]|sa |ses |leur |leurs )?"
    r"(?:[\w-]+ )?(?:épisodes|saison|sortie|diffusion|retour|suite|film|lancement|arrivée) (?:(?:en|à|vers|pour|au|à la|à l['’]) ?)?"
    r"(?:fin|début|mi-|courant|l['’]automne|automne|printemps|été|hiver|\d{4}|janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre|l['’]an prochain|l['’]année prochaine))",
    # on air since a day (see RELEASED_PAST)
    r"(?:diffuse|diffusent|est diffusée|est diffusé|sont diffusés)(?= [^.;!?\n]{0,50}?(?<![\w])depuis )",
    # "Dès aujourd'hui, Canal+ diffuse la deuxième saison": from the article's day on, it is there to watch
    # (the verb is part of the word: the comma after the time opening the sentence would end its clause)
    r"(?:dès|à partir d['’]) ?aujourd['’]hui(?:,? (?:\S+ ){0,2}(?:diffuse|diffusent|propose|proposent|met|mettent|est|sont|arrive|arrivent|débarque|débarquent)(?![\w]))",
    # the cast to its audience: « vous pourrez nous retrouver fin 2026 » (the broadcast)
    r"(?:pourrez|pourriez|allez|pourrait) nous (?:revoir|retrouver|voir)",
    # the return as a noun, with its time: « a confirmé le retour l'an prochain de trois de ses séries »
    r"(?:le|son|leur) retour(?= (?:(?:(?:de|du|des) |d['’])[^.;:!?\n]{1,60}? )?(?:l['’]an prochain|l['’]année prochaine|dès|en \d{4}|au printemps|à l['’]automne|en (?:été|hiver|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))(?![\w]))",
    r"(?:les|ses|leurs) retours(?= (?:de|du|des|d['’]|attendus|confirmés|annoncés|prévus|en|pour)(?![\w]))",
    # "que les abonnés découvriront en mai", "à découvrir dès le 12 mai": what viewers discover then comes out then
    r"(?:à découvrir|découvriront|découvrira|pourront (?:la |les |le )?découvrir|pourrez (?:la |les |le )?découvrir)",
    # a return in the past with the season it came back for: a release of its own (and past: see RELEASED_PAST)
    r"(?:était|est|étaient|sont) revenue?s?(?= [^.;!?\n]{0,40}?pour (?:une|sa|la|son) )",
    # "reviendra pour une saison 2 en novembre": un retour, à la date dite
    r"(?:reviendra|reviendront|revient|reviennent)(?= (?:le|en|au|à|dès|pour|avec|cet|cette|ce|début|fin|courant)(?![\w]))",
    # "et la saison 5 suivra en 2028": la suivante sort à la date dite
    r"suivra(?= (?:en|le|au|à la|fin|début|courant|l['’]année)(?![\w]))",
    # on air now, the season after the verb: "TF1 diffuse actuellement la sixième saison"
    r"diffus(?:e|ent) actuellement", r"achève(?:nt)? (?:\w+ ){0,2}la diffusion",
    r"(?:repoussée?s?|reportée?s?|décalée?s?)(?= (?:à|en|au|jusqu))",  # "repoussée à 2026": the new window
    # "Netflix repousse la saison 2 de la série à 2027" : la nouvelle date après ce qui est repoussé
    # ("a repoussé « X 3 » à mars 2028", "au 8 octobre 2027": a month or a day before the year)
    r"(?:repousse|reporte|décale|repoussent|reportent|décalent|repoussé|reporté|décalé)(?= [^.;:!?\n]{1,80}? (?:à|au|en|jusqu['’]en) "
    r"(?:(?:(?:la )?(?:fin|début|mi-)[^\S\n]*|(?:\d{1,2}(?:er)? )?[a-zéû]+ )?\d{4}"
    # ("du 13 mars au 9 octobre": a day and its month, with no year)
    r"|(?<= au )\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\w])))",
    r"sortie", r"sortira", r"sortiront", r"sort (?:le|en|au|dans|ce|cet|cette|dès|à)", r"sortirait", r"(?:est|sont) sortie?s?",
    # (and the future of reported speech: "a fait savoir qu'elle diffuserait la troisième saison à l'automne")
    # (not news spread about: "Les informations diffusées aujourd'hui au sujet d'une deuxième saison")
    r"(?<!informations )(?<!nouvelles )(?<!rumeurs )(?<!images )diffus(?:é|ée|és|ées|er|era|eront|erait|eraient|ion)", r"mise? en ligne", r"mettra en ligne", r"débarque(?:ra|ront|nt)?",
    # (not a person's availability for a stretch of time: "être disponible plusieurs semaines cet été"; nor seasons that
    # stay available: "resteront disponibles sur Canal+ jusqu'à la fin de l'année")
    r"(?<!feu vert )(?<!décision )(?<!réponse )arrive(?:ra|ront|nt|rait|raient)?", r"arrivée", r"(?<!reste )(?<!restent )(?<!restera )(?<!resteront )(?<!rester )disponibles?(?! (?:plusieurs|quelques|pendant|durant|deux|trois|quatre|six|huit|\d+) (?:semaines|jours|mois)?)", r"première (?:mondiale|diffusion)", r"au cinéma", r"en salles?", r"à l['’]affiche",
    # "Netflix a confirmé la date du 19 juin pour la deuxième saison": the day given (not "la date du 23 décembre,
    # traditionnellement réservée aux grosses sorties": a day spoken of)
    r"date de (?:sortie|diffusion|lancement)", r"(?:confirmé|annoncé|fixé|dévoilé|officialisé|communiqué|donné|retenu) (?:la|une|sa) date du(?= (?:\d|1er))", r"lancement(?! (?:de l['’]écriture|du tournage|de la production|des castings?|du casting|du développement))",
    # (not the work set going: "On a lancé l'écriture de la saison 2", "le tournage est lancé")
    r"lancée?(?! (?:l['’]écriture|le tournage|la production|les castings?|le casting|le développement|les inscriptions)(?![\w]))",
    r"(?:revient|reviendra|reviendront) (?:le|en|au|dès|ce|cet|cette|à|sur|l['’])",
    # "« X » de retour le 14 mai sur Canal+": back on a date
    r"de retour(?= (?:le|dès le|à partir du|en|dès|cet|cette|ce) (?:\d|[a-zéû]+ \d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|printemps|été|automne|hiver))",
    # ("La série sera de retour fin 2026", "de retour à l'automne prochain", "l'an prochain"): a part of a year or the next
    r"de retour(?= (?:fin|début|mi-|courant|à la fin|au début|à la rentrée|à l['’](?:automne|été|hiver)|au printemps|l['’]an prochain|l['’]année prochaine)(?![\w]))",
    # (its "le" before a day or the release itself, "a annoncé le report de ...": not "a annoncé le groupe ce lundi",
    # the article of who announced)
    r"(?:prévue?s?|attendue?s?|programmée?s?|fixée?s?|calée?s?|annoncée?s?) (?:pour|le(?= (?:\d|1er|premier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|report|lancement|décalage)(?![\w]))|en|au|à|dès|d['’]ici)",
    # (a return set for a time; announced, for the day it gives: "a annoncé le retour de X pour une troisième saison le 5
    # mars", not "L'automne dernier, France 2 a annoncé le retour de X pour une septième saison", the renewal)
    r"(?:prévue?s?|attendue?s?|programmée?s?|fixée?s?|calée?s?) le(?= retour(?![\w]))",
    r"annoncée?s? le(?= retour(?![\w])[^.;:!?\n]{0,80}? (?:le|dès le|à partir du|du) (?:\d|1er))",
    # "Netflix a programmé la saison 3 pour octobre 2026": the platform giving it a time
    r"(?:a|ont) (?:programmé|fixé|calé|daté)(?= [^.;:!?\n]{1,60}? (?:pour|en|au|à) (?:le |la |l['’])?(?:début |fin |mi-)?"
    r"(?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc|printemps|été|automne|hiver|noël|\d))",
    # "Prime Video a fixé son retour au jeudi 13 mars": the return set on a day
    r"(?:fix|cal|programm)(?:e|é|ent|era|eront)(?= (?:son|leur|le|la) (?:retour|sortie|lancement|arrivée|mise en ligne) (?:au|à|pour|le)(?![\w]))",
    # "Prime Video lancera la saison le 7 juin": the season or its day after it (not "lancera les castings")
    r"lancer(?:a|ont|ait|aient)(?= (?:(?:la|sa|les|leur|une) (?:[\w-]+ )?(?:saisons?|suite|partie|série|épisodes?)|(?:le|dès le|en|au|à) (?:\d|1er|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|printemps|été|automne|hiver|début|fin)))",
    # "ce qui mettrait les nouveaux épisodes à l'écran fin 2025": on screen, with its time after
    r"à l['’]écran(?= (?:en|dès|début|fin|mi-|au|à|d['’]ici|pas avant|l['’]an|le \d|cet|cette|ce)(?![\w]))",
    r"dès le", r"visible", r"en streaming", r"arriver", r"sortir", r"débarquer", r"revenir(?= (?:en|le|au|dès|à|sur|l['’]))",
    r"être (?:diffusée?s?|mise?s? en ligne|disponibles?(?! (?:plusieurs|quelques|pendant|durant|deux|trois|quatre|six|huit|\d+) (?:semaines|jours|mois)?))", r"(?:fera|feront|fait|font) (?:son|sa|leur) (?:retour|rentrée)",
    # "ne sortira qu'en mars 2027": only then, not never
    r"ne (?:sortira|sortiront|arrivera|arriveront|reviendra|reviendront|débarquera|débarqueront)(?= (?:finalement |donc |probablement )?qu['’])",
    *_aired_runs,
]
RELEASED_PAST = [
    # « renouvelée pour une deuxième saison après sa diffusion en juin » : ce qui a été diffusé, la série elle-même
    r"(?:après|depuis) (?:sa|son|leur) (?:diffusion|lancement|sortie|mise en ligne|arrivée|première)(?! (?:de la |du |des )?(?:saison|trailer|bande-annonce))",
    # "La deuxième saison a débuté sur BBC One le 12 octobre": begun on its channel, on air
    r"(?:a|ont|avait|avaient) débuté(?= sur )",
    # "X a lancé sa deuxième saison en mars": a season put on air (not "a lancé le tournage", nor "lancera")
    r"(?:a|ont|avait|avaient) lancé(?= (?:sa|son|leur|la|les) (?:\w+ )?(?:saisons?|épisodes|série|suite)(?![\w]))",
    # "la saison 2 se termine sur un cliffhanger", "s'est achevée sur une fin ouverte": a season whose end viewers saw
    r"(?:se termine|se terminent|s['’]achève|s['’]achèvent|s['’]est (?:terminée?|achevée?)|s['’]étaient? (?:terminée?s?|achevée?s?))"
    r"(?= (?:sur|par) (?:un|une) (?:[\w-]+ )?(?:cliffhanger|fin ouverte|suspense|rebondissement)(?![\w]))",
    # "deux mois après la fin de la deuxième saison": the season that ended aired
    r"(?:après|depuis) la (?:fin|conclusion) de(?= (?:la|sa) )",
    # "quelques semaines après la diffusion de l'ultime épisode de la saison 2": the season shown before
    r"(?:après|depuis) la (?:diffusion|sortie|mise en ligne) (?:(?:de l['’]|du |de son |de leur )(?:ultime|dernier|final) épisode )?de(?= (?:la|sa|leur) )",
    # "que Crunchyroll diffuse chaque jeudi depuis le 8 octobre": on air since then
    r"(?:diffuse|diffusent|est diffusée|est diffusé|sont diffusés)(?= [^.;!?\n]{0,50}?(?<![\w])depuis )",
    # "disponible sur Netflix" (not "sera disponible sur"), "s'est classée dans le Top 10 de 40 pays": out already
    r"(?<!sera )(?<!seront )(?<!serait )(?<!seraient )disponibles? (?:dès maintenant |depuis \w+ )?sur(?= \S+(?: \S+)?,)",
    r"(?:s['’]est|se sont) (?:hissée?s?|classée?s?|placée?s?) (?:dans|en tête|au sommet)(?= (?:du |le |des )?top ?(?:10|dix))",
    # "était revenue le 13 février dernier pour une deuxième saison": the season that came back then aired
    r"(?:était|est|étaient|sont) revenue?s?(?= [^.;!?\n]{0,40}?pour (?:une|sa|la|son) )",
    # "La saison 3 ... a réuni en moyenne 5,2 millions de téléspectateurs": its audience, so it aired
    r"(?:a|avait|ont|avaient) (?:réuni|rassemblé|attiré|fédéré)(?= (?:en moyenne |jusqu['’]à |plus de |près de |quelque )?\d)",
    # "Le troisième film avait attiré deux millions de spectateurs en salles": its audience counted (the viewers
    # counted are no source)
    r"(?:a|avait|ont|avaient) (?:réuni|rassemblé|attiré|fédéré) (?:en moyenne |jusqu['’]à |plus de |près de |quelque )?"
    r"[\w,.]+ (?:millions? )?(?:de |d['’])(?:spectateurs|téléspectateurs|entrées)",
    # "after the premiere of season 2": past (the season named right after it)
    r"(?:après|depuis) (?:la |sa )?(?:diffusion|sortie|mise en ligne)(?= de (?:la |sa )?(?:\w+ )?(?:saison|partie|volet))",
    # "peu après avoir mis en ligne la saison 2": done before, so out
    r"après (?:l['’])?avoir (?:mis en ligne|diffusé|lancé|sorti|dévoilé)(?= (?:la|sa|leur|les|ses) (?:\w+ )?(?:saison|partie|volet|épisodes))",
    # "les fans attendaient depuis la fin de la diffusion, fin septembre": its run ended, then
    r"(?:après|depuis|dès) la fin de (?:la |sa |leur )?diffusion",
    r"diffus(?:e|ent) actuellement",
    # "Alors que la cinquième saison bat son plein le mercredi soir": on air now
    r"bat(?:tent)? son plein",
    r"(?:est|sont) (?:actuellement |en ce moment )?(?:diffusée?s? actuellement|en cours de diffusion)",
    # ("Ghosts, actuellement en cours de diffusion pour sa quatrième saison, a obtenu ...": in an aside)
    r"(?<=, )(?:actuellement |en ce moment )?en cours de diffusion",
    r"achève(?:nt)? (?:\w+ ){0,2}la diffusion", r"(?<=série )lancée?", r"(?<=saga )lancée?", r"(?:est|sont) sortie?s?", r"(?:a|ont) été (?:diffusée?s?|mise?s? en ligne|lancée?s?)", r"diffusée?s? (?:(?:chez nous|en France|en Belgique|en Suisse|au Québec) )?(?:le|en|depuis|sur|à|au|entre|l['’](?:an|été|automne|hiver) dernier)",
    r"mise? en ligne (?:le|en|depuis)", r"lancée?s? (?:le|en|depuis)",
    # "Mise en ligne sur arte.tv à la mi-octobre avant sa diffusion à l'antenne, la série ... totalise": a venue between
    r"(?<![\w])(?<!sera )(?<!seront )mise?s? en ligne sur [\w.+-]+(?: \w+)? (?:le|en|depuis|à la|à l['’]|au|début|fin)(?![\w])", r"(?:est|sont) arrivée?s?", r"(?:a|ont) débarqué", r"(?:a|ont) fait (?:ses|leurs) débuts",
    # "est en ligne depuis le 20 mai": out already
    r"(?:est|sont) (?:\w+ )?en ligne depuis",
    # "est offerte en intégralité sur Crave depuis vendredi": there to watch, so out already
    r"(?:est|sont) (?:offerte?s?|proposée?s?)(?= (?:[\w'’+.-]+ ){0,5}?depuis(?![\w]))",
    # "Les deux premières saisons restent disponibles sur myCanal": still there to watch, so out already
    r"(?:reste|restent|restera|resteront) (?:[\w'’+.-]+ ){0,6}?disponibles?",
    r"disponible depuis", r"(?:est|sont) (?:déjà )?disponibles?", r"(?<!une )(?<!la )(?<!sa )(?<!leur )sortie? (?:en salles? )?(?:le|en|depuis)", r"(?:a|ont) cartonné",
    r"(?:a|ont) réuni", r"après sa sortie", r"depuis sa sortie",
    # "Netflix a mis en ligne ce lundi la deuxième saison" (not "a mis en ligne la bande-annonce")
    r"(?:a|ont) (?:mis en ligne|diffusé)(?![^.;!?\n]{0,30}?(?:bande-annonce|teaser|affiche|date|images?|photos?|extraits?))",
    *_aired_runs,
]
# Work that began in the past: "le tournage a commencé en août" is last August, not the next one.
BEGUN = [
    # ("J'ai terminé le scénario en septembre", "la salle d'écriture a ouvert en mars": done by then)
    r"(?:a|ai|ont|avons|avait|avaient) (?:déjà )?(?:terminé|achevé|bouclé|fini) (?:d['’]écrire|(?:le|les) scénarios?|l['’]écriture)", r"(?:a|ont|avait|avaient) (?:déjà )?ouvert",
    r"(?:a|ont|avait|avaient|aurait|auraient) (?:commencé|débuté|démarré)", r"commença", r"débuta", r"démarra",
         r"(?:a|ont) été (?:lancée?s?|tournée?s?)", r"s['’]est (?:ouvert|lancé)",
         # "Le tournage a eu lieu cet été à Marseille": done then
         r"(?:a|ont|avait|avaient) eu lieu", r"s['’]est déroulée?", r"se sont déroulée?s"]
# (not "rejoint la liste des séries renouvelées": a list, no cast)
CAST = [r"rejoin(?:t|dra|dront|gnent)(?! (?:la|une) (?:longue )?liste(?![\w]))", r"reprend(?:ra)? son rôle", r"(?:reprennent|reprendront) (?:leurs|leur) rôles?", r"quitte(?:ra)?",
        r"incarnera", r"sera de retour dans (?:le|la peau)", r"(?:rempile|rempilera)", r"au casting", r"de retour dans le rôle",
        # "L'actrice principale, X, a confirmé son retour sur Instagram"
        r"confirmé (?:son|leur) retour", r"(?:son|leur) retour (?:est |a été )?confirmé",
        # "les acteurs auraient déjà signé pour une deuxième saison"
        r"sign[ée](?:nt)?(?: leur| son)?(?: contrat)?(?= pour (?:la|une) (?:\w+ )?saison)",
        # "L'acteur principal X a confirmé sa présence dans la nouvelle saison"
        r"confirmé (?:sa|leur) présence(?= (?:au casting|dans la (?:nouvelle |prochaine )?saison|dans les (?:nouveaux )?épisodes))"]

# The cast words of one who leaves (CAST): a cast claim of negative polarity.
CAST_LEAVING = [r"quitte(?:ra)?"]

# --- attitude ------------------------------------------------------------
# "ne sera diffusée qu'en 2027", "n'avait été diffusée qu'en janvier": "ne ... que" says "only", no negation
# ("ne sortira « au plus tôt qu'à la fin 2027 »": "au plus tôt" is no "ne ... plus")
_only = r"(?!(?:(?!(?:pas|(?<!au )plus(?! tôt| tard)|jamais|rien|aucune?|guère|point)(?![\w]))[^.;:!?\n]){0,50}?(?<![\w])qu(?:e(?![\w])|['’]))"
# "ne s'est pas contentée de renouveler la série", "ne se limite pas à": not only, no negation
_not_only = r"(?! (?:se|s['’](?:est|était|sont|étaient)) (?:pas )?(?:content|limit)\w*(?: pas)? (?:de|d['’]|à))"
NEGATIONS = [r"ne" + _not_only + _only, r"n['’](?:a|ont|est|sont|avait|aura|était|y)" + _only,
             # any verb with a vowel, its "pas" right after: "la saison 2 n'arrivera pas en juin", "n'arrive pas"
             # (the negation holds the verb it is elided onto: see the engine's `_negated`)
             r"n['’][\w-]+(?= (?:pas|plus|jamais)(?![\w]))",
             # (nor the surprise it is not: "pas étonnant que X aura une troisième saison", "pas surprenant")
             r"(?<!contente )(?<!contentent )(?<!limite )(?<!limitent )pas(?! (?:content|limit)\w* (?:de|d['’]|à))(?! (?:étonnant|surprenant|une surprise)(?![\w]))", r"jamais", r"aucun(?:e)?",
             # ("C'est donc sans surprise que X a été renouvelée": unsurprisingly, no negation)
             r"sans(?! (?:grande |aucune |réelle )?surprise(?![\w]))", r"ni", r"rien",
             r"pas encore", r"toujours pas"]
# "ne reviendra pas", "ne va pas continuer": a negation that makes a missing renewal a cancellation.
# (an adverb may come between the verb and its "pas": "ne reviendra finalement pas pour une troisième saison")
FUTURE_NEGATIONS = [r"ne(?= (?:se |s['’])?\w+(?:ra|ront) (?:\w+ment )?(?:pas|jamais|plus)\b)", r"ne (?:va|vont) pas", r"n['’]y aura (?:pas|plus|jamais)",
                    r"ne (?:sera|seront) (?:pas|plus|jamais)"]
NOT_CONFIRMED = [
    # "La chaîne n'a ni confirmé ni démenti": nothing confirmed (and no denial)
    r"ni (?:confirm(?:é|er|e)|annoncé) ni (?:dément(?:i|ir)|démen(?:t|s)|nié|nier)",
    # '« Nous communiquerons lorsque tout sera confirmé »': rien de confirmé
    r"(?:lorsque|quand|une fois que|dès que|jusqu['’]à ce que) (?:[\w'’]+ ){0,3}(?:sera|seront|aura été|auront été|soit|soient) (?:officiellement )?(?:confirmée?s?|décidée?s?|validée?s?)",
    # ("Aucune information pour l'instant sur une éventuelle troisième saison": nothing known of it yet)
    r"aucune (?:information|nouvelle|annonce)(?= (?:pour l['’]instant |pour le moment |encore |n['’]a été donnée )?(?:sur|concernant|quant à|au sujet))",
    # "On ne sait pas encore s'il y aura une quatrième saison": nothing said of it yet
    r"on ne sait pas(?: encore| toujours)?(?= s['’]il| si )",
    # "Aucune information officielle n'a été communiquée sur une deuxième saison": no word yet
    r"aucune (?:information|annonce|confirmation|nouvelle|communication) officielle",
    r"rien d['’]officiel",
    # "Quand elle arrivera, ce n'est pas encore clair": nothing known yet
    r"n['’](?:est|était) (?:pas|toujours pas) (?:encore )?(?:très )?clair(?:e)?",
    # "Pour le moment, nous ne pouvons rien confirmer au sujet d'une nouvelle saison": nothing to confirm yet
    r"(?:ne|n['’]) (?:pouvons|peut|peuvent|pouvions|pouvait) (?:rien|pas(?: encore)?) (?:vous )?(?:confirmer|annoncer)",
    # "Il est beaucoup trop tôt pour parler d'une saison 2": nothing decided yet
    r"(?:encore |beaucoup |bien |un peu )?trop tôt pour (?:parler|dire|évoquer|confirmer|annoncer|se prononcer|en parler)",
    # "HBO Max n'a pas encore dit s'il y aura une troisième saison": no word yet
    r"n['’](?:a|ont) pas (?:encore )?dit (?:si|s['’]ils?|s['’]elles?)",
    # "Netflix n'a ni renouvelé ni annulé la série" : aucune décision
    r"n['’]a ni renouvelé ni annulé", r"ni renouvelée? ni annulée?",
    # la réponse à une question : « A-t-elle été renouvelée ? Pas encore. »
    r"(?:(?<=[.!?] )|(?<=\n)|(?<=^))pas (?:encore|officiellement|pour l['’]instant)(?=[.,;!]| [—–-])",
    # "une décision sur une troisième saison est attendue d'ici la fin de l'année": nothing is decided yet
    r"décision (?:[^.;]{0,60}? )?(?:est|sera|serait) attendue(?: (?:pour|en|d['’]ici|avant|dans|courant))?",
    r"n['’](?:a|ont|avait|avaient) (?:toujours |pour l['’]instant |pour le moment )?pas (?:encore )?(?:officiellement )?(?:confirmé|annoncé|officialisé|renouvelé|commandé|décidé|validé|tranché|donné (?:son|leur) feu vert|communiqué)",
    r"ne (?:l['’])?(?:a|ont) pas (?:encore )?(?:confirmé|annoncé|officialisé)",
    # "Ni le studio ni Crunchyroll n'ont toutefois officialisé cette suite": "ni ... ni" is the negation
    r"(?<=ni )(?:[^.;:!?\n]{1,50}? )?n['’](?:a|ont)(?: toutefois| encore| pour l['’]instant| pour le moment){0,2} (?:officialisé|confirmé|annoncé|commandé|renouvelé)",
    # "M6 ne nous a pas encore donné son feu vert", "Gaumont n'avait encore rien validé"
    r"ne (?:nous|leur|lui) (?:a|ont|avait) pas (?:encore )?donné (?:son|leur|le) feu vert",
    r"n['’](?:a|ont|avait|avaient) (?:encore |toujours )?rien (?:validé|signé|tranché)",
    # "M6 n'a pour l'instant rien officialisé"
    r"n['’](?:a|ont|avait|avaient) (?:pour l['’]instant |pour le moment |encore |toujours )?rien (?:officialisé|confirmé|annoncé|décidé|communiqué)",
    r"(?:rien|aucune décision) n['’](?:est|a été) (?:encore )?(?:confirmée?|officiel(?:le)?|décidée?|actée?|signée?|officialisée?|annoncée?|prise)",
    # "Aucune date de diffusion n'a encore été fixée par France 3": the date is not decided
    r"aucune date(?: de (?:diffusion|sortie|lancement|tournage))? n['’](?:a|est) (?:encore |pour l['’]instant |pour le moment )?(?:été )?(?:fixée|annoncée|communiquée|dévoilée|arrêtée)",
    r"(?:pas|aucune?) (?:encore )?(?:de |d['’])?(?:confirmation|annonce|officialisation|décision)(?: officielle)?",
    # "Netflix n'a pas encore pris de décision", "n'a pris aucune décision"
    r"n['’](?:a|ont|avait|avaient) (?:toujours |pour l['’]instant |pour le moment )?(?:pas (?:encore )?pris (?:de |d['’]|la moindre |sa |leur )|encore pris aucune |pris aucune )décision",
    r"n['’](?:est|sont) (?:toujours )?pas (?:encore )?(?:confirmée?s?|officiel(?:le)?s?|décidée?s?|actée?s?|garantie?s?|assurée?s?)",
    r"(?:pas encore|toujours pas) (?:été )?(?:confirmée?s?|officiel(?:le)?s?|annoncée?s?|officialisée?s?|renouvelée?s?)",
    r"(?:reste|restent) (?:à confirmer|à officialiser|hypothétiques?|incertaine?s?)", r"se fait (?:toujours |encore )?attendre",
    r"ne confirme(?:nt)? pas", r"ni confirm(?:é|e|ée) ni (?:dém(?:enti|ent)|exclu|exclue|infirmé)", r"(?:en attente|dans l['’]attente) d['’]une? (?:confirmation|annonce)(?: officielle)?",
    r"sans confirmation(?: officielle)?", r"non confirmée?s?",
]
DENIAL = [
    # « Contrairement à ce qu'affirmait un site spécialisé, TF1 n'a pas annulé X »: l'information est corrigée
    r"contrairement(?= (?:à ce qu['’]|aux? |à l['’])(?:affirm|indiqu|annon|rapport|écri|prétend|laiss|rumeur|information|bruit))",
    r"dém(?:enti|entie|ent|entent|entir|entait)", r"a démenti", r"(?:sont|est) (?:complètement |totalement )?(?:faux|fausse|fausses|infondée?s?)",
    # (not a false thing the story holds: "centrée sur une fausse retraite d'entreprise", "un faux mariage")
    r"faux(?! (?:mariage|départ|frère|nom|documentaire|semblant|pas|jumeau|témoin|couple)(?![\w]))",
    r"fausse(?! (?:retraite|identité|couche|note|joie|modestie|route|mort|grossesse|famille)(?![\w]))", r"infondée?s?", r"inexacte?s?", r"(?:n['’]est|ce n['’]est) pas (?:vrai|exact)", r"fake news", r"a (?:nié|réfuté|balayé)",
    r"ni(?:e|ent)", r"réfut(?:e|ent)", r"balai(?:e|ent)", r"(?:a )?coupé court", r"coupe court", r"rectifi(?:é|e)", r"aucun fondement",
    r"sans fondement", r"(?:a|ont) (?:formellement )?démenti",
]
# Verbs that only announce; the event is what follows them ("a confirmé que la série s'arrêtera").
ANNOUNCE = [r"(?<=été )(?:confirmée?s?|annoncée?s?|officialisée?s?)",  # "L'information a été confirmée par la chaîne"
            r"(?<= et )(?:confirmée?s?|annoncée?s?)",  # "révélée par le magazine et confirmée par la chaîne"
            # (not the reflexive: "la soirée s'annonçait serrée", it promised to be)
            r"confirm(?:e|ent|é|ait|a|er|ant)", r"(?<!s['’])annon(?:ce|cent|cé|çait|ça|cer|çant)", r"officialis(?:e|ent|é|ant)", r"(?:c['’]est|est) officiel",
            r"(?:dévoil|révél|communiqu)(?:e|é|ent)", r"révèle", r"(?:levé|lève|lèvent|levait) le voile"]  # revealing the date (see RENEWAL)
NO_COMMENT = [
    r"n['’](?:a|ont) pas (?:souhaité|voulu|désiré) (?:faire de )?(?:commentaires?|commenter|réagir|s['’]exprimer|répondre)",
    r"(?:pas de|aucun|sans) commentaires?", r"se (?:refuse|refusent|sont refusée?s?|est refusée?) à (?:tout )?commentaire",
    r"n['’](?:a|ont) pas (?:encore )?répondu", r"n['’](?:a|ont) pas donné suite", r"ne (?:commente|commentent) pas",
    r"(?:a|ont) refusé de commenter", r"n['’](?:a|ont) pas réagi", r"(?:est|reste) muette?",
]
HEDGES = [
    # ("se dit optimiste pour une saison 2": a hope)
    r"optimiste", r"optimisme",
    # a question asked, no fact: "On se demande si la série reviendra pour une troisième saison"
    r"(?:se|me|nous|vous) demand(?:e|ent|ons|ez|ait|aient|er)(?= (?:si|s['’]))",
    # a belief of others, no fact: "Les fans croient que la série s'arrêtera à la sixième saison"
    r"(?:croit|croient|croyons|croyait|croyaient) que",
    # the speaker's own belief: « Il n'y aura pas de saison 3, je crois », « Je pense que la série reviendra »
    r"(?:je crois|je pense|je suppose|j['’]imagine)(?=[^\S\n]*[.,!?\"”»]| que| qu['’])",
    # a deal not yet made: "Netflix serait sur le point de renouveler X", "proche d'un accord"
    r"(?:sur le point|près|proche) de(?= (?:renouveler|commander|signer|conclure)(?![\w]))", r"proche d['’]un accord",
    *_odds, r"(?:sont|semblent|paraissent) (?:très |assez |bien )?(?:minces|faibles|maigres)",
    # "le rythme de la série laisse penser qu'on ne la verrait pas avant 2026": the outlet's reckoning
    r"laisse(?:nt)? penser", r"même si(?= [^.;:!?\n]{0,40}?[^\W\d_](?:ait|aient)(?![\w]))",
    # what is left to others to decide: "une troisième saison dépend de Netflix et du public"
    r"(?<!ne )(?<!n['’])dépend(?:ra|ent|ront)? (?:\w+ )?(?:de|du|des|d['’])",
    # a door left open: "never say never"
    r"(?:ne )?jamais dire jamais",
    # "avoir « quelques pistes » pour prolonger l'histoire": ideas, no decision
    r"(?:quelques|des|plusieurs) pistes",
    # asking for a season, a hope (see RENEWAL): « ont signé pour réclamer une troisième saison »
    r"(?:réclamer|demander)(?= (?:une|un|d['’]autres|plus) )",
    # talk of a season, a hope (see RENEWAL): « On a déjà parlé d'une troisième saison sur le tournage »
    r"parlé d['’]une?(?= )", r"parlé de(?= (?:nouvelle|autre)s? )",
    # "nous regardons attentivement les chiffres": a platform weighing the next season
    r"(?:regard|analys|étudi|examin|scrut)(?:e|ons|ent) (?:\w+ )?(?:de (?:très )?près |attentivement |avec attention )?les (?:chiffres|audiences|résultats|données)",
    # le doute de qui écrit : "je doute fort que nous revoyions ...", "il est douteux que ..."
    r"je doute (?:fort |fortement |beaucoup )?que", r"douteux",
    # "Difficile d'imaginer que l'histoire s'arrête là", "une diffusion serait envisageable au mieux fin 2027"
    # (with "qu'on" the stop is no cancellation at all: see CANCELLATION)
    r"difficile d['’]imaginer", r"(?:on|j)['’]imagine mal", r"envisageables?", r"au mieux",
    # "avait plaidé ... pour « au moins une dernière saison »": a plea, no decision
    r"(?:a|avait|ont|avaient) plaidé", r"plaide(?:nt)? pour",
    r"(?:n['’]est|ne serait|ne sera|ne semble) pas impossible",
    r"(?:serai[st]?|seraient|sommes|suis|sont|est) (?:tout à fait |très |déjà )?[«\"“]?[^\S\n]?partante?s?[^\S\n]?[»\"”]? pour",  # "une mise en ligne fin 2026 ne serait pas impossible"
    r"(?:des )?(?:pistes|idées) pour", r"(?:une |des )?idées? (?:\w+ ){1,3}pour(?= (?:une|la|un|le) )",
    # "si cela ne tenait qu'à lui, la série aurait une quatrième saison": un souhait, pas une décision
    r"si (?:ça|cela|c['’]était) ne tenait qu['’]à (?:moi|lui|elle|nous|eux|elles)", r"s['’]il n['’]en tenait qu['’]à (?:moi|lui|elle|nous|eux|elles)",
    r"pourrai(?:t|ent)", r"pourrions", r"peut-être", r"(?:on )?attend(?:ons)? (?:juste |simplement |encore )?que", r"éventuel(?:le|lement|s|les)?", r"possible(?:s|ment)?", r"possibilité",
    r"probable(?:s|ment)?", r"improbable(?:s|ment)?", r"invraisemblable(?:s|ment)?", r"vraisemblable(?:ment)?", r"(?:est|sont) espérée?s?", r"idées? pour", r"sans doute", r"devrai(?:t|ent)", r"au plus tôt", r"pas avant",
    r"(?:est|sont) attendue?s? (?:pour|en|au|à|d['’]ici|dès)", r"en (?:discussions?|négociations?|pourparlers)",
    r"négoci(?:e|ent|erait|eraient|ation|ations)", r"discussions", r"(?<!jamais été )envisag(?:e|ent|é|ée|er|erait|eraient)", r"réfléchi(?:t|ssent|ssons|rait|raient)?",
    r"réflexion", r"à l['’]étude", r"évalu(?:e|ons|ent|er)(?= (?:encore |toujours )?(?:l['’]avenir|la suite|la possibilité|les options))", r"étudi(?:e|ent|erait|eraient)", r"examin(?:e|ent|er|erait|eraient)(?= ?[»\"”]? (?:\w+ment )?(?:la|une|le|un|l['’]))", r"n['’]exclu(?:t|ent) pas", r"n['’](?:a|ont|avait|avaient) pas exclu", r"n['’](?:a|ont) pas fermé la porte", r"ne ferme(?:nt)? pas la porte", r"laisse(?:nt)? la porte ouverte", r"pas exclue?", r"n['’](?:est|était|sera|serait) pas (?:totalement |complètement )?exclue?", r"laisse(?:nt)? la porte ouverte",
    r"(?:ne|n['’]) ferme(?:nt)? pas (?:\w+ment )?la porte", r"(?:n['’]a|n['’]ont|ne veut|ne veulent) pas voulu fermer la porte", r"(?:ne|n['’]) (?:veut|veulent) pas fermer la porte", r"en cours d['’]évaluation", r"(?:pourrai(?:t|ent)|pourrions) (?:imaginer|envisager)",
    r"(?:ne|n['’]) dis pas non",
    _waiting_to_decide,
    r"espè(?:re|rent)", r"espérer", r"espoirs?", r"rêve(?:nt)?", r"souhaite(?:nt|rait|raient)?", r"aimerai(?:t|ent|s)",
    r"adorerai(?:t|ent|s)", r"réclam(?:e|ent|ant)", r"rumeurs?", r"spécul(?:e|ent|ation|ations)", r"théories?", r"pétition", r"campagne", r"indices?",
    r"semble(?:rait)?", r"a priori", r"en théorie", r"selon toute vraisemblance", r"s['’]il", r"s['’]ils",
    r"(?<!même )si (?:la|le|les|l['’]|elle|il|ils|elles|on|jamais|tout|une|un|netflix|la plateforme)", r"pronostic", r"prédi(?:t|sent|ction)",
    r"estim(?:e|ent|ation)", r"tabler? sur", r"parie(?:nt)?",
]
# words that say a claim was told but not made official, anywhere in its sentence from the claim's clause on
# ("la saison 3 est confirmée, même si pas officiellement", "a confirmé officieusement")
UNOFFICIALLY = [r"(?:bien que|même si|mais) (?:pas|non) (?:encore )?officiellement", r"officieusement"]
REPORTED = [r"selon nos informations", r"d['’]après nos informations", r"rapporte(?:nt)?", r"a rapporté", r"révèle(?:nt)?",
            r"a révélé", r"a appris", r"croit savoir",
            # "Netflix a démenti les informations sur le début du tournage": what was reported, which it denies
            r"(?:les |l['’])informations? (?:sur|concernant|selon lesquelles)", r"sources?(?: proches)?", r"indiscrétions?", r"en exclusivité(?! (?:sur|chez|dans|à) )",
            r"auraient", r"aurait", r"serait", r"seraient",
            # the conditional of a report, whatever its verb: "Canal+ viserait une diffusion début 2027"
            r"[a-zàâçéèêëîïôûùüÿœ]{2,}(?:erait|eraient|irait|iraient)",
            r"selon (?:le|la|les) (?:site|magazine|journal|média|quotidien|presse)",
            # the imperfect of a report told before its answer: "le magazine Variety affirmait qu'Apple TV+ avait commandé ..."
            r"affirmait", r"affirmaient", r"assurait", r"assuraient"]
RUMOUR = [r"rumeurs?", r"bruits? de couloir", r"on-dit", r"spéculations?", r"fuites?", r"théories? de fans", r"ragots?",
          r"non confirmée?s?", r"comptes? de fans", r"prétendue?"]

# --- sources -------------------------------------------------------------
PLATFORM_WORDS = [r"(?:le )?comité de production", r"(?:le )?site officiel", r"(?:la )?plateforme", r"(?:le )?streamer", r"(?:la )?chaîne", r"(?:le )?studio", r"(?:le )?diffuseur", r"(?:la )?société de production",
                  # the company's heads: "la directrice générale du groupe, Véronique Lambertin", "le PDG"
                  r"(?:le |la )?(?:directeur|directrice) général(?:e)?(?: du groupe)?", r"(?:le |la )?PDG",
                  # ... named by the word alone after they spoke: '« ... », a ajouté la dirigeante'
                  r"(?:le |la )?dirigeante?",
                  # the platform's own documents: "Selon la lettre aux actionnaires, ...", "Le document précise que ..."
                  r"(?:la )?lettre aux actionnaires", r"(?<=selon )la lettre(?=,)", r"(?:le )?document(?= (?:précise|détaille|indique|cite|confirme|ajoute))",
                  r"(?:le )?distributeur", r"porte-parole", r"représentante?", r"(?:la )?direction", r"(?:le )?service de streaming",
                  r"responsable des (?:programmes|contenus|fictions)", r"directeur des (?:programmes|contenus|fictions)",
                  r"directrice des (?:programmes|contenus|fictions)", r"communiqué", r"(?:le )?groupe",
                  # "la directrice de la fiction de France Télévisions, Laure Dumont"
                  r"(?:directeur|directrice|responsable|patron|patronne) de (?:la )?(?:fiction|programmation|l['’]unité fiction)",
                  r"(?:le )?service (?:de presse|communication|de communication)",
                  r"(?:le )?site officiel", r"(?:le )?compte officiel", r"(?:l['’])?équipe de production",
                  # "« ... », indique le message" (the one its official account posted; not "le message des fans")
                  r"(?:le|ce) message(?! (?:des?|du|d['’])(?![\w]))"]
CREATOR_WORDS = [r"créat(?:eur|rice|eurs)", r"co-?créat(?:eur|rice)", r"showrunn(?:er|euse)", r"scénaristes?", r"aut(?:eur|rice)",
                 r"romancière?", r"romancier", r"dessinat(?:eur|rice)", r"auteur du (?:roman|livre|manga|webtoon)", r"mangaka",
                 # one person in two roles, one of them the writing: "le scénariste et réalisateur Théo Marchal"
                 r"(?:scénariste|créat(?:eur|rice)|showrunn(?:er|euse)) et (?:réalisat(?:eur|rice)|product(?:eur|rice))",
                 r"(?:réalisat(?:eur|rice)|product(?:eur|rice)) et (?:scénariste|créat(?:eur|rice))"]
# ("la comédie réalisée par Tom Hale": the one named after it)
CREW_WORDS = [r"réalisée?s? par", r"réalisat(?:eur|rice)", r"product(?:eur|rice)(?: exécuti(?:f|ve))?", r"cinéaste", r"compositeur"]
# (a show's host is its talent too: "animée par Raka Hadi", "l'animatrice Ana Ruiz")
CAST_WORDS = [r"(?:acteur|actrice|comédien(?:ne)?|interprète)s? principa(?:l|le|ux|les)", r"animée? par", r"présentée? par", r"animat(?:eur|rice)", r"présentat(?:eur|rice)", r"acteur", r"actrice", r"comédien(?:ne)?", r"interprète", r"vedette", r"star", r"têtes? d['’]affiche", r"casting"]
# ("bonne nouvelle pour les fans": whom the news is for, not who says it)
# (not the audience one speaks before: "a-t-il déclaré devant un public visiblement ému")
# ("Une publication virale sur X affirmait que Paramount avait validé la suite": someone's post, no outlet's report)
_social_post = r"(?<!dans )(?:une|un) (?:publication|post|tweet|fil) (?:virale? |anonyme )?sur (?:x|twitter|tiktok|reddit|threads|facebook|instagram)(?![\w])"
# the fans told to wait for a season ("los fans tendrán que esperar hasta 2027") are no source of it
_waiting_fans = r"(?!(?: [^\s.,;:!?]+){0,5}? (?:(?:devront|doivent|vont devoir|devrons) (?:encore )?(?:patienter|attendre))(?![\w]))"
# (ni ceux qui accueillent la nouvelle avec colère : « Les fans de « Brume » ont dit leur colère après
# l'annulation » : la nouvelle est celle du média)
_reacting_fans = r"(?!(?: [^\s.;:!?]+){0,8}? (?:(?:ont|avaient) (?:fait entendre|exprimé|manifesté|crié|laissé éclater|dit) (?:leur|sa) " \
    r"(?:colère|mécontentement|déception|tristesse|indignation|frustration|incompréhension)|(?:sont|étaient|se sont (?:dits|montrés)) " \
    r"(?:furieux|déçus|en colère|dévastés|indignés|révoltés|furieuses|déçues)|ont (?:vivement |aussitôt )?réagi)(?![\w]))"
FAN_WORDS = [_social_post, r"(?<!pour les )(?<!pour )(?<!aux )fans?" + _waiting_fans + _reacting_fans, r"spectateurs", r"téléspectateurs",
             r"(?<!devant un )(?<!devant le )(?<!devant son )(?<!devant leur )public", r"internautes", r"abonnés", r"sériephiles", r"fandom",
             r"comptes de fans"]
MEDIA_WORDS = [r"podcasts?", r"médias?", r"journal", r"quotidien", r"magazine", r"site", r"presse", r"chroniqueu(?:r|se)", r"journaliste",
               r"rédaction", r"hebdomadaire", r"tabloïd",
               # "Selon nos confrères du Parisien": the outlet's colleagues, the outlet named after them
               r"(?:nos |des )?confrères"]
# where a clause breaks besides punctuation: "is being discussed, but there is no decision yet"
CLAUSE_BREAK_WORDS = [r"mais", r"bien que", r"cependant", r"toutefois", r"alors que", r"tandis que", r"même si"]
# a company named right after its kind is the source: "rumah produksi Sinemaku", "the studio Blue Haven"
COMPANY_ROLE_WORDS = [r"soci[ée]t[ée] de production", r"studio"]
# "If the platform gives the green light, ...": a condition asserts nothing, and a name inside it is no source
# ("même si": even though, a fact; but with the imperfect, "même si Max la renouvelait cet automne", even if)
CONDITION_WORDS = [r"(?<!même )si", r"au cas où", r"à condition que", r"pourvu que",
                   r"même si(?= [^.;:!?\n]{0,40}?[^\W\d_](?:ait|aient)(?![\w]))"]
# before the agent of a passive: "renewed by HBO"
PASSIVE_AGENT = [r"par"]
# "according to a report from Deadline", "denied a report from Star News": the outlet after its report; also
# "a petition from fans": the fans after a wish (FROM_WORDS, SOURCE_DETERMINERS)
REPORT_NOUNS = [r"article", r"reportage", r"rapport", r"informations?"]
FROM_WORDS = [r"de", r"du", r"des"]
SOURCE_DETERMINERS = [r"un", r"une", r"le", r"la", r"les", r"ses?", r"sa", r"son"]
# '"...," ujarnya kepada wartawan': the ones spoken to are not the speaker
ADDRESSEE_WORDS = [r"à", r"au", r"aux"]
SPEECH_VERBS = [r"a déclaré", r"déclare", r"a dit", r"dit", r"affirme", r"a affirmé", r"explique", r"a expliqué", r"a confié",
                r"confie", r"raconte", r"a raconté", r"a indiqué", r"indique", r"précise", r"a précisé", r"ajoute", r"a ajouté",
                r"souligne", r"assure", r"(?:a|ont) assuré", r"a annoncé", r"(?<!s['’])annonce", r"(?<!s['’])annonçait", r"a révélé", r"révèle", r"a confirmé", r"confirme",
                r"a écrit", r"écrit", r"a publié", r"a lâché", r"lâche", r"glisse", r"a glissé", r"a répondu", r"répond",
                r"a admis", r"admet", r"a réagi", r"ont réagi", r"réagit", r"a taquiné", r"a insisté", r"reconnaît", r"selon", r"a surpris", r"(?:a |ont )?fait savoir",
                r"a poursuivi", r"poursuit", r"a conclu", r"conclut", r"a rappelé", r"rappelle", r"a tranché", r"tranche",
                # an adverb between: "La RTBF a toutefois annoncé jeudi qu'elle ne commanderait pas ..."
                r"a (?:toutefois|également|aussi|par ailleurs|déjà|enfin|finalement|officiellement|pourtant|cependant) "
                r"(?:annoncé|confirmé|indiqué|précisé|déclaré|assuré|fait savoir|expliqué)",
                # the pronoun inverted after a quotation: "a-t-il poursuivi", "ajoute-t-elle", "poursuit-il"
                r"a-t-(?:il|elle|on) (?:déclaré|dit|affirmé|expliqué|confié|raconté|indiqué|précisé|ajouté|souligné|assuré|"
                r"annoncé|révélé|confirmé|écrit|lâché|glissé|répondu|admis|insisté|poursuivi|conclu|rappelé|reconnu|tranché)",
                r"(?:dit|affirme|explique|confie|raconte|indique|précise|ajoute|souligne|assure|annonce|révèle|confirme|écrit|"
                r"lâche|glisse|répond|admet|insiste|poursuit|conclut|rappelle|reconnaît|tranche)-(?:t-)?(?:il|elle|on)",
                # "a profité de l'occasion pour préciser que ...": the infinitive before what is said
                r"(?:pour |de )(?:préciser|annoncer|confirmer|indiquer|expliquer)(?= que| qu['’])",
                # after a quote, the subject after the verb: "a-t-il expliqué", "ont-elles ajouté"
                r"(?:a|ont)-t?-?(?:il|elle|ils|elles|on) (?:déclaré|dit|affirmé|expliqué|confié|raconté|indiqué|précisé|ajouté|souligné|"
                r"assuré|annoncé|révélé|confirmé|écrit|publié|lâché|glissé|répondu|admis|insisté|reconnu)",
                # "France 2 a envoyé lundi un bref communiqué. « ... », indique le texte": a statement quoted in the next sentence
                r"(?:a envoyé|a publié|a diffusé|a transmis|envoie) (?:\w+ ){0,3}?(?:un|une) (?:\w+ )?(?:communiqué|déclaration)",
                r"dans un (?:\w+ )?communiqué", r"s['’]est exprimée?", r"par (?:un|voie de) communiqué"]
ACCORDING_TO = [r"selon", r"d['’]après", r"citant", r"de l['’]aveu de", r"aux dires de"]
# Prepositions before a platform that make it the venue, not the speaker ("arrive sur Netflix"); "par" names the agent.
VENUE_PREPOSITIONS = ["sur", "à", "au", "en", "via", "dans"]
# A decision's participle before the platform: "renewed for a third season at Hulu", "canceled at Netflix after
# two seasons" name who decided.
DECIDED_PARTICIPLES = [r"renouvelée?s?", r"reconduite?s?", r"annulée?s?"]
# A kind of work whose platform is named right after it, as its owner, not as one who speaks: "la série Netflix".
OWNING_KINDS = [r"(?:séries?|mini-?séries?|films?|fictions?|animes?|docu-?séries?|sitcoms?|émissions?)(?: originale?s?| phares?)?"]

# --- grammar words the engine reads around its cues -------------------------
SUBJECT_PRONOUNS = [r"elle", r"il", r"ils", r"elles"]
# the audience as a clause's subject after "et" (see claims.py)
SUBJECT_NOUNS = [r"les fans", r"les spectateurs", r"les téléspectateurs", r"les abonnés", r"le public"]
# a clause of cause that opens a sentence: who is named inside it does not say what its main clause says (not "as":
# "As Netflix announced, ..." names the speaker)
CAUSE_OPENERS = ["puisque", "parce que", "étant donné que"]
# A plural pronoun that opens a sentence and stands for the company the sentence before names.
COMPANY_PRONOUNS = ["ils", "elles"]
OBJECT_PRONOUNS = [r"lui", r"elle", r"eux"]
VERB_NEGATIONS = [r"n['’]a", r"n['’]ont", r"pas(?: encore)?"]
RETURN_WORDS = [r"revien", r"retour", r"continu"]
CINEMA_WORDS = [r"salles?", r"cin[ée]mas?", r"suite"]
TIME_CLAUSE_WORDS = [r"après", r"depuis", r"lorsque", r"quand"]
RELATIVE_PRONOUNS = [r"que", r"qui"]
THAT_WORDS = [r"que", r"qu['’]"]
ANOTHER_WORDS = [r"une autre", r"un autre"]
AGENCY_WORDS = [r"agence"]
SPOKEN_ON = [r"dans l['’]émission"]
# an episode's name right after the word for an episode ("In der heutigen Folge „Tod im Tuchlager“"): no work
EPISODE_WORDS = [r"épisode", r"épisode (?:intitulé|baptisé)"]
# right after a quoted name, a part of the story, not a work: "adapt the \"Black Harbor\" arc from the manga"
# the book or comic a series adapts, as the subject of "continue": "Le webtoon continue avec deux arcs de plus"
SOURCE_WORKS = [r"(?:le|la|les) (?:web ?toon|manga|manhwa|roman|livre|BD|bande dessinée)s?(?: original(?:e|es|aux)?)?"]
# a posted message or a phrase, quoted after its noun (and a colon), is no title: 'with a short message: "Back soon"',
# 'followed by the phrase "The dusk is not over"'
MESSAGE_WORDS = [r"message", r"publication", r"légende", r"tweet", r"post", r"texte", r"phrase", r"slogan", r"mot d'ordre", r"devise", r"hashtag", r"pétition(?: en ligne)?(?: intitulée| baptisée| nommée)?"]
# a byline's opening word, before the writer's name on a line of its own
BYLINE_WORDS = [r"par"]
ARC_WORDS = [r"arc"]
# the outlet that asked, right before it: "fuentes de la plataforma consultadas por este medio desmienten": not the speaker
ASKED_BY = [r"(?:contacté|interrogé|sollicité|consulté)e?s? par"]
# a release word that names the event where something was said ("lors de l'avant-première à Paris"): no release of a season
OCCASIONS = [r"(?:lors de|à|pendant) l['’]avant-première", r"lors de la (?:[\w'’.-]+ ){0,3}première",
             r"sur le tapis rouge de (?:la|l['’])(?:[\w'’.-]+ ){0,3}(?:avant-)?première"]
# a sentence that opens on other works, plural, tells of them: "D'autres séries n'ont pas eu cette chance"
OTHER_WORKS = [r"(?:d['’]autres|les autres|plusieurs autres|(?:deux|trois|quatre|cinq|six|\d+) autres) (?:\w+ )?(?:séries|fictions|films|programmes|projets|titres)",
               # (or a pronoun for them, decided on: "Certaines sont annulées après quelques semaines, comme ...")
               # ("Quand d'autres obtiennent un renouvellement dans la foulée": after a conjunction, or given a renewal)
               r"(?:(?:quand|alors que|tandis que|et|mais) )?(?:certaines|certains|d['’]autres|beaucoup)(?= (?:(?:sont|ont été|se sont vu|se voient|furent) (?:\w+ )?(?:annulée?s|arrêtée?s|renouvelée?s|supprimée?s|abandonnée?s)"
               r"|(?:obtiennent|décrochent|reçoivent) (?:un |leur )?(?:renouvellement|saison))(?![\w]))"]
# works in general, the subject of a renewal or a cancellation a few words after it: "Many shows thought safe
# for renewal were cancelled" (what is said is of them, not of the article's work)
MANY_WORKS = [r"(?:de nombreuses|nombreuses|beaucoup de|bon nombre de|nombre de|tant de|plusieurs|(?:très )?peu de|rares sont les|la plupart des|certaines) (?:\w+ )?(?:séries|fictions|programmes|productions)"]
# what a name is said to be one of, a kind of work in the plural after it: "Ironvale is one of the few dramas renewed
# early" (the name is a title)
ONE_OF = [r"(?:est|était|reste) (?:aussi |également |encore )?(?:l['’])?(?:une|un) des", r"(?:est|était) (?:aussi |également )?parmi les", r"(?<=, )(?:l['’])?(?:une|un) des",
          # (or what kind of work it is, right after its article: "Brume Blanche est une série créée par ..."; not
          # "un comédien", an actor)
          r"(?:est|était) (?:aussi |également )?(?:une|un)(?! comédien)"]
# the making a sentence opens on, before the work it is of ("Production on Ironvale season 3 has wrapped"): no part
# of the title
TOPIC_LEAD = [r"(?:tournage|production) (?:de|du|des)"]
# right after a making word, another work's: "sedang menjalani syuting drama lain", "is filming another series": not this one
OTHER_WORK = [r"(?:une autre|un autre|d['’]une autre|d['’]un autre) (?:\w+ )?(?:série|film|projet|fiction)",
              r"(?:une|un|d['’]une|d['’]un) nouve(?:lle|au|l) (?:série|film|projet|fiction)",
              # "sur le tournage de son prochain film": someone's next work
              r"(?:son|sa) (?:prochaine?|nouveau|nouvel|nouvelle) (?:\w+ )?(?:film|projet|série|fiction)",
              # "elle commence le tournage d'un long métrage à Lille": a work of its own, not the season
              r"(?:d['’])?(?:un|une) (?:long|court|moyen)[- ]métrage", r"(?:d['’])?un (?:film|téléfilm)(?![\w])",
              # "Vous enchaînez avec Le Dernier Quai, en salles le 9 juillet": the next work someone goes on to
              r"(?:(?:vous|tu|il|elle|ils|elles|on|nous|j['’]) )?(?:enchaîne|enchaînez|enchaînes|enchaînent|enchaîner|enchaîné) "
              r"avec(?= [A-ZÀ-Ý«\"])"]
# someone's earlier work, named right before its title: "la fin de sa précédente série, « Ligne 13 »" (the sentences
# after it go on with the work the article is about)
# the work a new one's makers are known by, right after them (what is said is of the new one): "par les créateurs de « Jeu d'épées »"
MAKERS_OF = [r"(?:signée?|créée?|imaginée?) par (?:les|le|la) (?:créateurs|créateur|créatrice) de", r"(?:nouve(?:lle|au)|série|fiction|comédie|drame|production) (?:\w+ )?(?:des|du|de la) (?:créateurs|créateur|créatrice) de"]
# (and a work the one spoken of is measured against: depuis la fin de « Jeu d'Épées »)
FORMER_WORK = [r"depuis (?:la fin|le final|la conclusion) de",
               r"(?:sa|son|leur) (?:précédente|précédent|première|premier|ancienne|ancien|autre) (?:série|film|fiction|comédie),?",
               r"(?:sa|son|leur) (?:série|film|fiction) précédente?,?",
               # ... or the book it adapts: "s'appuiera sur le deuxième tome, « La Mer doit »", "adaptait « La Lumière perdue »"
               r"(?:le|la|son|sa) (?:premier |première |deuxième |second |seconde |troisième |dernier |dernière )?(?:livre|roman|tome|manga|webtoon|bande dessinée),?",
               r"adapt(?:e|ent|ait|aient|a|era|eront)"]
# the series a spinoff comes from, named by its kind: "the parent series", "la serie madre"
PARENT_WORDS = [r"série (?:mère|originale|principale)"]
SPLIT_IN_TWO = [r"(?:découpée?|divisée?|scindée?|diffusée?|proposée?)(?: (?:la|sa) (?:nouvelle |\w+ )?saison(?: d(?:e |u |es |['’])[^.;:!?\n]{1,60}?)?)? en deux parties", r"en deux cours",
                # "la troisième saison arrivera en deux parties"
                r"(?:arrivera|arriveront|arrive|arrivent|reviendra|revient|sortira|sera diffusée|sera proposée|sera découpée) (?:\w+ )?en deux parties",
                r"(?:complètent|complète|ont complété|a complété) la (?:\w+ )?saison"]  # an anime's season in two runs
INTERVIEW_WORDS = [r"entretien", r"interview"]
DATE_NOUNS = [r"(?:de |une |la |aucune )?date"]
# A detail of a season left untold ("has not revealed the number of episodes"): no word on the season itself.
DETAIL_NOUNS = [r"(?:(?:sur|concernant) )?(?:le |la |les |l['’])?(?:nombre d['’]épisodes|casting|distribution|synopsis|durée|titre|bande-annonce)"]
ALIAS_WORDS = [r"sous-titrée?", r"(?:aussi )?connue? (?:(?:au|en|aux) (?:\w+ ){1,2}(?:et (?:\w+ ){1,2})?|chez nous )?sous le (?:titre|nom)(?: de)?", r"littéralement", r"(?:de son )?titre original", r"alias",
               # "sortie dans le reste du monde sous le titre « The Shadow Hunter »": the name it was released under elsewhere
               r"(?:sortie?|diffusée?|distribuée?) (?:(?:au|en|aux|dans) (?:\w+ ){1,5}|à l['’]international )?sous le (?:titre|nom)(?: de)?"]
# the end of a season named right before it, not its airing: "La fin de la saison 2 a laissé les fans sur leur faim"
SEASON_END_OF = [r"(?:le|la) (?:final|finale|fin|conclusion) d[eu](?: la)?"]
RUN_END_OF = [r"(?:le|la) (?:final|finale|fin) d[eu](?: la)?", r"la diffusion d[eu](?: la)?"]
# "renewed ahead of the finale", "kurz vor dem Finale der zweiten Staffel": the moment another event is timed by;
# a release word right after it releases nothing, and a season named there is not the one decided
EVENT_BEFORE = [r"avant", r"à quelques jours d[eu]", r"à la veille d[eu]", r"à l['’]approche d[eu]"]
# "avant même que", said of what has not happened yet: "avant même que la saison 2 soit sortie"
EVEN_BEFORE = [r"avant même que", r"avant même"]
# the nouns for a series that may introduce its title and the number of an installment: "Serial Lentera Kota 2
# dijadwalkan tayang perdana pada 9 Mei" (no season noun said)
SERIES_NOUNS = [r"série"]
# a season whose numbers are weighed is the one before the one decided on: "étudie les audiences de la saison 2"
MEASURE_NOUNS = [r"performances?", r"résultats", r"audiences?", r"chiffres", r"données", r"réception", r"succès", r"échec", r"flop", r"fiasco"]
# a headline that counts what is known of one work, its numbered lines its facets: "5 choses à savoir sur la saison 2"
FACET_NOUNS = [r"choses", r"raisons", r"détails", r"questions", r"infos", r"informations", r"secrets", r"théories", r"anecdotes"]
# a relative clause after a name that makes it a cast member: "Sophie Arnaud, qui incarnait Margot, ..."
ROLE_CLAUSES = [r",? qui (?:incarne|incarnait|a incarné|joue|jouait|a joué|interprète|interprétait|a interprété|prête sa voix)"]

# --- time ----------------------------------------------------------------
MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6,
    "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "decembre": 12, "déc": 12,
}
YEAR_SEASONS = {"printemps": "Q2", "été": "Q3", "automne": "Q4", "hiver": "Q1", "rentrée": "Q3"}
YEAR_PARTS = {
    r"(?:à |vers |d['’]ici |pour )?(?:la )?fin(?: de| du| d['’])?": "Q4", r"(?:au |en |dès le )?début(?: de| du| d['’])?": "Q1",
    r"(?:à la |vers la )?mi-?": "", r"(?:au )?milieu(?: de| du| d['’])?": "", r"courant": "",
    r"(?:au |dans le )?(?:premier|1er) semestre(?: de| du| d['’])?": "H1",
    r"(?:au |dans le )?(?:second|deuxième|2e|2nd) semestre(?: de| du| d['’])?": "H2",
    r"(?:dans la )?(?:première) moitié(?: de| du| d['’])?": "H1", r"(?:dans la )?(?:seconde|deuxième) moitié(?: de| du| d['’])?": "H2",
    r"(?:au )?(?:premier|1er) trimestre(?: de| du| d['’])?": "Q1", r"(?:au )?(?:deuxième|second|2e) trimestre(?: de| du| d['’])?": "Q2",
    r"(?:au )?(?:troisième|3e) trimestre(?: de| du| d['’])?": "Q3", r"(?:au )?(?:quatrième|dernier|4e) trimestre(?: de| du| d['’])?": "Q4",
}
# a half of the year that may stand without its year ("au second semestre"): the next one not yet over
# (and a quarter, the same way: "no segundo trimestre")
HALVES = {r"(?:au )?(?:premier|1er) trimestre": "Q1", r"(?:au )?(?:deuxième|second|2e) trimestre": "Q2",
          r"(?:au )?(?:troisième|3e) trimestre": "Q3", r"(?:au )?(?:quatrième|dernier|4e) trimestre": "Q4",
          r"(?:au )?(?:premier|1er) semestre": "H1", r"(?:au )?(?:second|deuxième|2e|2nd) semestre": "H2"}
NEXT = [r"prochaine?", r"suivante?"]
# "cet été", "ce printemps": only before a season of the year, so "a été cette année" is no date.
THIS = [r"cet(?= (?:été|automne|hiver))", r"cette(?= rentrée)", r"ce(?= printemps)"]
# "last summer", "au printemps dernier": a season of the year just past
LAST = [r"derni(?:er|ère)", r"passée?"]
# "in the fall", "im Herbst", "au printemps": a season of the year alone, the next one to come
# (and "à la rentrée", the one season of the year with "la")
SEASON_PREFIXES = [r"au", r"à l['’]", r"en", r"dès l['’]", r"pour l['’]", r"(?:à|dès|pour) la(?= rentrée)"]
# "this Friday", the next such day after the article ({d}: a day of the week)
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
COMING_WEEKDAY = [r"depuis {d}", r"ce {d}", r"{d} prochain",
                  # a release told in the present: "La troisième saison arrive samedi" (the coming one)
                  # (the platform between: "arrive sur Netflix vendredi"; "sera disponible dès vendredi")
                  r"(?:arrive|arrivent|débarque|débarquent|revient|reviennent|sort|sortent|démarre|démarrent|débute|débutent)"
                  r"(?: sur [\w+]+(?: [\w+]+)?)? (?:dès )?{d}",
                  r"(?:sera|seront) (?:disponibles?|en ligne|visibles?)(?: sur [\w+]+(?: [\w+]+)?)? (?:dès )?{d}"]
# "next week", "last week": the month of the week after or before the article
NEXT_WEEK = [r"la semaine prochaine",
             # "arrive dans quelques jours": within the week
             r"dans (?:quelques|peu de) jours", r"dans les prochains jours", r"dans les jours (?:qui viennent|à venir)"]
# The day of the article and the day after it ("premieres today", "lands tomorrow").
TODAY = [r"aujourd['’]hui", r"ce soir", r"ce matin"]
TOMORROW = [r"demain"]
# The day before the article ("released yesterday").
YESTERDAY = [r"hier(?: soir| matin)?"]
LAST_WEEK = [r"la semaine dernière", r"la semaine passée"]
NEXT_YEAR = [r"l['’]année prochaine", r"l['’]an prochain", r"l['’]année suivante"]
# "around this time next year": the article's month, a year on
THIS_TIME_NEXT_YEAR = [r"(?:à|vers) la même (?:époque|période) l['’]an(?:née)? prochaine?"]
THIS_YEAR = [r"cette année", r"d['’]ici la fin de l['’]année", r"(?<=fin de )l['’]année", r"(?<=fin d['’])année", r"l['’]année en cours"]
# so many years before the article's: "two years ago" ("{n}" the count, in figures or words)
YEARS_AGO = [r"il y a {n} ans"]
LAST_YEAR = [r"l['’]année dernière", r"l['’]an dernier", r"l['’]an passé", r"l['’]année précédente", r"il y a un an"]
# "akhir tahun yang sama", "finales de ese año": the year the sentence named before
SAME_YEAR = [r"(?:la )?même année", r"cette année-là"]
# The month after the article's: "next month".
NEXT_MONTH = [r"le mois prochain"]
THIS_MONTH = [r"ce mois-ci", r"(?:à la )?fin du mois", r"(?:au )?début du mois"]
LAST_MONTH = [r"le mois dernier"]
# "repousse la saison 2 à 2027" : l'année après DELAY_TO, quand un verbe de report la précède
DELAY_VERBS = [r"repouss(?:e|é|ée|és|ées|ent)", r"report(?:e|é|ée|és|ées|ent)", r"décal(?:e|é|ée|és|ées|ent)"]
# after a clause break, the plan that replaces the one before it: "had announced November, but the episodes
# will now arrive in 2027", "pero llegarán finalmente en 2027" (the last window of the sentence counts)
REVISED_WORDS = [r"finalement", r"désormais", r"plutôt", r"maintenant"]
# the word that puts one plan for another after a negated one: "nicht im Oktober, sondern erst im Januar 2027"
RATHER_WORDS = [r"mais bien"]
DELAY_TO = [r"à"]
YEAR_PREFIXES = [r"(?<=repoussée )à", r"(?<=repoussé )à", r"(?<=reportée )à", r"(?<=reporté )à", r"en", r"pour", r"dès", r"d['’]ici", r"avant", r"jusqu['’]en", r"courant", r"à partir de", r"l['’]année"]
# A release said not to come before a time comes then at the earliest ("ne sera pas diffusée avant 2026").
UNTIL = [r"avant", r"jusqu['’]en", r"jusqu['’]à", r"jusqu['’]"]
SINCE = [r"depuis"]
HOLIDAYS = {r"noël": "Q4", r"les fêtes(?: de fin d['’]année)?": "Q4", r"la toussaint": "Q4", r"pâques": "", r"halloween": "Q4"}
# A broadcast season written by its years ("the 2025-26 season": from the autumn), and the words for its middle,
# where a show held back from the autumn starts (the next year's first quarter).
TV_SEASONS = [r"saison(?: télévisuelle)?"]
MIDSEASON = [r"mid-?season", r"mi-saison"]

# Words the pre-filter looks for in raw bytes, and the engine too: without one of them no text
# is about an installment. Specific on purpose ("season", "second film", not "film"): the
# pre-filter must reject most pages of general news at scan speed.
# ("la dix-neuvième édition": an edition only with its ordinal)
SEASON_VOCABULARY = [*(f"{o} édition" for o, n in ORDINALS.items() if n > 1), "saisons supplémentaires", "saison",
                     # ("le troisième et dernier volet": the ordinal apart from its noun)
                     "dernier volet", "la suite du", "une suite", "partie 2", "partie 3", "partie 4", "quatrième partie", "deuxième film", "troisième film", "deuxième partie", "seconde partie",
                     "troisième partie", "deuxième volet", "troisième volet", "nouveau film", "séquelle",
                     # a numbered film may name no installment word (kept narrow: the ingest pre-filter shares these)
                     "sortira en salles", "sortie en salles", "tournage est terminé"]
# words of deciding, in a "nothing confirmed" statement: the platform has not decided, which is its own answer
# (what it has not announced or commented on, the article tells; see NOT_CONFIRMED)
DECISION_WORDS = [r"décid", r"décision"]
# "ne reviendra pas en 2027 comme prévu": après un événement nié et sa date, c'est la date qui est abandonnée
AS_PLANNED = [r"comme (?:initialement |d['’]abord )?(?:prévu|annoncé|espéré|promis|programmé)", r"comme il était prévu"]
# "n'arrivera plus en décembre": la date qui suit est abandonnée, pas la saison (après le verbe nié)
NO_LONGER = [r"plus(?= (?:en|le|au|à|cette|ce|cet|avant|dès|d['’]ici|courant|fin|début)(?![\w]))"]
# the noun before a year in a window: "the end of the year 2027", "a finales del año 2027"
YEAR_NOUNS = [r"l['’]année", r"année"]
# "Season 2 of Y was also renewed": what "also" adds, no one named, is the platform's that spoke just before
ALSO_WORDS = [r"aussi", r"également"]
# where a platform presents its slate: what the paragraph then says, no one named, is its announcement
# (the business results too: "Le groupe Canal+ a présenté jeudi ses résultats annuels")
PRESENTATION_WORDS = [r"résultats (?:annuels|trimestriels|semestriels)", r"(?:deux|trois|plusieurs) annonces", r"présentation", r"grille de (?:rentrée|la rentrée)", r"conférence de presse", r"upfronts?", r"showcase",
                      r"(?:présenté|dévoilé|présente|dévoile)(?: \w+){0,2} (?:sa|ses|son) (?:grille|fictions|séries|programmes|nouveautés|prochaines productions|productions)",
                      # "lors d'un événement pour les fans" (where the platform presents what is to come)
                      r"événement (?:pour|dédié aux|réservé aux) (?:les )?fans",
                      # "Netflix a fait le point sur l'avenir de plusieurs de ses séries": its decisions, item by item
                      r"(?:a |ont )?fait le point sur (?:l['’]avenir|le sort|le destin) de (?:plusieurs de |certaines de |toutes )?(?:ses|leurs) (?:séries|programmes|fictions|productions)",
                      # "Netflix a tranché sur l'avenir de plusieurs de ses séries", "a décidé du sort de ..."
                      r"(?:a |ont )?(?:tranché sur|statué sur|décidé de|scellé) (?:l['’]avenir|le sort|le destin|du sort|du destin) de (?:plusieurs de |certaines de |toutes )?(?:ses|leurs) (?:séries|programmes|fictions|productions)",
                      r"(?:a |ont )?décidé du (?:sort|destin) de (?:plusieurs de |certaines de |toutes )?(?:ses|leurs) (?:séries|programmes|fictions|productions)"]
# a sentence that opens on these tells a schedule since replaced: "Auparavant, la saison était attendue en août"
SUPERSEDED_OPENERS = [r"auparavant", r"précédemment", r"jusqu['’]ici", r"jusqu['’]à présent"]
# a title's article held in the preposition before it: "la saison 3 des « Ombres de Valcourt »" is of "Les Ombres de
# Valcourt", "le tournage du « Dernier Convoi »" of "Le Dernier Convoi"
CONTRACTED_ARTICLES = {"des": "Les", "aux": "Les", "du": "Le", "au": "Le"}
# A word of "maybe" that, alone before a season to come with no verb at all, hopes for it.
MAYBE_WORDS = [r"peut-être"]
# What a statement that nothing is decided goes on to list as undecided too ("..., including the filming schedule").
INCLUDING_WORDS = [r"notamment", r"y compris"]
# Between a title and the word of its cancellation after it, an auxiliary or two ("has been cancelled").
EVENT_AUXILIARIES = [r"(?:a|ont|est)(?:[^\S\n]+été)?", r"(?:avait|aurait)[^\S\n]+été"]
# A season's name in reality shows, which festivals and prizes have too.
EDITION_NOUNS = [r"édition"]
# What has editions of its own, named next to one ("the 14th edition of the festival"): no show's season.
EVENT_NOUNS = [r"festivals?", r"salon", r"gala", r"prix", r"cérémonie", r"concours", r"convention", r"forum", r"rencontres"]
# A word of ending, whose subject may be a season that airs its last episode ("Season 2 of Harbor Lane ends tonight").
ENDING_WORDS = [r"fin(?![\w])", r"termin", r"achève"]
# A word of when between a word of ending and the season after it ("Chega ao fim hoje a segunda temporada").
ENDING_ADVERBS = [r"aujourd['’]hui", r"demain"]
# The past tense of "to be" in a final statement, which makes the last season the last one aired ("it was the last one").
PAST_COPULAS = [r"était", r"étaient", r"a été", r"fut"]
# A word of a run's end, which a time clause before it tells as a time ("since the show ended").
ENDED_WORDS = [r"termin", r"finie?"]
# A word of an executive's office written right before the platform's name ("Head of Content WeTV Indonesia Gita Pramesthi").
OFFICE_WORDS = [r"directrice", r"ceo", r"manager", r"boss"]
# A word for a number or a room that the number after it completes, in a title ("Apartment No. 9").
NUMBER_NOUNS = [r"numéro", r"n[º°]", r"chambre"]
# The pronoun that takes up a work named before ("Missed the first film? It is now on Prime Video").
WORK_PRONOUNS = [r"il", r"elle"]
# What a platform shows of a season before it airs ("a first-look image, released today": the image's release).
PROMO_WORDS = [r"images?", r"photos?", r"affiches?", r"bandes?-annonces?", r"teasers?", r"extraits?"]
# A word of the time over which a season's audience was counted ("averaged 6.4 million viewers across its third season").
OVER_WORDS = [r"pendant"]
# The episodes of a season, between a release word and the season ("sont disponibles les huit épisodes de la
# deuxième saison"): what was released is that season.
EPISODES_OF = [r"(?:tous )?(?:les |ses )?(?:\w+ )?épisodes (?:de la|de sa|du|de)"]
# The episodes of a season still to air, named before their release word ("The three remaining episodes will air on ...").
REMAINING_EPISODES = [r"épisodes[^\S\n]+restants"]
# A word of "between", before the steps or the seasons it counts ("between the first and the second season").
BETWEEN_WORDS = [r"entre"]
# A work's only season, which is its first: "its only season premiered in September".
ONLY_SEASON = [r"(?:son unique|sa seule) saison", r"sa seule et unique saison", r"sa saison unique"]
# The word that opens a question about when: an interview's "When will viewers see it?", answered by a time.
WHEN_QUESTION = [r"(?:et |mais |alors,? )?quand"]
# The word that opens an indirect yes-or-no question ("On ignore si la troisième saison sera la dernière"): a final
# statement after it, in its clause, is asked, not told.
WHETHER_WORDS = [r"si"]
# The words that open a question of who, which or how many ("It is not yet known who will return"): a doubt right
# before the question, or after it when the question opens the sentence, is about that, not about the season.
OPEN_QUESTION_WORDS = [r"(?<!, )qui(?! sait)", r"quel(?:le)?s", r"lesquel(?:le)?s", r"combien"]
# The words around "A and B" that count two works, not one title with "and" in it: before ("the freshman comedies
# A and B", "both A and B") and after ("A and B each").
PAIR_BEFORE = [r"comédies", r"séries"]
PAIR_AFTER = [r"chacune", r"toutes deux", r"tous deux"]
# The sequel and the word that joins it to the work it follows ("the sequel to the film that drew 2 million viewers"):
# what a relative clause after it tells is of that earlier work.
SEQUEL_OF = [r"suite (?:du|de la|des|de l['’]|de)",
             # "quatrième volet de la saga d'action qui a attiré 9 millions de spectateurs": the saga's run so far
             r"(?:volet|opus|chapitre|épisode|film) (?:de la|d['’]une) (?:saga|franchise)(?: [\w'’-]+)?"]
# What a work is based on ("based on the second novel, which came out in 2021"): what a relative clause after it
# tells is of that source.
BASED_ON = [r"adaptée?s? (?:du|de la|des|de l['’]|de)", r"tirée?s? (?:du|de la|des|de l['’]|de)", r"inspirée?s? (?:du|de la|des|de l['’]|de)", r"d['’]après"]
# The possessive determiners ("pas de deuxième saison pour son thriller lancé en janvier": the work's own launch).
POSSESSIVES = [r"son", r"sa", r"ses", r"leur", r"leurs"]
# The words that set another work against the subject ("Unlike Stonefield, the drama will not return"): that work
# is not what the sentence speaks of.
CONTRAST_WORDS = [r"contrairement (?:à|au|aux)", r"à la différence (?:de|du|des)"]
# A weekly cadence ("New episodes drop every Friday through December"): before "until", the rest of a season on air.
WEEKLY_WORDS = [r"chaque (?:semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)", r"tous les (?:lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)", r"par semaine"]
# The word before the platform a work is made for ("la troisième saison de Double Fond pour Canal+"): no title word.
MADE_FOR = ["pour"]
# A photo's caption names people in a work and ends on its credit ("Clara Penhaligon and Dev Sandhu in The
# Understudy. Photo: Apple TV+"): the word between the people and the work, and the credit's words.
CAPTION_IN = ["dans"]
PHOTO_CREDITS = [r"photos? ?:", r"crédits? ?:", r"©"]
# A word of consequence: after a shoot, the time it leads to is the release's ("we shoot in the autumn, so
# realistically the start of next year").
CONSEQUENCE_WORDS = [r"donc", r"alors"]
# A word of what comes next: "agreed to a ninth season, then it is over" (the end is of the season after).
THEN_WORDS = [r"ensuite", r"puis", r"après quoi", r"après cela"]
# A weekday just gone ("opened last Friday"): the one before the article's date.
PAST_WEEKDAY = [r"{d} dernier"]
# the words that open a calendar's day written with a one-digit month ("el 23/4", "am 23.4."): see when.py
DAY_OPENERS = ["le", "du", "au"]
# whom unnamed sources are close to, before its name: "des sources proches de la société de production, Levante Films"
CLOSE_TO_WORDS = [r"sources? (?:proches?|internes?) (?:de|du|des|d['’]|à)", r"(?:une |des )?personnes? (?:proches?) (?:de|du|des|d['’])", r"l['’]entourage (?:de|du|des|d['’])"]
# The season before the one spoken of, unnumbered: "trois ans après la diffusion de la saison précédente".
PREVIOUS_SEASON = [r"(?:la|sa) (?:saison|salve) précédente", r"(?:la|sa) précédente saison"]
# A word that tells a release not come yet, with its negation: "n'est pas encore sortie" (the season still to come).
NOT_YET_WORDS = [r"encore"]
