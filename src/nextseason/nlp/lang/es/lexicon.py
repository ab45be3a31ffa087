"""Spanish cue words (regular-expression fragments, matched case-insensitively as whole words).

Spanish news often keeps English trade words ("spin-off", "reboot"); the engine reads
every article with its own pack and the English one together, so those need no entry here.
"""

CODE = "es"
NAME = "Spanish"
# Enclitic pronouns on infinitives and gerunds: "estrenarse", "renovarla", "cancelándola" (stress marks aside).
WORD_SUFFIXES = ["se", "la", "lo", "las", "los", "le", "les"]

# Nouns that number an installment: "temporada 2", "segunda temporada", "tercera entrega".
SEASON_NOUNS = ["temporadas?", r"tandas?", r"edici[oó]n(?:es)?"]  # a reality show's season is its "edición"
# a season written with its letter and number: "la T2 de ...", "T02E05"
SEASON_LETTERS = ["T"]
# "capítulo" is left out: in Spanish television it means an episode.
FILM_NOUNS = [r"pel[ií]culas?", r"entregas?", r"partes?", r"filmes?", r"cintas?"]
# Nouns that split one season in two (the film noun for a part, and a volume): beside a season they name no installment
# of their own ("temporada 4 parte 2", "la segunda parte de la temporada 4").
PART_NOUNS = [r"partes?", r"volumen", r"volúmenes"]
# Words that tie such a part to the season after it.
PART_OF = ["de", "del"]
# An unnumbered new season ("renovada por otra temporada"): the one after the last that aired, when the article names it.
# (not a broadcaster's programming year: "la presentación de su nueva temporada televisiva")
NEW_SEASON = [r"(?:nueva|otra|próxima)[^\S\n]+temporada(?![^\S\n]+(?:televisiva|de[^\S\n]+(?:televisión|programación)))", r"temporada[^\S\n]+nueva", r"una[^\S\n]+temporada[^\S\n]+más"]
# "renewed for two more seasons": that many after the last one named or aired ({n}: the count)
# "las dos primeras temporadas": the seasons up to that many (see seasons.py)
FIRST_SEASONS = [r"{n}[^\S\n]+primeras[^\S\n]+temporadas"]
MORE_SEASONS = [r"{n}[^\S\n]+temporadas[^\S\n]+(?:más|adicionales)", r"{n}[^\S\n]+nuevas[^\S\n]+temporadas"]
# (not the adverb "a continuación", what follows; nor "sus respectivas continuaciones", each of several works' own)
SEQUEL_NOUNS = [r"secuelas?", r"(?<![^\w]a )(?<!^a )continuación"]
# "la última temporada" usually announces the end; "la última temporada estrenada" is only the latest one.
FINAL_WORDS = [r"[úu]ltimas?(?!\s+temporadas?\s+(?:hasta la fecha|estrenadas?|emitidas?|disponibles?|en estrenarse))",
               r"finale?s?", r"definitivas?"]
# "temporada final": a final word after the noun.
FINAL_AFTER_NOUN = [r"finale?s?", r"definitivas?"]
# the first season by its debut, the word after the noun ("su temporada debut se estrenó en marzo")
FIRST_AFTER_NOUN = ["debut"]
# "cancelada tras dos temporadas": the count is the last season made.
# (and "no ha confirmado nada más allá de la segunda temporada": what lies past the season named is the next one)
AFTER_COUNT_WORDS = [r"que (?:tuvo|duró)",
                     # ("duró dos temporadas y fue cancelada": the seasons it had)
                     r"(?<!no )duró", r"(?<=pasó )de", r"(?<=pasaron )de", r"tras", r"más allá del?", r"despu[eé]s del?", r"luego del?", r"al cabo de"]
# "one" after those words: "annulée après une saison" is cancelled after one season
ONE_AFTER_COUNT = ["una", "un", "sola", "una sola", "un solo", "una única", "solo una", "sólo una", "apenas una"]
NUMBER_JOINERS = ["y", "e", "&", ",", "o", "u", "a", "hasta"]
# Lo que una frase llama a las palabras de la anterior ("Esa información circula en redes").
TOLD_BEFORE = [r"(?:esa|esta|dicha|tal) (?:información|noticia|versión|afirmación)", r"(?:ese|este|dicho|tal) (?:rumor|dato)", r"(?:el|los) (?:rumor|rumores)(?! (?:de|sobre|del) )"]
# Joiners of a range ("temporadas 3 a 5": también las de en medio).
RANGE_JOINERS = ["a", "hasta"]
# "Season 1 aired in 2023 and season 3 is being written": the word that joins two clauses
CLAUSE_AND = ["y", "e"]
# "will continue through season 3": a renewal up to that season, from the next one on
THROUGH = ["hasta"]

NUMBER_WORDS = {
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "once": 11, "doce": 12,
}
ORDINALS = {
    "primera": 1, "primer": 1, "primero": 1, "segunda": 2, "segundo": 2, "tercera": 3, "tercer": 3, "tercero": 3,
    "cuarta": 4, "cuarto": 4, "quinta": 5, "quinto": 5, "sexta": 6, "sexto": 6, "séptima": 7, "septima": 7,
    "séptimo": 7, "septimo": 7, "octava": 8, "octavo": 8, "novena": 9, "noveno": 9, "décima": 10, "decima": 10,
    "décimo": 10, "decimo": 10, "undécima": 11, "undécimo": 11, "duodécima": 12, "duodécimo": 12,
    "decimotercera": 13, "decimotercero": 13, "decimocuarta": 14, "decimocuarto": 14, "decimoquinta": 15,
    "decimoquinto": 15, "decimosexta": 16, "decimosexto": 16, "decimoséptima": 17, "decimoséptimo": 17,
    "decimoctava": 18, "decimoctavo": 18, "decimonovena": 19, "decimonoveno": 19, "vigésima": 20, "vigésimo": 20,
    # "Netflix les dio segundas temporadas": one each
    "segundas": 2, "terceras": 3, "cuartas": 4, "quintas": 5, "sextas": 6, "séptimas": 7, "octavas": 8, "novenas": 9, "décimas": 10,
}
# "2ª temporada", "3.ª entrega", "2º film"; in letters too, "2da temporada", "3ra temporada", "4ta entrega".
ORDINAL_PATTERNS = [r"(\d{1,2})\.?[ªº°]", r"(\d{1,2})(?:ra|ro|er|da|do|ta|to|ma|mo|va|vo|na|no)"]
# "la quinta temporada será la última": the season after it will not be made.
FINAL_STATEMENTS = [
    # "La cuarta temporada marca el final de la serie": that season is the last
    r"(?:marca|marcará|marcaría) (?:también )?el (?:final|fin|cierre) (?:de la serie|de la historia|de [\"“‘'«])",
    # "La tercera película será el capítulo final": that one is the last
    r"(?:será|sería|es) (?:el|su) (?:capítulo|episodio|volumen) (?:final|último)",
    # "terminará al final de su cuarta temporada": that season is the last
    r"(?:terminará|acabará|concluirá|finalizará|llegará a su fin|se despedirá|va a terminar|va a acabar) (?:al final|al término|con el final|tras el final) de (?:su|la|esta) (?:\w+ )?temporada",
    # (in reported speech: "la cadena dijo que la serie no sería renovada y que acabaría al final de su segunda temporada")
    r"(?:terminaría|acabaría|concluiría|finalizaría|se despediría|llegaría a su fin) (?:al final|al término|con el final|tras el final|con) (?:de )?(?:su|la|esta|una) (?:\w+ )?temporada",
    # ("que será además la última", "será también su última temporada")
    # (not "Y no será la última": the negation says it goes on)
    # (not a date or a decision: "La nueva fecha es definitiva")
    r"(?<!no )(?:será|es|fue|serán|sería|va a ser|van a ser|iba a ser) (?:además |también |finalmente |oficialmente )?(?:la |su )?(?:(?:[úu]ltima|final|definitiva) (?:temporada|entrega|parte|película)|[úu]ltima|final)"
    # (not a rank among shows: "será la última serie española estrenada este año por la plataforma")
    r"(?! (?:serie|ficción|producción|novedad|telenovela)s?(?![\w]))",
    r"(?:como|con) (?:la |su )?(?:[úu]ltima|final) temporada",
    # "fue anunciada como la última por la plataforma" (not "como la última vez")
    r"como (?:la |su )?[úu]ltima(?=[.,;:!?]| por | de la serie)",
    # the episodes said to be the last: "confirmó que estos ocho capítulos serán los últimos"
    r"(?:serán|son|serían) (?:además |también |finalmente )?(?:los |sus )?[úu]ltimos(?= de la serie|[.,;:!?]|$)",
    r"(?:terminará|acabará|concluirá|finalizará|se despedirá|se despide|cerrará|llegará a su fin) con (?:su|una|la|esta) (?:\w+ )?temporada",
    # ... or told once it is over: "la serie terminó en su tercera temporada", "acabó con la tercera temporada" (the
    # verb left out of the statement: it is a release of its own, the season aired)
    r"(?:(?<=terminó )|(?<=acabó )|(?<=concluyó )|(?<=finalizó )|(?<=se despidió )|(?<=llegó a su fin ))"
    r"(?:en|con) (?:su|la|esta) (?:\w+ )?temporada",
    r"temporada (?:final|de despedida)", r"pondrá (?:el )?punto final",
    # what a season does to the series: "la quinta temporada ... pondrá fin a la serie", "cerrará la serie", "será la
    # despedida de la serie"
    r"(?:pondrá|pondría|pone) (?:el )?(?:punto )?(?:fin|final) a la (?:serie|historia|saga|ficción)",
    r"(?:cerrará|cerraría|cierra) (?:definitivamente )?la (?:serie|historia|saga|ficción|trilogía)",
    r"(?:será|sería|es) la despedida de la (?:serie|historia|saga|ficción)",
]
# The adjectives that may follow a type noun before the title: "el thriller judicial Sala Siete".
_genre_adjectives = (
    r"(?:español|española|mexicana?o?|argentin[ao]|colombian[ao]|chilen[ao]|coreano|coreana|británic[ao]|estadounidense|"
    r"turc[ao]|japones[ao]?|francesa?|alemana?|policíac[ao]|policiac[ao]|policial|dramátic[ao]|juvenil|familiar|históric[ao]|"
    r"médic[ao]|judicial|romántic[ao]|coster[ao]|psicológic[ao]|fantástic[ao]|sobrenatural|distópic[ao]|negr[ao]|"
    r"de televisión|de culto|de animación|de época|de terror|de acción|de ciencia ficción|de suspense|original|"
    r"de éxito|documental|animad[ao]|culinari[ao]|gastronómic[ao]|de cocina|de talentos|musical)"
)
# Nouns for a kind of work; a title right after one (and its adjectives) is likely a title.
# A work of its own beside the one it comes from ("X: Origins, a prequel spinoff of X"): the two stay apart.
SPINOFF_WORDS = [r"spin-?offs?", r"precuelas?", r"series? derivadas?"]
# right before a new work's own name, far from its spinoff word: "a spinoff centred on the landlady, provisionally
# titled 'The Landlady'"
WORKING_TITLE = [r"titulad[oa](?: provisionalmente)?", r"con el título (?:provisional )?de", r"llamad[oa] provisionalmente", r"cuyo título (?:provisional|de trabajo) es"]
TYPE_NOUNS = [
    rf"(?:series?|miniseries?|(?:k-)?dramas?|telenovelas?|novelas?|comedias?|thrillers?|películas?|filmes?|cintas?|sagas?|"
    rf"franquicias?|animes?|docuseries?|sitcoms?|adaptación|secuelas?|ficción|producción|éxito|dorama|"
    # unscripted kinds: "el concurso culinario Duelo de fogones", "el reality Isla de tentaciones"
    rf"concursos?|realitys?|reality shows?|docurrealitys?|talent shows?)(?: {_genre_adjectives}){{0,2}}",
]
TITLE_CONNECTORS = ["de", "del", "la", "las", "el", "los", "lo", "y", "e", "en", "a", "al", "con", "sin", "por", "para",
                    "un", "una", "o", "sobre", "entre", "of", "the", "and", "&",
                    # (the small words of an English title, which the language does not use: "Alice in Borderland")
                    "in", "at", "to", "for", "with", "from"]
# A title in sentence case opens on a capitalised article inside a sentence ("la segunda temporada de La casa
# del lago"); these words end it (a verb, a conjunction, a relative).
TITLE_ARTICLES = ["El", "La", "Los", "Las", "Un", "Una"]
TITLE_ENDS = ["que", "quien", "cual", "cuando", "donde", "como", "y", "e", "o", "u", "ni", "pero", "en", "con", "por", "para",
              "según", "tras", "desde", "hasta", "se", "ya", "no", "sí", "también", "aún", "todavía", "es", "son", "fue",
              "fueron", "era", "ha", "han", "había", "habrá", "está", "están", "estará", "tiene", "tienen", "vuelve",
              "vuelven", "regresa", "regresan", "llega", "llegan", "estrena", "sigue", "siguen", "continúa", "termina",
              "acaba", "recibe", "cuenta", "va", "van", "podría", "podrían", "debería", "oficialmente", "finalmente",
              # the past and the future: "confirmó", "tendrá", "volverán", "renovaron", "llegaron"
              r"\w+ó", r"\w+rán?", r"\w+aron", r"\w+ieron"]
COMMON_CAPITALISED = [
    # a fact box's labels: "Estado: Renovada", "Plataforma: Netflix"
    "estado", "estatus", "plataforma", "cadena", "género", "creador", "creadora",
    # a page's own lines: "Comentarios (3)"
    "comentarios", "comentario",
    "actualización", "actualizado",  # "Actualización: ...": an update's label
    # the gerunds that open a sentence ("... de la temporada 2 Teniendo en cuenta su éxito, ...": a heading run into
    # its paragraph)
    "teniendo", "siendo", "estando", "habiendo", "considerando",
    # "Ojo: por ahora, Netflix no ha confirmado ...": the reader's attention called for
    "ojo", "atención",
    "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "este", "esta", "estos", "estas", "ese", "esa", "eso",
    "aquel", "aquella", "su", "sus", "mi", "tu", "nuestro", "nuestra", "y", "o", "pero", "sin", "con", "de", "del", "en",
    "a", "al", "por", "para", "según", "tras", "desde", "hasta", "sobre", "entre", "ante", "como", "cuando", "mientras",
    "aunque", "si", "sí", "no", "ya", "aún", "todavía", "también", "tampoco", "además", "sin embargo", "así", "ahora",
    "hoy", "ayer", "mañana", "después", "antes", "luego", "entonces", "qué", "quién", "quiénes", "cómo", "cuándo", "dónde",
    "por qué", "cuál", "todo", "todos", "toda", "todas", "otro", "otra", "otros", "nuevo", "nueva", "él", "ella", "ellos",
    "ellas", "nosotros", "yo", "se", "le", "les", "es", "son", "fue", "será", "ha", "han", "hay", "lunes", "martes",
    "miércoles", "jueves", "viernes", "sábado", "domingo", "temporada", "temporadas", "serie", "series", "película",
    "películas", "capítulo", "capítulos", "episodio", "episodios", "entrega", "parte", "secuela", "estreno", "estrenos",
    "tráiler", "avance", "reparto", "fecha", "noticias", "noticia", "actualidad", "última hora", "exclusiva", "oficial",
    "confirmado", "confirmada", "renovada", "renovación", "cancelada", "cancelación", "lee también", "lea también",
    "te puede interesar", "más", "leer más", "ver más", "foto", "fotos", "vídeo", "video", "imagen", "compartir",
    "publicidad", "por", "redacción", "actualizado", "publicado", "fans", "seguidores", "espectadores", "plataforma",
    "creador", "creadora", "director", "directora", "productor", "actor", "actriz", "protagonista", "top", "uno", "dos",
    "tres", "primera", "segunda", "tercera", "netflix", "streaming", "tv", "televisión", "cine", "cines", "crítica",
    "entrevista", "opinión", "sr", "sra", "dr", "dra", "española", "español", "mexicana", "latinoamérica", "coreano",
    "k-drama", "drama", "dónde ver", "qué sabemos", "todo lo que sabemos", "confirmada", "semana", "finalmente",
    # first words of quoted speech, which the title finder may see as a short quoted title
    "habrá", "tendrá", "será", "estamos", "vamos", "queremos", "tenemos", "hemos", "estoy", "creo", "sabemos", "ojalá",
]
# Capitalised sentence openers that are no part of a title ("Habrá Costa Brava temporada 3?").
OPENERS = ["habrá", "tendrá", "cuándo", "cuando", "qué", "que", "por qué", "dónde", "cómo", "cuál", "llega", "vuelve",
           "regresa", "confirmado", "confirmada", "oficial", "exclusiva", "ya", "así", "todo", "adiós", "sí", "no", "tras",
           "según", "mientras", "además", "también", "ahora", "hoy", "atención", "última hora", "renovada", "cancelada",
           # the verbs of a headline: "Netflix renueva Salto Alto por una tercera temporada"
           "renueva", "cancela", "confirma", "anuncia", "encarga", "prepara"]
NUMBER_UNITS = [r"millones", r"millón", r"mil", r"episodios?", r"capítulos?", r"días?", r"semanas?", r"meses", r"mes",
                r"años?", r"países", r"por ciento", r"%", r"horas?", r"minutos?", r"veces", r"espectadores", r"puntos"]
# Words that put a release in the future even beside a past-tense verb.
FUTURE_MARKERS = [r"será", r"serán", r"va a", r"van a", r"est[aá] previst[oa]", r"previst[oa]s?", r"programad[oa]s?",
                  r"planea(?:n)?", r"se espera", r"llegará", r"próximamente", r"de cara a",
                  r"\w{3,}(?:ará|erá|irá)n?"]  # a verb in the future tense: "se estrenará", "volverán"
# The outlet says the platform has made it official: "Es oficial: ...".
OFFICIALLY = [r"(?:ya )?es (?:ya )?oficial", r"(?:se ha hecho|se hizo) oficial",
              # "X fue renovada oficialmente", "ha sido oficialmente renovada": made official, its maker left unnamed
              r"(?:fue|ha sido|es|está) oficialmente(?= (?:renovad|confirmad|cancelad|anunciad)[ao])", r"(?:fue|ha sido|es) (?:renovad|confirmad|anunciad)[ao]s? oficialmente"]
# A correction of the outlet's own earlier story: what it said before is withdrawn.
RETRACTION = [r"una versión anterior de (?:este|esta) (?:artículo|nota|noticia)", r"fe de erratas", r"corrección(?: \([^()\n]{1,12}\))?:",
              r"(?:informamos|indicamos|publicamos|escribimos) (?:por error|erróneamente|equivocadamente)",
              r"(?:este|esta) (?:artículo|nota|noticia) (?:ha sido|fue) corregid[ao]"]
# un plan ya abandonado: la fecha que sigue ya no vale ("prevista originalmente para 2026")
# una costumbre, no una decisión: "Netflix suele tardar unos meses en renovar sus series"
# una obra anterior, citada como mérito: "conocido por escribir X"
CREDIT_WORDS = [r"conocid[oa]s? por", r"célebre por", r"(?:quien )?(?:también )?protagonizó",
                # "Bernal firmó también 'Los últimos de Orán'": an earlier work of the creator's
                r"(?:también )?firmó(?: también)?", r"también (?:creó|escribió|dirigió)", r"(?:creó|escribió|dirigió) también"]
# hecho enseguida, aunque diga "no": "Netflix no perdió tiempo en renovarla"
PROMPTLY = [r"no (?:perdió|perdieron|ha perdido|han perdido) (?:el )?tiempo", r"no (?:tardó|tardaron|ha tardado|han tardado) en",
            r"no (?:dudó|dudaron|ha dudado|han dudado) en",  # "no dudó en darle rápidamente una segunda temporada"
            r"sin perder (?:el )?tiempo"]
# una renovación y una cancelación nombradas juntas, el tema de un resumen o una elección abierta: "la renovación o
# cancelación de varias series", "cancelaciones y renovaciones"
DECISION_PAIRS = [r"renovaci(?:ón|ones)(?: (?:y|e|o|u|&) |, | ?/ ?)(?:la |las )?cancelaci(?:ón|ones)", r"cancelaci(?:ón|ones)(?: (?:y|e|o|u|&) |, | ?/ ?)(?:la |las )?renovaci(?:ón|ones)"]
# the date of a release to be told later: "Netflix anunciará la fecha de estreno en otoño"
DATE_LATER = [r"(?:anunciará|revelará|dará a conocer|comunicará|confirmará)(?= (?:la |su )?fecha)", r"(?:se )?(?:anunciará|conocerá|revelará)(?= (?:\w+ ){0,3}la fecha)"]
# (and what it does often: "Netflix renueva a menudo las producciones españolas de éxito")
HABITUAL = [r"suele", r"suelen", r"normalmente", r"habitualmente", r"por lo general", r"generalmente", r"a menudo", r"con frecuencia", r"frecuentemente"]
SUPERSEDED = [r"originalmente", r"inicialmente", r"en un principio", r"de (?:forma|manera) inicial", r"en un primer momento",
              # "cancelada por Netflix aunque había sido renovada para una segunda temporada": a renewal undone
              r"(?:había|habían)(?: (?:ya|incluso))?(?: sido)?(?= (?:renovad[ao]s?|encargad[ao]s?)(?![\w]))",
              # "'X', que a pesar de su renovación por una cuarta temporada fue cancelada": a renewal undone
              r"a pesar de(?= (?:su|la) (?:\w+ )?renovación| haber sido renovad[ao])",
              # "la renovó por una tercera temporada en junio, pero luego la canceló": the renewal, then its end
              r"(?<=, )pero(?= (?:(?:luego|después|finalmente|ahora|más tarde) )*(?:la|lo) (?:canceló|ha cancelado|cancelaron|han cancelado)(?![\w]))",
              # "debía estrenarse en 2020, pero el rodaje se retrasó": the plan it had
              r"deb[íi]an?(?= (?:estrenarse|llegar|emitirse|lanzarse|salir|volver)(?![\w]))",
              r"(?:debería|deberían|tendría|tendrían)(?: que)? haber(?:se)? (?:estrenado|llegado|emitido|lanzado|salido)", r"(?:estaba|estaban) previst[ao]s?",
              r"(?:previamente|anteriormente) (?:previst|programad|anunciad)[ao]s?",
              # "ha aplazado la cuarta entrega del 13 de marzo al 9 de octubre": the date it leaves is given up
              r"(?:retras|pospu|pospon|aplaz|movi|movió)\w*(?: [^.;:!?\n]{1,60}?)? del?(?= \d{1,2} de \w+ (?:al|a|hasta|para) )"]
# "La noticia llegó de la propia creadora": names the source of the sentence before.
FORWARD_SOURCE = [
    r"(?:la|esta) (?:noticia|información|confirmación|novedad) (?:llega|llegó|viene|vino|procede|la dio|la ha dado) (?:directamente )?(?:de|desde)",
    r"así lo (?:confirmó|anunció|aseguró|dijo|reveló|adelantó|explicó|informa|informó|publica|publicó|adelanta|asegura)", r"(?:esto|eso) lo (?:confirmó|anunció|reveló)",
    r"quien (?:lo )?(?:confirmó|anunció|reveló) (?:la noticia )?fue",
    # "Ezquerra lo presentó como una decisión tomada junto a sus creadores"
    r"lo (?:presentó|ha presentado) como",
]

# --- events --------------------------------------------------------------
# "Esperamos los resultados de audiencia antes de decidir": a decision still to take
# (a possible renewal, in RENEWAL, and a hedge, in HEDGES)
_waiting_to_decide = r"(?:esperamos|esperan|espera|esperar) (?:[\w-]+ ){1,8}?antes de (?:decidir|tomar una decisión|pronunciarnos|definir)"
# the outlet's odds on a season, no decision: "Una tercera temporada parece poco probable", "Las posibilidades de una
# tercera temporada son escasas" (a renewal talked of, and a hedge: see HEDGES)
_odds = [r"(?:parece|resulta|luce|se ve|sigue siendo) (?:muy |bastante |cada vez más )?(?:poco probable|improbable)",
         r"posibilidades (?:de|para)(?= (?:una|otra) )"]
RENEWAL = _odds + [
    # "la cadena aseguró que sigue prevista la realización de una segunda temporada": its making is planned
    r"previst[ao] la (?:realización|producción|grabación|filmación) de (?:una |la |su )?(?:nueva |\w+ )?(?:temporada|secuela|continuación)(?![\w])",
    # "Netflix le dará una tercera temporada a «X»", "no le dará una segunda temporada": a season given to it
    r"(?:le |les )?(?:da|dan|dará|darán|daría|darían|dio|dieron|ha dado|han dado|va a dar|otorga|otorgará|otorgó|concede|concederá|concedió)"
    r"(?= (?:una|otra|la) (?:nueva |\w+ )?temporada(?: \d{1,2})? (?:a|al)(?![\w]))",
    # ("no dudó en darle rápidamente una segunda temporada", "le dio una segunda temporada": the pronoun for the show)
    r"(?:darle|darles|dándole|(?:le|les) (?:da|dará|dio|ha dado|va a dar|otorgó|concedió))(?= (?:\w+mente )?(?:una|otra) (?:nueva |\w+ )?temporada(?![\w]))",
    # "Netflix trae de vuelta Mar Hondo con una tercera temporada": bringing it back for a season
    r"(?:trae|traerá|traen|traerán|trajo) de vuelta(?= (?:[^\s.,;:!?]+ ){1,5}?(?:con|para|por) (?:una|su|la) (?:\w+ )?temporada(?![\w]))",
    # "una tercera temporada ya está garantizada": assured
    r"(?<!no )(?:ya )?(?:está|están|fue|fueron) (?:oficialmente )?garantizad[ao]s?",
    # "el reparto ha mostrado interés en volver": a wish
    r"inter[eé]s(?:ad[oa]s?)? en (?:volver|regresar|continuar|hacer (?:una|otra|más)|(?:una|otra) (?:\w+ )?(?:temporada|secuela|continuación))",
    # "Según su creador, hay planes para continuar la historia": a plan, no decision (hedged: see HEDGES)
    r"(?<!no )(?<!ni )(?:hay|existen) [\"“«]?planes(?: concretos| serios)?[\"”»]? (?:de|para) (?:continuar|renovar|seguir con|(?:hacer )?(?:una|la) (?:nueva|próxima|\w+) temporada)",
    # what is left to others to decide: "una tercera temporada depende de Netflix y del público"
    r"(?<!si )(?<!no )depende(?:rá|n|rán)? (?:\w+ )?(?:de|del)(?= )",
    # a door left open: "never say never"
    r"nunca (?:digas|decir|diga|digo) nunca", r"no (?:decir|digas|diga) nunca jamás",
    # "una cuarta temporada ya habría sido aprobada", "fue aprobada": approved, made
    r"(?:ya )?(?:fue|fueron|ha sido|han sido|habría sido|habrían sido|está|están|estaría|estarían) (?:ya )?aprobad[ao]s?",
    # asking for a season, a hope (see HEDGES): "han firmado para pedir una tercera temporada"
    r"pedir(?= (?:una|un|otra|más) )",
    # a platform showing the season's trailer: "Apple TV+ publicó este martes el tráiler de la cuarta temporada"
    r"(?:publicó|publica|lanzó|lanza|estrenó|presentó|presenta|mostró|compartió|difundió|reveló|revela) (?:[\w-]+ ){0,3}?(?:el|un|los|las|su|sus) (?:primer |nuevo |esperado )?(?:tráiler|avance|adelanto|teaser|primeras imágenes)(?= (?:de|del|oficial))",
    # talk of a season, a hope (see HEDGES): "Ya hemos hablado de una tercera temporada en el set"
    r"hablado (?:de|sobre)(?= (?:una|un|otra|otro) )",
    # "estamos mirando con atención los números": a platform weighing the next season
    r"(?:mirando|analizando|revisando|estudiando|viendo) (?:con (?:mucha )?atención |muy de cerca |de cerca )?(?:los números|los datos|las cifras|las audiencias)",
    # "Netflix lo hizo oficial este sábado. La segunda temporada ..." (what it makes official follows)
    r"(?:lo |la noticia )?(?:hizo|ha hecho|hace|hicieron|han hecho) oficial",
    # "anunció la producción de una segunda temporada": the season will be made
    r"(?:la )?producción de una (?:nueva |\w+ )?temporada",
    # revealing the date: "unveiled the premiere date. The second season arrives on ..." (what it announces follows)
    r"(?:desvel|revel)(?:ó|a|aron)(?= (?:[^.;:!?\n]{0,40}? )?(?:la fecha|las fechas))", r"(?:dio|da|ha dado|dieron) a conocer(?= (?:[^.;:!?\n]{0,40}? )?(?:la fecha|las fechas))",
    # "Sony ha fichado a Nathan Cole para dirigir la secuela"
    r"(?:ha|han|habría|habrían) (?:fichado|elegido|contratado|escogido) a (?:[^.;:!?\n]{1,40}? )?para (?:dirigir|escribir)",
    r"(?:fichó|eligió|contrató|escogió) a (?:[^.;:!?\n]{1,40}? )?para (?:dirigir|escribir)",
    # "RTVE y Netflix han cerrado un acuerdo para coproducir la segunda temporada"
    r"(?:coproducir(?:á|án)?|coproduce(?:n)?|(?:acuerdo|alianza) para (?:co)?producir)(?= (?:la|una|el|un|su) (?:nueva )?(?:\w+ )?(?:temporada|película|secuela|entrega|parte))",
    # "Max producirá una tercera temporada", "va a producir la segunda temporada": a platform that takes it on
    r"producir(?:á|án)(?= (?:una|la|las|otra|nuevas?) )", r"va(?:n)? a producir(?= (?:una|la|las|otra|nuevas?) )",
    r"(?:consigue|consiguió|obtiene|obtuvo|logra|logró|gana|ganó) (?:una|su) (?:nueva |\w+ )?temporada",
    r"planea(?:n|ndo|ba|ban)? (?:una|la|un|el) (?:nueva |\w+ )?(?:temporada|secuela|película|continuación)",
    r"renov(?:ó|ado|ada|ados|adas|ar|ará|arán|aron|ación|aría)", r"renueva(?:n)?", r"renuevan?",
    r"sigue(?:n)? (?:en marcha|adelante)", r"tiene(?:n)? (?:asegurad|garantizad)[ao]s?",
    # "confirmó que la serie no volverá" is no renewal: the negative clause is a cancellation
    r"confirm(?:ó|a|an|aron|ado|ada|ados|adas)(?![^.;]{0,60}?\bque\b[^.;]{0,60}?\b(?:no|cancelar|cancelad[ao]|canceló)\b)",
    r"anunci(?:ó|a|an|aron|ado|ada)(?![^.;]{0,60}?\bque\b[^.;]{0,60}?\bno\b)", r"oficializ(?:ó|a|an|ado|ada)",
    # "al anunciar una tercera temporada": what it did in announcing
    # (not the end it confirms: "al confirmar que Netflix ha decidido cancelar la temporada 2")
    r"(?<=al )(?:anunciar|confirmar|oficializar)(?![^.;]{0,60}?\b(?:cancelar|cancelad[ao]|cancela|canceló|cancelación|no renovar)\b)", r"(?:anunciando|confirmando|oficializando)(?= (?:una|un|la|el|su) )",
    r"(?:ya )?es oficial", r"(?:da|dio|dan|dieron|ha dado|recibió|recibe) (?:la )?luz verde", r"luz verde",
    r"(?:aprobó|ha aprobado|han aprobado|aprueba)(?= (?:la|una|el|un|otra) )",  # "Movistar Plus+ ha aprobado la segunda temporada"
    # (not "se encargó de revelar": took it upon himself)
    r"(?<!se )(?<!me )(?<!nos )encarg(?:ó|a|an|ado|ada)(?! de )", r"orden(?:ó|a|an|ado|ada)",
    r"(?:tendrá|tendrán|habrá|contará con|tendría|tendrían|habría|contaría con"
    r"|(?:podría|podrían|podrá|podrán|debería|deberían|va a|van a) (?:tener|contar con)) (?:no s[oó]lo )?(?:una |un |otra |su )?(?:nueva )?(?:\w+,? (?:(?:y|e|o|sino(?: también)?) (?:hasta |incluso )?(?:una |un )?\w+ )?)?(?:temporada|película|entrega|secuela|continuación|parte)",
    # "la plataforma confirmó que habrá una tercera": the ordinal alone stands for the season
    r"(?:habrá|va a haber|tendrá) una(?= (?:segunda|tercera|cuarta|quinta|sexta|séptima|octava)(?:[.,;:!?\n]|$))",
    # the cast or the makers speaking: "Vamos a tener segunda temporada", "Tendremos una tercera temporada"
    r"(?:vamos a tener|tendremos|va a haber) (?:una |otra )?(?:nueva )?(?:\w+ )?(?:temporada|película|entrega|secuela|parte)",
    # "vuelve a abrir su farmacia" (does again) is plot, not a return
    r"volverá", r"volverán", r"regresará", r"regresarán", r"(?:vuelve|regresa)(?! a \w+(?:ar|er|ir|arse|erse|irse)\b)",
    r"continuará",
    r"seguirá(?: adelante)?", r"sigue adelante", r"la historia (?:continúa|continuará|seguirá)",
    # (not the page's own note: "Noticia en desarrollo")
    r"(?:está|están) en (?:desarrollo|marcha|preparación|camino)", r"(?<![Nn]oticia )(?<![Ii]nformación )(?<![Aa]rtículo )en desarrollo", r"se (?:está|están) preparando",
    r"(?:ya )?prepara(?:n)? (?:la|una|el|un|su) (?:nueva )?(?:\w+ )?(?:temporada|película|secuela|entrega|parte)",
    # "Netflix estaría preparando una tercera temporada": the report's conditional, not a hedge
    r"(?:está|están|estaría|estarían) (?:preparando|trabajando en) (?:la|una|el|un|su) (?:nueva )?(?:\w+ )?(?:temporada|película|secuela|entrega|parte)", r"ya (?:está|están) en marcha", r"pone(?:n)? en marcha", r"se hará",
    r"rescat(?:a|ó|ará|ada|ado)", r"reviv(?:e|ir|irá)", r"resucita(?:r|rá)?",
    # hedged renewals: the hedge makes them `possible`
    _waiting_to_decide,
    r"en (?:conversaciones|negociaciones|negociación|charlas)", r"negociando", r"negocia(?:n)?", r"negociaciones",
    # "hay conversaciones en marcha para una segunda temporada": talks, no decision
    r"(?:hay|existen) (?:unas )?(?:conversaciones|charlas)(?= (?:en (?:marcha|curso) )?(?:con|sobre|para|entre)(?![\w]))",
    # (a word the article quotes, too: 'ViX respondió que está "evaluando" una tercera temporada')
    # ("estamos revisando internamente la posibilidad de continuar la historia": a manner word may come between)
    r"(?:considera(?:n|ndo)?|estudia(?:n|ndo)?|evalúa(?:n)?|evaluando|analiza(?:n|ndo)?|baraja(?:n|ndo)?|sopesa(?:n|ndo)?|valora(?:n|ndo)?|revisa(?:n|ndo)?)"
    r"[\"”»]? (?:\w+mente )?(?:una|un|la|el|los|las|su|sus|renovar|continuar|hacer|rodar|todas las opciones|todas las posibilidades)(?![\w])", r"no descarta(?:n)?", r"no (?:descartó|descartaron|ha descartado|han descartado)", r"no (?:se )?cierra(?:n)? (?:la puerta|las puertas|en banda)", r"no (?:quiso|quiere|quisieron|quieren|quería) cerrar (?:la puerta|las puertas)", r"no se cierra(?:n)?(?=[:,.;])", r"deja(?:n)? (?:la puerta|las puertas) abiertas?", r"no se descarta",
    # "La estamos valorando. Nos encantaría, pero todavía no hay nada decidido"
    r"(?:la|lo|las|los) (?:estamos|están|está|seguimos|siguen) (?:valorando|evaluando|estudiando|considerando|analizando)",
    # "una segunda temporada sigue en evaluación"
    r"(?:sigue|siguen|está|están|continúa|continúan) (?:en|bajo) (?:evaluación|estudio|revisión|consideración)",
    r"(?:me|nos|le|les) encantaría(?=[,.;])",
    # (not the impersonal "se espera que ... se libere un nuevo tráiler": what is expected, no one's wish)
    r"ojalá", r"(?<!se )esperan? que", r"sueña(?:n)? con", r"(?:me|nos|le|les) gustaría", r"piden", r"pidiendo", r"reclama(?:n|ndo)?",
    r"petición", r"campaña", r"(?:está|están|estoy|estamos) abiertos? a", r"podría haber",
    # (not what may be watched: "es posible ver los nuevos episodios a principios de 2027")
    r"(?:es|sería) posible(?! (?:ver|verla|verlo|verlas|verlos|disfrutar|tener|conocer|saber)(?![\w]))",
    r"ideas? para",
    # hedged (the hedge makes it `possible`)
    r"tiene(?:n)? (?:ideas para|en mente)",
    # ("A mí me encantaría seguir con Rebeca muchos años más": an actress hoping to go on with her role)
    # (... or to come back, the sentence ending there: "aseguró que le encantaría volver.")
    r"(?:me|nos|le|les) encantaría(?= (?:hacer|rodar|tener|contar|volver|escribir|seguir|continuar)(?![\w]))",
    # "si por mí fuera, firmaba una quinta temporada mañana mismo": a wish in the imperfect
    r"(?:firmaba|firmaría|firmaríamos)(?= (?:ya |hoy |mañana (?:mismo )?)?(?:una|otra) (?:\w+ )?temporada)",  # hoped for: a hedged renewal
]
CANCELLATION = [
    # "Esta comedia no pasó de la primera temporada": it ended there (the season named the last made)
    r"no (?:pasó|pasaron)(?= de (?:la|su) )",
    # "Se va después de dos temporadas", "se despide tras una sola temporada": a series that leaves after its seasons
    r"se (?:va|fue|irá|marcha|marchó|despide|despidió)(?= (?:después de|tras|luego de) (?:solo |sólo |apenas |una sola )?(?:\w+ )?temporadas?(?![\w]))",
    # "En lugar de una tercera temporada, la historia concluirá con una película": la temporada dejada de lado no se hará
    r"(?:en lugar de|en vez de)(?= (?:una|otra) (?:[\w-]+ )?temporada(?![\w]))",
    # "aseguró que no tiene intención de hacer una tercera temporada": quien la crea no seguirá
    r"no (?:tiene (?:intención|planes) de|piensa|pretende|quiere|planea|va a) (?:hacer|rodar|escribir|producir|grabar) (?:una|otra|más|nuevas?)(?= (?:[\wñáéíóú-]+ )?(?:temporadas?|secuelas?|entregas?|películas?)(?![\w]))",
    # "nunca estuvo prevista una tercera temporada": the makers meant it to end
    r"nunca (?:estuvo|estuvieron|fue|fueron|ha estado|ha sido) (?:prevista|previsto|planeada|planeado|contemplada|contemplado|en los planes)",
    # "La tercera temporada de X no se va a hacer": it will not be made
    r"no se (?:va|van) a (?:hacer|rodar|producir|grabar|realizar)(?![\w])", r"no se har(?:á|án)(?![\w])",
    r"no (?:va|van) a (?:suceder|ocurrir|existir)(?![\w])",
    # a network's own words: "Aunque no seguiremos adelante con una tercera temporada, agradecemos ..."
    r"no (?:seguiremos|seguirá|seguirán|vamos a seguir|va a seguir) adelante con",
    # "No hay segunda temporada prevista": there will be none
    r"no (?:hay|existe) (?:ninguna |una )?(?:\w+ )?temporada (?:\w+ )?(?:prevista|planeada|en marcha)",
    # "No habrá Cazadores del Pantano 3": a title with its number that will not be made
    r"no (?:habrá|habría|va a haber|tendremos)(?= (?:[^\s.,;:!?]+ ){1,5}(?:[2-9]|1[0-2]|ii|iii|iv)(?:[.,;:!?\"”»’)]|\s|$))",
    # "no vamos a rodar una cuarta": the makers say there will be none
    r"no (?:vamos a|va a|van a) (?:hacer|rodar|grabar|producir) (?:una|otra) (?:nueva )?(?:temporada|segunda|tercera|cuarta|quinta|sexta)",
    # "la cadena ha renunciado a renovar la serie": giving up the order
    r"renunci(?:a|ó|an|aron|ado|ar|aría) a (?:renovar|encargar|producir|continuar|rodar)",
    # "Netflix ha decidido no seguir adelante con la tercera temporada"
    r"(?:ha|han|había|habían) decidido no (?:seguir adelante|continuar|renovar|avanzar|producir)",
    # ("Hemos decidido no seguir adelante con una tercera temporada": in the first person too)
    r"(?:hemos|he) decidido no (?:seguir adelante|continuar|renovar|avanzar|producir)",
    r"decid(?:ió|ieron|imos) no (?:seguir adelante|continuar|renovar|avanzar|producir)",
    # "el drama ..., que se quedará sin tercera temporada"
    r"(?:se )?(?:queda|quedará|quedó|ha quedado)(?:rá)? sin (?:una )?(?:\w+ )?(?:temporada|entrega|continuación|secuela)",
    r"(?:decidió|decidieron|optó por|optaron por|ha optado por|han optado por) no (?:seguir adelante|continuar|renovar|avanzar|producir)",
    # "terminará tras la cuarta temporada": the season after it is the one that will not be made
    r"(?:terminará|acabará|finalizará|concluirá)(?= (?:tras|después de|luego de) )",
    # "Netflix anunció que finalizaría la serie sin una tercera temporada": the end, with no season after
    r"(?:finalizar|finalizaría|finalizará|finalizó|terminar|terminaría|terminará|terminó|cerrar|cerraría|cerrará|cerró)"
    r" (?:la serie|el programa|la historia|la ficción)(?= sin (?:una|un|la|su) (?:\w+ )?(?:temporada|entrega))",
    # ("la comedia romántica termina tras dos temporadas": the present or the past, its seasons counted after it)
    r"(?:termina|acaba|finaliza|concluye|terminó|acabó|finalizó|concluyó)(?= (?:tras|después de|luego de) (?:sus |su |la )?(?:\w+ )?temporadas?(?![\w]))",
    r"cancel(?:a|ó|ada|ado|adas|ados|ar|ación|an|aron|ará|arán|aría|arían|ando|arla|arlo|arlas|arlos|ándola|ándolo)", r"cancela",
    # (not "no fue renovada hasta seis semanas después": renewed, only later)
    r"no (?:renov(?:ó|ar|ará|aría|arán)|renueva)(?! hasta)", r"(?<!aún )(?<!todavía )no (?:ha sido|fue|será|ha sido oficialmente) renovad[ao](?! hasta| (?:todavía|aún|por ahora|de momento)(?![\w]))"
    # (not "hasta la fecha, la serie no ha sido renovada oficialmente": not yet made official, see NOT_CONFIRMED)
    r"(?! oficialmente(?![\w]))",
    r"no (?:tendrá|tendrán|habrá|contará con|tendría|tendrían|habría|va a haber|van a tener|va a tener) (?:una |un |otra |ninguna |su )?(?:nueva )?(?:\w+ )?(?:temporada|película|entrega|secuela|parte|continuación)s?",
    r"no habrá más(?: temporadas)?", r"no (?:volverá|regresará|continuará|seguirá|vuelve|regresa)",
    # "terminó con la cuarta temporada. No habrá una quinta": the ordinal alone stands for the season
    r"no (?:tendrá|habrá|habría|va a haber)(?= (?:una |otra )?(?:segunda|tercera|cuarta|quinta|sexta|séptima|octava|novena|décima)[^\S\n]*[,;:.)])",
    # (nor "puso fin a la espera", "a los rumores": the wait, not the show)
    r"(?:pone|puso|pondrá|ha puesto) (?:punto )?fin(?:al)?(?! a (?:la grabación|las grabaciones|el rodaje|los rodajes))"
    r"(?! (?:a la|a las|a los|al) (?:espera|especulaciones?|rumores?|incertidumbre|misterio|suspense|suspenso)(?![\w]))", r"(?:llega(?:rá)?|llegó|ha llegado) a su fin",
    r"(?:ha|han) terminado(?! (?:(?:los|el|la|las|de) )?(?:guion|guiones|libretos?|escribir|rodar|grabar|rodaje|grabación|montaje))",
    r"se despide(?: para siempre)?",
    r"baja(?:rá)? el telón", r"bajó el telón", r"carpetazo", r"descartad[oa]", r"desechad[oa]",
    r"no (?:hay|tiene|existen?) planes de (?:continuar|renovar|hacer|rodar|seguir)", r"no seguirá adelante",
    r"(?:se negó|se niega|rechazó|rechaza) a renovar",
]
# Cancellation words that name a past fact rather than state one ("tras su cancelación").
# (not the participle of a tense or a passive: "Netflix ha cancelado la serie", "La serie fue cancelada")
_stated = "".join(f"(?<!{aux} )" for aux in ("ha", "han", "había", "habían", "habría", "hubiera", "haya", "sido", "fue",
                                              "fueron", "será", "está", "queda", "quedó", "ha oficialmente", "fue oficialmente"))
NOMINAL_CANCELLATION = [r"cancelación", _stated + r"(?<!\()" + r"cancelad[ao]s?"]  # (not the verdict in brackets after an item's title: "X (cancelada)")
PRODUCTION = {
    # (not "Netflix respondió por escrito": in writing, the form of a reply)
    "writing": [r"(?:trabaja|trabajan|trabajando|trabajaría|trabajarían) (?:ya )?en (?:los |unos )?nuevos episodios", r"guion(?:es)?", r"guión", r"escrib(?:e|en|iendo|ir|irá)", r"(?<!por )escrit[oa]s?(?! por (?!completo))", r"en (?:fase de )?escritura",
                r"sala de guionistas", r"redact(?:a|ando)",
                # ("los guionistas ya trabajan en nuevos capítulos": work on the episodes to come)
                r"trabaj(?:a|an|ando) (?:ya )?en (?:la |una |los |las |unos |unas )?(?:nuev[oa]s |próxim[oa]s |[\w-]+ )?(?:temporada|capítulos|episodios|entrega|guiones)"],
    "casting": [r"casting", r"audicion(?:es)?", r"audición", r"buscan? (?:actores|actrices|reparto)",
                # a reality show's call for contestants: "La 1 abrió las inscripciones para la cuarta temporada"
                r"(?:abri[óo]|abre|abrirá|abren|abrieron|(?:ha|han) abierto) (?:el plazo de |las |el )?(?:inscripci[oó]n(?:es)?|candidaturas|proceso de selección|casting)",
                r"(?:las )?inscripciones (?:ya )?(?:están|siguen) abiertas", r"busca(?:n)? (?:concursantes|participantes|aspirantes)"],
    "filming": [r"rodaje", r"rod(?:ar|ará|arán|ando)",
                # "La segunda temporada ya se rueda en Seúl": it is being shot
                r"(?:ya |actualmente )se rueda(?:n)?", r"(?:está|están) (?:rodándose|grabándose)",
                # "los preparativos de la tercera temporada ya están en marcha": the making has begun
                r"preparativos (?:de|para)(?= (?:la|una|el|un) )",
                # "rodamos en otoño": the people making it shoot then
                r"rod(?:amos|aremos|aríamos|aría|arían)(?= (?:en|a partir|desde|este|esta|el próximo|la próxima|a principios|a finales|a mediados)(?![\w]))", r"(?:empezó|empieza|empezará|comenzó|comienza|comenzará|arrancó|arranca|arrancará|inició|inicia|iniciará) (?:el )?(?:rodaje|la producción|a rodar|las grabaciones)",
                r"graba(?:ción|ciones|ndo|rá|rán)", r"filmaci[oó]n", r"film(?:ando|ará|arán)",
                r"en (?:plena )?(?:producción|rodaje|preproducción)", r"(?:la )?producción (?:comenzará|empezará|arrancará|comenzó|empezó|arrancó|está en marcha)",
                r"calendario de (?:rodaje|producción)", r"preproducción", r"cámaras",
                r"(?:será|serán|fue|fueron|está siendo|están siendo) rodad[ao]s?", r"(?:comenzará|empezará|comenzarán|empezarán|comienza|empieza|comenzó|empezó) a (?:rodarse|grabarse|filmarse)",
                r"se (?:está|están) rodando",
                # "Empezamos a grabar en junio", "comenzarán a filmar en Bogotá"
                r"(?:empez|comenz|arranc)(?:amos|aremos|an|arán|aron) a (?:rodar|grabar|filmar)",
                r"(?:va|vaya|van|vayan|iba|iban) a (?:rodarse|grabarse|filmarse)"],
    "post": [r"posproducción", r"postproducción", r"en (?:fase de )?montaje", r"(?:en|la|de|su) (?:fase de )?edición(?! de)(?=[\s.,;])"],  # (not "la quinta edición": a season)
    "wrapped": [r"(?:terminó|terminaron|concluyó|finalizó|acabó|ha terminado|ha concluido|ha finalizado) (?:el )?rodaje",
                r"rodaje (?:terminó|concluyó|finalizó|ha terminado|ha concluido|ha finalizado|ya terminó)",
                r"(?:terminaron|terminó|acabaron) de rodar", r"fin del rodaje", r"(?:ha|han) terminado (?:el rodaje|de rodar|de grabar)",
                # "el equipo ha puesto fin a la grabación de la segunda temporada": the shoot ended, not the series
                r"(?:pone|puso|ha puesto|han puesto) fin a (?:la grabación|las grabaciones|el rodaje)",
                # "la tercera temporada, ya grabada, sin fecha de estreno": shot already
                r"ya (?:grabad[ao]s?|rodad[ao]s?|filmad[ao]s?)", r"(?:está|están) (?:ya )?(?:grabad[ao]s?|rodad[ao]s?)",
                # "que tiene su tercera y última temporada rodada desde el año pasado": the season, shot
                r"(?<=temporada )(?:grabad|rodad|filmad)[ao]s?", r"(?<=temporadas )(?:grabad|rodad|filmad)[ao]s?"],
}
# A season's run that ended, or its ratings, tell that it aired: "terminó en agosto con una audiencia media de ..."
# (not "terminó su rodaje"), "terminó de emitirse", "cerró en marzo". Each is a release of its own and marks it
# past, so the list stands in RELEASE and in RELEASED_PAST.
_aired_runs = [
    # "La primera entrega se convirtió en una de las series de habla no inglesa más vistas de 2025": watched, so out
    r"(?:se convirtió|se ha convertido|fue|ha sido) (?:en )?(?:una de )?(?:la|las) (?:series?|producciones?|ficciones?)(?: [\w-]+){0,5} más vistas?",
    # "La segunda temporada de X ya está aquí", "ya llegó": out now
    r"ya (?:está|están) aquí", r"ya (?:llegó|llegaron|ha llegado|han llegado)(?! a (?:un|una|los|las) )",
    r"(?:terminó|finalizó|concluyó|cerró)(?= (?:en|el|a (?:finales|principios|mediados)|con|tras))",
    r"(?:tuvo|registró|promedió|obtuvo|reunió|cosechó) (?:una )?(?:audiencia|media de)",
    r"(?:terminó|acabó) de emitirse",
    r"finalizó su emisión",
    # "la comedia que terminó su primera temporada en septiembre": the season it ended aired
    r"(?:terminó|concluyó|cerró|finalizó) (?:la emisión de )?(?:su|la) (?:[\w-]+ ){0,2}(?:temporada|entrega|tanda)",
    r"se despidió(?= (?:en|el|a))",
]

RELEASE = [
    # "tendrán que esperar hasta 2027 para ver la tercera temporada": the time it comes
    r"esperar hasta(?= (?:(?:el |la )?(?:principios|finales|mediados|primavera|verano|otoño|invierno) (?:de |del )?)?(?:(?:19|20)\d\d|el año que viene|el próximo año|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)(?![\w]))",
    # "cuyos nuevos episodios ha anunciado la plataforma para el próximo otoño": announced for a time, its release
    r"(?:(?:ha|han) anunciado|anunci(?:ó|aron)|(?<!había )(?<!habían )anunciad[oa]s?)(?= (?:[\w+]+ ){0,3}?para (?:el|la|este|esta|finales|principios|mediados|comienzos|(?:19|20)\d\d)(?![\w]))",
    # "lo que situaría los nuevos episodios a finales de 2027": the outlet's reckoning places the release
    r"(?:sitúa|sitúan|situaría|situarían|situaba|situaban|pondría|pondrían|coloca|colocan|colocaría|colocarían)(?= (?:los |las |el |la |sus? )?"
    r"(?:[\w-]+ )?(?:episodios|capítulos|temporada|entrega|estreno|lanzamiento|regreso|película|secuela) (?:en|a|hacia|para) "
    r"(?:finales|principios|mediados|el (?:próximo|año|otoño|verano|invierno)|la (?:próxima|primavera|segunda|primera)|otoño|primavera|"
    r"verano|invierno|\d{4}|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))",
    # "es posible ver los nuevos episodios a principios de 2027": the new episodes to be watched by a time
    r"(?:ver|disfrutar(?: de)?) (?:los nuevos episodios|la nueva temporada|las nuevas entregas)(?= (?:a|en|hacia|para|antes de) )",
    # on air since a day (see RELEASED_PAST)
    r"(?:emite|emiten|se emite|se emiten|ofrece|ofrecen|transmite|transmiten)(?= [^.;!?\n]{0,50}?(?<![\w])desde )",
    # "lo que pondría los nuevos episodios en pantalla a finales de 2025": on screen, with its time after
    r"en (?:la )?pantalla(?= (?:en|a finales|a principios|a mediados|antes|hacia|el próximo|este|esta|para|como pronto)(?![\w]))",
    # "Desde hoy, Netflix emite la segunda temporada": from the article's day on, it is there to watch
    # (the verb is part of the word: the comma after the time opening the sentence would end its clause)
    r"(?:desde|a partir de) hoy(?:,? (?:\S+ ){0,2}(?:emite|emiten|ofrece|ofrecen|estrena|estrenan|está|están|llega|llegan|se puede|se pueden)(?![\w]))",
    # the cast to its audience: "quizá podáis vernos a finales del año que viene" (seeing them again is the premiere)
    r"(?:podáis|podréis|podrán|podrás|vais a|van a) (?:volver a )?vernos", r"nos (?:veréis|verán|volveréis a ver|volverán a ver)",
    # the return as a noun, with its time: "confirmó el regreso el año que viene de tres de sus series"
    r"(?:el|su) regreso(?= (?:(?:de|del) [^.;:!?\n]{1,60}? )?(?:el año que viene|el próximo año|en \d{4}|en (?:primavera|verano|otoño|invierno|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))(?![\w]))",
    r"(?:los|sus) regresos(?= (?:de|del|confirmados|anunciados|previstos|para|en)(?![\w]))",
    # a return in the past with the season it came back for: a release of its own (and past: see RELEASED_PAST)
    r"(?:regresó|volvió|había (?:vuelto|regresado)|ha (?:vuelto|regresado))(?= [^.;!?\n]{0,40}?(?:con|para) (?:una|su|la) )",
    # "y la quinta temporada llegará después, en 2028", "le seguirá en 2028": la siguiente sale en la fecha dicha
    r"(?:le |les )?seguirá(?= (?:en|el|a finales|a principios|a mediados|más tarde|un año después)(?![\w]))",
    # on air now, the season after the verb: "Antena 3 emite actualmente la cuarta temporada"
    r"(?:emite|emiten) (?:actualmente|ahora)", r"se emite(?:n)? (?:actualmente|ahora)",
    r"emitir(?:á|án)", r"(?:podría|podrían|podrá|podrán|debería|deberían|va a|van a) emitirse",  # "Antena 3 emitirá a partir del 12 de enero la segunda temporada"
    # the aim to air the episodes: "el objetivo es emitir los nuevos episodios en la segunda mitad del año que viene"
    r"(?:emitir|estrenar|lanzar)(?= (?:los|las|la|el|sus) (?:nuevos |nuevas )?(?:episodios|capítulos|temporada|entregas)(?![\w]))",
    r"saldrán?(?! del? )",  # "saldrá a mediados de año" (not "saldrá de la serie": leaves it)
    # "fuentes de la producción apuntan a finales de 2026": the window sources point to
    r"(?:apunta(?:n|ba|ban)?|apunten) (?:a|hacia)(?= (?:(?:finales|principios|mediados|comienzos) de |el (?:próximo )?(?:año|verano|otoño|invierno)|la (?:próxima )?primavera|\d{4}))",
    r"(?:se )?(?:retrasa|retrasó|pospone|pospuso|aplaza|aplazó) (?:hasta|a|para)", r"(?:retrasad|pospuest|aplazad)[ao]s? (?:hasta|a|para)",
    # "retrasó la segunda temporada de la serie a 2027": la nueva fecha después de lo retrasado
    # ("ha retrasado 'X 3' a marzo de 2028", "al 16 de junio de 2028": a month or a day before the year)
    r"(?:retrasa|retrasó|retrasado|pospone|pospuso|pospuesto|aplaza|aplazó|aplazado|movido|movió|mueve)(?= [^.;:!?\n]{1,80}? (?:hasta|a|al|para) (?:el )?"
    r"(?:(?:(?:finales|principios|mediados) de |(?:\d{1,2} de )?[a-záéíóú]+ de(?:l)? )?\d{4}"
    # ("del 13 de marzo al 9 de octubre": a day and its month, with no year)
    r"|\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)(?![\w])))",
    r"estren(?:a|an|ará|arán|aría|ó|aron|ado|ada|ados|adas|ar|ara|aran|ase|asen|e|en|o|os)", # (not a decision that comes: "la renovación llegará pronto")
    r"(?<!renovación )(?<!decisión )(?<!respuesta )(?<!confirmación )llega(?:r|rán?|rían?|n)?", r"llegó",
    r"llegue(?:n)?", r"sale", r"saldrá(?:n)?", r"salió", r"lanzamiento", r"lanz(?:a|ará|ó|ada|ado)",
    # ("dan por hecho que la tercera temporada se lance en octubre": the subjunctive of "lanzarse")
    r"se lance(?:n)?", r"se lanzarán?",
    r"se (?:emite|emitirá|emitió|emitirán)", r"emitid[ao]s?", r"emisión", r"(?:ver[aá]n?|ver[ií]a(?:n)?|ver) la luz",
    # what the audience will see then comes out then: "El público la verá en 2027", "podrán verla en otoño"
    r"(?:la|lo|las|los) (?:verá|verán|podrá ver|podrán ver)(?![\w])", r"(?:podrá|podrán) ver(?:la|lo|las|los)(?![\w])", r"(?:estará|estarán) disponibles?",
    # (not a person's availability for a stretch of time: "estar disponible varias semanas en verano")
    r"disponible(?! (?:varias|algunas|durante|dos|tres|cuatro|seis|ocho|\d+) (?:semanas|días|meses)?)", r"fecha de estreno", r"(?:ya )?tienen? fecha", r"(?:le |les )?(?:puso|pone|ha puesto|pusieron|han puesto) fecha", r"ventana de estreno", r"aterriza(?:rá|rán)?", r"aterrizó", r"(?<![^\w]a )(?<!tras )(?:la|su) llegada(?= (?:de|del|a|al|en) )", r"debuta(?:rá)?", r"debutó",
    r"(?:volverá|regresará|vuelve|regresa)(?= (?:el|en|a|este|esta|la|al|con|antes|después|en el|a finales|a principios))",
    # "ya ha fijado su regreso para esta primavera": the return, with its time
    r"regreso(?= (?:para|en|a finales|a principios|a mediados|este|esta|el próximo|la próxima))",
    # "La serie estará de vuelta a finales de 2026": back then
    r"(?:estará|estarán|está|están) de (?:vuelta|regreso)(?= (?:el|en|a finales|a principios|a mediados|este|esta|el próximo|la próxima)(?![\w]))",
    r"en (?:cines|salas)", r"(?:previst|programad|fijad|agendad|anunciad|pautad|planead)[oa]s? para",
    # "Netflix programó la tercera temporada para octubre": the platform giving it a time
    r"(?:programó|programaron|fijó|fijaron|agendó|agendaron|(?:ha|han) (?:programado|fijado|agendado))(?= [^.;:!?\n]{1,60}? para "
    r"(?:el |la |este |esta |el próximo |la próxima |finales de |principios de |mediados de )?"
    r"(?:ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic|primavera|verano|otoño|invierno|navidad|\d))",
    r"se publicar(?:á|án)", r"publicará(?:n)?", r"se podr(?:á|ía|án|ían) ver", r"podr(?:á|ía|án|ían) verse",
    # "no la veríamos antes del otoño de 2026": when viewers would see it
    r"(?<=la )(?:veremos|veríamos|verán|verían)", r"(?<=lo )(?:veremos|veríamos|verán|verían)",
    # ("lo más pronto que veríamos nuevos episodios sería a finales del año que viene")
    r"(?:veremos|veríamos|verán|verían) (?:los )?nuevos episodios",
    # "los espectadores podrán ver la tercera temporada en mayo": what viewers can watch then comes out then
    r"(?:podrán|podrá|podréis) (?:ver|disfrutar(?: de)?|descubrir)(?= (?:la|el|los|las|su|sus|esta|este|estos|estas|los nuevos) )", r"llegará a los cines",
    *_aired_runs,
]
RELEASED_PAST = [
    # "los fans tuvieron que esperar dos años para el estreno de la nueva temporada": la espera acabó
    r"(?:tuvieron|tuvimos|tuvo) que esperar [^.;!?\n]{0,80}?(?:para|por) (?:el|la|su) (?:[\w-]+ ){0,2}(?:lanzamiento|estreno|regreso|llegada|vuelta)(?![\w])",
    # "dos meses después del final de la segunda temporada": the season that ended aired
    r"(?:tras|después|desde) (?:el|del) (?:final|fin|cierre) de(?= (?:la|su) )",
    # "que Crunchyroll emite cada jueves desde el 8 de octubre": on air since then
    r"(?:emite|emiten|se emite|se emiten|ofrece|ofrecen|transmite|transmiten)(?= [^.;!?\n]{0,50}?(?<![\w])desde )",
    # "ya disponible en Netflix", "entró en el Top 10 de 40 países": out already
    r"ya disponibles?", r"(?:entró|entraron|se coló|se colaron|se colocó|llegó|llegaron) (?:en|al) (?:el )?top ?(?:10|diez)",
    # "regresó el 13 de febrero con una segunda temporada": the season that came back then aired
    r"(?:regresó|volvió|había (?:vuelto|regresado)|ha (?:vuelto|regresado))(?= [^.;!?\n]{0,40}?(?:con|para) (?:una|su|la) )",
    # "after the premiere of season 2": past (the season named right after it)
    # (or de sus episodios: "un mes después del estreno de los ocho episodios de su única temporada")
    r"(?:después|tras|desde) (?:del|el) estreno(?= de (?:la |su |los |sus )?(?:\w+ )?(?:temporada|entrega|parte|episodios de|capítulos de))",
    r"(?:se )?emite(?:n)? (?:actualmente|ahora)", r"(?:está|están) en emisión", r"(?:tras|desde|después de) su estreno", r"se estrenó", r"estrenó", r"estrenad[ao]s?(?= (?:en|el|a|hace|con|durante|por|este|esta))", r"se estrenaron",
    r"sigue(?:n)? disponibles?",
    r"llegó", r"se emitió", r"emitid[ao] (?:en|el|entre|por)",
    # "la cuarta temporada, que cerró en febrero con una media de 1,4 millones de espectadores": its run ended
    r"(?:cerró|terminó|concluyó|finalizó)(?= (?:en|el|con|a finales|a principios) )", r"salió", r"debutó", r"aterrizó",
    r"(?:ya )?(?:está|están) disponibles?", r"(?<!estará )(?<!estarán )(?<!será )(?<!serán )disponibles? desde", r"ha llegado", r"han llegado", r"(?:se )?ha estrenado",
    r"se lanzó", r"lanzad[ao] en", r"ya se puede ver", r"fue estrenad[ao]", r"se vio",
    # the past subjunctive after "después de que": "después de que la segunda temporada se estrenara en julio"
    r"(?:se )?estren(?:ara|aran|ase|asen)", r"lleg(?:ara|aran|ase|asen)", r"se emit(?:iera|ieran)",
    # "terminó anoche", "acaba de estrenarse", "había estrenado su segunda temporada en enero"
    r"terminó (?:anoche|ayer|el (?:pasado )?\w+)", r"acaba(?:n)? de (?:estrenarse|llegar|aterrizar|estrenar)",
    r"(?:se )?(?:había|habían) estrenado", r"(?:había|habían) llegado",
    # "había llegado en septiembre a Antena 3 tras estrenarse antes en atresplayer": after it premiered
    r"(?:tras|después de) (?:estrenarse|emitirse|llegar|debutar)",
    # the charts: "se ha colocado en lo más alto del Top 10", "cae al segundo puesto con su tercera temporada"
    r"(?:se ha colocado|se coloca|se sitúa|se ha situado) (?:[\w.]+ ){0,8}(?:Top 10|ranking|lo más visto)",
    r"(?:cae|cayó|baja|bajó|sube|subió) al (?:\w+ )?puesto",
    *_aired_runs,
]
# Work that began in the past: "el rodaje comenzó en agosto" is last August, not the next one.
BEGUN = [
    # ("Terminé el guion en septiembre", "la sala de guionistas abrió en marzo": done by then)
    r"(?:termin|acab|complet)(?:é|ó|aron|amos) (?:de escribir|(?:el|los) guion(?:es)?|(?:el|los) libretos?|la escritura)", r"(?:se )?abrió",
    r"comenzó", r"comenzaron", r"empezó", r"empezaron", r"arrancó", r"arrancaron", r"(?:se )?inició", r"(?:se )?iniciaron",
         r"(?:ha|han|había|habían|habría|habrían) (?:comenzado|empezado|arrancado|iniciado)", r"dio comienzo", r"se rodó", r"se rodaron",
         # "El rodaje tuvo lugar en verano en Bilbao": done then
         r"tuvo lugar", r"tuvieron lugar", r"se llevó a cabo", r"se llevaron a cabo"]
CAST = [r"(?:vuelve|vuelven|volverá|volverán|regresa|regresan|regresará|regresarán) (?:a (?:interpretar|dar vida|encarnar|ser)|como)",
        # (not a work that "se une a una larga lista de series" canceled: a list, no cast)
        r"se (?:une|unirá|suma|sumará|incorpora|incorporará|unen|unirán|suman|sumarán|incorporan|incorporarán)"
        r"(?! a (?:una|la) (?:\w+ )?lista(?![\w]))",
        r"fichaje", r"ficha(?:do)? por", r"abandona(?:rá)?", r"deja(?:rá)? la serie",
        # (the plural too: "Los protagonistas, X e Y, repetirán en sus papeles")
        r"(?:retoma|retomará|repetirá|repite|retoman|retomarán|repetirán|repiten) (?:su|el|sus|los) papel(?:es)?",
        r"repetirán?", r"interpretarán?", r"darán? vida", r"encarnarán?", r"se suma al reparto", r"se despide del reparto",
        # "La protagonista, X, confirmó su regreso en Instagram"
        r"confirm(?:ó|ado|aron) su (?:regreso|vuelta|retorno)",
        # "los actores ya habrían firmado sus contratos para la segunda temporada"
        r"firm(?:ó|aron|ado|ado) (?:su |sus |el |los )?contratos?(?= para (?:la|una) (?:\w+ )?temporada)", r"su (?:regreso|vuelta|retorno) (?:está |fue |ha sido )?confirmad[oa]",
        # "El protagonista X ya confirmó su presencia en la nueva temporada"
        r"confirm(?:ó|ado|aron) su presencia(?= (?:en el reparto|en la (?:nueva |próxima )?temporada|en los (?:nuevos )?episodios))",
        # "Ya nos llamaron para la segunda temporada": the cast called back
        r"(?:nos|me) (?:llamaron|han llamado|convocaron|han convocado|confirmaron|han confirmado) para"]

# The cast words of one who leaves (CAST): a cast claim of negative polarity.
CAST_LEAVING = [r"abandona(?:rá)?", r"deja(?:rá)? la serie", r"se despide del reparto"]

# --- attitude ------------------------------------------------------------
# (not the surprise it is not: "no es de extrañar que X tendrá una tercera temporada", "no sorprende que")
# ("no solo una tercera, sino también una cuarta temporada": not only, no negation)
# (not one who does not know when: "todavía no sabe cuándo empezará a escribir la segunda temporada" takes the making
# as given; "no se sabe cuándo", no one knowing the date, stays, and so does not knowing when it comes out: "no sabe
# cuándo se estrenará")
_unknowing = r"(?! (?:sabe|saben|sé|sabemos)(?: (?:aún|todavía|exactamente|con certeza))? cuándo(?![\w])" \
             r"(?![^.;!?\n]{0,50}?(?<![\w])(?:estren|lanz|lleg|public|emit)))"
NEGATIONS = [r"no(?! es (?:de extrañar|(?:una )?sorpresa|raro)| sorprende| (?:nos )?sorprende| s[oó]lo(?= \w+,? sino)| solamente(?= \w+,? sino))" + _unknowing,
             r"nunca", r"jamás", r"ni", r"sin", r"tampoco", r"ningun[ao]?", r"nada", r"nadie", r"aún no" + _unknowing, r"todavía no" + _unknowing]
# "no volverá", "no va a continuar": a negation that makes a missing renewal a cancellation.
FUTURE_NEGATIONS = [r"no(?= (?:se |lo |la |le )?\w+(?:rá|rán)\b)", r"no (?:se )?(?:va|van) a", r"nunca(?= \w+(?:rá|rán)\b)",
                    r"jamás(?= \w+(?:rá|rán)\b)",
                    # (in reported speech: "la cadena dijo que la serie no sería renovada")
                    r"no(?= (?:sería|serían) (?:renovad|continuad|prorrogad))",
                    # ("confirmó que X no tendría una tercera temporada": the conditional of reported speech)
                    r"no(?= (?:tendría|tendrían|recibiría|recibirían|volvería|volverían) )"]
NOT_CONFIRMED = [
    # "La plataforma no quiso confirmar ni desmentir la información": nothing confirmed (and no denial)
    r"(?:ni )?confirm(?:ar|ó|a|ado)? ni (?:desmentir|desmintió|desmiente|desmentido|negar|negó|niega|negado)",
    # '"Compartiremos información oficial cuando todo esté confirmado"': nada confirmado aún
    r"(?:cuando|una vez que|en cuanto|hasta que) (?:[\w]+ ){0,3}(?:esté|estén|haya sido|hayan sido|sea|sean) (?:oficialmente )?(?:confirmad[ao]s?|decidid[ao]s?|cerrad[ao]s?)",
    # ("Todavía no hay información sobre una posible tercera temporada": nothing known of it yet)
    r"(?:todavía |aún |por ahora )?no (?:hay|existe|tenemos) (?:todavía |aún )?(?:ninguna )?(?:información|noticias?|novedades?)(?= (?:sobre|acerca|respecto))",
    # "... pero eso nunca fue confirmado por Netflix": never said by it
    r"nunca (?:fue|ha sido|se ha) (?:confirmad[oa]|anunciad[oa]|confirmado oficialmente)",
    # "Todavía no se sabe si habrá una cuarta temporada": nothing said of it yet
    r"(?:todavía |aún )?no se sabe(?: todavía| aún)?(?= si )",
    # "Por ahora no hay noticias oficiales sobre una segunda temporada": no word yet
    r"no (?:hay|existen?|tenemos) (?:todavía |aún |por ahora )?(?:noticias|información|novedades|confirmación|anuncio|ningún anuncio|ninguna confirmación) oficial(?:es)?",
    r"sin (?:confirmación|anuncio|noticias) oficial(?:es)?",
    # '"Por ahora no tenemos nada que anunciar", respondió': nothing to tell yet
    r"no (?:tenemos|tiene|tienen|hay) (?:todavía |aún |por ahora |de momento )?nada (?:que|para) (?:anunciar|contar|compartir|comunicar)",
    # "Por el momento no podemos confirmar nada sobre una nueva temporada": nothing to confirm yet
    r"no (?:podemos|puede|pueden|podíamos|podía) (?:confirmar|anunciar|avanzar) (?:nada|todavía|aún|por ahora)",
    # "Es demasiado pronto para hablar de una segunda temporada": nothing decided yet
    r"(?:todavía |aún )?(?:demasiado|muy) pronto para (?:hablar|decir|confirmar|anunciar|pronunciarse)",
    # "HBO Max no ha dicho todavía si habrá una tercera temporada": no word yet
    r"no (?:ha|han) dicho (?:todavía |aún )?si",
    # "Netflix no ha renovado ni cancelado la serie": ninguna decisión
    r"(?:no|ni) (?:ha )?renovad[oa] ni (?:ha )?cancelad[oa]", r"no ha renovado ni ha cancelado",
    # la respuesta a una pregunta: "¿Ha sido renovada? Todavía no."
    r"(?:(?<=[.!?] )|(?<=\n)|(?<=^))(?:todavía|aún) no(?=[.,;!]| [—–-])",
    # "la segunda temporada sigue en el aire", "su futuro es incierto"
    r"(?:sigue|siguen|está|están|queda|quedan) en el aire",
    # "Cuándo se estrenará, todavía no está claro", "no queda claro si ...": nothing known yet
    r"(?:todavía |aún )?no (?:está|queda|es) (?:del todo |todavía |aún )?clar[oa]",
    r"(?:todavía |aún )?no (?:ha|han|hemos) tomado (?:una|ninguna) decisión", r"(?:sigue|siguen|es|son) (?:siendo )?incier(?:to|ta|tos|tas)",
    # "se espera una decisión sobre la tercera temporada a finales de año": nothing is decided yet
    r"decisión (?:[^.;]{0,60}? )?(?:se espera|está prevista|llegará|se conocerá|se tomará)(?: (?:para|en|antes de|a))?", r"se espera una decisión",
    r"(?:aún |todavía )?no (?:lo )?(?:ha|han|había|habían) (?:confirmado|anunciado|renovado|decidido|oficializado|comunicado|dado luz verde|encargado|hecho oficial)",
    # "La serie aún no ha sido renovada", "no fue renovada todavía": not yet, no end
    r"(?:aún|todavía) no (?:ha sido|fue|han sido|fueron) (?:oficialmente )?(?:renovad|confirmad|anunciad)[ao]s?",
    r"no (?:ha sido|fue|han sido|fueron) (?:oficialmente )?(?:renovad|confirmad)[ao]s? (?:todavía|aún|por ahora|de momento)(?![\w])",
    r"no (?:ha sido|han sido) (?:renovad|confirmad)[ao]s? oficialmente(?![\w])",
    # "Movistar Plus+ todavía no ha fijado una fecha": no date set yet (the date's noun after it)
    r"(?:aún |todavía )?no (?:ha|han) (?:fijado|puesto|revelado|concretado)(?= (?:una |la |ninguna )?fecha)",
    # "La cuarta temporada aún no tiene fecha de estreno"
    r"(?:aún |todavía )?no tiene(?:n)?(?= (?:una )?fecha)",
    r"(?:aún |todavía )?no (?:ha|han) (?:sido|se ha) (?:confirmad[ao]|anunciad[ao]|oficializad[ao])",
    r"(?:aún |todavía )?no se ha (?:confirmado|anunciado|decidido|oficializado)",
    r"(?:aún |todavía )?no (?:está|es|hay nada) (?:confirmad[ao]|oficial|decidid[ao]|garantizad[ao]|asegurad[ao])",
    r"no hay nada (?:confirmado|decidido|oficial|cerrado)", r"nada (?:está |ha sido )?(?:confirmado|decidido|cerrado|firmado)",
    r"(?:no hay|no existe|sin|aún no hay|todavía no hay) (?:ninguna |ningún )?(?:confirmación|anuncio|decisión|renovación)(?: oficial)?",
    r"(?:sigue|está|continúa|permanece) sin (?:confirmar|renovar|anunciar)", r"sin confirmar", r"no confirma(?:n)?",
    r"ni confirma(?:n)? ni desmiente(?:n)?", r"a la espera de (?:una |la )?(?:confirmación|anuncio|decisión)(?: oficial)?",
    r"(?:esperar|aguardar) (?:a )?(?:un|el) anuncio oficial", r"no (?:ha dicho|dice) (?:nada|ni una palabra)",
    r"(?:aún |todavía )?no hay (?:una )?decisión",
    r"(?:aún |todavía )?no se ha tomado (?:ninguna |una )?decisión", r"ninguna decisión (?:ha sido |se ha )?tomada",
    # ("Aunque aún no ha realizado ningún anuncio sobre el futuro de la serie")
    r"(?:aún |todavía )?no (?:ha|han) (?:hecho|emitido|dado|realizado|publicado|lanzado) (?:ningún|ninguna|un|una) (?:anuncio|comunicado|confirmación|declaración)",
]
DENIAL = [
    # "Contrariamente a lo que publicó un medio, Antena 3 no ha cancelado X": se corrige la información
    r"(?:contrariamente|al contrario) (?:a|de) lo que(?= (?:publicó|publicaron|informó|informaron|aseguró|aseguraron|apuntó|apuntaron|dijo|dijeron|se dijo|se publicó|se informó))",
    r"desmient(?:e|en)", r"desmintió", r"desmintieron", r"desmentid[ao]", r"desmentir", r"(?<!se )neg(?:ó|aron)(?! a )", r"(?<!se )niega(?:n)?(?! a )", r"(?:lo |la |los |las )?(?:ha|han|había|habían) negado",  # not "se negó a renovar" (refused)
   
    r"(?:es|son|era) fals[ao]s?", r"falso", r"no (?:es|era|fue) (?:ciert[ao]|verdad|correct[ao]|exact[ao])", r"no (?:es|son|era|eran) verdader[ao]s?", r"no son (?:correct[ao]s|exact[ao]s)", r"no son (?:ciertos|ciertas|verdad)",
    r"no (?:hay|tiene) nada de cierto", r"sin fundamento", r"infundad[ao]s?", r"bulo", r"(?:salió|sale|salieron|salen|(?:ha|han) salido) al paso",
    r"rechaz(?:ó|a|aron|an) (?:los |las |el |la |esos |esas |ese |esa |un |una |unos |unas )?(?:rumores|rumor|informaciones|información|informes|informe|reportes|reporte|especulaciones|noticias?|versi(?:ón|ones)|publicaci(?:ón|ones))",
    r"desmentido", r"desment(?:ía|ían)", r"(?:es|son) (?:un |una )?(?:invento|mentira|rumor falso)",
]
# Verbs that only announce; the event is what follows them ("confirmó que la serie terminará").
ANNOUNCE = [r"(?:lo |la noticia )?(?:hizo|ha hecho|hace|hicieron|han hecho) oficial",
            r"(?:(?<=fue )|(?<=fueron )|(?<=sido ))(?:confirmad|anunciad|oficializad)[ao]s?",  # "La noticia fue confirmada"
            r"(?<= y )(?:confirmad|anunciad|oficializad)[ao]s?",  # "fue publicada por el diario y confirmada por la cadena"
            r"confirm(?:ó|a|an|aron)", r"anunci(?:ó|a|an|aron)", r"dijo", r"dice", r"asegur(?:ó|a)", r"oficializ(?:ó|a|an)",
            r"(?:(?<=ha )|(?<=han )|(?<=había )|(?<=habían ))(?:confirmado|anunciado|oficializado)",  # "Así lo ha confirmado su creadora"
            r"(?:desvel|revel)(?:ó|a|aron)", r"(?:dio|da|ha dado|dieron) a conocer"]  # revealing the date (see RENEWAL)
NO_COMMENT = [
    r"guarda(?:n)? silencio", r"(?:sigue|siguen|permanece|permanecen) en silencio",
    r"(?:declinó|rehusó|rechazó|evitó) (?:hacer )?comentarios?", r"se neg(?:ó|aron) a (?:hacer )?comentarios?",
    r"(?:prefirió|optó por|decidió) no (?:comentar|hacer comentarios|pronunciarse|responder)",
    r"(?:no|tampoco) (?:quiso|ha querido|quisieron|han querido) (?:hacer )?(?:comentarios|comentar|pronunciarse|responder)",
    r"sin comentarios",
    r"no (?:ha respondido|respondió|contestó|ha contestado)", r"no (?:ha hecho|hizo) comentarios", r"no comenta(?:n)?",
    r"no se (?:ha )?pronunci(?:ó|ado)",
]
HEDGES = [
    # a belief of others, no fact: "Los fans creen que la serie terminará con la sexta temporada"
    r"(?:cree|creen|creemos|creía|creían) que",
    # the speaker's own belief: «No habrá tercera temporada, creo», «Creo que volveremos»
    r"(?:creo|pienso|supongo)(?=[.,!?\"”»]| que)",
    # a deal not yet made: "Netflix estaría cerca de renovar X", "a punto de cerrar un acuerdo"
    r"(?:cerca|a punto) de(?= (?:renovar|encargar|cerrar (?:un )?acuerdo)(?![\w]))",
    *_odds, r"(?:son|parecen|siguen siendo) (?:muy |bastante )?(?:escasas|pocas|remotas)",
    _waiting_to_decide,
    # "el reparto ha mostrado interés en volver": a wish
    r"inter[eé]s(?:ad[oa]s?)? en (?:volver|regresar|continuar|hacer (?:una|otra|más)|(?:una|otra) (?:\w+ )?(?:temporada|secuela|continuación))",
    # (a plan to continue, no decision)
    r"(?<!no )(?<!ni )(?:hay|existen) [\"“«]?planes(?: concretos| serios)?[\"”»]? (?:de|para) (?:continuar|renovar|seguir con|(?:hacer )?(?:una|la) (?:nueva|próxima|\w+) temporada)",
    # the outlet's own bet: "cuesta imaginar que no haya una segunda temporada: en esta redacción apostamos a que ..."
    r"cuesta (?:imaginar|creer)", r"(?:es )?difícil (?:imaginar|creer)", r"apostamos", r"apuesto",
    # what is left to others to decide: "una tercera temporada depende de Netflix y del público"
    r"(?<!si )(?<!no )depende(?:rá|n|rán)? (?:\w+ )?(?:de|del)(?= )",
    # a door left open: "never say never"
    r"nunca (?:digas|decir|diga|digo) nunca", r"no (?:decir|digas|diga) nunca jamás",
    # asking for a season, a hope (see RENEWAL): "han firmado para pedir una tercera temporada"
    r"pedir(?= (?:una|un|otra|más) )",
    # talk of a season, a hope (see RENEWAL): "Ya hemos hablado de una tercera temporada en el set"
    r"hablado (?:de|sobre)(?= (?:una|un|otra|otro) )",
    # "estamos mirando con atención los números": a platform weighing the next season
    r"(?:mirando|analizando|revisando|estudiando|viendo) (?:con (?:mucha )?atención |muy de cerca |de cerca )?(?:los números|los datos|las cifras|las audiencias)",
    # la duda de quien escribe: "dudo que veamos una tercera", "es dudoso que ..."
    r"dudo (?:mucho |bastante )?que", r"dudos[oa]",
    # the writer's bet: "Mi apuesta es que la renovación llegará pronto", "apuesto a que"
    r"(?:mi|nuestra) apuesta", r"apuesto (?:a )?que",
    # "si de él dependiera, tendría una cuarta temporada": un deseo, no una decisión
    r"si (?:de mí|de él|de ella|de nosotros|de ellos|de ellas) dependiera", r"si dependiera de (?:mí|él|ella|nosotros|ellos|ellas)",
    r"si por (?:mí|él|ella|nosotros|ellos|ellas) fuera",
    r"podría(?:n)?", r"pudiera(?:n)?", r"puede(?:n)? (?:estrenarse|llegar|volver|regresar|salir|ser|empezar|comenzar|tener|haber)",
    r"quizá(?:s)?", r"tal vez", r"a lo mejor", r"posible(?:s|mente)?", r"posibilidad(?:es)?",
    r"probable(?:s|mente)?", r"improbable", r"se espera", r"esperan? que", r"cabe esperar", r"es de esperar",
    r"se especula(?:ba|ban)?", r"especula(?:n|ba|ban|ción|ciones)?", r"rumor(?:es)?", r"se rumorea", r"ojalá", r"esperanzas?",
    r"en (?:conversaciones|negociaciones|negociación|charlas)", r"negociando", r"negocia(?:n)?", r"negociaciones",
    # "hay conversaciones en marcha para una segunda temporada": talks, no decision
    r"(?:hay|existen) (?:unas )?(?:conversaciones|charlas)(?= (?:en (?:marcha|curso) )?(?:con|sobre|para|entre)(?![\w]))",
    r"estaría(?:n)? (?:negociando|en conversaciones|considerando|estudiando|evaluando)",
    r"considera(?:n|ndo|ción)?", r"bajo (?:consideración|estudio|evaluación)",
    r"(?:sigue|siguen|está|están|continúa|continúan) en (?:evaluación|estudio|revisión|consideración)", r"estudia(?:n|ndo)?", r"evalúa(?:n)?",
    r"evaluando", r"analizando", r"valora(?:n|ndo)?[\"”»]? (?:la posibilidad|hacer|una|un|su|sus)", r"baraja(?:n|ndo)?", r"sopesa(?:n|ndo)?", r"no descarta(?:n)?", r"no (?:descartó|descartaron|ha descartado|han descartado)", r"no (?:se )?cierra(?:n)? (?:la puerta|las puertas|en banda)", r"no (?:quiso|quiere|quisieron|quieren|quería) cerrar (?:la puerta|las puertas)", r"no se cierra(?:n)?(?=[:,.;])", r"deja(?:n)? (?:la puerta|las puertas) abiertas?", r"no se descarta",
    r"deja(?:n)? la puerta abierta",
    # (not "si bien", although: "Si bien el rodaje se retrasó, Netflix anunció que tendrá una nueva temporada")
    r"si(?! bien)", r"en caso de", r"de ser así",
    # "De confirmarse, los nuevos episodios llegarían a finales de 2027": what follows holds only if it happens
    r"de (?:confirmarse|producirse|concretarse|renovarse|materializarse|darse luz verde)",
    # "De ser renovada, la tercera temporada podría llegar ...": if it is renewed
    r"(?<!acaba )(?<!acaban )(?<!acababa )(?<!después )(?<!antes )(?<!luego )de ser (?:renovad[ao]s?|confirmad[ao]s?|aprobad[ao]s?)", r"todo apunta", r"apunta(?:n)? a", r"parece(?:ría)?",
    # "el ritmo de la serie hace pensar que no la veríamos antes de 2026": the outlet's reckoning
    r"(?:hace|hacen) pensar", r"todo indica", r"aunque(?= [^.;:!?\n]{0,40}?(?<![\w])(?!(?:para|cara|clara|rara|vara|base|clase|fase|frase|casa|pase)(?![\w]))[^\W\d_]+(?:ara|aran|iera|ieran|ase|asen|iese|iesen)(?![\w]))",
    r"al parecer", r"teorías?", r"pistas?", r"señales", r"insinu(?:ó|a|an)", r"dio a entender", r"como (?:muy )?pronto",
    r"en el mejor de los casos", r"no antes de", r"predic(?:e|en|ción|ciones)", r"pronóstico", r"estima(?:n|ción|do|da)?",
    r"calcula(?:n)?", r"sueña(?:n)?", r"sueño", r"(?:me|nos|le|les) gustaría", r"quisiera(?:mos)?", r"desea(?:n)?", r"deseo",
    r"petición", r"campaña", r"piden", r"pidiendo", r"reclama(?:n|ndo)?", r"(?:está|están|estoy|estamos) abiertos? a",
    r"todavía no está decidido",
    r"debería(?:n)?", r"en principio",
    # "ya tiene ideas para una tercera película", "tiene en mente una quinta temporada"
    r"tiene(?:n)? (?:ideas para|en mente)", r"ideas? para", r"encantaría",
    r"(?:la|lo|las|los) (?:estamos|están|está|seguimos|siguen) (?:valorando|evaluando|estudiando|considerando|analizando)",
    # "Estamos valorando todas las opciones": weighing, no decision
    r"(?:valora|valoran|valorando|estudia|estudian|estudiando|evalúa|evalúan|evaluando|analiza|analizan|analizando|baraja|barajan|barajando) "
    r"todas las (?:opciones|posibilidades|alternativas)",
]
# A platform "informa" its own news, so only an outlet's report counts here.
# words that say a claim was told but not made official, anywhere in its sentence from the claim's clause on
# ("tiene confirmada una temporada 3, aunque no fue de forma oficial sino gracias a un desliz de su protagonista")
UNOFFICIALLY = [r"(?:aunque|pero|si bien) no (?:fue |es |ha sido |de )?(?:(?:de|en) (?:forma|manera) )?oficial(?:mente)?", r"extraoficialmente", r"de (?:forma|manera) extraoficial"]
REPORTED = [r"según inform(?:a|ó|an|aron)", r"según (?:(?:las )?informaciones|la información publicada)", r"inform(?:a|ó|an|aron) (?:el|la|los|las) (?:diario|medio|medios|portal|revista|web|sitio|periódico|prensa)",
            r"report(?:a|an|ó)", r"fuentes?(?: cercanas)?",
            # "Un portal especializado informa de que Netflix ha encargado ...": an outlet tells it
            r"(?:portal|medio|diario|revista|web|sitio|periódico|publicación)(?: [\w.-]+){0,3} inform(?:a|ó|an|aron)",
            # "Netflix desmintió la información sobre el inicio del rodaje": what was reported, which it denies
            r"(?:la|las) informaci(?:ón|ones) (?:sobre|acerca de|de que)", r"(?:la|las) noticias? (?:sobre|de que)",
            r"ha (?:podido )?saber", r"ha sabido", r"supuestamente", r"al parecer", r"se dice", r"se comenta",
            r"trascendió", r"en exclusiva(?! (?:en|por|a través de) )", r"habría(?:n)?", r"estaría(?:n)?", r"tendría(?:n)?", r"personas cercanas",
            r"filtr(?:ó|ado|ada)",
            # "Varios portales publicaron que Netflix había cancelado ...": what the press says, not the platform
            r"(?:portales|medios|diarios|periódicos|revistas|webs|sitios|prensa)(?: [a-záéíóúñ]+){0,2} "
            r"(?:public|inform|asegur|afirm|adelant)(?:ó|aron|a|an|aba|aban)(?= (?:[^.;:!?\n]{1,30}? )?que )"]
RUMOUR = [r"rumor(?:es)?", r"circul(?:a|an|aba|aban|ando|ado|ó|aron)(?= (?:en|por|la|una) )", r"se rumorea", r"chismes?", r"especulación(?:es)?", r"filtración(?:es)?", r"sin confirmar",
          r"no confirmad[ao]s?", r"teorías? de (?:los )?fans", r"cuentas? de fans", r"perfiles de fans", r"supuest[ao]s?"]

# --- sources -------------------------------------------------------------
PLATFORM_WORDS = [r"(?:el )?comité de producción", r"(?:la )?(?:web|página) oficial", r"(?:el )?sitio oficial", r"(?:la )?plataforma", r"(?:el )?streamer", r"(?:la )?cadena", r"(?:el )?canal", r"(?:el )?estudio", r"(?:la )?productora",
                  # the platform's own documents: "Según la carta, la tercera temporada llegará ...", "El documento precisa que ..."
                  r"(?:la )?carta a (?:los )?accionistas", r"(?<=según )la carta(?=,)", r"(?:el )?documento(?= (?:precisa|detalla|indica|señala|confirma|añade|cita))",
                  r"(?:la )?distribuidora", r"portavoz", r"representante", r"ejecutiv[oa]", r"(?:el )?servicio de streaming",
                  r"(?:la )?compañía", r"(?:la )?empresa", r"responsable de (?:contenidos|ficción|programación|series|producciones originales|originales)",
                  r"(?:la )?corporación(?: pública)?",  # "La corporación pública confirmó además ..." (RTVE)
                  r"director(?:a)?(?: general)? de (?:contenidos|ficción|programación|entretenimiento|series|producciones originales|originales)", r"comunicado oficial", r"comunicado",
                  r"(?:la )?(?:web|página|cuenta) oficial", r"(?:el )?sitio oficial", r"(?:el )?equipo de producción"]
CREATOR_WORDS = [r"mangaka", r"creador(?:a|es)?", r"cocreador(?:a)?", r"showrunner", r"guionista(?:s)?", r"autor(?:a)?(?: original)?",
                 r"escritor(?:a)?", r"novelista", r"dibujante", r"autor(?:a)? del (?:cómic|libro|manga|webtoon)",
                 # one person in two roles, one of them the writing: "el guionista y director Tomás Arriaga"
                 r"(?:guionista|creador(?:a)?|showrunner) y (?:director(?:a)?|productor(?:a)?(?: ejecutiv[oa])?)",
                 r"(?:director(?:a)?|productor(?:a)?) y (?:guionista|creador(?:a)?)"]
# ("la comedia, dirigida por Tomás Arriaga": the one named after it)
CREW_WORDS = [r"dirigid[ao]s? por", r"director(?:a)?", r"productor(?:a)?(?: ejecutiv[oa])?", r"cineasta", r"realizador(?:a)?", r"compositor(?:a)?"]
# (a show's host is its talent too: "presentado por Raka Hadi", "la presentadora Ana Ruiz")
CAST_WORDS = [r"presentad[oa] por", r"presentador(?:a)?", r"conducid[oa] por", r"conductor(?:a)?", r"actor", r"actriz", r"protagonista", r"estrella", r"intérprete", r"reparto", r"elenco", r"coprotagonista"]
# the fans told to wait for a season ("los fans tendrán que esperar hasta 2027") are no source of it
_waiting_fans = r"(?!(?: [^\s.,;:!?]+){0,5}? (?:(?:tendrán|tienen|deberán|van a tener|tendremos) que esperar|deberán esperar)(?![\w]))"
# (ni los que reciben la noticia con enojo: "Los fans de 'Bruma' expresaron su enojo por la cancelación": la noticia es
# del medio)
_reacting_fans = r"(?!(?: [^\s.;:!?]+){0,8}? (?:(?:expresaron|mostraron|manifestaron|hicieron sentir) su (?:enojo|enfado|indignación|decepción|" \
    r"tristeza|frustración|molestia|descontento)|(?:estallaron|reaccionaron|se indignaron)|(?:están|estaban|quedaron) (?:furiosos|indignados|" \
    r"decepcionados|devastados))(?![\w]))"
_moved = "".join(f"(?<!{verb} {whom} )" for verb in ("sorprendió", "sorprende", "sorprendieron", "decepcionó", "decepciona",
                                                       "entristeció", "alegró", "conmocionó", "impactó")
                 for whom in ("a los", "a sus", "a las")) + \
    "".join(f"(?<!{feeling} {of} )" for feeling in ("alegría", "ansiedad", "tristeza", "decepción", "delirio", "sorpresa", "felicidad")
            for of in ("de los", "de", "de las"))  # ("Para alegría de los fans, la producción sigue")
FAN_WORDS = [
    # ("Una publicación viral en X aseguró que Paramount había aprobado la secuela": someone's post, no outlet's report)
    r"(?<!en )(?:una|un) (?:publicación|tuit|hilo|post) (?:viral |anónim[oa] )?(?:en|de) (?:x|twitter|tiktok|reddit|threads|facebook|instagram)(?![\w])",
    # ('"Ya están rodando la temporada 2", escribió uno': one of the fans named before)
    r"(?:escribió|comentó|tuiteó|publicó|respondió|añadió|bromeó) (?:(?:uno|otro|una|otra)(?=[.,;:!?]|$)|(?:un|otro) (?:fan|usuario|seguidor)|(?:una|otra) (?:usuaria|seguidora))(?![\w])",
    # (not those the news surprised or disappointed: "Netflix sorprendió a los fans al anunciar ...")
    _moved + r"fans?" + _waiting_fans + _reacting_fans, _moved + r"fanáticos" + _waiting_fans + _reacting_fans, _moved + r"seguidores" + _waiting_fans + _reacting_fans, r"espectadores",
    # (not the ratings: "los datos de audiencia", "los índices de audiencia")
    # (nor what a decision hangs on: "la decisión depende de la audiencia")
    r"(?<!datos de )(?<!cifras de )(?<!índices de )(?<!niveles de )(?<!récord de )(?<!depende de la )(?<!dependerá de la )audiencia",
    # (not the adjective: "el canal público", "la televisión pública")
    r"(?<!canal )(?<!servicio )(?<!ente )(?<!televisión )(?<!tv )público", r"internautas", r"usuarios",
             r"cuentas de fans", r"fandom", r"televidentes"]
MEDIA_WORDS = [r"p[óo]dcasts?", r"medio", r"diario", r"periódico", r"revista", r"portal", r"sitio", r"web", r"columnista", r"periodista",
               r"informe", r"reportaje", r"prensa", r"publicación", r"tabloide", r"boletín"]
# where a clause breaks besides punctuation: "is being discussed, but there is no decision yet"
CLAUSE_BREAK_WORDS = [r"pero", r"aunque", r"sin embargo", r"mientras que", r"no obstante"]
# a company named right after its kind is the source: "rumah produksi Sinemaku", "the studio Blue Haven"
COMPANY_ROLE_WORDS = [r"productora", r"estudio"]
# "If the platform gives the green light, ...": a condition asserts nothing, and a name inside it is no source
# ("aunque Max la renovara este otoño": "even if", with the subjunctive; "aunque la renovó" is a fact)
CONDITION_WORDS = [r"si(?! bien)", r"en caso de que", r"siempre y cuando", r"a condición de que", r"incluso si", r"aun si",
                   r"aunque(?= [^.;:!?\n]{0,40}?[^\W\d_](?:ara|aran|iera|ieran|ase|asen|iese|iesen)(?![\w]))"]
# before the agent of a passive: "renewed by HBO"
PASSIVE_AGENT = [r"por"]
# "according to a report from Deadline", "denied a report from Star News": the outlet after its report; also
# "a petition from fans": the fans after a wish (FROM_WORDS, SOURCE_DETERMINERS)
REPORT_NOUNS = [r"informe", r"artículo", r"reportaje", r"noticia", r"informaci(?:ón|ones)"]
FROM_WORDS = [r"de", r"del"]
SOURCE_DETERMINERS = [r"un", r"una", r"el", r"la", r"los", r"las", r"sus?", r"propi[oa]s?"]  # ("por la propia plataforma")
# '"...," ujarnya kepada wartawan': the ones spoken to are not the speaker
ADDRESSEE_WORDS = [r"a"]
SPEECH_VERBS = [r"dijo", r"dice", r"afirm(?:ó|a)", r"asegur(?:ó|a)", r"declar(?:ó|a)", r"explic(?:ó|a)", r"señal(?:ó|a)",
                r"indic(?:ó|a)", r"coment(?:ó|a)", r"añadi(?:ó)", r"añade", r"cont(?:ó)", r"cuenta", r"revel(?:ó|a)",
                r"confirm(?:ó|a)", r"anunci(?:ó|a)", r"(?<=al )(?:anunciar|confirmar|revelar)(?= que)", r"escribi(?:ó)", r"escribe", r"publicó", r"admiti(?:ó)", r"admite",
                r"insisti(?:ó)", r"respondi(?:ó)", r"adelant(?:ó|a)", r"apunt(?:ó|a)", r"destac(?:ó|a)", r"detall(?:ó|a)",
                r"sostuvo", r"expres(?:ó|a)", r"lament(?:ó|a)", r"compartió", r"bromeó", r"aclaró", r"según",
                # several speak ("señalaron fuentes de Netflix")
                r"dijeron", r"(?:afirm|asegur|declar|explic|señal|indic|coment|revel|confirm|anunci|adelant|apunt|destac|detall|aclar|precis)aron",
                r"(?:añad|escrib|respond|admit)ieron", r"inform(?:ó|aron)",
                # the perfect tense of Spanish news: "ha anunciado Netflix"
                r"(?:ha|han) (?:dicho|afirmado|asegurado|declarado|explicado|señalado|indicado|comentado|añadido|contado|"
                r"revelado|confirmado|anunciado|escrito|publicado|admitido|adelantado|apuntado|destacado|detallado|"
                r"expresado|lamentado|compartido|aclarado|reconocido)",
                # "ViX envió el lunes un breve comunicado. "...", señala el texto": a statement quoted in the next sentence
                # ("Prime Video envió el siguiente comunicado:", a statement quoted in the next paragraph)
                r"(?:envió|emitió|difundió|hizo llegar) (?:\w+ ){0,3}?(?:un|una|el siguiente|la siguiente) (?:\w+ )?(?:comunicado|nota|declaración)",
                r"en (?:un|una) (?:\w+ )?(?:comunicado|nota)", r"(?<!no )se pronunció",
            r"a través de (?:un|una) (?:\w+ )?(?:comunicado|nota)"]
ACCORDING_TO = [r"según", r"de acuerdo con", r"citando a", r"según informa", r"según publica", r"en palabras de",
                r"según (?:ha|han) (?:informado|anunciado|confirmado|comunicado|explicado)"]
# Prepositions before a platform that make it the venue, not the speaker ("llega a Netflix"); "por" names the agent.
VENUE_PREPOSITIONS = ["en", "a", "al", "vía", "a través de", "desde"]
# A decision's participle before the platform: "renewed for a third season at Hulu", "canceled at Netflix after
# two seasons" name who decided.
DECIDED_PARTICIPLES = [r"renovad[ao]s?", r"cancelad[ao]s?"]

# --- grammar words the engine reads around its cues -------------------------
SUBJECT_PRONOUNS = [r"ella", r"él", r"ellos", r"ellas"]
# the audience as a clause's subject after "y" (see claims.py)
SUBJECT_NOUNS = [r"los fans", r"los seguidores", r"los espectadores", r"el público", r"los suscriptores"]
# a clause of cause that opens a sentence: who is named inside it does not say what its main clause says (not "as":
# "As Netflix announced, ..." names the speaker)
CAUSE_OPENERS = ["ya que", "dado que", "puesto que"]
# A plural pronoun that opens a sentence and stands for the company the sentence before names.
COMPANY_PRONOUNS = ["ellos"]
OBJECT_PRONOUNS = [r"él", r"ella", r"ellos"]
VERB_NEGATIONS = [r"no", r"aún no", r"todavía no"]
RETURN_WORDS = [r"regres", r"vuelv", r"volver", r"retorn", r"despide", r"continu"]  # "Carla Montes se despide de 'X'": she leaves
CINEMA_WORDS = [r"cines?", r"taquilla", r"secuela", r"continuación"]
TIME_CLAUSE_WORDS = [r"tras", r"desde", r"después de", r"cuando"]
RELATIVE_PRONOUNS = [r"que"]
THAT_WORDS = [r"que"]
ANOTHER_WORDS = [r"otra"]
AGENCY_WORDS = [r"agencia"]
SPOKEN_ON = [r"en(?: el)? (?:programa|emisión|podcast|pódcast)"]
# an episode's name right after the word for an episode ("In der heutigen Folge „Tod im Tuchlager“"): no work
EPISODE_WORDS = [r"episodio", r"capítulo", r"episodio (?:titulado|llamado)"]
# right after a quoted name, a part of the story, not a work: "adapt the \"Black Harbor\" arc from the manga"
# the book or comic a series adapts, as the subject of "continúa": "El webtoon continúa con dos arcos más"
SOURCE_WORKS = [r"(?:el|la|los|las) (?:web ?toon|manga|manhwa|novela|libro|cómic)s?(?: original(?:es)?)?"]
# a posted message or a phrase, quoted after its noun (and a colon), is no title: 'with a short message: "Back soon"',
# 'followed by the phrase "The dusk is not over"'
MESSAGE_WORDS = [r"mensaje", r"publicación", r"tuit", r"texto", r"nota", r"frase", r"eslogan", r"lema", r"hashtag", r"petición(?: titulada| llamada| bajo el título)?", r"campaña"]
# a byline's opening word, before the writer's name on a line of its own
BYLINE_WORDS = [r"por"]
ARC_WORDS = [r"arco"]
# the outlet that asked, right before it: "fuentes de la plataforma consultadas por este medio desmienten": not the speaker
ASKED_BY = [r"(?:consultad|contactad|preguntad)[ao]s? por"]
# a release word that names the event where something was said ("en la alfombra roja del estreno"): no release of a season
OCCASIONS = [r"(?:durante|en) (?:el|la) (?:[\w'’.-]+ ){0,3}(?:preestreno|premiere|première)", r"durante el (?:[\w'’.-]+ ){0,3}estreno",
             r"en la alfombra roja del (?:[\w'’.-]+ ){0,3}estreno"]
# a sentence that opens on other works, plural, tells of them: "Otras series no corrieron la misma suerte"
OTHER_WORKS = [r"(?:otras|otros|varias otras|(?:dos|tres|cuatro|cinco|seis|\d+) otras) (?:\w+ )?(?:series|ficciones|películas|producciones|proyectos|títulos)",
               # (or a pronoun for them, decided on: "Algunas son canceladas tras pocas semanas, como ...")
               r"(?:(?:mientras|y|pero) )?(?:algunas|otras|muchas)(?= (?:(?:son|fueron|han sido) (?:\w+ )?(?:canceladas|renovadas|suprimidas)"
               r"|(?:consiguen|obtienen|reciben) (?:una |su )?(?:renovación|temporada))(?![\w]))"]
# works in general, the subject of a renewal or a cancellation a few words after it: "Many shows thought safe
# for renewal were cancelled" (what is said is of them, not of the article's work)
MANY_WORKS = [r"(?:muchas|numerosas|varias|tantas|(?:muy )?pocas|algunas|la mayoría de las) (?:\w+ )?(?:series|ficciones|producciones)"]
# what a name is said to be one of, a kind of work in the plural after it: "Ironvale is one of the few dramas renewed
# early" (the name is a title)
ONE_OF = [r"(?:es|fue|está|sigue siendo) (?:también )?(?:una|uno) de l[ao]s",
          # (or what kind of work it is, right after its article: "Dirk Gently es una serie tan creativa ...")
          r"(?:es|era|fue) (?:también )?(?:una|un)", r"(?:es|fue|está) (?:también )?entre las", r"(?<=, )(?:una|uno) de l[ao]s"]
# the making a sentence opens on, before the work it is of ("Production on Ironvale season 3 has wrapped"): no part
# of the title
TOPIC_LEAD = [r"(?:rodaje|producción|grabación) (?:de|del)"]
# right after a making word, another work's: "sedang menjalani syuting drama lain", "is filming another series": not this one
OTHER_WORK = [r"(?:otra|otro) (?:\w+ )?(?:serie|película|proyecto|ficción)", r"(?:una|un) nuev[oa] (?:\w+ )?(?:serie|película|proyecto|ficción)",
              # "en el rodaje de su próxima película": someone's next work
              r"su (?:próxim[oa]|nuev[oa]) (?:\w+ )?(?:serie|película|proyecto|filme)",
              # "empieza a rodar una película en Bilbao": a work of its own, not the season
              r"(?:una|un) (?:película|largometraje|cortometraje|filme)(?![\w])"]
# someone's earlier work, named right before its title: "el final de su serie anterior, 'Código Sur'" (the sentences
# after it go on with the work the article is about)
# the work a new one's makers are known by, right after them (what is said is of the new one): "creada por los responsables de 'Juego de Espadas'"
MAKERS_OF = [r"(?:cread[ao]|producid[ao]) por (?:los|el|la) (?:creadores|creador|creadora|responsables) de", r"(?:nuev[ao]|serie|ficción|comedia|drama|producción) (?:\w+ )?de los creadores de"]
# (and a work the one spoken of is measured against: desde el final de "Juego de Espadas")
FORMER_WORK = [r"desde el (?:final|fin|cierre) de",
               r"(?:su|sus) (?:serie|película|ficción|comedia) (?:anterior|previa),?", r"(?:su|sus) (?:primera|primer|anterior|antigua|otra|otro) (?:serie|película|ficción|comedia),?",
               # ... or the book it adapts: "se basará en el segundo libro, 'El mar debe'", "adaptaba 'La luz que no vuelve'"
               r"(?:el|la|su) (?:primer |primera |segundo |segunda |tercer |tercera |último |última |propia )?(?:libro|novela|manga|webtoon|cómic),?",
               r"adapt(?:a|an|aba|aban|ó|aron|ará|arán)"]
# the series a spinoff comes from, named by its kind: "the parent series", "la serie madre"
PARENT_WORDS = [r"serie (?:madre|original|principal|matriz)"]
SPLIT_IN_TWO = [r"(?:se )?divid(?:e|ió|ieron|ida|ido|irá|irán)(?: (?:la|el) (?:nueva |\w+ )?(?:temporada|serie)(?: de [^.;:!?\n]{1,60}?)?)? en dos partes", r"(?:emitida|estrenada|lanzada|emitido|estrenado|lanzado) en dos partes", r"en dos cours",
                r"complet(?:aron|ó|an|a) la (?:\w+ )?temporada",
                # "la tercera temporada llegará en dos partes"
                r"(?:llegará|llegarán|llega|llegan|vuelve|volverá|regresa|regresará|se estrenará|se estrenarán|se emitirá|estará) (?:dividida )?en dos partes"]  # an anime's season in two runs
INTERVIEW_WORDS = [r"entrevista"]
DATE_NOUNS = [r"(?:una |la |ninguna )?fecha", r"(?:un |el |ningún )?día (?:concreto|exacto|en (?:específico|concreto))"]
# A detail of a season left untold ("has not revealed the number of episodes"): no word on the season itself.
DETAIL_NOUNS = [r"(?:(?:sobre|acerca de|respecto a) )?(?:el |la |los |las )?(?:número de episodios|cantidad de episodios|reparto|elenco|sinopsis|duración|título|tráiler)"]
ALIAS_WORDS = [r"(?:también )?conocid[oa]s? (?:en (?:\w+ ){1,2}(?:y (?:\w+ ){1,2})?|aquí )?como", r"algo (?:así )?como", r"literalmente", r"subtitulad[ao]", r"cuyo título original es", r"titulada? originalmente", r"(?:en|su título en) (?:turco|coreano|japonés|inglés|original)",
               # "estrenada en el resto del mundo como 'The Shadow Hunter'": the name it was released under elsewhere
               r"(?:estrenad[ao]|distribuid[ao]|lanzad[ao]) (?:en (?:\w+ ){1,5})?como"]
# the end of a season named right before it, not its airing: "El final de la segunda temporada dejó a los fans en vilo"
SEASON_END_OF = [r"(?:el |la )?(?:final|fin|cierre|desenlace) de(?: la)?"]
RUN_END_OF = [r"(?:el |la )?(?:final|fin|cierre) de(?: la)?", r"(?:la )?emisión de(?: la)?"]  # ("después del final de la segunda")
# "renewed ahead of the finale", "kurz vor dem Finale der zweiten Staffel": the moment another event is timed by;
# a release word right after it releases nothing, and a season named there is not the one decided
EVENT_BEFORE = [r"antes del?", r"a (?:pocos|unos) días del?", r"en vísperas del?", r"de cara al?"]
# "incluso antes de que", said of what has not happened yet: "incluso antes de que se estrene la segunda temporada"
EVEN_BEFORE = [r"incluso antes de(?: que)?", r"aun antes de(?: que)?", r"aún antes de(?: que)?"]
# the nouns for a series that may introduce its title and the number of an installment: "Serial Lentera Kota 2
# dijadwalkan tayang perdana pada 9 Mei" (no season noun said)
SERIES_NOUNS = [r"serie"]
# a season whose numbers are weighed is the one before the one decided on: "analiza los datos de la segunda temporada"
MEASURE_NOUNS = [r"rendimiento", r"resultados", r"audiencias?", r"datos", r"cifras", r"números", r"recepción", r"recibimiento", r"acogida", r"éxito", r"fracaso", r"fiasco", r"batacazo"]
# a headline that counts what is known of one work, its numbered lines its facets: "5 claves de la temporada 2 de X"
FACET_NOUNS = [r"datos", r"cosas", r"claves", r"razones", r"detalles", r"preguntas", r"curiosidades", r"teorías", r"secretos"]
# a relative clause after a name that makes it a cast member: "Lidia Campos, que interpreta a Marta, ..."
ROLE_CLAUSES = [r",? que (?:interpreta|interpretaba|interpretó|da vida a|daba vida a|dio vida a|encarna|encarnaba|encarnó)"]

# --- time ----------------------------------------------------------------
MONTHS = {
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6, "jun": 6,
    "julio": 7, "jul": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "sept": 9, "octubre": 10, "oct": 10,
    "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
}
YEAR_SEASONS = {"primavera": "Q2", "verano": "Q3", "otoño": "Q4", "otono": "Q4", "invierno": "Q1"}
YEAR_PARTS = {
    r"(?:a |hacia |para )?(?:finales|fines) de(?:l)?": "Q4", r"(?:a |hacia |para )?(?:el )?final de(?:l)?": "Q4",
    r"(?:a |hacia |para )?(?:principios|comienzos|inicios) de(?:l)?": "Q1", r"(?:a |hacia )?(?:el )?(?:inicio|comienzo) de(?:l)?": "Q1",
    r"(?:a |hacia )?mediados de(?:l)?": "", r"(?:la )?primera mitad de(?:l)?": "H1", r"(?:la )?segunda mitad de(?:l)?": "H2",
    r"(?:el )?primer semestre de(?:l)?": "H1", r"(?:el )?segundo semestre de(?:l)?": "H2",
    r"(?:el )?primer trimestre de(?:l)?": "Q1", r"(?:el )?segundo trimestre de(?:l)?": "Q2",
    r"(?:el )?tercer trimestre de(?:l)?": "Q3", r"(?:el )?(?:cuarto|último) trimestre de(?:l)?": "Q4",
    r"(?:a lo largo|en el transcurso) de(?:l)?": "",
}
# a half of the year that may stand without its year ("en el segundo semestre"): the next one not yet over
# (and a quarter, the same way: "no segundo trimestre")
HALVES = {r"(?:el )?(?:primer|1er) trimestre": "Q1", r"(?:el )?segundo trimestre": "Q2", r"(?:el )?tercer trimestre": "Q3",
          r"(?:el )?(?:cuarto|último) trimestre": "Q4",
          r"(?:el )?primer semestre": "H1", r"(?:el )?segundo semestre": "H2"}
NEXT = [r"próximo", r"próxima", r"proximo", r"proxima", r"que viene", r"siguiente"]
THIS = [r"este", r"esta"]
# "last summer", "au printemps dernier": a season of the year just past
LAST = [r"pasad[oa]"]
# "in the fall", "im Herbst", "au printemps": a season of the year alone, the next one to come
SEASON_PREFIXES = [r"en", r"en el", r"durante el", r"para el", r"este"]
# "next week", "last week": the month of the week after or before the article
NEXT_WEEK = [r"la (?:próxima )?semana (?:que viene|próxima)", r"la próxima semana",
             # "llega en unos días": within the week
             r"en (?:unos|pocos|unos pocos) días", r"en los próximos días"]
# The day of the article and the day after it ("premieres today", "lands tomorrow").
TODAY = [r"hoy", r"esta noche", r"esta mañana", r"esta tarde"]
TOMORROW = [r"(?<!la )(?<!esta )(?<!pasado )mañana(?! por)"]
# The day before the article ("released yesterday").
YESTERDAY = [r"ayer(?: por la (?:noche|tarde|mañana))?"]
LAST_WEEK = [r"la semana pasada"]
NEXT_YEAR = [r"(?:el )?próximo año", r"(?:el )?año próximo", r"(?:el )?proximo año", r"(?:el )?año que viene", r"(?:el )?año siguiente"]
# "around this time next year": the article's month, a year on
THIS_TIME_NEXT_YEAR = [r"(?:por |para )?(?:estas|las mismas) fechas (?:del|el) (?:año que viene|próximo año)"]
# ("antes de que acabe el año", "antes de fin de año": this year's end)
THIS_YEAR = [r"antes de que (?:acabe|termine|finalice|se acabe|se termine) el año", r"antes de(?:l)? fin(?:al)? de(?:l)? año", r"este año", r"(?:a )?(?:finales|fines|final) de(?:l)? año", r"lo que queda de año", r"el presente año",
             # "a mediados de año": this year's middle (not "en lo que va de año", "el estreno del año")
             r"(?:(?<=mediados de )|(?<=principios de )|(?<=comienzos de )|(?<=inicios de ))año"]
# so many years before the article's: "two years ago" ("{n}" the count, in figures or words)
YEARS_AGO = [r"hace {n} años"]
LAST_YEAR = [r"(?:el )?año pasado", r"(?:el )?año anterior", r"hace un año"]
# "akhir tahun yang sama", "finales de ese año": the year the sentence named before
SAME_YEAR = [r"(?:ese|este|el) mismo año", r"ese año"]
# The month after the article's: "next month".
# ("el próximo mes de marzo" names March)
NEXT_MONTH = [r"el (?:próximo )?mes (?:que viene|próximo)", r"el próximo mes(?! de)"]
THIS_MONTH = [r"este mes", r"(?:a )?(?:finales|principios|mediados) de(?: este)? mes"]
LAST_MONTH = [r"el mes pasado"]
# "retrasó la segunda temporada a 2027": el año después de DELAY_TO, cuando antes hay un verbo de retraso
# "this Friday", the next such day after the article ({d}: a day of the week)
WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6}
COMING_WEEKDAY = [r"el próximo {d}", r"este {d}", r"el {d} próximo", r"el {d} que viene",
                  # a release told in the present: "La tercera temporada se estrena el sábado" (the coming one)
                  # (the platform between: "llega a Prime Video el viernes")
                  r"(?:se estrena|se estrenan|llega|llegan|vuelve|regresa|aterriza)(?: (?:a|en) [\w+]+(?: [\w+]+)?)? el {d}"]
DELAY_VERBS = [r"retras(?:a|ó|ada|ado|adas|ados)", r"pospu(?:so|esta|esto)", r"pospone", r"aplaz(?:a|ó|ada|ado)",
               r"(?:ha|han) movido", r"mueve", r"movió", r"traslad(?:a|ó|ada|ado|adas|ados|an|aron)"]
# after a clause break, the plan that replaces the one before it: "had announced November, but the episodes
# will now arrive in 2027", "pero llegarán finalmente en 2027" (the last window of the sentence counts)
REVISED_WORDS = [r"finalmente", r"ahora", r"en su lugar", r"al final"]
# the word that puts one plan for another after a negated one: "nicht im Oktober, sondern erst im Januar 2027"
RATHER_WORDS = [r"sino"]
DELAY_TO = [r"a"]
YEAR_PREFIXES = [r"en", r"para", r"hasta", r"durante", r"desde", r"a partir de", r"antes de", r"de cara a", r"en el", r"el año",
                 # the year a release is moved to, earlier or later: "adelanta su estreno a 2027"
                 r"(?<=su estreno )a", r"(?<=su lanzamiento )a", r"(?<=su llegada )a",
                 # "llegará en algún momento de 2027": sometime that year
                 r"(?:en )?algún momento (?:de|del año)"]
# A release said not to come before a time comes then at the earliest ("no llegará hasta 2026", "no se estrenará antes de 2027").
UNTIL = [r"hasta", r"antes del?"]
# "el equipo lleva desde octubre trabajando", "escribiendo desde octubre": since then, a time gone by ("desde" alone is
# also "from": "disponible desde el viernes")
SINCE = [r"(?<=lleva )desde", r"(?<=llevan )desde", r"(?<=llevamos )desde", r"(?<=llevo )desde", r"(?<=ando )desde",
         r"(?<=iendo )desde"]
HOLIDAYS = {r"navidad(?:es)?(?: de(?:l)?)?": "Q4", r"nochebuena(?: de(?:l)?)?": "Q4", r"halloween(?: de(?:l)?)?": "Q4",
            r"semana santa(?: de(?:l)?)?": "", r"fin de año(?: de(?:l)?)?": "Q4"}
# A broadcast season written by its years ("the 2025-26 season": from the autumn), and the words for its middle,
# where a show held back from the autumn starts (the next year's first quarter).
TV_SEASONS = [r"temporada(?: televisiva)?"]
MIDSEASON = [r"mid-?season", r"mitad de(?: la)? temporada"]

# --- words the pre-filter looks for: without one of them no text is about an installment
# Words the pre-filter looks for in raw bytes, and the engine too: without one of them no text
# is about an installment. Specific on purpose ("season", "second film", not "film"): the
# pre-filter must reject most pages of general news at scan speed.
# ("la quinta edición": an edition only with its ordinal; "edición" and "tanda" alone are everywhere on a page)
SEASON_VOCABULARY = [*(f"{o} edición" for o, n in ORDINALS.items() if n > 1), *(f"{o} tanda" for o, n in ORDINALS.items() if n > 1), "tanda de episodios", "temporadas más", "temporada", "secuela", "parte 2", "parte 3", "parte 4", "segunda película", "tercera película", "segunda parte", "tercera parte",
                     "película 2", "nueva película", "segunda entrega", "tercera entrega",
                     # ("la tercera y última entrega de la historia": the ordinal apart from its noun)
                     "última entrega", "última parte", "continuación",
                     # a numbered film may name no installment word (kept narrow: the ingest pre-filter shares these)
                     "llegará a los cines", "se estrenará en cines", "terminó el rodaje"]
# words of deciding, in a "nothing confirmed" statement: the platform has not decided, which is its own answer
# (what it has not announced or commented on, the article tells; see NOT_CONFIRMED)
DECISION_WORDS = [r"decid", r"decisión", r"decisiones"]
# "no llegará en 2027 como estaba previsto": tras un evento negado y su fecha, lo que se abandona es la fecha
AS_PLANNED = [r"como (?:estaba |se había |había sido |se tenía )?(?:previsto|planeado|programado|anunciado|prometido)",
              r"como se (?:esperaba|preveía|anunció|planeó)"]
# "Además, fijó el estreno ...": words that go on from the sentence before, whose subject the verb after them keeps
DROPPED_SUBJECT_OPENERS = [r"además", r"también", r"asimismo", r"igualmente", r"por otra parte", r"por otro lado", r"a su vez",
                           r"de igual (?:forma|modo)", r"más tarde", r"luego", r"después", r"por último", r"finalmente"]
# "ya no llegará en diciembre": se abandona la fecha que sigue, no la temporada
NO_LONGER = [r"ya no"]
# the noun before a year in a window: "the end of the year 2027", "a finales del año 2027"
YEAR_NOUNS = [r"el año", r"año"]
# "Season 2 of Y was also renewed": what "also" adds, no one named, is the platform's that spoke just before
ALSO_WORDS = [r"también", r"asimismo"]
# where a platform presents its slate: what the paragraph then says, no one named, is its announcement
# (the business results too: "en la presentación de sus resultados trimestrales")
PRESENTATION_WORDS = [r"resultados (?:trimestrales|anuales|del (?:primer|segundo|tercer|cuarto) trimestre)", r"(?:dos|tres|varios) anuncios", r"presentación", r"upfronts?", r"rueda de prensa", r"conferencia de prensa", r"evento anual", r"showcase",
                      r"(?:presenta|presentó|ha presentado|desvela|desveló|ha desvelado)(?: \w+){0,2} (?:sus|su) (?:novedades|series|apuestas|programación|parrilla|nueva temporada|oferta de ficción|próximas producciones|producciones|estrenos)",
                      # "en un evento para fans" (a fan event where the platform presents what is to come)
                      r"evento (?:para|de|con) (?:los )?(?:fans|fanáticos|seguidores)",
                      # "Netflix ha decidido el futuro de varias de sus series": its decisions, item by item
                      r"(?:ha |han )?(?:decidido|decidió|sellado|selló|desvelado|anunciado|anunció) (?:el futuro|el destino) de (?:varias de |algunas de |todas )?(?:sus) (?:series|producciones|ficciones)"]
# a sentence that opens on these tells a schedule since replaced: "Anteriormente, la temporada estaba prevista para agosto"
SUPERSEDED_OPENERS = [r"anteriormente", r"hasta ahora", r"en un principio"]
# A word of "maybe" that, alone before a season to come with no verb at all, hopes for it.
MAYBE_WORDS = [r"quizás?", r"tal vez"]
# What a statement that nothing is decided goes on to list as undecided too ("..., including the filming schedule").
INCLUDING_WORDS = [r"incluid[oa]s?", r"incluyendo", r"entre ell[ao]s"]
# Between a title and the word of its cancellation after it, an auxiliary or two ("has been cancelled").
EVENT_AUXILIARIES = [r"fue", r"ha(?:[^\S\n]+sido)?", r"(?:había|habría)[^\S\n]+sido"]
# A season's name in reality shows, which festivals and prizes have too.
EDITION_NOUNS = [r"edición"]
# What has editions of its own, named next to one ("the 14th edition of the festival"): no show's season.
EVENT_NOUNS = [r"festival", r"gala", r"premios", r"feria"]
# The subject pronouns that stand only for a person, never for a show: "... that she will not be back", "protagonizada
# por Olga Ferrán, quien no volverá".
PERSON_PRONOUNS = [r"él", r"ella", r"quien", r"quién"]
# A word of ending, whose subject may be a season that airs its last episode ("Season 2 of Harbor Lane ends tonight").
ENDING_WORDS = [r"fin(?![\w])", r"termin", r"acab"]
# A word of when between a word of ending and the season after it ("Chega ao fim hoje a segunda temporada").
ENDING_ADVERBS = [r"hoy", r"finalmente", r"mañana"]
# The past tense of "to be" in a final statement, which makes the last season the last one aired ("it was the last one").
PAST_COPULAS = [r"fue", r"fueron", r"era"]
# A word of a run's end, which a time clause before it tells as a time ("since the show ended").
ENDED_WORDS = [r"termin", r"acab"]
# A word of an executive's office written right before the platform's name ("Head of Content WeTV Indonesia Gita Pramesthi").
OFFICE_WORDS = [r"directora?", r"ceo"]
# A word for a number or a room that the number after it completes, in a title ("Apartment No. 9").
NUMBER_NOUNS = [r"número", r"n[º°]", r"habitación"]
# The pronoun that takes up a work named before ("Missed the first film? It is now on Prime Video").
WORK_PRONOUNS = [r"él", r"ella"]
# What a platform shows of a season before it airs ("a first-look image, released today": the image's release).
PROMO_WORDS = [r"imagen", r"imágenes", r"fotos?", r"póster", r"carteles?", r"tráiler", r"avances?", r"adelantos?", r"teaser"]
# A word of the time over which a season's audience was counted ("averaged 6.4 million viewers across its third season").
OVER_WORDS = [r"durante"]
# The episodes of a season, between a release word and the season ("ya están disponibles los ocho episodios de la
# segunda temporada"): what was released is that season.
EPISODES_OF = [r"(?:todos )?(?:los |sus )?(?:\w+ )?(?:episodios|capítulos) (?:de la|de su|del|de)"]
# The episodes of a season still to air, named before their release word ("The three remaining episodes will air on ...").
REMAINING_EPISODES = [r"episodios[^\S\n]+restantes"]
# A word of "between", before the steps or the seasons it counts ("between the first and the second season").
BETWEEN_WORDS = [r"entre"]
# A work's only season, which is its first: "its only season premiered in September".
ONLY_SEASON = [r"su (?:única|sola) temporada"]
# The word that opens a question about when: an interview's "When will viewers see it?", answered by a time.
WHEN_QUESTION = [r"(?:y |pero |entonces,? )?cuándo"]
# The word that opens an indirect yes-or-no question ("No se sabe si la tercera temporada será la última"): a final
# statement after it, in its clause, is asked, not told.
WHETHER_WORDS = [r"si"]
# The words that open a question of who, which or how many ("It is not yet known who will return"): a doubt right
# before the question, or after it when the question opens the sentence, is about that, not about the season.
OPEN_QUESTION_WORDS = [r"quién(?:es)?", r"cuál(?:es)?", r"cuánt[oa]s", r"qué(?= (?:personajes|actores|actrices|intérpretes|rostros|caras)(?![\w]))"]
# The words around "A and B" that count two works, not one title with "and" in it: before ("the freshman comedies
# A and B", "both A and B") and after ("A and B each").
PAIR_BEFORE = [r"comedias", r"series", r"ambas", r"ambos"]
PAIR_AFTER = [r"cada una", r"ambas", r"ambos"]
# The sequel and the word that joins it to the work it follows ("the sequel to the film that drew 2 million viewers"):
# what a relative clause after it tells is of that earlier work.
SEQUEL_OF = [r"(?:secuela|continuación) (?:de|del)",
             # "cuarta entrega de la saga de acción que ha reunido a 9 millones de espectadores": the saga's run so far
             r"(?:entrega|película|capítulo) de (?:la|una) (?:saga|franquicia)(?: de [\w-]+| [\w-]+)?"]
# What a work is based on ("based on the second novel, which came out in 2021"): what a relative clause after it
# tells is of that source.
BASED_ON = [r"basad[ao]s? en", r"adaptación (?:de|del)", r"inspirad[ao]s? en"]
# The possessive determiners ("pas de deuxième saison pour son thriller lancé en janvier": the work's own launch).
POSSESSIVES = [r"su", r"sus"]
# The words that set another work against the subject ("Unlike Stonefield, the drama will not return"): that work
# is not what the sentence speaks of.
CONTRAST_WORDS = [r"a diferencia (?:de|del)", r"al contrario (?:de|del)"]
# A weekly cadence ("New episodes drop every Friday through December"): before "until", the rest of a season on air.
WEEKLY_WORDS = [r"cada (?:semana|lunes|martes|miércoles|jueves|viernes|sábado|domingo)", r"todos los (?:lunes|martes|miércoles|jueves|viernes|sábados|domingos)", r"semanalmente"]
# The word before the platform a work is made for ("la troisième saison de Double Fond pour Canal+"): no title word.
MADE_FOR = ["para"]
# A photo's caption names people in a work and ends on its credit ("Clara Penhaligon and Dev Sandhu in The
# Understudy. Photo: Apple TV+"): the word between the people and the work, and the credit's words.
CAPTION_IN = ["en"]
PHOTO_CREDITS = [r"fotos?:", r"imagen:", r"cortesía", r"©"]
# A word of consequence: after a shoot, the time it leads to is the release's ("we shoot in the autumn, so
# realistically the start of next year").
CONSEQUENCE_WORDS = [r"así que", r"por lo que"]
# A word of what comes next: "agreed to a ninth season, then it is over" (the end is of the season after).
THEN_WORDS = [r"luego", r"después(?! de)", r"tras eso"]
# A weekday just gone ("opened last Friday"): the one before the article's date.
PAST_WEEKDAY = [r"el pasado {d}", r"el {d} pasado"]
# the words that open a calendar's day written with a one-digit month ("el 23/4", "am 23.4."): see when.py
DAY_OPENERS = ["el", "del", "al"]
# whom unnamed sources are close to, before its name: "fuentes cercanas a la productora, Levante Films, aseguran"
CLOSE_TO_WORDS = [r"fuentes? (?:cercanas?|próximas?|allegadas?) a", r"fuentes? (?:de|del) (?:entorno|círculo) (?:de|del)", r"personas? (?:cercanas?|próximas?) a"]
# The season before the one spoken of, unnumbered: "tres años después de que la temporada anterior se estrenara".
PREVIOUS_SEASON = [r"(?:la|su) (?:temporada|entrega) (?:anterior|previa|precedente)", r"(?:la|su) anterior (?:temporada|entrega)"]
# A word that tells a release not come yet, with its negation: "aún no se ha estrenado" (the season still to come).
NOT_YET_WORDS = [r"aún", r"todavía"]
