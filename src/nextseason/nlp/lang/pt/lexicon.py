"""Portuguese cue words (regular-expression fragments, matched case-insensitively as whole words).

Brazilian and European spellings both occur ("filme", "série", "equipa"/"equipe");
fragments cover both where they differ.
"""

CODE = "pt"
NAME = "Portuguese"
# No enclitic suffixes to strip: cue fragments carry their own endings.
WORD_SUFFIXES: list[str] = []

# Nouns that number an installment: "temporada 2", "terceira temporada", "3ª temporada", "segundo filme".
SEASON_NOUNS = [r"temporadas?", r"edi[çc](?:ão|ões)"]  # a reality show's season is its "edição"
# a season written with its letter and number: "la T2 de ...", "T02E05"
SEASON_LETTERS = ["T"]
# "capítulo" is left out: in Brazilian television it means an episode.
FILM_NOUNS = [r"filmes?", r"partes?", r"longas?(?:-metragens?)?"]
# Nouns that split one season in two (the film noun for a part, and a volume): beside a season they name no installment
# of their own ("temporada 4 parte 2", "a segunda parte da temporada 4").
PART_NOUNS = [r"partes?", r"volumes?"]
# Words that tie such a part to the season after it.
PART_OF = ["de", "da", "do"]
# An unnumbered new season ("renovada para mais uma nova temporada"): the one after the last that aired, when the article names it.
# (not a broadcaster's programming year: "a apresentação da sua nova temporada televisiva")
NEW_SEASON = [r"(?:nova|outra|próxima)[^\S\n]+temporada(?![^\S\n]+(?:televisiva|de[^\S\n]+(?:televisão|programação)))", r"temporada[^\S\n]+nova", r"mais[^\S\n]+uma[^\S\n]+temporada"]
# "renewed for two more seasons": that many after the last one named or aired ({n}: the count)
# "as duas primeiras temporadas": the seasons up to that many (see seasons.py)
FIRST_SEASONS = [r"{n}[^\S\n]+primeiras[^\S\n]+temporadas"]
MORE_SEASONS = [r"mais[^\S\n]+{n}[^\S\n]+temporadas", r"{n}[^\S\n]+(?:novas[^\S\n]+temporadas|temporadas[^\S\n]+adicionais)"]
# ("a série vai ganhar uma continuação": of a series, its next season)
# (not "suas respectivas continuações", each of several works' own)
SEQUEL_NOUNS = [r"sequências?", r"sequelas?", r"sequel", r"continuação"]
# "a última temporada" usually announces the end; "a última temporada lançada" is only the latest one.
FINAL_WORDS = [r"[úu]ltimas?(?!\s+temporadas?\s+(?:até agora|lançadas?|exibidas?|disponíveis?|disponível))", r"finais?",
               r"final", r"derradeira", r"definitiva"]
# "temporada final": a final word after the noun.
FINAL_AFTER_NOUN = [r"finais", r"final", r"derradeira", r"definitiva"]
# the first season by its debut, the word after the noun ("a temporada de estreia chegou em março")
FIRST_AFTER_NOUN = ["de estreia"]
# "cancelada após duas temporadas": the count is the last season made.
# (and "não confirmou nada além da segunda temporada": what lies past the season named is the next one)
AFTER_COUNT_WORDS = [r"que (?:teve|durou)",
                     # ("A série durou duas temporadas e foi cancelada": the seasons it had)
                     r"(?<!não )durou", r"(?<=passou )d[ao]", r"(?<=passaram )d[ao]", r"após", r"além d[eao]", r"depois d[eao]", r"depois(?= que)", r"ao fim d[eao]", r"ao final d[eao]",
                     # ("já se foi com apenas uma temporada": with an ordinal, no count, see seasons.py)
                     r"com"]
# "one" after those words: "annulée après une saison" is cancelled after one season
ONE_AFTER_COUNT = ["uma", "um", "única", "uma única", "uma só", "apenas uma", "só uma", "somente uma"]
NUMBER_JOINERS = ["e", "&", ",", "ou", "a", "até"]
# O que uma frase chama às palavras da anterior ("Essa informação circula nas redes").
TOLD_BEFORE = [r"(?:essa|esta|tal) (?:informação|notícia|versão|afirmação)", r"(?:esse|este|tal) (?:rumor|boato)", r"(?:o|os) (?:boatos?|rumor|rumores)(?! (?:de|sobre|d[eoa]s?) )"]
# Joiners of a range ("temporadas 3 a 5": as do meio também).
RANGE_JOINERS = ["a", "até"]
# "Season 1 aired in 2023 and season 3 is being written": the word that joins two clauses
CLAUSE_AND = ["e"]
# "will continue through season 3": a renewal up to that season, from the next one on
THROUGH = ["até"]

NUMBER_WORDS = {
    "dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
    "dez": 10, "onze": 11, "doze": 12,
}
ORDINALS = {
    "primeira": 1, "primeiro": 1, "segunda": 2, "segundo": 2, "terceira": 3, "terceiro": 3, "quarta": 4, "quarto": 4,
    "quinta": 5, "quinto": 5, "sexta": 6, "sexto": 6, "sétima": 7, "setima": 7, "sétimo": 7, "setimo": 7, "oitava": 8,
    "oitavo": 8, "nona": 9, "nono": 9, "décima": 10, "decima": 10, "décimo": 10, "decimo": 10,
    # "as duas séries ganharam segundas temporadas": one each
    "segundas": 2, "terceiras": 3, "quartas": 4, "quintas": 5, "sextas": 6, "sétimas": 7, "oitavas": 8, "nonas": 9, "décimas": 10,
}
# "3ª temporada", "2º filme".
ORDINAL_PATTERNS = [r"(\d{1,2})\.?[ªº°]"]
# "a quarta temporada será a última": the season after it will not be made.
FINAL_STATEMENTS = [
    # ("anunciou o fim de X, que acontecerá na 4ª temporada": the end it announced comes with that season)
    r"(?<=, )que (?:acontecerá|vai acontecer|ocorrerá|acontece|virá) (?:na|em sua|na sua|com a) (?:\d{1,2}ª |[\w-]+ )?temporada",
    # "A quarta temporada marca o fim da série": that season is the last
    r"(?:marca|marcará|marcaria) (?:também )?o (?:fim|final|encerramento) (?:da série|da história|da saga|de [\"“‘'«])",
    # "O terceiro filme será o capítulo final": that one is the last
    r"(?:será|seria|é) (?:o|seu) (?:capítulo|volume) (?:final|derradeiro)",
    # "vai terminar no fim da sua quarta temporada": that season is the last
    r"(?:terminará|acabará|vai terminar|vai acabar|chegará ao fim|se despedirá|encerrará) (?:no|ao|com o) (?:fim|final) d[ae] (?:sua |a |esta )?(?:\w+ )?temporada",
    # (not "E não será a última": the negation says it goes on)
    r"(?<!não )(?:será|é|foi|seria|serão|como|vai ser|vão ser|ia ser) (?:também |ainda |oficialmente )?(?:a |sua )?(?:[úu]ltima|final|derradeira)(?: temporada| parte| filme)?"
    # (not a rank among shows: "será a última série nacional lançada em 2019 pela empresa")
    r"(?! (?:série|novela|produção|estreia|novidade|atração)s?(?![\w]))",
    # ("que termina mesmo na segunda temporada": an adverb between)
    r"(?:terminará|acabará|encerrará|se despedirá|chegará ao fim|vai terminar|vai acabar|termina|acaba"
    # ("A história se encerra na quarta temporada", "encerra-se na quarta temporada")
    r"|se encerra|se encerrará|encerra-se|encerrar-se-á"
    # ("'Império Azul' será finalizada em sua sexta temporada")
    r"|será (?:finalizada|encerrada|concluída)|vai ser (?:finalizada|encerrada|concluída)"
    # (or told once it is over: "A série terminou na terceira temporada", "parou na terceira temporada")
    r"|terminou|acabou|parou|se encerrou|encerrou-se|chegou ao fim|foi (?:finalizada|encerrada|concluída))"
    r" (?:mesmo |mesmo assim |já |agora |oficialmente |de vez |definitivamente )?(?:com|na|em) (?:a |sua |uma |esta )?(?:\w+ )?temporada",
    r"temporada (?:final|de despedida)", r"ponto final",
    # the episodes said to be the last: "confirmou que esses oito episódios serão os últimos"
    r"(?:serão|são|seriam) (?:também |ainda )?(?:os |seus )?[úu]ltimos(?= da série|[.,;:!?]|$)",
    # o que uma temporada faz à série: "a quinta temporada encerrará a série", "vai encerrar a série", "será a despedida"
    # (not one that ends it with no season more: "encerraria a série sem uma terceira temporada", see CANCELLATION)
    r"(?:encerrará|encerrarão|encerraria|encerra|vai encerrar|vão encerrar|irá encerrar|irão encerrar|concluirá|vai concluir|fechará|vai fechar) (?:de vez |definitivamente )?a (?:série|história|saga|trama|trilogia)(?! sem )",
    r"(?:será|seria|é) a despedida (?:da (?:série|história|saga)|de(?= (?!(?:um|uma|seu|sua|personagem|ator|atriz|elenco)(?![\w]))))",
]
# The adjectives that may follow a type noun before the title: "o drama jurídico Sala Sete".
_genre_adjectives = (
    r"(?:brasileir[ao]|portugues[ao]?|nacional|coreano|coreana|american[ao]|espanhol[ao]?|britânic[ao]|policial|dramátic[ao]|"
    r"juvenil|familiar|históric[ao]|médic[ao]|jurídic[ao]|romântic[ao]|psicológic[ao]|fantástic[ao]|sobrenatural|"
    r"distópic[ao]|documental|de comédia|de terror|de ação|de ficção científica|de ficção|de suspense|de época|original|"
    r"de sucesso|animad[ao]|de animação|ambientad[ao]|culinári[ao]|gastronómic[ao]|gastronômic[ao]|de culinária|musical)"
)
# Nouns for a kind of work; a title right after one (and its adjectives) is likely a title.
# A work of its own beside the one it comes from ("X: Origins, a prequel spinoff of X"): the two stay apart.
SPINOFF_WORDS = [r"spin-?offs?", r"prequelas?", r"séries? derivadas?", r"derivad[ao]s?"]
# right before a new work's own name, far from its spinoff word: "a spinoff centred on the landlady, provisionally
# titled 'The Landlady'"
WORKING_TITLE = [r"(?:provisoriamente )?(?:chamad[oa]|intitulad[oa])", r"(?:com|sob) o título (?:provisório )?(?:de )?", r"cujo título provisório é"]
TYPE_NOUNS = [
    rf"(?:s[ée]ries?|minisséries?|(?:k-)?dramas?|doramas?|novelas?|comédias?|thrillers?|suspenses?|filmes?|longas?(?:-metragens?)?|"
    rf"sagas?|franquias?|animes?|docusséries?|sitcoms?|adaptação|produção|sucesso|trama|ficção|"
    # unscripted kinds: "o reality culinário Panelas de Ouro", "o concurso A Grande Quinta"
    rf"realitys?|reality shows?|concursos?|competição|talent shows?)(?: {_genre_adjectives}){{0,2}}",
]
TITLE_CONNECTORS = ["de", "da", "do", "das", "dos", "e", "a", "o", "os", "as", "em", "no", "na", "nos", "nas", "com", "sem",
                    "por", "para", "um", "uma", "ao", "à", "sob", "sobre", "entre", "of", "the", "and", "&",
                    # (the small words of an English title, which the language does not use: "Alice in Borderland")
                    "in", "at", "to", "for", "with", "from"]
# A title in sentence case opens on a capitalised article inside a sentence ("a segunda temporada de O jardim
# secreto"); these words end it (a verb, a conjunction, a relative).
TITLE_ARTICLES = ["O", "A", "Os", "As", "Um", "Uma"]
TITLE_ENDS = ["que", "quem", "qual", "quando", "onde", "como", "e", "ou", "nem", "mas", "em", "no", "na", "nos", "nas",
              "com", "por", "pela", "pelo", "para", "segundo", "após", "desde", "até", "se", "já", "não", "sim", "também",
              "ainda", "é", "são", "foi", "foram", "era", "será", "serão", "tem", "têm", "terá", "vai", "vão", "volta",
              "voltam", "chega", "chegam", "estreia", "estreiam", "segue", "seguem", "continua", "termina", "acaba",
              "recebe", "ganha", "ganham", "está", "estão", "estará", "pode", "podem", "poderia", "deve", "devem",
              "oficialmente", "finalmente",
              # the past and the future: "confirmou", "terá", "voltarão", "renovaram"
              r"\w+ou", r"\w+rá", r"\w+rão", r"\w+aram", r"\w+eram", r"\w+iram"]
COMMON_CAPITALISED = [
    # the seasons of the year, capitalised in Portugal: "vai voltar no próximo Verão para a segunda temporada"
    "verão", "inverno", "primavera", "outono",
    # a fact box's labels: "Status: Renovada", "Plataforma: Netflix"
    "status", "situação", "plataforma", "canal", "gênero", "criador", "criadora",
    # a page's own lines: "Comentários (3)"
    "comentários", "comentário",
    "atualização", "atualizado",  # "Atualização: ...": an update's label
    # the gerunds that open a sentence ("... da 2ª temporada Tendo agradado ao público, a emissora ...": a heading run
    # into its paragraph)
    "tendo", "sendo", "estando", "havendo", "fazendo", "considerando",
    "divulgação", "reprodução",  # a photo's credit: "[Foto: ... — Divulgação/Jangada Filmes]"
    "carnaval", "natal", "páscoa", "réveillon",  # "estreia no Carnaval do ano que vem": a holiday, a time
    "o", "a", "os", "as", "um", "uma", "uns", "umas", "este", "esta", "estes", "estas", "esse", "essa", "isso", "isto",
    "aquele", "aquela", "seu", "sua", "seus", "suas", "e", "ou", "mas", "porém", "contudo", "no", "na", "nos", "nas", "do",
    "da", "dos", "das", "de", "em", "com", "sem", "por", "para", "pelo", "pela", "segundo", "após", "depois", "antes",
    "desde", "até", "sobre", "entre", "como", "quando", "enquanto", "embora", "se", "sim", "não", "já", "ainda", "também",
    "além", "assim", "agora", "hoje", "ontem", "amanhã", "então", "que", "quem", "qual", "quais", "como", "onde", "por que",
    "porque", "tudo", "todos", "todas", "outro", "outra", "outros", "novo", "nova", "ele", "ela", "eles", "elas", "nós",
    "eu", "você", "vocês", "é", "são", "foi", "será", "tem", "há", "aqui", "ali", "segunda-feira", "terça-feira",
    "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo", "temporada", "temporadas", "série", "séries",
    "filme", "filmes", "episódio", "episódios", "capítulo", "capítulos", "parte", "sequência", "estreia", "estreias",
    "trailer", "elenco", "data", "notícias", "notícia", "exclusivo", "oficial", "confirmado", "confirmada", "renovada",
    "renovação", "cancelada", "cancelamento", "leia também", "leia mais", "veja também", "veja", "confira", "saiba mais",
    "foto", "fotos", "vídeo", "imagem", "compartilhe", "publicidade", "por", "redação", "atualizado", "publicado", "fãs",
    "público", "espectadores", "plataforma", "criador", "criadora", "diretor", "diretora", "produtor", "ator", "atriz",
    "protagonista", "top", "dois", "duas", "três", "primeira", "segunda", "terceira", "netflix", "streaming", "tv", "cinema",
    "crítica", "entrevista", "opinião", "brasileira", "brasileiro", "brasileiras", "brasileiros", "nacional", "coreano",
    "k-drama", "drama", "dorama", "aqui", "nos últimos dias", "por enquanto", "enquanto isso", "semana",
]
# Capitalised sentence openers that are no part of a title ("Quando Vento Sul temporada 3 estreia?").
OPENERS = ["quando", "onde", "como", "por que", "porque", "qual", "quais", "vai", "terá", "oficial", "confirmado",
           "confirmada", "exclusivo", "exclusiva", "já", "enfim", "finalmente", "após", "depois", "segundo", "enquanto",
           "além", "também", "agora", "hoje", "atenção", "renovada", "cancelada", "sim", "não", "veja", "confira",
           # the verbs of a headline: "Netflix renova Mar Aberto para a terceira temporada"
           "renova", "cancela", "confirma", "anuncia", "encomenda", "prepara"]
NUMBER_UNITS = [r"milhões", r"milhão", r"mil", r"bilhões", r"episódios?", r"capítulos?", r"dias?", r"semanas?", r"meses",
                r"mês", r"anos?", r"países", r"por cento", r"%", r"horas?", r"minutos?", r"vezes", r"espectadores", r"pontos"]
FUTURE_MARKERS = [r"vai", r"vão", r"irá", r"irão", r"será", r"serão", r"deve(?:m|rá|rão)?", r"previst[oa]s?", r"marcad[oa]s?",
                  r"programad[oa]s?", r"agendad[oa]s?", r"em breve", r"chegará",
                  r"\w{3,}(?:ará|erá|irá|arão|erão|irão)"]  # a verb in the future tense: "estreará", "voltarão"
# The outlet says the platform has made it official: "É oficial: ...".
OFFICIALLY = [r"(?:agora |já )?é (?:agora |já )?oficial",
              # "X foi oficialmente renovada", "foi renovada oficialmente": made official, its maker left unnamed
              r"(?:foi|já foi|é|está) oficialmente(?= (?:renovad|confirmad|cancelad|anunciad)[ao])", r"(?:foi|já foi|é) (?:renovad|confirmad|anunciad)[ao]s? oficialmente"]
# A correction of the outlet's own earlier story: what it said before is withdrawn.
RETRACTION = [r"uma versão anterior (?:desta|deste) (?:matéria|reportagem|notícia|texto|artigo)", r"errata", r"correção(?: \([^()\n]{1,12}\))?:",
              r"(?:informamos|publicamos|dissemos|escrevemos) (?:por engano|erroneamente|incorretamente|equivocadamente)",
              r"(?:esta|este) (?:matéria|reportagem|notícia|texto) foi corrigid[ao]"]
# um plano já abandonado: a data que segue não vale mais ("inicialmente prevista para 2026")
# um costume, não uma decisão: "a Netflix costuma levar alguns meses para renovar suas séries"
# uma obra anterior, citada como currículo: "conhecido por escrever X"
CREDIT_WORDS = [r"conhecid[oa]s? (?:por|pelo|pela)", r"(?:que )?(?:também )?(?:estrelou|protagonizou)",
                r"(?:também )?assinou(?: também)?", r"também (?:criou|escreveu|dirigiu)", r"(?:criou|escreveu|dirigiu) também"]
# feito logo, mesmo com "não": "a Netflix não perdeu tempo e renovou a série"
PROMPTLY = [r"não (?:perdeu|perderam) tempo", r"não (?:hesitou|hesitaram) em", r"não (?:demorou|demoraram) (?:a|para|em)", r"sem perder tempo"]
# uma renovação e um cancelamento nomeados lado a lado, o tema de um resumo ou uma escolha aberta: "a renovação ou
# o cancelamento de várias séries", "cancelamentos e renovações"
DECISION_PAIRS = [r"renovaç(?:ão|ões)(?: (?:e|ou|&) |, | ?/ ?)(?:o |os )?cancelamentos?", r"cancelamentos?(?: (?:e|ou|&) |, | ?/ ?)(?:a |as )?renovaç(?:ão|ões)"]
# the date of a release to be told later: "A Netflix vai anunciar a data de estreia no outono"
DATE_LATER = [r"(?:anunciará|revelará|divulgará|vai anunciar|vai revelar|vai divulgar)(?= (?:a |sua )?data)"]
# (and a kind of show, "like this one", as the subject: "Produções de época como esta exigem muita pós-produção")
# (and what it does often: "A Netflix renova com frequência as produções espanholas de sucesso")
HABITUAL = [r"costuma", r"costumam", r"normalmente", r"geralmente", r"em geral", r"habitualmente", r"com frequência", r"frequentemente", r"muitas vezes",
            r"(?<=[^\W\d_] )como (?:esta|essa|este|esse)(?= [^\W\d_])"]
SUPERSEDED = [r"originalmente", r"inicialmente", r"a princípio",
              # "cancelada pela Netflix embora tivesse sido renovada para uma segunda temporada": a renewal undone
              r"(?:tinha|tinham|havia|haviam|tivesse|tivessem)(?: (?:já|até))?(?: sido)?(?= (?:renovad[ao]s?|encomendad[ao]s?)(?![\w]))",
              # "apesar da renovação para uma quarta temporada, a série foi cancelada": a renewal undone
              r"apesar d(?:a|e sua)(?= (?:\w+ )?renovação)", r"apesar de(?= ter sido renovad[ao])",
              # "renovou a série para a terceira temporada em junho, mas depois a cancelou": the renewal, then its end
              r"(?<=, )mas(?= (?:(?:depois|agora|mais tarde|acabou por) )*(?:a cancelou|o cancelou|cancelou-a|cancelou-o|a cancelar|o cancelar)(?![\w]))",
              # "deveria ter estreado em 2020", "era para estrear em 2020": the plan it had
              r"deveriam? ter (?:estreado|chegado|sido lançad[ao]s?|voltado)", r"(?:era|eram) para(?= (?:estrear|chegar|voltar)(?![\w]))", r"(?:estava|estavam|era|eram) previst[ao]s?",
              r"anteriormente (?:previst|programad|marcad)[ao]s?",
              # "adiou o quarto filme de 13 de março para 9 de outubro": the date it leaves is given up
              r"(?:adi|remarc|empurr|atras)\w*(?: [^.;:!?\n]{1,60}?)? d[eo](?= \d{1,2} de \w+ (?:para|até) )"]
# "A notícia veio da própria criadora": names the source of the sentence before.
FORWARD_SOURCE = [
    r"a (?:notícia|informação|confirmação|novidade) (?:veio|vem|partiu|chegou) (?:diretamente )?(?:d[aoe]s?|pel[oa])",
    r"quem (?:confirmou|anunciou|revelou|deu) (?:a novidade |a notícia |a informação )?foi",
    # "A informação é do site Deadline": the outlet's report
    r"a (?:informação|notícia) (?:é|foi) d[oa]", r"(?:foi o que|é o que) (?:confirmou|anunciou|revelou|disse)",
    # "A informação foi confirmada pelo diretor X", "Isso foi revelado por X"
    r"(?:a (?:notícia|informação|novidade|confirmação)|isso|isto) foi (?:confirmad|anunciad|revelad|divulgad|dad)[oa] (?:diretamente |oficialmente )?(?:pel[oa]s?|por)",
]

# --- events --------------------------------------------------------------
# "Aguardamos os números de audiência antes de decidir": a decision still to take
# (a possible renewal, in RENEWAL, and a hedge, in HEDGES)
_waiting_to_decide = r"(?:aguardamos|aguardam|aguarda|aguardar|esperamos|esperam) (?:[\w-]+ ){1,8}?antes de (?:decidir|tomar uma decisão|definir|bater o martelo)"
# the outlet's odds on a season, no decision: "Uma terceira temporada parece improvável", "As chances de uma terceira
# temporada são pequenas" (a renewal talked of, and a hedge: see HEDGES)
_odds = [r"(?:parece|continua|segue) (?:muito |bastante |cada vez mais )?(?:improvável|pouco provável)",
         r"chances (?:de|para)(?= (?:uma|outra) )"]
RENEWAL = _odds + [
    # "a emissora garantiu que continua prevista a realização de uma segunda temporada": its making is planned
    r"previst[ao] a (?:realização|produção|gravação|filmagem) d[ae] (?:uma |a |sua )?(?:nova |\w+ )?(?:temporada|sequência|continuação)(?![\w])",
    # "A Netflix vai dar uma terceira temporada a «X»", "não dará uma segunda temporada à série": a season given to it
    r"(?:dá|dão|dará|darão|daria|deu|deram|vai dar|vão dar|concede|concederá|concedeu)(?= (?:uma|outra|mais uma) (?:nova |\w+ )?temporada(?: \d{1,2})? (?:a|à|ao|para)(?![\w]))",
    # "A Netflix traz de volta Mar Fundo com uma terceira temporada": bringing it back for a season
    r"(?:traz|trará|trazem|trouxe) de volta(?= (?:[^\s.,;:!?]+ ){1,5}?(?:com|para|por) (?:uma|sua|a) (?:\w+ )?temporada(?![\w]))",
    # "uma terceira temporada já está garantida": assured
    r"(?<!não )(?:já )?(?:está|estão|foi|foram) (?:oficialmente )?garantid[ao]s?",
    # "o elenco já demonstrou interesse em voltar": a wish
    r"interess(?:e|ad[oa]s?) em (?:voltar|retornar|continuar|fazer (?:uma|outra|mais)|(?:uma|outra) (?:\w+ )?(?:temporada|sequência|continuação))",
    # "a segunda temporada está sendo planejada", "está em fase de planejamento": a season being planned
    r"(?:está|estão) sendo planejad[ao]s?", r"(?:está|estão) a ser planead[ao]s?", r"(?:está|estão) em (?:fase de )?planejamento",
    # "Segundo o criador, há planos para continuar a história": a plan, no decision (hedged: see HEDGES)
    r"(?<!não )(?<!nem )(?:há|existem?) [\"“]?planos(?: concretos| sérios)?[\"”]? (?:de|para) (?:continuar|renovar|seguir com|(?:fazer )?(?:uma|a) (?:nova|próxima|\w+) temporada)",
    # what is left to others to decide: "uma terceira temporada depende da Netflix e do público"
    r"(?<!se )(?<!não )depende(?:rá|m|rão)? (?:\w+ )?(?:de|da|do|das|dos)(?= )", r"vai depender (?:de|da|do|das|dos)(?= )",
    # a door left open: "never say never"
    r"nunca (?:dizer|diga|digo|diz) nunca",
    # "a Netflix aprovou a segunda temporada", "uma quarta temporada já estaria aprovada": approved, made
    r"aprov(?:ou|a|am|aram|ará)(?= (?:a|uma|o|um|mais|outra) )",
    r"(?:foi|foram|está|estão|estaria|estariam|seria|seriam|é|são) (?:já |oficialmente )?aprovad[ao]s?",
    # asking for a season, a hope (see HEDGES): "assinaram para pedir uma terceira temporada"
    r"pedir(?= (?:uma|um|outra|mais) )",
    # a platform showing the season's trailer: "A Apple TV+ divulgou nesta terça o trailer da quarta temporada"
    # ("divulgou nesta quarta-feira (3) a primeira imagem da segunda temporada", "revela primeira imagem da 2ª temporada")
    r"(?:divulgou|divulga|lançou|lança|revelou|revela|apresentou|publicou|mostrou|liberou|libera) (?:[\w()-]+ ){0,4}?(?:(?:o|a|um|uma|os|as|seu|sua) )?"
    r"(?:primeiro |primeira |novo |nova |aguardado )?(?:trailer|teaser|primeiras imagens|primeira imagem|primeiras fotos|pôster)(?= (?:da|do|de|oficial))",
    # talk of a season, a hope (see HEDGES): "Já conversamos sobre uma terceira temporada no set"
    r"(?:conversamos|conversaram|conversado|falamos|falaram|falado) (?:sobre|de)(?= (?:uma|um|outra|outro) )",
    # "estamos a olhar com atenção para os números": a platform weighing the next season
    r"(?:olhando|a olhar) (?:com (?:muita )?atenção |de perto )?para os (?:números|dados|resultados)", r"(?:analisando|a analisar|estudando|a estudar) (?:com (?:muita )?atenção |de perto )?os (?:números|dados|resultados)",
    # "A Netflix tornou a notícia oficial neste sábado. A segunda temporada ..." (what it makes official follows)
    r"(?:tornou|torna|tornaram|tornam) (?:a notícia |isso |tudo )?oficial",
    # "anunciou a produção de uma segunda temporada": the season will be made
    r"(?:a )?produção de uma (?:nova |\w+ )?temporada",
    # revealing the date: "unveiled the premiere date. The second season arrives on ..." (what it announces follows)
    r"(?:revel|divulg)(?:ou|a|aram)(?= (?:[^.;:!?\n]{0,40}? )?(?:a data|as datas))",
    # "a Universal contratou Park Ji-hoon para dirigir 'Operação Tempestade 3'"
    r"(?:contratou|contrataram|escolheu|escolheram|escalou|escalaram|teria contratado) (?:[^.;:!?\n]{1,40}? )?para (?:dirigir|escrever|roteirizar)",
    # "RTP e Netflix fecharam acordo para coproduzir a segunda temporada"
    r"(?:coproduzir(?:á|ão)?|coproduz(?:em)?|(?:acordo|parceria) para (?:co)?produzir)(?= (?:a|uma|o|um|sua|seu) (?:nova )?(?:\w+ )?(?:temporada|filme|sequência|parte))",
    # "o Globoplay vai produzir a terceira temporada", "é salva pelo Globoplay": a platform that takes it on
    r"(?:vai|vão|irá|irão) produzir(?= (?:uma|a|as|mais|outra|nova|novas) )", r"produzirá(?= (?:uma|a|as|mais|outra|nova|novas) )",
    r"(?:é|foi|será) salv[ao] pel[ao]",
    # "haverá uma segunda temporada"
    r"(?<!não )(?:haverá|vai haver|irá haver|deve haver)(?= (?:uma? )?(?:\w+ )?(?:temporada|sequência|continuação|parte)(?![\w]))",
    # "a plataforma confirmou que haverá uma terceira": the ordinal alone stands for the season
    r"(?<!não )(?:haverá|vai haver|vai ter|terá) uma(?= (?:segunda|terceira|quarta|quinta|sexta|sétima|oitava)(?:[.,;:!?\n]|$))",
    r"renov(?:ou|ada|ado|adas|ados|ar|ará|aram|ação|a|am)",
    # "confirmou que a série não volta" is no renewal: the negative clause is a cancellation
    # (nor "ainda não anunciou quem substituirá a atriz": who is cast says nothing of the season)
    r"confirm(?:ou|a|am|aram|ada|ado|adas|ados)(?![^.;]{0,60}?\bque\b[^.;]{0,60}?\bnão\b)(?! (?:quem|qual|quais|onde|como)\b)",
    r"anunci(?:ou|a|am|aram|ada|ado)(?![^.;]{0,60}?\bque\b[^.;]{0,60}?\bnão\b)(?! (?:quem|qual|quais|onde|como)\b)", r"oficializ(?:ou|a|ada|ado)",
    # "ao anunciar uma terceira temporada": what it did in announcing
    r"(?<=ao )(?:anunciar|confirmar|oficializar)", r"(?:anunciando|confirmando|oficializando)(?= (?:uma|um|a|o|sua|seu) )",
    r"(?:já )?é oficial", r"(?:deu|dá|dão|recebeu|ganhou) (?:o )?sinal verde", r"sinal verde",
    # Portugal: "A TVI deu luz verde à segunda temporada", "A SIC vai avançar com uma segunda temporada"
    r"(?:deu|dá|dão|recebeu|ganhou) (?:a )?luz verde", r"luz verde", r"(?:vai|vão|irá) avançar com",
    # "o Hulu deu discretamente uma segunda temporada a Dry Gulch": a season given to the show
    r"(?:deu|dá|dão|deram|tem dado) (?:[\w-]+ ){0,3}?(?:uma|mais uma|outra) (?:nova )?(?:[\w-]+ )?temporada (?:a|à|ao|para)(?= )",
    r"aprov(?:ou|a|am|aram|ada|ado)(?= (?:a|uma|o|um|mais) )", r"garantiu (?:a|uma|mais) (?:\w+ )?temporada", r"encomend(?:ou|a|ada|ado)",
    r"(?:terá|vai ter|vai ganhar|ganhará|ganha|ganhou|teria|teriam|ganharia|ganhariam"
    r"|(?:deve|devem|deverá|deverão|pode|podem|poderá|poderão|poderia|poderiam) (?:ganhar|ter)) (?:não (?:só|apenas) )?(?:uma |um |mais uma |sua |a |o )?(?:nova )?(?:\w+,? (?:(?:e|ou|mas(?: também)?) (?:até |mesmo )?(?:uma |um )?\w+ )?)?(?:temporada|filme|sequência|continuação|parte)",
    # (not "por volta das 22h40": around a time)
    r"voltará", r"voltarão", r"retornará", r"regressará", r"regressarão", r"(?:vai|vão|irá|irão) (?:voltar|retornar|regressar)", r"(?<!por )(?:volta|retorna)(?! a \w+(?:ar|er|ir)\b)(?! (?:a|ao|à) (?:um |uma |o |a )?(?:papel|personagem|palco|teatro|televisão))", r"continuará", r"vai continuar",
    r"segue em frente", r"a história (?:continua|continuará|vai continuar)",
    # (not the page's own note: "Notícia em desenvolvimento")
    r"(?:está|estão) em (?:desenvolvimento|produção|preparação|andamento)", r"(?<![Nn]otícia )(?<![Mm]atéria )(?<![Rr]eportagem )em desenvolvimento",
    r"prepara(?:m)? (?:a|uma|o|um|sua|seu) (?:nova )?(?:\w+ )?(?:temporada|filme|sequência|parte)",
    r"(?:está|estão|estaria|estariam) (?:preparando|desenvolvendo)",
    # "o diretor já está trabalhando na continuação", "estamos trabalhando na segunda temporada"
    r"(?:está|estão|estamos|estou|estaria|estariam) (?:já )?(?:trabalhando|a trabalhar) (?:n[ao]|em (?:uma|um)) (?:nova |novo )?(?:\w+ )?(?:temporada|filme|sequência|continuação|parte)",
    r"planej(?:a|am|ando|ava|avam) (?:uma|a|um|o) (?:nova |\w+ )?(?:temporada|sequência|filme|continuação)",
    r"resgat(?:a|ou|ará|ada|ado)", r"reviv(?:e|er|erá)", r"volta marcada",
    # hedged renewals: the hedge makes them `possible`
    _waiting_to_decide,
    r"em (?:negociação|negociações|conversas|tratativas)", r"negociando", r"negocia(?:m)?", r"negociações?", r"tratativas",
    # (a word the article quotes, too: 'A Netflix informou que está "avaliando" a continuação')
    r"(?:está|estão|estamos) [\"“«]?(?:avaliando|estudando|considerando|analisando|cogitando)",
    # "a plataforma avalia todas as opções": every way is weighed, none chosen
    r"(?:avalia|estuda|analisa|considera)(?:m|ndo)? (?:ainda )?todas as (?:opções|possibilidades)",
    # "Tenho muita vontade de fazer": the creator's wish
    r"(?:tenho|temos|tem) (?:muita |uma enorme )?vontade de (?:fazer|continuar|voltar|gravar)", r"cogita(?:da|do|m)?",
    r"(?:seguimos|segue|seguem|continuamos|continua|continuam) (?:avaliando|estudando|analisando|considerando)",
    # (European Portuguese: "Estamos a avaliar a terceira temporada com a produtora")
    r"(?:está|estão|estamos|estou|estar|segue|seguem|seguimos|continua|continuam|continuamos) [\"“«]?a (?:avaliar|estudar|analisar|considerar|ponderar|negociar)",
    # "Sobre um terceiro filme, existe conversa com o elenco", "há conversas em andamento para": talks, no decision
    r"(?:existe|existem|há) (?:uma |umas )?conversas?(?: em (?:andamento|curso))?(?= (?:com|sobre|para|entre))",
    r"(?:avalia|avaliam|estuda|estudam|considera|consideram|analisa|analisam) (?:uma|um|a|o|os|as|renovar|continuar|fazer|produzir)(?![\w])",
    r"não descarta(?:m)?", r"não (?:está|estaria|foi|é) (?:totalmente |completamente )?descartad[ao]", r"não fecha(?:m)? (?:a porta|as portas)", r"não (?:quis|quer|quiseram|querem|queria) fechar (?:a porta|as portas)", r"deixa(?:m)? (?:a porta|as portas) abertas?", r"torc(?:e|em|endo) (?:por|para)", r"(?:sonha|sonham) com", r"(?:gostaria|gostaríamos|adoraria|adoraríamos)",
    # the wish as Portugal says it (see HEDGES): "Gostávamos muito de fazer uma terceira temporada"
    r"(?:gostava|gostávamos)(?= (?:muito |imenso |bastante )?(?:que|de (?:ver|fazer|voltar|regressar|continuar)))",
    # European Portuguese wishes in the imperfect: "Gostávamos muito que voltassem para uma terceira temporada"
    r"(?:gostava|gostávamos)(?= (?:muito |imenso )?(?:que|de ver))",
    # European Portuguese's imperfect for a wish ("Adorava voltar à aldeia"); "Se depender de mim, tem um quarto filme"
    r"(?:adorava|adorávamos|gostava|gostávamos)(?= (?:de )?(?:voltar|fazer|continuar|regressar|gravar|repetir))",
    r"(?:tem|terá|vai ter) (?:um|uma) (?:segund|terceir|quart|quint|sext)[oa] (?:filme|temporada)",
    r"pedem", r"pedindo", r"reivindicam", r"clamam por", r"petição", r"campanha", r"(?:está|estão|estou|estamos) abert[oa]s? a",
    # "um abaixo-assinado ... pede a volta dos moradores"; "a série 'segue em avaliação'"
    r"abaixo-assinado", r"pede(?= (?:a|o|uma|um|mais) )", r"(?:segue|seguem|está|estão|continua|continuam) em (?:avaliação|análise|estudo)",
    r"(?:é|seria) possível",
    r"ideias? para",
]
CANCELLATION = [
    # "a plataforma anunciou o fim de 'Cidade de Vidro', que acontecerá na 4ª temporada": an end announced of a work
    r"(?:anunciou|anuncia|anunciaram|confirmou|confirma|confirmaram|decretou|oficializou) o (?:fim|final|encerramento)(?= d[aeo]s? )",
    # "A comédia não passou da primeira temporada": it ended there (the season named the last made)
    r"não (?:passou|passaram)(?= d[ao] (?:sua )?)",
    # "Sai de cena depois de duas temporadas", "se despede após uma única temporada": a series that leaves after its seasons
    r"(?:sai|saiu|sairá) de cena(?= (?:depois de|após) (?:apenas |só |uma única )?(?:\w+ )?temporadas?(?![\w]))",
    r"se (?:despede|despediu)(?= (?:depois de|após) (?:apenas |só |uma única )?(?:\w+ )?temporadas?(?![\w]))",
    # "já se foi com apenas uma temporada", "se foi após duas temporadas": gone, its seasons counted
    r"se (?:foi|vai|foram|vão)(?= (?:com|depois de|após) (?:apenas |só |somente |uma única )?(?:\w+ )?temporadas?(?![\w]))",
    # "Em vez de uma terceira temporada, a história terminará com um filme": a temporada deixada de lado não será feita
    r"(?:em vez de|ao invés de|em lugar de)(?= (?:uma|outra) (?:[\w-]+ )?temporada(?![\w]))",
    # "afirmou que não pretende fazer uma terceira temporada": quem cria não vai continuar
    r"não (?:pretende|planeja|quer|vai) (?:fazer|produzir|escrever|gravar|filmar) (?:uma|outra|mais uma|novas?)(?= (?:[\wçãáéíóúâêô-]+ )?(?:temporadas?|sequências?|continuações?|filmes?)(?![\w]))",
    # "uma terceira temporada nunca foi planejada": the makers meant it to end
    r"nunca (?:foi|foram|esteve|estiveram) (?:planejad[ao]s?|planead[ao]s?|previst[ao]s?|nos planos)",
    # ("a comédia romântica termina após duas temporadas": its run ends, its seasons counted after it)
    r"(?:termina|acaba|chega ao fim|terminou|acabou|chegou ao fim|terminará|acabará|chegará ao fim)(?= (?:após|depois de) (?:suas |sua |a )?(?:\w+ )?temporadas?(?![\w]))",
    # "A terceira temporada de X não vai acontecer": it will not be made
    r"não (?:vai|vão|irá|irão) (?:acontecer|existir|ser (?:feita|feitas|produzida|produzidas|gravada|gravadas))(?![\w])",
    r"não (?:será|serão) (?:feita|feitas|produzida|produzidas|gravada|gravadas)(?![\w])",
    # a network's own words: "Embora não vamos seguir em frente com uma terceira temporada, agradecemos ..."
    r"não (?:vamos|vai|vão|iremos|irá|irão) (?:seguir em frente|seguir adiante|avançar|continuar) com",
    # "descartou uma segunda temporada", "Não há segunda temporada prevista": there will be none
    r"(?<!não )descart(?:ou|a|am|aram) (?:uma|a|qualquer) (?:\w+ )?(?:temporada|sequência|continuação)",
    r"não (?:há|haverá|existe) (?:uma |nenhuma )?(?:\w+ )?temporada (?:\w+ )?(?:prevista|planejada|planeada|em andamento)",
    # "Não vai ter Caçadores do Pantanal 3": a title with its number that will not be made
    r"não (?:vai ter|vai haver|haverá|teremos|terá)(?= (?:[^\s.,;:!?]+ ){1,5}(?:[2-9]|1[0-2]|ii|iii|iv)(?:[.,;:!?\"”»’)]|\s|$))",
    # "não vamos fazer uma quarta": the makers say there will be none
    r"não (?:vamos|vai|vão|iremos) (?:fazer|gravar|produzir) (?:uma|outra) (?:nova )?(?:temporada|segunda|terceira|quarta|quinta|sexta)",
    # "a emissora desistiu de renovar a série": giving up the order
    r"desist(?:e|iu|em|iram|ido|ir|iria) de (?:renovar|encomendar|produzir|continuar|gravar)",
    # "A Netflix decidiu não avançar com a terceira temporada"
    r"(?:decidiu|decidiram|resolveu|resolveram|optou por|optaram por) não (?:avançar|seguir|continuar|renovar|prosseguir|produzir)",
    # ("Decidimos não seguir com uma terceira temporada": in the first person too)
    r"(?:decidimos|resolvemos|optamos por) não (?:avançar|seguir|continuar|renovar|prosseguir|produzir)",
    r"(?:fica|ficará|ficou|vai ficar) sem (?:uma )?(?:\w+ )?(?:temporada|continuação|sequência)",
    # "Corrente Fria não seguirá para uma segunda temporada", "não vai seguir para a terceira"
    r"não (?:seguirá|vai seguir|segue|continuará|vai continuar) (?:para|com|por) (?:uma|a|mais uma) (?:\w+ )?(?:temporada|segunda|terceira|quarta|quinta)",
    # "vai acabar depois da quarta temporada": the season after it is the one that will not be made
    r"(?:vai (?:terminar|acabar)|terminará|acabará)(?= (?:depois d[ao]|após a) )",
    r"cancel(?:ou|a|ada|ado|adas|ados|ar|amento|aram|ará|arão|aria|ariam|ando|á-la|á-lo)", r"não (?:renov(?:ou|ará|ar|aria|a)|foi renovad[ao]|será renovad[ao])",
    r"não (?:terá|vai ter|ganhará|vai ganhar|haverá|vai haver|terá mais|teria|ganharia|haveria) (?:uma |um |outra |nenhuma |mais )?(?:nova )?(?:\w+ )?(?:temporada|filme|sequência|parte|continuação)s?",
    r"não (?:voltará|vai voltar|vai regressar|regressará|retornará|continuará|vai continuar|volta|retorna|regressa|segue)", r"não haverá mais(?: temporadas)?",
    # "terminou com a quarta temporada. Não haverá uma quinta": the ordinal alone stands for the season
    r"não (?:haverá|terá|vai haver|vai ter)(?= (?:uma |outra )?(?:segunda|terceira|quarta|quinta|sexta|sétima|oitava|nona|décima)[^\S\n]*[,;:.)])",
    # (not "chegou ao fim do volume 6": the end of something else)
    r"(?:chega|chegou|chegará) ao fim(?! d[oae]s? )", r"(?:põe|pôs|colocou|colocará) (?:um )?ponto final",
    # "a Netflix põe fim a Rua Augusta" (not "pôs fim à espera", "aos rumores": the wait, not the show)
    r"(?:põe|pôs|porá|vai pôr) fim(?! (?:à|às|aos|ao) (?:espera|especulaç(?:ão|ões)|rumores|boatos|mistério|suspense|incerteza|gravaç(?:ão|ões)|filmagens?)(?![\w]))", r"se despede", r"(?:série|história|produção) (?:foi |será |está )?(?:oficialmente )?encerrada",
    r"encerr(?:ou|a|ará) (?:a série|a produção|a história)",
    # "A Netflix decidiu encerrar X após duas temporadas"
    r"(?:decidiu|decidiram|resolveu|resolveram|optou por|vai) encerrar",
    # "a Netflix anunciou que encerraria a série sem uma terceira temporada": the end, with no season after
    r"(?:encerrar|encerraria|encerrará|encerrou|terminar|terminaria|terminará|terminou|finalizar|finalizaria|finalizará|finalizou)"
    r" (?:a série|o programa|a história|a novela)(?= sem (?:uma|um|a|sua) (?:\w+ )?temporada)",
    r"(?:foi|está) (?:oficialmente )?encerrad[ao]", r"descartad[ao]", r"engavetad[ao]", r"engavet(?:ou|a)", r"desisti(?:u|ram|do)(?= d[ao]s? )",
    r"não (?:há|tem|existem?) planos de (?:continuar|renovar|fazer|produzir|seguir)",
    r"(?:recusou|recusa|recusaram|negou|negaram|se recusou|se negou)(?:-se)? a renovar",
]
# Cancellation words that name a past fact rather than state one ("após o cancelamento").
# (not the participle of a tense or a passive: "A HBO Max tinha cancelado a série", "A série foi cancelada")
_stated = "".join(f"(?<!{aux} )" for aux in ("foi", "foram", "tinha", "tinham", "havia", "haviam", "teria", "tem", "sido",
                                              "será", "está", "é", "ficou", "foi oficialmente"))
NOMINAL_CANCELLATION = [r"cancelamento", _stated + r"(?<!\()" + r"cancelad[ao]s?"]  # (not the verdict in brackets after an item's title: "X (cancelada)")
PRODUCTION = {
    "writing": [r"roteiros?", r"escrev(?:e|em|endo|er|erá)", r"(?:está|estão|sendo) escrit[oa]s?", r"em (?:fase de )?escrita",
                r"sala de roteiristas", r"redig(?:e|indo)",
                # ("os roteiristas já trabalham nos novos episódios": work on the episodes to come)
                r"trabalh(?:a|am|ando) (?:já )?(?:n[oa]s?|em) (?:nov[oa]s |próxim[oa]s |[\w-]+ )?(?:temporada|capítulos|episódios|roteiros)"],
    "casting": [r"testes de elenco", r"seleção de elenco", r"audições?", r"casting", r"escalação",
                # a reality show's call for contestants: "A Record abriu as inscrições para a quarta temporada"
                r"(?:abriu|abre|abrirá|abrem|abriram|lançou|lança|lançaram|lançam) (?:nesta [\w-]+ |neste [\w-]+ |hoje |oficialmente )?(?:as )?inscrições", r"inscrições (?:já )?(?:estão )?abertas",
                r"procura(?:m)? (?:participantes|candidatos|concorrentes)",
                # "A Globo está à procura de participantes" (Portugal: "anda à procura de concorrentes")
                r"(?:está|estão|anda|andam) à procura de (?:novos |novas )?(?:participantes|candidatos|candidatas|concorrentes)"],
    # ("A ideia é filmar no primeiro semestre do ano que vem": the shoot, planned)
    "filming": [r"gravaç(?:ão|ões)", r"grav(?:ando|ar|ará|arão|am)", r"filmag(?:em|ens)", r"filmando", r"rodage(?:m|ns)",
                # (Portugal's progressive: "uma terceira temporada, que está já a ser filmada")
                r"a ser (?:filmad|gravad|rodad)[ao]s?",
                # "os preparativos para a terceira temporada já começaram": the making has begun
                r"preparativos (?:da|do|de|para)(?= (?:a |o |uma |um )?)",
                r"filmar(?= (?:no|na|em|entre|a partir|durante|até|ainda)(?![\w]))",
                # "a gente filma no segundo semestre", "gravamos em março": the makers speaking of their shoot
                r"(?:filma|filmam|filmamos|filmaremos|grava|gravamos|gravaremos)(?= (?:no|na|em|entre|a partir|durante|até|ainda|de novo)(?![\w]))",
                # "está sendo gravada", "está a ser gravada" (as Portugal escreve), "a ser filmada em Lisboa"
                r"(?:está|estão|continua|continuam) (?:sendo|a ser) (?:gravad|filmad|rodad)[ao]s?",
                r"(?:começ|inici)(?:ou|a|am|aram|ará|arão) (?:as )?(?:gravações|filmagens|a produção|a rodagem|a gravar|a filmar)",
                r"em (?:plena )?(?:produção|pré-produção|gravação|rodagem)", r"pré-produção",
                r"(?:a )?produção (?:começa|começou|começará|inicia|iniciou|terá início|já começou)",
                # "a produção da série será iniciada no segundo semestre": the making starts then
                r"(?:a )?produção (?:d[aeo]s? (?:[\w-]+ ){1,3})?(?:será|vai ser|deve ser|deverá ser) (?:iniciada|retomada)", r"cronograma de (?:gravações|produção|filmagens)",
                r"set de filmagem", r"(?:começ|inici)(?:ou|a|am|aram|ará|arão) a ser (?:filmad|gravad|rodad)[ao]s?",
                r"(?:será|serão|foi|foram|está sendo|estão sendo) (?:filmad|gravad|rodad)[ao]s?"],
    "post": [r"pós-produção", r"em (?:fase de )?edição", r"montagem"],
    # (European Portuguese says "rodagem": "a rodagem terminou no final de janeiro")
    "wrapped": [r"(?:gravações|filmagens) (?:foram |já foram )?(?:encerradas|concluídas|finalizadas)",
                # "As gravações da segunda temporada de X foram concluídas em setembro"
                r"(?:gravações|filmagens) d[aeo]s? [^.;:!?\n]{1,60}? (?:foram|já foram) (?:encerradas|concluídas|finalizadas)",
                r"(?:gravações|filmagens) (?:já )?(?:terminaram|acabaram|chegaram ao fim)",
                r"(?:encerrou|encerraram|concluiu|concluíram|finalizou|finalizaram|terminou|terminaram) (?:as )?(?:gravações|filmagens)",
                r"fim das (?:gravações|filmagens)",
                r"rodagem (?:foi |já foi )?(?:encerrada|concluída|finalizada)", r"rodagem (?:já )?(?:terminou|acabou|chegou ao fim)",
                r"(?:encerrou|concluiu|finalizou|terminou) (?:a )?rodagem", r"fim da rodagem"],
}
# A season's run that ended, or its ratings, tell that it aired: "terminou em agosto", "terminou a 28 de setembro",
# "encerrou sua exibição", "teve uma audiência média de ...". Each is a release of its own and marks it past, so the
# list stands in RELEASE and in RELEASED_PAST.
_aired_runs = [
    # "A segunda temporada de X já chegou", "já está aqui": out now
    r"já (?:chegou|chegaram)(?! a (?:um|uma|os|as) )", r"já (?:está|estão) (?:aqui|no ar)",
    r"(?:terminou|terminaram|acabou|encerrou|chegou ao fim) (?:em|no|na)",
    r"(?:teve|registrou|registou|alcançou|obteve) (?:uma )?(?:audiência|média de)",
    r"encerrou (?:a |sua )?exibição",
    # "a comédia que encerrou sua primeira temporada em setembro": the season it ended aired
    r"(?:terminou|encerrou|concluiu|fechou) (?:a exibição d[ae] )?(?:sua|seu|a) (?:[\w-]+ ){0,2}temporada",
    r"(?:terminou|terminaram|acabou) a(?= \d)",
    r"(?:foi|foram) emitid[ao]s?",  # European Portuguese: "a terceira temporada foi emitida na primavera de 2025"
]

RELEASE = [
    # "terão de esperar até 2027 pela terceira temporada": the time it comes
    r"esperar até(?= (?:(?:o |a )?(?:início|final|fim|meados|primavera|verão|outono|inverno) (?:de |do )?)?(?:(?:19|20)\d\d|o ano que vem|o próximo ano|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)(?![\w]))",
    # "pode ver a luz do dia no início de 2027": ser lançada
    r"(?:ver|verá|veria|verão|veriam) a luz(?: do dia)?",
    # "o ritmo da série indica que não a veríamos antes do fim de 2026": when viewers would see it
    # (not "verão", which is also the summer: "depois do verão")
    r"(?<=a )(?:veremos|veríamos|veriam)", r"(?<=o )(?:veremos|veríamos|veriam)",
    # ("o mais cedo que veríamos novos episódios seria no fim do ano que vem")
    r"(?:veremos|veríamos|veriam) (?:os )?novos episódios",
    # "o que colocaria os novos episódios no fim de 2027": the outlet's reckoning places the release
    r"(?:coloca|colocam|colocaria|colocariam|situa|situam|situaria|situariam)(?= (?:os |as |a |o |sua |suas |seus? )?(?:[\w-]+ )?"
    r"(?:episódios|capítulos|temporada|estreia|lançamento|retorno|filme|sequência) (?:em|no|na|para|entre) (?:o |a )?"
    r"(?:fim|final|início|começo|meados|segundo|primeiro|ano que vem|próximo|próxima|outono|primavera|verão|inverno|\d{4}|janeiro|"
    r"fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro))",
    # on air since a day (see RELEASED_PAST)
    r"(?:exibe|exibem|é exibida|é exibido|transmite|transmitem)(?= [^.;!?\n]{0,50}?(?<![\w])desde )",
    # "o que colocaria os novos episódios no ar no fim de 2025": on the air, with its time after (with what is put there)
    r"(?:colocar|colocaria|colocará|colocam|põe|poria|porá|pôr)(?= (?:os |as |a |o )?(?:novos |novas |nova |novo )?(?:episódios|temporada|capítulos|filme)(?: \w+)? no ar(?![\w]))",
    # "o público poderá conferir no ano que vem": when viewers get it
    r"(?:o público|os fãs|os espectadores|os assinantes) (?:poderá|poderão|vai poder|vão poder) (?:conferir|ver|assistir)(?= (?:a nova temporada |os novos episódios )?(?:no|na|em|a partir d[oe]|até o|até a|(?:19|20)\d\d)(?![\w]))",
    # "A partir de hoje, a Disney+ exibe a segunda temporada": from the article's day on, it is there to watch
    # (the verb is part of the word: the comma after the time opening the sentence would end its clause)
    r"(?:desde|a partir de) hoje(?:,? (?:\S+ ){0,2}(?:exibe|exibem|disponibiliza|disponibilizam|estreia|estreiam|está|estão|chega|chegam)(?![\w]))",
    # the cast to its audience: "vocês vão nos ver de novo no fim do ano que vem" (the premiere)
    r"(?:vão|poderão|podem|vai|poderá) nos ver", r"nos (?:verão|veremos)",
    # the return as a noun, with its time: "confirmou o retorno no ano que vem de três séries"
    r"(?:o|seu) retorno(?= (?:(?:de|da|do|dos|das) [^.;:!?\n]{1,60}? )?(?:no ano que vem|no próximo ano|em \d{4}|na (?:primavera|próxima temporada)|no (?:verão|outono|inverno)|em (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro))(?![\w]))",
    r"(?:os|seus) retornos(?= (?:de|da|do|confirmados|anunciados|previstos|para|em)(?![\w]))",
    # "os fãs poderão conferir a nova temporada em maio": what viewers can watch then comes out then
    r"(?:poderão|poderá) (?:ver|conferir|assistir(?: a)?|acompanhar)(?= (?:a|o|os|as|sua|seus|suas|esta|este|estes|estas) )",
    # ... and with the season as a pronoun: "o público poderá vê-la em 2027"
    r"(?:poderão|poderá) (?:vê|conferi|assisti|acompanhá)-l[ao]s?(?![\w])",
    # a return in the past with the season it came back for: a release of its own (and past: see RELEASED_PAST)
    r"(?:voltou|regressou|tinha (?:voltado|regressado))(?= [^.;!?\n]{0,40}?(?:com|para) (?:uma|a|sua) )",
    # "volta para uma segunda temporada em novembro": a volta, na data dita
    # ("'Os Guardas do Sado' regressam à RTP1 a 13 de março": European Portuguese "regressar", and to a channel)
    r"(?:voltará|voltarão|volta|voltam|retorna|retornam|retornará|regressa|regressam|regressará|regressarão)"
    r"(?= (?:em|no|na|ao|à|aos|às|a partir|com|para|neste|nesta|este|esta)(?![\w]))",
    # "e a quinta temporada virá em 2028": a seguinte sai na data dita
    r"(?:virá|seguirá)(?= (?:em|no|na|ao|até o|até a)(?![\w]))",
    # "A Warner adiou 'X 2' para março de 2028", "foi adiada para 2027": the new window after what is delayed
    r"(?:adi(?:a|ou|aram|ada|ado|adas|ados)|remarc(?:a|ou|ada|ado)|empurr(?:a|ou|ada|ado))(?= [^.;:!?\n]{0,80}?para (?:o |a )?"
    r"(?:(?:(?:fim|final|início|meados) de |(?:\d{1,2} de )?[a-zç]+ de )?\d{4}"
    # ("de 13 de março para 9 de outubro": a day and its month, with no year)
    r"|\d{1,2} de (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)(?![\w])))",
    # on air now, the season after the verb: "a Globo exibe atualmente a segunda temporada"
    r"(?:exibe|exibem) atualmente", r"emitir(?:á|ão)",
    # "fontes da produção apontam para o fim de 2026": the window sources point to
    r"(?:aponta(?:m|va|vam)?|apontem) para(?= (?:o (?:fim|final|início|começo|meio) de |(?:o|a) (?:próxim[oa] )?(?:ano|verão|outono|inverno|primavera)|\d{4}))",
    r"(?:adiad|atrasad)[ao]s? (?:para|até)",  # "adiada para 2026": the new window
    # (not a premiere of any kind, compared: "o melhor desempenho de uma estreia brasileira no streaming neste ano")
    r"(?<!de uma )(?<!entre as )estr(?:eia|eiam|eará|earão|earia|eou|earam|eada|eado|ear|eie|eiem)", r"lançamento", r"lanç(?:a|ará|ou|ada|ado|ados|adas)", r"lançar(?:em|ão)?",
    r"chega(?:r|rá|rão|m|riam?)?", r"chegue(?:m)?", r"chegou", r"chegada", r"desembarca(?:rá)?", r"sai (?:em|no|na|dia|ainda|este|esta)",
    # (not a person's availability for a stretch of time: "estar disponível várias semanas no verão")
    r"sairá", r"disponível(?! (?:várias|algumas|durante|duas|três|quatro|seis|oito|\d+) (?:semanas|dias|meses)?)", r"disponíveis", r"nos cinemas", r"data de estreia", r"janela de estreia", r"data oficial",
    # ("regressa a 14 de setembro": a date after "a", in Portugal)
    # (the time may be quoted: 'a série volta "ainda em 2026"')
    r"(?:volta|voltará|retorna|retornará|regressa|regressará)(?= [\x22“'‘«]?(?:em|no|na|dia|ainda|este|esta|ao|à|a partir|com|antes|a \d))",
    r"(?:previst|marcad|agendad|programad|anunciad)[oa]s? para",
    # "A Netflix agendou a terceira temporada para outubro": the platform giving it a time
    r"(?:agendou|agendaram|marcou|marcaram|programou|programaram)(?= [^.;:!?\n]{1,60}? para (?:o |a |este |esta |o próximo |a próxima |o fim de |o início de |meados de )?"
    r"(?:jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez|primavera|verão|outono|inverno|natal|\d))", r"vai ao ar", r"irá ao ar", r"exibi(?:da|do|das|dos|ção|rá|rão)",
    r"entra(?:rá)? no (?:catálogo|ar)", r"poderá ser vist[ao]",
    *_aired_runs,
]
RELEASED_PAST = [
    # "dois meses depois do fim da segunda temporada": the season that ended aired
    r"(?:depois|após|desde) (?:o|do) (?:fim|final|encerramento)(?= da )",
    # "que a Crunchyroll exibe toda quinta-feira desde 8 de outubro": on air since then
    r"(?:exibe|exibem|é exibida|é exibido|transmite|transmitem)(?= [^.;!?\n]{0,50}?(?<![\w])desde )",
    # "já disponível na Netflix", "entrou no Top 10 de 40 países": out already
    r"já disponíve(?:l|is)", r"(?:entrou|entraram|chegou|chegaram|ficou|ficaram) (?:no|ao|entre os) top ?(?:10|dez)",
    # "voltou em 13 de fevereiro com uma segunda temporada": the season that came back then aired
    r"(?:voltou|regressou|tinha (?:voltado|regressado))(?= [^.;!?\n]{0,40}?(?:com|para) (?:uma|a|sua) )",
    # "after the premiere of season 2": past (the season named right after it)
    r"(?:após|depois d[ao]|desde) (?:a |o |sua |seu )?(?:estreia|lançamento)(?= d[ao] (?:\w+ )?(?:temporada|parte))",
    r"(?:está|estão) no ar", r"(?:exibe|exibem) atualmente", r"(?:após|desde|depois de) (?:a |sua )estreia", r"estreou", r"estrearam", r"estread[ao] (?:em|no|na|há)", r"chegou", r"chegaram", r"foi lançad[oa]", r"foram lançad[oa]s",
    r"lançad[oa] (?:em|n[ao]|pel[ao])", r"foi exibid[oa]", r"(?:já )?está disponível", r"(?:já )?estão disponíveis", r"disponíve(?:l|is) desde",
    # "As duas primeiras temporadas continuam disponíveis na Netflix até o fim do ano": still on the catalogue
    r"(?:continua|continuam|segue|seguem) disponíve(?:l|is)",
    r"foi ao ar", r"chegou aos cinemas", r"desembarcou", r"estreada",
     # its ratings: it aired
    r"(?<!ser )(?<!será )(?<!serão )exibid[ao]s? (?:entre|em|no|na|de)",
    # the charts: "é a estreia nacional mais vista do streaming em 2026" (a premiere counted among the most watched)
    r"(?:a|é a) estreia (?:\w+ )?mais (?:vista|assistida)",
    # the charts: "segue firme no ranking de séries mais vistas", "lidera o Top 10"
    r"segue (?:firme |forte )?(?:no|entre|na lista) (?:[\w.]+ ){0,3}(?:ranking|Top 10|mais vist[ao]s)",
    r"(?:tinha|tinham|havia|haviam) (?:terminado|estreado|chegado)", r"terminou (?:ontem|no domingo|na \w+-feira)",
    *_aired_runs,
]
# Work that began in the past: "as gravações começaram em agosto" is last August, not the next one.
BEGUN = [
    # ("Terminei o roteiro em setembro", "a sala de roteiristas abriu em março": done by then)
    r"(?:termin|acab)(?:ei|ou|aram|amos) (?:de escrever|(?:o|os) (?:roteiros?|guiões|guião)|a escrita)", r"conclu(?:í|iu|íram|ímos) (?:(?:o|os) (?:roteiros?|guiões|guião)|a escrita)", r"abriu",
    r"começou", r"começaram", r"iniciou", r"iniciaram", r"arrancou", r"tiveram? início", r"(?:foi|foram) iniciad[ao]s?",
         r"(?:já )?(?:tinha|tinham|havia|haviam|teria|teriam) (?:começado|iniciado)",
         # "As gravações aconteceram no verão em Lisboa": done then
         r"(?:aconteceu|aconteceram|ocorreu|ocorreram)", r"(?:foi|foram) realizad[ao]s?"]
CAST = [r"(?:volta|voltam|voltará|voltarão|retorna|retornam|retornará|retornarão) (?:a (?:interpretar|viver|ser)|como)", r"se junta", r"se juntará",
        r"entra(?:rá)? para o elenco", r"reforça(?:rá)? o elenco", r"repris(?:a|ará)", r"deixa(?:rá)? a série", r"deixa(?:rá)? o elenco",
        r"interpretará", r"viverá", r"está (?:de volta|confirmad[ao]) no elenco", r"é (?:a )?nova contratação",
        # "A protagonista, X, confirmou seu retorno no Instagram"
        r"confirm(?:ou|aram|ado) (?:o )?(?:seu|sua) (?:retorno|regresso|volta)",
        # "o elenco já teria assinado contrato para a segunda temporada"
        r"assin(?:ou|aram|ado) (?:o |os |seu |seus )?contratos?(?= para (?:a|uma) (?:\w+ )?temporada)",
        # "O protagonista X já confirmou presença no elenco"
        r"confirm(?:ou|aram|ado) (?:sua )?presença(?= (?:no elenco|na (?:nova |próxima )?temporada|n[ao]s? (?:novos )?episódios))"]

# The cast words of one who leaves (CAST): a cast claim of negative polarity.
CAST_LEAVING = [r"deixa(?:rá)? a série", r"deixa(?:rá)? o elenco"]

# --- attitude ------------------------------------------------------------
# (not the hoping "quem sabe ... não": "quem sabe a gente não estreia no Natal de 2026?", who knows, we might)
# (not the surprise it is not: "não é surpresa que X terá uma terceira temporada", "não surpreende")
# (not one who does not know when: "ainda não sabe quando vai começar a escrever a segunda temporada" takes the making
# as given; "não se sabe quando", no one knowing the date, stays, and so does not knowing when it comes out: "não sabe
# quando estreia")
_unknowing = r"(?! (?:sabe|sabem|sei|sabemos)(?: (?:ainda|exatamente|ao certo))? quando(?![\w])" \
             r"(?![^.;!?\n]{0,50}?(?<![\w])(?:estrei|lanç|cheg|public|exib)))"
NEGATIONS = [r"(?<!quem sabe )(?<!quem sabe a gente )(?<!quem sabe eles )(?<!quem sabe ela )(?<!quem sabe ele )não(?! é (?:uma )?surpresa| é de (?:estranhar|admirar)| surpreende| (?:só|apenas|somente)(?= [^.;!?\n]{1,40}?,? mas))" + _unknowing, r"nem", r"nunca", r"jamais", r"sem", r"nenhum(?:a)?", r"nada", r"ninguém", r"ainda não" + _unknowing,
             # Brazilian "sequer" alone is "not even": "já que a série sequer foi renovada"
             r"(?<!nem )sequer"]
# "não voltará", "não vai continuar": a negation that makes a missing renewal a cancellation.
FUTURE_NEGATIONS = [r"não(?= (?:se )?\w+(?:rá|rão)\b)", r"não (?:vai|vão|irá|irão)", r"nunca (?:vai|vão|mais)",
                    # (in reported speech: "anunciou que a série não seria renovada")
                    r"não(?= (?:seria|seriam) (?:renovad|continuad|prorrogad))",
                    # ("informou que X não ganharia uma terceira temporada": the conditional of reported speech)
                    r"não(?= (?:teria|teriam|ganharia|ganhariam|receberia|receberiam|voltaria|voltariam) )"]
NOT_CONFIRMED = [
    # "A Netflix vai decidir nos próximos dias se X terá uma segunda temporada": a decision still to take
    r"(?:vai|vão|irá|irão|deve|devem|precisa|precisam|ainda vai|ainda precisa) (?:decidir|definir|bater o martelo)(?= (?:[^.;!?\n]{0,40}? )?se )",
    # "A emissora não confirmou nem negou a informação": nothing confirmed (and no denial)
    r"(?:não )?confirm(?:ou|ar|a|aram) nem (?:negou|negar|nega|negaram|desmentiu|desmentir|desmente)",
    # '"Vamos anunciar quando tudo estiver confirmado"': nada confirmado ainda
    r"(?:quando|assim que|depois que|até que) (?:[\w]+ ){0,3}(?:estiver|estiverem|for|forem|tiver sido|tiverem sido) (?:oficialmente )?(?:confirmad[ao]s?|decidid[ao]s?|fechad[ao]s?)",
    # ("Ainda não há informações sobre uma possível terceira temporada": nothing known of it, official or not)
    r"(?:ainda |por enquanto )?não (?:há|existem?|temos) (?:ainda )?(?:nenhuma )?(?:informaç(?:ão|ões)|notícias?|novidades?)(?= (?:sobre|acerca|a respeito d))",
    # "Ainda não se sabe se haverá uma quarta temporada": nothing said of it yet
    r"(?:ainda )?não se sabe(?: ainda)?(?= se )",
    # "Ainda não há informações oficiais sobre uma segunda temporada": no word yet
    r"(?:ainda |por enquanto )?não (?:há|existem?|temos) (?:ainda )?(?:informações|notícias|novidades|confirmação|anúncio|nenhum anúncio|nenhuma confirmação) oficia(?:l|is)",
    r"sem (?:confirmação|anúncio|notícias) oficia(?:l|is)",
    # '"Por enquanto não temos nada a anunciar", respondeu': nothing to tell yet
    r"não (?:temos|tem|têm|há) (?:ainda |por enquanto |por ora )?nada (?:a|para|que) (?:anunciar|contar|compartilhar|partilhar|comunicar)",
    # "Por enquanto não podemos confirmar nada sobre uma nova temporada": nothing to confirm yet
    r"não (?:podemos|pode|podem|podíamos|podia) (?:ainda )?(?:confirmar|anunciar|adiantar) (?:nada|ainda|por enquanto)",
    # "a Netflix não renovou nem cancelou a série": nenhuma decisão
    r"(?:não|nem) (?:renovou|foi renovad[ao]) (?:nem|ou) (?:cancelou|foi cancelad[ao])",
    # a resposta a uma pergunta: "Já foi renovada? Ainda não."
    r"(?:(?<=[.!?] )|(?<=\n)|(?<=^))ainda não(?=[.,;!]| [—–-])",
    # "a segunda temporada ainda é incerta", "o futuro da série segue indefinido"
    r"(?:ainda )?(?:é|são|está|estão|segue|seguem|continua|continuam) (?:incert[ao]s?|indefinid[ao]s?)",
    # "Quando estreia, ainda não está claro", "não é claro se ...": nothing known yet
    r"(?:ainda )?não (?:está|é|fica) (?:ainda )?clar[ao]",
    # "uma decisão sobre a terceira temporada deve sair até o fim do ano": nothing is decided yet
    r"decisão (?:[^.;]{0,60}? )?(?:é esperada|deve sair|está prevista|será anunciada|será tomada)(?: (?:para|em|até|antes de))?",
    r"(?:ainda )?não (?:foi|foram|está|estão) (?:oficialmente )?(?:confirmad[ao]s?|anunciad[ao]s?|renovad[ao]s?|decidid[ao]s?|oficializad[ao]s?|garantid[ao]s?|divulgad[ao]s?|revelad[ao]s?|definid[ao]s?)",
    # (not "ainda não anunciou quem substituirá a atriz": who is cast is no word on the season)
    # "A Netflix ainda não deu o sinal verde", "ainda é cedo para decidir"
    r"(?:ainda )?não (?:nos |lhes )?deu (?:o |a )?(?:sinal|luz) verde", r"(?:ainda )?é (?:muito )?cedo para (?:decidir|falar|confirmar)",
    # "A Globoplay não confirma a informação": the report left unconfirmed
    r"não confirm(?:a|am)(?= (?:a|essa|esta|as|essas) (?:informaç(?:ão|ões)|notícias?|novidades?|reportagem)(?![\w]))",
    r"(?:ainda )?não (?:confirmou|confirmaram|anunciou|anunciaram|decidiu|oficializou|divulgou|deu sinal verde|encomendou)"
    r"(?! (?:quem|qual|quais|onde|como)\b)",
    # "não renovou" alone is a decision: a cancellation ("Até agora, o Disney+ não renovou a série": so far, not yet)
    r"ainda não renovou", r"(?:(?:até agora|até o momento|até ao momento|por enquanto|por ora),? (?:a |o )?(?:[\w+]+ ){0,3}?)não (?:renovou|foi renovad[ao])",
    r"(?:ainda )?não (?:há|tem|existe) (?:nada )?(?:confirmado|decidido|oficial|definido|fechado|assinado)",
    r"nada (?:foi |está )?(?:confirmado|decidido|oficializado|definido|fechado|assinado|certo)",
    r"(?:sem|não há|ainda não há|nenhuma?) (?:qualquer |nenhuma )?(?:confirmação|anúncio|decisão|definição|renovação)(?: oficial)?",
    # "a Netflix disse que ainda não tomou uma decisão sobre a série"
    r"(?:ainda )?não (?:tomou|tomaram|foi tomada) (?:uma |nenhuma |qualquer )?decisão",
    r"(?:esperar|aguardar|aguarda|aguardam|espera|esperam) (?:por )?(?:um |o |uma |a )?(?:anúncio|confirmação|decisão) oficial",
    r"não temos novidades", r"(?:sem|não há|não temos) novidades", r"nem confirma(?:m)? nem nega(?:m)?", r"a confirmar",
    r"segue sem (?:confirmação|renovação)", r"(?:continua|segue) indefinid[ao]",
]
DENIAL = [
    # "Ao contrário do que foi noticiado, a Globo não cancelou X": a informação é corrigida
    r"ao contrário do que(?= (?:foi|se|publicou|publicaram|noticiou|noticiaram|informou|informaram|afirmou|afirmaram|disse|disseram))",
    r"desment(?:e|em|iu|iram|ido|ida|ir)", r"(?<!se )neg(?:ou|aram)(?!-se)", r"(?<!se )nega(?:m)?(?!-se)",  # not "negou-se a renovar" (refused)
    r"não procedem?", r"não (?:é|são) verdade", r"não (?:é|são|era|eram) verdadeir[ao]s?", r"não (?:é|está|são|estão) corret[ao]s?", r"(?:tem|têm|havia|tinha) negado",
    r"(?:é|são) fals[ao]s?", r"falsa", r"fake news", r"rebat(?:eu|e|em)", r"não passa(?:m)? de boatos?", r"sem fundamento",
    r"infundad[ao]s?", r"(?:é|foi) (?:um )?boato", r"não tem (?:nenhum )?fundamento",
    # "rejeitou uma reportagem segundo a qual ...": a report turned down is denied
    r"(?:rejeit|refut)(?:ou|a|am|aram) (?:a |as |o |os |uma |um |essa |esse |essas |esses )?(?:reportagem|reportagens|notícia|notícias|informação|informações|rumor|rumores|boatos?|especulaç(?:ão|ões)|relatos?)",
]
# Verbs that only announce; the event is what follows them ("confirmou que a série vai acabar").
ANNOUNCE = [r"(?:tornou|torna|tornaram|tornam) (?:a notícia |isso |tudo )?oficial",
            r"confirm(?:ou|a|am|aram)", r"anunci(?:ou|a|am|aram)", r"oficializ(?:ou|a)",
            # the passive: "A informação foi confirmada pela plataforma" (not "tem confirmada a segunda temporada")
            r"(?:(?<=foi )|(?<=foram )|(?<=sido ))(?:confirmad|anunciad|oficializad)[ao]s?",
            # ... after another participle: "foi publicada pelo colunista e confirmada pela plataforma"
            r"(?<= e )(?:confirmad|anunciad|oficializad)[ao]s?",
            r"(?:revel|divulg)(?:ou|a|aram)"]  # revealing the date (see RENEWAL)
NO_COMMENT = [
    r"(?:segue|seguem|continua|continuam|permanece|permanecem) em silêncio", r"mantém(?:-se)? em silêncio",
    r"não (?:comenta|comentou|comentam|quis comentar|quiseram comentar|respondeu|responderam|se pronunciou|se manifestou|se manifesta)",
    r"preferiu não (?:comentar|se pronunciar|se manifestar)", r"(?:se )?recusou a comentar", r"sem comentários",
]
HEDGES = [
    # "deve receber anúncio sobre a renovação ainda em setembro": the decision is still to come
    r"(?:deve|deverá|pode|poderá|vai|deveria) receber (?:um |o |algum )?anúncio (?:sobre|da|de) (?:a |sua )?renovação",
    # a question asked, no fact: "Os fãs se perguntam se a série volta para uma terceira temporada"
    r"(?:se|me|nos) pergunt(?:a|am|amos|ava|avam|ar)(?= se )", r"pergunt(?:a|am)-se(?= se )",
    # a belief of others, no fact: "Os fãs acreditam que a série acabará na sexta temporada"
    r"(?:acredita|acreditam|acreditamos|acredito|acreditava|acreditavam) que",
    # the speaker's own belief: "Não haverá terceira temporada, acho", "Acho que a série volta"
    r"(?:acho|creio|suponho)(?=[.,!?\"”»]| que)",
    # "vai decidir nos próximos dias se X terá uma segunda temporada": whether it comes is asked
    r"(?:decidir|decide|decidirá|decidem|decidirão|definir|define|definirá|bater o martelo)(?: [^.;!?\n]{0,40}?)? se(?= )",
    # a deal not yet made: "a Netflix está perto de renovar X", "prestes a fechar acordo"; the hint of a star: "deu a entender"
    r"(?:perto|próxim[ao]|prestes)(?= (?:de |a )?(?:renovar|encomendar|fechar (?:um )?acordo)(?![\w]))", r"de(?:u|ram) a entender",
    *_odds, r"(?:são|parecem) (?:muito |bastante )?(?:pequenas|baixas|remotas)",
    _waiting_to_decide,
    # "o elenco já demonstrou interesse em voltar": a wish
    r"interess(?:e|ad[oa]s?) em (?:voltar|retornar|continuar|fazer (?:uma|outra|mais)|(?:uma|outra) (?:\w+ )?(?:temporada|sequência|continuação))",
    # (a plan to continue, no decision)
    r"(?<!não )(?<!nem )(?:há|existem?) [\"“]?planos(?: concretos| sérios)?[\"”]? (?:de|para) (?:continuar|renovar|seguir com|(?:fazer )?(?:uma|a) (?:nova|próxima|\w+) temporada)",
    # the outlet's own bet: "é difícil imaginar que não haja uma segunda temporada: aqui na redação, apostamos que ..."
    r"(?:é )?difícil (?:imaginar|acreditar)", r"apostamos", r"aposto",
    # "o ritmo da série indica que não a veríamos antes de 2026": the outlet's reckoning
    r"(?:indica|indicam|sugere|sugerem) que", r"mesmo que", r"ainda que",
    # what is left to others to decide: "uma terceira temporada depende da Netflix e do público"
    r"(?<!se )(?<!não )depende(?:rá|m|rão)? (?:\w+ )?(?:de|da|do|das|dos)(?= )", r"vai depender (?:de|da|do|das|dos)(?= )",
    # a door left open: "never say never"
    r"nunca (?:dizer|diga|digo|diz) nunca",
    # asking for a season, a hope (see RENEWAL): "assinaram para pedir uma terceira temporada"
    r"pedir(?= (?:uma|um|outra|mais) )",
    # talk of a season, a hope (see RENEWAL): "Já conversamos sobre uma terceira temporada no set"
    r"(?:conversamos|conversaram|conversado|falamos|falaram|falado) (?:sobre|de)(?= (?:uma|um|outra|outro) )",
    # "estamos a olhar com atenção para os números": a platform weighing the next season
    r"(?:olhando|a olhar) (?:com (?:muita )?atenção |de perto )?para os (?:números|dados|resultados)", r"(?:analisando|a analisar|estudando|a estudar) (?:com (?:muita )?atenção |de perto )?os (?:números|dados|resultados)",
    # a dúvida de quem escreve: "duvido muito que a segunda temporada chegue antes de ..."; "mesmo que ..."
    r"duvido (?:muito |bastante )?que", r"duvidos[oa]", r"mesmo que",
    r"vontade de (?:fazer|continuar|voltar|gravar)",  # "Tenho muita vontade de fazer": a wish
    # "se depender dele, terá uma quarta temporada": um desejo, não uma decisão
    r"se depender d(?:e mim|e nós|ele|ela|eles|elas)", r"se dependesse d(?:e mim|e nós|ele|ela|eles|elas)",
    r"se fosse por (?:mim|nós|ele|ela|eles|elas)",
    # (not what viewers can watch: "os fãs poderão conferir a nova temporada em maio", a release)
    r"poderia(?:m)?", r"poderá(?! (?:ver|conferir|assistir|acompanhar) )", r"poderão(?! (?:ver|conferir|assistir|acompanhar) )", r"talvez", r"possivelmente", r"possível", r"possibilidade", r"provavelmente",
    r"provável", r"improvável", r"pode(?:m)? (?:estrear|chegar|voltar|ganhar|sair|ser|começar|retornar|acontecer|ter)",
    r"deve(?:m|rá|rão)? (?:estrear|chegar|voltar|ganhar|sair|começar|retornar|ser lançad[ao])",
    r"expectativa", r"esperança", r"torc(?:e|em|endo|ida)", r"sonh(?:o|a|am)", r"especula(?:r|m|ção|ções|do|ndo|ram)?", r"rumores?",
    r"boatos?", r"teorias?", r"em (?:negociação|negociações|conversas|tratativas)", r"negociando", r"negocia(?:m)?",
    r"negociações?", r"tratativas", r"estaria(?:m)? (?:negociando|em conversas|avaliando|considerando|estudando)",
    r"avaliando", r"reavaliando", r"reavalia(?:m|r)?", r"em risco",
    r"(?:está|estão|estamos|estou|estar|segue|seguem|seguimos|continua|continuam|continuamos) [\"“«]?a (?:avaliar|estudar|analisar|considerar|ponderar|negociar)",
    r"(?:existe|existem|há) (?:uma |umas )?conversas?(?: em (?:andamento|curso))?(?= (?:com|sobre|para|entre))", r"tem ideias para", r"ideias? para", r"estudando", r"considerando", r"analisando",
    # "a Netflix estuda um derivado": the study is the hedge of the renewal it names (see RENEWAL)
    r"(?:avalia|avaliam|estuda|estudam|considera|consideram|analisa|analisam)(?= (?:uma|um|a|o|os|as|renovar|continuar|fazer|produzir|todas as)(?![\w]))", r"cogita(?:da|do|m|ndo)?", r"não descarta(?:m)?", r"não (?:está|estaria|foi|é) (?:totalmente |completamente )?descartad[ao]", r"não fecha(?:m)? (?:a porta|as portas)", r"não (?:quis|quer|quiseram|querem|queria) fechar (?:a porta|as portas)", r"deixa(?:m)? (?:a porta|as portas) abertas?",
    r"deixa(?:m)? (?:a )?porta aberta", r"caso", r"se (?:a|o|os|as|houver|tudo|for|forem|ela|ele|eles|elas|a netflix)",
    r"na melhor das hipóteses", r"não antes de", r"o mais cedo", r"no mínimo", r"pedem", r"abaixo-assinado", r"pede(?= (?:a|o|uma|um|mais) )",
    r"(?:segue|seguem|está|estão|continua|continuam) em (?:avaliação|análise|estudo)", r"reivindicam", r"clamam por", r"petição", r"campanha", r"indícios?",
    r"sinais", r"(?:gostaria|gostaríamos|adoraria|adoraríamos)",
    r"(?:gostava|gostávamos)(?= (?:muito |imenso |bastante )?(?:que|de (?:ver|fazer|voltar|regressar|continuar)))",
    r"(?:adorava|adorávamos|gostava|gostávamos)(?= (?:de )?(?:voltar|fazer|continuar|regressar|gravar|repetir))", r"previsão(?! (?:de|da) (?:lançamento|estreia|chegada)(?: \w+)? (?:é|era|fica|ficou)(?![\w]))", r"prev(?:ê|eem)", r"estima(?:m|tiva)?", r"aposta(?:m)?",
    r"parece(?:m)?", r"aparentemente", r"suposto", r"suposta",
]
# words that say a claim was told but not made official, anywhere in its sentence from the claim's clause on
# ("a terceira temporada está confirmada, embora não oficialmente: a notícia veio do protagonista")
UNOFFICIALLY = [r"(?:embora|mas|ainda que) não (?:foi |é |tenha sido |de )?(?:(?:de|em) (?:forma|maneira) )?oficial(?:mente)?", r"extraoficialmente", r"de (?:forma|maneira) extraoficial"]
REPORTED = [r"inform(?:ou|aram) (?:o|a|os|as) (?:site|jornal|revista|portal|colunista|jornalista)",
            r"(?:segundo|de acordo com|conforme) (?:as )?informações",  # "segundo informações do jornal O Globo"
            r"noticiou", r"segundo apurou",
            # European Portuguese: "o semanário avança que a SIC terá dado luz verde" (the paper reports; "terá dado" is
            # what is said to have happened)
            r"avança(?:m|va|vam)? que", r"(?:o que|como) (?:garante|garantem|diz|dizem|escreve|escrevem) (?:o|a) (?:semanário|jornal|revista|site|diário)",
            r"terá (?:dado|aprovado|encomendado|renovado|cancelado|decidido)", r"terão (?:dado|aprovado|encomendado|renovado|cancelado|decidido)",
            # "a Disney+ negou as informações sobre o início das gravações": what was reported, which it denies
            r"(?:as )?informações (?:sobre|de que)", r"(?:a|as) notícias? (?:sobre|de que)",
            r"apurou", r"fontes?(?: próximas)?", r"teria(?:m)?", r"estaria(?:m)?", r"supostamente", r"em primeira mão",
            r"com exclusividade(?! (?:na|no|pela|pelo) )", r"de acordo com (?:o|a) (?:site|jornal|revista|portal|colunista)", r"pessoas próximas", r"bastidores",
            r"(?:diz|dizem|afirma|revela|informa)(?: (?:o|a))? (?:colunista|jornal|site|revista|portal|jornalista)"]
RUMOUR = [r"boatos?", r"circul(?:a|ou|am|aram|ando|ava|avam)(?= (?:nas|pelas|na|pela|em|a|uma) )", r"rumores?", r"especulaç(?:ão|ões)", r"fofocas?", r"vazamentos?", r"perfis de fãs", r"teorias? de fãs",
          r"contas? de fãs", r"supost[oa]s?", r"não confirmad[ao]s?"]

# --- sources -------------------------------------------------------------
PLATFORM_WORDS = [r"(?:o )?comitê de produção", r"(?:a )?comissão de produção", r"(?:a )?plataforma", r"(?:a |o )?streamer", r"(?:a )?emissora", r"(?:o )?canal", r"(?:o )?estúdio", r"(?:a )?produtora",
                  # the platform's own documents: "Segundo a carta aos acionistas, ...", "O documento detalha que ..."
                  r"(?:a )?carta aos acionistas", r"(?<=segundo )a carta(?=,)", r"(?:o )?documento(?= (?:precisa|detalha|indica|cita|confirma|acrescenta))",
                  r"(?:a )?distribuidora", r"porta-voz", r"(?:a )?assessoria(?: de imprensa| de comunicação)?(?= d[ao] (?:plataforma|emissora|canal|streamer|serviço|empresa|produtora|netflix|globoplay|globo|hbo|max|disney|prime|amazon|apple|paramount|sbt|record|band)(?![\w]))", r"representante", r"executiv[oa]", r"(?:o )?serviço de streaming",
                  r"(?:a )?empresa", r"diretor(?:a)?(?:-geral)? de (?:conteúdos?|programação|programas|dramaturgia|ficção|entretenimento|séries|produções originais|originais)", r"(?:em )?nota(?: oficial)?",
                  r"comunicado", r"a estação", r"(?:o )?site oficial", r"(?:a )?conta oficial", r"(?:a )?equipe de produção"]
CREATOR_WORDS = [r"mangaka", r"criador(?:a|es)?", r"cocriador(?:a)?", r"showrunner", r"roteirista(?:s)?", r"argumentista", r"autor(?:a)?",
                 r"escritor(?:a)?", r"romancista", r"desenhista",
                 # one person in two roles, one of them the writing: "o roteirista e diretor Paulo Arriaga"
                 r"(?:roteirista|argumentista|criador(?:a)?|showrunner) e (?:diretor(?:a)?|realizador(?:a)?|produtor(?:a)?(?: executiv[oa])?)",
                 r"(?:diretor(?:a)?|realizador(?:a)?|produtor(?:a)?) e (?:roteirista|argumentista|criador(?:a)?)"]
# ("a comédia, dirigida por Tomás Arriaga": the one named after it)
CREW_WORDS = [r"dirigid[ao]s? por", r"diretor(?:a)?", r"realizador(?:a)?", r"produtor(?:a)?(?: executiv[oa])?", r"cineasta"]
# (a show's host is its talent too: "apresentado por Raka Hadi", "a apresentadora Ana Lima")
CAST_WORDS = [r"apresentad[oa] por", r"apresentador(?:a)?", r"ator", r"atriz", r"protagonista", r"estrela", r"intérprete", r"elenco"]
# the fans told to wait for a season ("los fans tendrán que esperar hasta 2027") are no source of it
_waiting_fans = r"(?!(?: [^\s.,;:!?]+){0,5}? (?:(?:terão|têm|vão ter|teremos) (?:de|que) esperar|(?:precisam|precisarão|deverão) esperar)(?![\w]))"
# (nem os que recebem a notícia com revolta: "Os fãs de 'Bruma' expressaram sua revolta com o cancelamento": a notícia é
# do veículo)
_reacting_fans = r"(?!(?: [^\s.;:!?]+){0,8}? (?:(?:expressaram|manifestaram|demonstraram) (?:sua |a )?(?:revolta|raiva|indignação|decepção|" \
    r"tristeza|frustração|insatisfação)|(?:reagiram|se revoltaram)|(?:ficaram|estão|estavam) (?:furiosos|revoltados|indignados|decepcionados|" \
    r"tristes|arrasados))(?![\w]))"
_moved = "".join(f"(?<!{verb} {whom} )" for verb in ("surpreendeu", "surpreende", "surpreenderam", "decepcionou", "decepciona",
                                                       "entristeceu", "alegrou", "chocou", "pegou")
                 for whom in ("os", "seus", "as")) + \
    "".join(f"(?<!{feeling} {of} )" for feeling in ("alegria", "ansiedade", "tristeza", "decepção", "delírio", "surpresa", "felicidade")
            for of in ("dos", "de", "das"))  # ("Para alegria dos fãs, a produção continua", "alivia a ansiedade de fãs")
FAN_WORDS = [
    # ("Uma publicação viral no X afirmou que a Paramount aprovou a sequência": someone's post, no outlet's report)
    r"(?<!em )(?:uma|um) (?:publicação|post|tuíte|fio) (?:viral |anônim[oa] )?(?:no|na|do|da) (?:x|twitter|tiktok|reddit|threads|facebook|instagram)(?![\w])",
    # ('"As gravações da 2ª temporada começaram", escreveu um': one of the fans named before)
    r"(?:escreveu|comentou|tuitou|publicou|respondeu|acrescentou|brincou) (?:(?:um|outro|uma|outra)(?=[.,;:!?]|$)|(?:um|outro) (?:fã|usuário|seguidor)|(?:uma|outra) (?:fã|usuária|seguidora))(?![\w])",
    # (not those the news surprised or disappointed: "a Netflix surpreendeu os fãs ao anunciar ...")
    _moved + r"fãs?" + _waiting_fans + _reacting_fans, r"fãs da série", r"espectadores", r"telespectadores",
    # (not the adjective: "o canal público", "a televisão pública")
    r"(?<!canal )(?<!serviço )(?<!operador )(?<!emissora )(?<!televisão )(?<!tv )público", r"internautas", r"usuários",
             r"seguidores", r"fandom", r"perfis de fãs", r"perfis", r"(?:um |o )?abaixo-assinado"]
MEDIA_WORDS = [r"podcasts?", r"site", r"jornal", r"revista", r"portal", r"colunista", r"jornalista", r"reportagem", r"imprensa", r"veículo",
               r"publicação", r"tabloide", r"blog"]
# where a clause breaks besides punctuation: "is being discussed, but there is no decision yet"
CLAUSE_BREAK_WORDS = [r"mas", r"embora", r"porém", r"contudo", r"no entanto", r"enquanto"]
# a company named right after its kind is the source: "rumah produksi Sinemaku", "the studio Blue Haven"
COMPANY_ROLE_WORDS = [r"produtora", r"estúdio"]
# "If the platform gives the green light, ...": a condition asserts nothing, and a name inside it is no source
# not "se" alone: it is as often the reflexive pronoun ("se estreia"); only before a verb of condition
# ("mesmo que a Max a renovasse neste outono": even if, with the subjunctive)
CONDITION_WORDS = [r"se(?= (?:depender|dependesse|fosse por|tudo correr|tudo der))", r"contanto que", r"caso(?= (?:a|o) )",
                   r"mesmo que", r"ainda que",
                   # "quando a série fosse renovada": a renewal supposed, in the past subjunctive
                   r"quando(?= (?:[\w-]+ ){0,3}(?:fosse|fossem)(?![\w]))"]
# before the agent of a passive: "renewed by HBO"
PASSIVE_AGENT = [r"por", r"pela", r"pelo"]
# "according to a report from Deadline", "denied a report from Star News": the outlet after its report; also
# "a petition from fans": the fans after a wish (FROM_WORDS, SOURCE_DETERMINERS)
REPORT_NOUNS = [r"reportagem", r"matéria", r"artigo", r"notícia", r"informaç(?:ão|ões)"]
FROM_WORDS = [r"de", r"da", r"do", r"dos", r"das"]
SOURCE_DETERMINERS = [r"um", r"uma", r"o", r"a", r"os", r"as", r"seus?", r"própri[oa]s?"]  # ("pela própria plataforma")
# '"...," ujarnya kepada wartawan': the ones spoken to are not the speaker
# ("disse a executiva": "a" is the speaker's article there; the one spoken to only before "este"/"nosso": "disse a
# este jornal")
ADDRESSEE_WORDS = [r"a(?= (?:este|esta|nosso|nossa) )", r"ao", r"à", r"aos", r"às"]
# ("usou o Instagram para contar aos fãs que ...": the infinitive to the fans, too)
# "segundo" is also the ordinal "second": only before a source does it mean "according to" ("no segundo semestre" is
# no one's word).
_according = r"segundo(?! (?:semestre|trimestre|filme|temporada|ano|lugar|dia|mês|episódio|capítulo|longa|volume|parte|turno|tempo|semana|grande))"
SPEECH_VERBS = [r"disse", r"diz", r"(?<=para )(?:contar|dizer|anunciar)(?= (?:aos|às) (?:seus |suas )?(?:fãs|seguidores|seguidoras|espectadores|assinantes)(?![\w]))",
                r"afirm(?:ou|a)", r"declar(?:ou|a)", r"explic(?:ou|a)", r"cont(?:ou|a)", r"revel(?:ou|a)",
                r"confirm(?:ou|a)", r"anunci(?:ou|a)", r"(?<=ao )(?:anunciar|confirmar|revelar)(?= que)", r"escreveu", r"escreve", r"publicou", r"coment(?:ou|a)", r"acrescentou",
                r"destac(?:ou|a)", r"ressalt(?:ou|a)", r"garant(?:iu|e)", r"atest(?:ou|a)", r"sublinh(?:ou|a)", r"fris(?:ou|a)", r"adiant(?:ou|a)", r"admit(?:iu|e)", r"respond(?:eu|e)",
                r"brincou", r"lament(?:ou|a)", r"compartilhou", r"resum(?:iu|e)", r"complet(?:ou|a)", _according, r"inform(?:ou|a)(?= (?:a|o) [A-Z])", r"inform(?:ou|a)(?= que)",
                # several speak ("disseram fontes da Netflix")
                r"disseram", r"(?:afirm|declar|explic|cont|revel|confirm|anunci|coment|destac|ressalt|adiant|inform)aram",
                r"(?:garant|admit)iram", r"responderam",
                # "vários perfis de fofoca passaram a dizer que a plataforma tinha 'desmentido' a informação"
                r"(?:passaram|passou|começaram|começou) a (?:dizer|afirmar|espalhar)",
                # "A Globoplay enviou uma nota na segunda-feira. "...", diz o texto": a statement quoted in the next sentence
                r"(?:enviou|emitiu|divulgou) (?:\w+ ){0,3}?(?:um|uma) (?:\w+ )?(?:comunicado|nota|declaração)",
                r"em (?:um |uma )?(?:\w+ )?(?:comunicado|nota)(?! (?:de|sobre))",
            r"(?<!não )se manifestou", r"por meio de (?:um |uma )?(?:comunicado|nota)"]
ACCORDING_TO = [_according,
                r"de acordo com", r"conforme", r"citando", r"nas palavras de",
                # "..., como foi confirmado pelo canal Fox": what the named one confirmed
                r"como (?:foi |já foi )?(?:confirmad[oa]|anunciad[oa]|revelad[oa]|informad[oa]) (?:pel[oa]s?|por)"]
# Prepositions before a platform that make it the venue, not the speaker ("chega ao Prime Video"); "pela" names the agent,
# and "a" is also the article of "A Netflix confirmou".
# a one-word name right after "na / no" is a place, even beside an event: "músicos de chorinho na Lapa e foi renovada"
# (a work's name there would be a platform's, which is no title anyway)
PLACE_PREPOSITIONS = ["na", "no", "nas", "nos"]
VENUE_PREPOSITIONS = ["em", "no", "na", "ao", "à", "via", "através do", "através da"]
# A decision's participle before the platform: "renewed for a third season at Hulu", "canceled at Netflix after
# two seasons" name who decided.
DECIDED_PARTICIPLES = [r"renovad[ao]s?", r"cancelad[ao]s?"]

# --- grammar words the engine reads around its cues -------------------------
SUBJECT_PRONOUNS = [r"ela", r"ele", r"eles", r"elas"]
# the audience as a clause's subject after "e" (see claims.py)
SUBJECT_NOUNS = [r"os fãs", r"os espectadores", r"o público", r"os assinantes"]
# a clause of cause that opens a sentence: who is named inside it does not say what its main clause says (not "as":
# "As Netflix announced, ..." names the speaker)
CAUSE_OPENERS = ["já que", "porque", "uma vez que", "dado que"]
# A plural pronoun that opens a sentence and stands for the company the sentence before names.
COMPANY_PRONOUNS = ["eles", "elas"]
OBJECT_PRONOUNS = [r"ele", r"ela", r"eles"]
VERB_NEGATIONS = [r"não", r"ainda não"]
RETURN_WORDS = [r"volta", r"retorn", r"despede", r"continu"]  # "Daniel Rocha se despede de 'X'": he leaves
CINEMA_WORDS = [r"cinemas?", r"sequência", r"sequela", r"continuação"]
TIME_CLAUSE_WORDS = [r"após", r"depois de", r"quando", r"desde"]
RELATIVE_PRONOUNS = [r"que"]
THAT_WORDS = [r"que"]
ANOTHER_WORDS = [r"outra"]
AGENCY_WORDS = [r"agência"]
SPOKEN_ON = [r"n[oa] (?:programa|podcast)"]
# an episode's name right after the word for an episode ("In der heutigen Folge „Tod im Tuchlager“"): no work
EPISODE_WORDS = [r"episódio", r"capítulo", r"episódio (?:intitulado|chamado)"]
# right after a quoted name, a part of the story, not a work: "adapt the \"Black Harbor\" arc from the manga"
# the book or comic a series adapts, as the subject of "continua": "O webtoon continua com mais dois arcos"
SOURCE_WORKS = [r"(?:o|a|os|as) (?:web ?toon|mangá|manga|manhwa|romance|livro|quadrinhos?|HQ)s?(?: original| originais)?"]
# a posted message or a phrase, quoted after its noun (and a colon), is no title: 'with a short message: "Back soon"',
# 'followed by the phrase "The dusk is not over"'
MESSAGE_WORDS = [r"mensagem", r"publicação", r"legenda", r"post", r"texto", r"nota", r"frase", r"slogan", r"lema", r"hashtag", r"petição(?: online)?(?: intitulada| chamada)?", r"abaixo-assinado"]
# a byline's opening word, before the writer's name on a line of its own
BYLINE_WORDS = [r"por"]
ARC_WORDS = [r"arco"]
# the outlet that asked, right before it: "fuentes de la plataforma consultadas por este medio desmienten": not the speaker
ASKED_BY = [r"(?:consultad|procurad|ouvid|contatad)[ao]s? pel[ao]s?"]
# a release word that names the event where something was said ("na pré-estreia em São Paulo"): no release of a season
OCCASIONS = [r"(?:na|durante a) (?:[\w'’.-]+ ){0,3}(?:pré-estreia|première|premiere)", r"no tapete vermelho da (?:[\w'’.-]+ ){0,3}estreia"]
# a sentence that opens on other works, plural, tells of them: "Outras séries não tiveram a mesma sorte"
OTHER_WORKS = [r"(?:outras|outros|várias outras|(?:duas|três|quatro|cinco|seis|\d+) outras) (?:\w+ )?(?:séries|produções|novelas|filmes|projetos|títulos)",
               # (or a pronoun for them, decided on: "Algumas são canceladas após poucas semanas, como ...")
               r"(?:(?:enquanto|e|mas) )?(?:algumas|outras|muitas)(?= (?:(?:são|foram) (?:\w+ )?(?:canceladas|renovadas|encerradas)"
               r"|(?:conseguem|ganham|recebem) (?:uma |sua )?(?:renovação|temporada))(?![\w]))"]
# works in general, the subject of a renewal or a cancellation a few words after it: "Many shows thought safe
# for renewal were cancelled" (what is said is of them, not of the article's work)
MANY_WORKS = [r"(?:muitas|inúmeras|várias|tantas|diversas|(?:muito )?poucas|algumas|a maioria das) (?:\w+ )?(?:séries|produções|novelas)"]
# what a name is said to be one of, a kind of work in the plural after it: "Ironvale is one of the few dramas renewed
# early" (the name is a title)
ONE_OF = [r"(?:é|foi|está|segue) (?:também )?(?:uma|um|entre) d[ao]s",
          # (or what kind of work it is, right after its article: "Vale Escuro é uma série criada por ...")
          r"(?:é|era|foi) (?:também )?(?:uma|um)", r"(?:é|foi|está) (?:também )?entre as", r"(?<=, )(?:uma|um) d[ao]s"]
# the making a sentence opens on, before the work it is of ("Production on Ironvale season 3 has wrapped"): no part
# of the title
TOPIC_LEAD = [r"(?:gravações|gravação|produção|filmagens) (?:de|da|do)"]
# right after a making word, another work's: "sedang menjalani syuting drama lain", "is filming another series": not this one
OTHER_WORK = [r"(?:outra|outro) (?:\w+ )?(?:série|novela|filme|projeto)", r"(?:uma|um) nov[oa] (?:\w+ )?(?:série|novela|filme|projeto)",
              # "nos bastidores das filmagens do seu próximo longa": someone's next work
              r"(?:seu|sua) (?:próxim[oa]|nov[oa]) (?:\w+ )?(?:longa|filme|projeto|série|novela)",
              # "começa a gravar um filme em Recife": a work of its own, not the season
              r"(?:um|uma) (?:filme|longa(?:-metragem)?|curta(?:-metragem)?)(?![\w])"]
# someone's earlier work, named right before its title: "o fim da sua série anterior, 'Zona Morta'" (the sentences
# after it go on with the work the article is about)
# the work a new one's makers are known by, right after them (what is said is of the new one): "dos criadores de 'Jogo de Espadas'"
MAKERS_OF = [r"(?:criad[ao]|produzid[ao]) pel[oa]s? (?:criadores|criador|criadora|responsáveis) de", r"(?:nov[ao]|série|produção|comédia|drama) (?:\w+ )?dos criadores de"]
# (and a work the one spoken of is measured against: desde o término de "Jogo de Espadas")
FORMER_WORK = [r"desde o (?:término|fim|final|encerramento) de",
               r"(?:sua|seu) (?:série|novela|filme) anterior,?", r"(?:sua|seu) (?:primeira|primeiro|antiga|antigo|outra|outro) (?:série|novela|filme),?",
               # ... or the book it adapts: "vai se basear no segundo livro, 'O Mar Deve'", "adaptava 'A Luz que Não Volta'"
               r"(?:o|a|seu|sua|no|na) (?:primeiro |primeira |segundo |segunda |terceiro |terceira |último |última )?(?:livro|romance|mangá|webtoon|quadrinho),?",
               r"adapt(?:a|am|ava|avam|ou|aram|ará|arão)"]
# the series a spinoff comes from, named by its kind: "the parent series", "la serie madre"
PARENT_WORDS = [r"série (?:original|principal|mãe|matriz)", r"novela original"]
SPLIT_IN_TWO = [r"(?:se )?divid(?:e|iu|iram|ida|ido|irá|irão)(?: (?:a|o) (?:nova |\w+ )?(?:temporada|série)(?: d[eoa] [^.;:!?\n]{1,60}?)?)? em duas partes", r"(?:exibida|lançada|estreou|exibido|lançado) em duas partes", r"em dois cours",
                # "a terceira temporada chegará em duas partes"
                r"(?:chegará|chegarão|chega|chegam|volta|voltará|estreará|estrearão|será lançada|será exibida|estará) (?:dividida )?em duas partes",
                # "Os últimos quatro episódios ... completaram a primeira temporada": the parts make up the season
                r"complet(?:aram|ou|am|a) a (?:\w+ )?temporada"]  # an anime's season in two runs
INTERVIEW_WORDS = [r"entrevista"]
DATE_NOUNS = [r"(?:uma |a |nenhuma )?data"]
# A detail of a season left untold ("has not revealed the number of episodes"): no word on the season itself.
DETAIL_NOUNS = [r"(?:(?:sobre|acerca d[eo]) )?(?:o |a |os |as )?(?:número de episódios|quantidade de episódios|elenco|sinopse|duração|título|trailer)"]
ALIAS_WORDS = [r"(?:também )?conhecid[ao] (?:(?:n[oa]|em) (?:\w+ ){1,2}(?:e (?:\w+ ){1,2})?|aqui )?como", r"algo como", r"literalmente", r"com o subtítulo", r"subintitulad[ao]", r"cujo título original é", r"(?:no|em) original", r"intitulad[ao] originalmente",
               # "lançada no resto do mundo como 'The Shadow Hunter'": the name it was released under elsewhere
               r"(?:lançad[ao]|exibid[ao]|distribuíd[ao]) (?:(?:n[oa]|em) (?:\w+ ){1,5}|no exterior |lá fora )?como"]
# the end of a season named right before it, not its airing: "O final da segunda temporada deixou os fãs ansiosos"
SEASON_END_OF = [r"(?:o |a )?(?:final|fim|encerramento|desfecho|conclusão) d[ao]"]
RUN_END_OF = [r"(?:o )?(?:final|fim|encerramento) d[ao]", r"(?:a )?exibição d[ao]"]  # ("depois do final da terceira")
# "renewed ahead of the finale", "kurz vor dem Finale der zweiten Staffel": the moment another event is timed by;
# a release word right after it releases nothing, and a season named there is not the one decided
EVENT_BEFORE = [r"antes d[oa]", r"a poucos dias d[oa]", r"às vésperas d[oa]", r"na véspera d[oa]"]
# "mesmo antes de", said of what has not happened yet: "mesmo antes da estreia da segunda temporada"
EVEN_BEFORE = [r"mesmo antes d(?:e|a|o)", r"antes mesmo d(?:e|a|o)"]
# the nouns for a series that may introduce its title and the number of an installment: "Serial Lentera Kota 2
# dijadwalkan tayang perdana pada 9 Mei" (no season noun said)
SERIES_NOUNS = [r"série", r"novela"]
# a season whose numbers are weighed is the one before the one decided on: "avalia os resultados da segunda temporada"
MEASURE_NOUNS = [r"desempenho", r"resultados", r"audiência", r"números", r"dados", r"recepção", r"sucesso", r"fracasso", r"fiasco"]
# a headline that counts what is known of one work, its numbered lines its facets: "5 coisas sobre a 2ª temporada de X"
FACET_NOUNS = [r"coisas", r"motivos", r"razões", r"detalhes", r"curiosidades", r"fatos", r"factos", r"perguntas", r"teorias", r"segredos"]
# a relative clause after a name that makes it a cast member: "Bia Lemos, que interpreta Clara, ..."
ROLE_CLAUSES = [r",? que (?:interpreta|interpretava|interpretou|vive|vivia|viveu|dá vida a|dava vida a|deu vida a)"]

# --- time ----------------------------------------------------------------
MONTHS = {
    "janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "março": 3, "abril": 4, "abr": 4, "maio": 5, "mai": 5, "junho": 6,
    "jun": 6, "julho": 7, "jul": 7, "agosto": 8, "ago": 8, "setembro": 9, "set": 9, "outubro": 10, "out": 10,
    "novembro": 11, "nov": 11, "dezembro": 12, "dez": 12,
}
# The trade press's northern seasons; a Brazilian "verão" (December to March) is read the same way.
YEAR_SEASONS = {"primavera": "Q2", "verão": "Q3", "verao": "Q3", "outono": "Q4", "inverno": "Q1"}
# "no fim do ano que vem", "no segundo semestre deste ano" ("deste" is "de" and "este")
YEAR_PARTS = {
    r"(?:no |ao |até o |até ao )?(?:fim|final) d[oe]?": "Q4", r"(?:no |ao )?(?:início|começo|inicio) d[oe]?": "Q1",
    r"(?:em )?meados d[oe]?": "", r"(?:na )?primeira metade d[oe]?": "H1", r"(?:na )?segunda metade d[oe]?": "H2",
    r"(?:no )?primeiro semestre d[oe]?": "H1", r"(?:no )?segundo semestre d[oe]?": "H2",
    r"(?:no )?primeiro trimestre d[oe]?": "Q1", r"(?:no )?segundo trimestre d[oe]?": "Q2",
    r"(?:no )?terceiro trimestre d[oe]?": "Q3", r"(?:no )?(?:quarto|último) trimestre d[oe]?": "Q4",
    r"(?:ao longo|no decorrer) d[oe]?": "",
}
# a half of the year that may stand without its year ("no segundo semestre"): the next one not yet over
# (and a quarter, the same way: "no segundo trimestre")
HALVES = {r"(?:o )?primeiro trimestre": "Q1", r"(?:o )?segundo trimestre": "Q2", r"(?:o )?terceiro trimestre": "Q3",
          r"(?:o )?(?:quarto|último) trimestre": "Q4",
          r"primeiro semestre": "H1", r"segundo semestre": "H2"}
NEXT = [r"próxim[oa]", r"proxim[oa]", r"que vem", r"seguinte"]
THIS = [r"este", r"esta", r"neste", r"nesta"]
# "last summer", "au printemps dernier": a season of the year just past
LAST = [r"passad[oa]"]
# "in the fall", "im Herbst", "au printemps": a season of the year alone, the next one to come
SEASON_PREFIXES = [r"no", r"em", r"durante o", r"para o", r"neste"]
# "this Friday", the next such day after the article ({d}: a day of the week)
WEEKDAYS = {"segunda-feira": 0, "terça-feira": 1, "terca-feira": 1, "quarta-feira": 2, "quinta-feira": 3, "sexta-feira": 4, "sábado": 5, "sabado": 5, "domingo": 6}
COMING_WEEKDAY = [r"nesta {d}", r"neste {d}", r"na próxima {d}", r"no próximo {d}", r"próxima {d}", r"próximo {d}",
                  # a release told in the present: "A terceira temporada estreia no sábado" (the coming one)
                  # (the platform between: "chega à Netflix na quinta-feira")
                  r"(?:estreia|estreiam|chega|chegam|volta|voltam|desembarca)(?: (?:à|ao|no|na|em) [\w+]+(?: [\w+]+)?)? (?:na|no) {d}"]
# the short names, ordinals too: "estreia na sexta (12)" (see when.py)
WEEKDAY_SHORT = {"segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4}
# "next week", "last week": the month of the week after or before the article
NEXT_WEEK = [r"(?:na )?próxima semana", r"(?:na )?semana que vem",
             # "estreia em poucos dias": within the week
             r"(?:em|dentro de) (?:poucos|alguns) dias", r"nos próximos dias"]
# The day of the article and the day after it ("premieres today", "lands tomorrow").
TODAY = [r"hoje(?: à noite)?", r"esta noite", r"nesta noite"]
TOMORROW = [r"amanhã"]
# The day before the article ("released yesterday").
YESTERDAY = [r"ontem(?: à noite)?"]
LAST_WEEK = [r"(?:na )?semana passada"]
NEXT_YEAR = [r"(?:o )?próximo ano", r"(?:o )?proximo ano", r"(?:o )?ano que vem", r"(?:o )?ano seguinte"]
# "around this time next year": the article's month, a year on
THIS_TIME_NEXT_YEAR = [r"(?:por |nesta |nessa |na )?(?:esta |essa |mesma )?época (?:do|no) (?:ano que vem|próximo ano)"]
# (not "ainda em 2026" said in 2025: the year it names, read as a year)
THIS_YEAR = [r"este ano", r"neste ano", r"(?:no |até o )?(?:fim|final) do ano", r"ainda este ano",
             # "em meados do ano": this year's middle (not "a série do ano")
             r"(?:(?<=meados do )|(?<=início do )|(?<=começo do ))ano"]
# so many years before the article's: "two years ago" ("{n}" the count, in figures or words)
YEARS_AGO = [r"há {n} anos", r"{n} anos atrás"]
LAST_YEAR = [r"(?:o |no )?ano passado", r"(?:o |no )?ano anterior", r"há um ano"]
# "akhir tahun yang sama", "finales de ese año": the year the sentence named before
SAME_YEAR = [r"(?:o )?mesmo ano", r"(?:d|n)?aquele ano"]
# The month after the article's: "next month".
NEXT_MONTH = [r"(?:no )?próximo mês", r"(?:no )?mês que vem"]
THIS_MONTH = [r"(?:neste|este|nesse) mês", r"(?:no )?(?:final|fim|início|começo) (?:deste|do) mês"]
LAST_MONTH = [r"(?:no )?mês passado"]
YEAR_PREFIXES = [r"em", r"para", r"até", r"durante", r"desde", r"a partir de", r"antes de", r"no ano de", r"o ano de",
                 # "chegará em algum momento de 2027": sometime that year
                 r"(?:em )?algum momento (?:de|do ano de)"]
# A release said not to come before a time comes then at the earliest ("não estreia antes de 2026").
# a delay and the year it moves a release to ("adiada para 2027")
DELAY_VERBS = [r"adi(?:a|ou|ada|ado|adas|ados|aram|am)", r"remarc(?:a|ou|ada|ado)", r"empurr(?:a|ou|ada|ado)"]
# after a clause break, the plan that replaces the one before it: "had announced November, but the episodes
# will now arrive in 2027", "pero llegarán finalmente en 2027" (the last window of the sentence counts)
REVISED_WORDS = [r"finalmente", r"agora", r"afinal", r"no fim"]
# the word that puts one plan for another after a negated one: "nicht im Oktober, sondern erst im Januar 2027"
RATHER_WORDS = [r"mas sim", r"e sim"]
DELAY_TO = [r"para"]
UNTIL = [r"até", r"antes d[eoa]"]
# ("estreia prevista para o Natal": its article may stand between the time word and the holiday)
HOLIDAYS = {r"(?:o )?natal(?: de)?": "Q4", r"(?:o )?carnaval(?: de)?": "Q1", r"páscoa(?: de)?": "", r"réveillon(?: de)?": "Q4",
            r"halloween(?: de)?": "Q4"}
# A broadcast season written by its years ("the 2025-26 season": from the autumn), and the words for its middle,
# where a show held back from the autumn starts (the next year's first quarter).
TV_SEASONS = [r"temporada(?: televisiva)?"]
MIDSEASON = [r"mid-?season", r"meio da temporada"]

# Words the pre-filter looks for in raw bytes, and the engine too: without one of them no text
# is about an installment. Specific on purpose ("season", "second film", not "film"): the
# pre-filter must reject most pages of general news at scan speed.
# ("a quinta edição": an edition only with its ordinal)
SEASON_VOCABULARY = [*(f"{o} edição" for o, n in ORDINALS.items() if n > 1), "novas temporadas", "temporada",
                     # ("a terceira e última parte": the ordinal apart from its noun)
                     "última parte", "sequência", "sequela", "parte 2", "parte 3", "parte 4", "sequencia", "segundo filme", "terceiro filme", "segunda parte", "terceira parte",
                     "novo filme", "continuação",
                     # a numbered film may name no installment word (kept narrow: the ingest pre-filter shares these)
                     "aos cinemas", "estreia nos cinemas"]
# words of deciding, in a "nothing confirmed" statement: the platform has not decided, which is its own answer
# (what it has not announced or commented on, the article tells; see NOT_CONFIRMED)
DECISION_WORDS = [r"decid", r"decisão", r"decisões"]
# "não estreia em 2027 como previsto": depois de um evento negado e sua data, o que se abandona é a data
AS_PLANNED = [r"como (?:estava |era |havia sido |tinha sido )?(?:previsto|planejado|programado|anunciado|prometido|esperado)"]
# "Além disso, confirmou a estreia ...": palavras que continuam a frase anterior, cujo sujeito o verbo seguinte mantém
DROPPED_SUBJECT_OPENERS = [r"além disso", r"também", r"ainda", r"da mesma forma", r"por outro lado", r"mais tarde", r"depois",
                           r"em seguida", r"por fim", r"por último", r"finalmente"]
# "não chegará mais em dezembro": abandona-se a data que segue, não a temporada
NO_LONGER = [r"mais(?= (?:em|no|na|neste|nesta|este|esta|para|até|antes)(?![\w]))", r"já não"]
# the noun before a year in a window: "the end of the year 2027", "a finales del año 2027"
YEAR_NOUNS = [r"o ano", r"ano"]
# "Season 2 of Y was also renewed": what "also" adds, no one named, is the platform's that spoke just before
ALSO_WORDS = [r"também"]
# where a platform presents its slate: what the paragraph then says, no one named, is its announcement
# (the business results too: "na apresentação dos resultados trimestrais")
PRESENTATION_WORDS = [r"resultados (?:trimestrais|anuais|do (?:primeiro|segundo|terceiro|quarto) trimestre)", r"(?:dois|três|vários) anúncios", r"apresentação", r"upfronts?", r"coletiva de imprensa", r"conferência de imprensa", r"evento anual", r"showcase",
                      r"(?:apresenta|apresentou|divulgou|revelou)(?: [\w-]+){0,4}? (?:as suas |a sua |suas |sua |as |a )?(?:novidades|séries|apostas|programação|grade|grelha|ficção|próximas produções|produções|estreias|lançamentos)",
                      # "num evento para fãs" (a fan event where the platform presents what is to come)
                      r"evento (?:para|de|com) (?:os )?fãs", r"festival (?:para|de) fãs",
                      # "A Netflix decidiu o futuro de várias de suas séries": its decisions, item by item
                      r"(?:decidiu|selou|definiu|anunciou|revelou) o (?:futuro|destino) de (?:várias de |algumas de |todas )?(?:suas|as suas) (?:séries|produções|novelas)"]
# a sentence that opens on these tells a schedule since replaced: "Anteriormente, a temporada estava prevista para agosto"
SUPERSEDED_OPENERS = [r"anteriormente", r"até então", r"até agora", r"a princípio"]
# A word of "maybe" that, alone before a season to come with no verb at all, hopes for it.
MAYBE_WORDS = [r"talvez", r"quem sabe"]
# What a statement that nothing is decided goes on to list as undecided too ("..., including the filming schedule").
INCLUDING_WORDS = [r"incluindo", r"inclusive", r"entre el[ae]s"]
# Between a title and the word of its cancellation after it, an auxiliary or two ("has been cancelled").
EVENT_AUXILIARIES = [r"foi", r"(?:tinha|teria|terá)[^\S\n]+sido"]
# A season's name in reality shows, which festivals and prizes have too.
EDITION_NOUNS = [r"edição"]
# What has editions of its own, named next to one ("the 14th edition of the festival"): no show's season.
EVENT_NOUNS = [r"festival", r"festivais", r"gala", r"prêmios?", r"premiação"]
# A word of ending, whose subject may be a season that airs its last episode ("Season 2 of Harbor Lane ends tonight").
ENDING_WORDS = [r"fim", r"termin", r"acab"]
# A word of when between a word of ending and the season after it ("Chega ao fim hoje a segunda temporada").
ENDING_ADVERBS = [r"hoje", r"finalmente", r"enfim", r"amanhã"]
# The past tense of "to be" in a final statement, which makes the last season the last one aired ("it was the last one").
PAST_COPULAS = [r"foi", r"foram", r"era",
                # (a run's end told in the past: "terminou na terceira temporada", "parou na terceira temporada")
                r"terminou", r"acabou", r"parou", r"encerrou", r"chegou"]
# A word of a run's end, which a time clause before it tells as a time ("since the show ended").
ENDED_WORDS = [r"termin", r"acab", r"encerr"]
# A word of an executive's office written right before the platform's name ("Head of Content WeTV Indonesia Gita Pramesthi").
OFFICE_WORDS = [r"ceo"]
# A word for a number or a room that the number after it completes, in a title ("Apartment No. 9").
NUMBER_NOUNS = [r"número", r"n[º°]", r"quarto"]
# The pronoun that takes up a work named before ("Missed the first film? It is now on Prime Video").
WORK_PRONOUNS = [r"ele", r"ela"]
# What a platform shows of a season before it airs ("a first-look image, released today": the image's release).
PROMO_WORDS = [r"imagens?", r"fotos?", r"pôster", r"cartaz(?:es)?", r"trailers?", r"teasers?"]
# The pronoun that stands only for a person, never for a show (a heading over the cast who leave: "Quem não volta").
PERSON_PRONOUNS = [r"quem"]
# A word of the time over which a season's audience was counted ("averaged 6.4 million viewers across its third season").
OVER_WORDS = [r"durante"]
# The episodes of a season, between a release word and the season ("já estão disponíveis os oito episódios da
# segunda temporada"): what was released is that season.
EPISODES_OF = [r"(?:todos )?(?:os |seus )?(?:\w+ )?(?:episódios|capítulos) (?:da|de sua|do|de)"]
# The episodes of a season still to air, named before their release word ("The three remaining episodes will air on ...").
REMAINING_EPISODES = [r"episódios[^\S\n]+restantes"]
# A word of "between", before the steps or the seasons it counts ("between the first and the second season").
BETWEEN_WORDS = [r"entre"]
# A work's only season, which is its first: "its only season premiered in September".
ONLY_SEASON = [r"(?:sua|a sua) (?:única|só) temporada"]
# The word that opens a question about when: an interview's "When will viewers see it?", answered by a time.
WHEN_QUESTION = [r"(?:e |mas |então,? )?quando"]
# The word that opens an indirect yes-or-no question ("Não se sabe se a terceira temporada será a última"): a final
# statement after it, in its clause, is asked, not told (the reflexive "se" is left out: "não se sabe").
WHETHER_WORDS = [r"(?<!não )(?<!nao )se(?= (?:a|o|esta|essa|este|esse|ela|ele|será|vai|seria)(?![\w]))"]
# The words that open a question of who, which or how many ("It is not yet known who will return"): a doubt right
# before the question, or after it when the question opens the sentence, is about that, not about the season.
OPEN_QUESTION_WORDS = [r"quem(?! sabe)", r"quais", r"quant[oa]s", r"que(?= (?:personagens|atores|atrizes|rostos)(?![\w]))"]
# The words around "A and B" that count two works, not one title with "and" in it: before ("the freshman comedies
# A and B", "both A and B") and after ("A and B each").
PAIR_BEFORE = [r"comédias", r"séries", r"ambas", r"ambos"]
PAIR_AFTER = [r"cada uma", r"ambas", r"ambos"]
# The sequel and the word that joins it to the work it follows ("the sequel to the film that drew 2 million viewers"):
# what a relative clause after it tells is of that earlier work.
SEQUEL_OF = [r"(?:sequência|continuação) (?:de|do|da|dos|das)"]
# What a work is based on ("based on the second novel, which came out in 2021"): what a relative clause after it
# tells is of that source.
BASED_ON = [r"basead[ao]s? (?:em|no|na|nos|nas)", r"adaptação (?:de|do|da)", r"inspirad[ao]s? (?:em|no|na|nos|nas)"]
# The possessive determiners ("pas de deuxième saison pour son thriller lancé en janvier": the work's own launch).
POSSESSIVES = [r"seu", r"sua", r"seus", r"suas"]
# The words that set another work against the subject ("Unlike Stonefield, the drama will not return"): that work
# is not what the sentence speaks of.
CONTRAST_WORDS = [r"ao contrário (?:de|do|da|dos|das)", r"diferentemente (?:de|do|da)"]
# A weekly cadence ("New episodes drop every Friday through December"): before "until", the rest of a season on air.
WEEKLY_WORDS = [r"toda (?:semana|segunda|terça|quarta|quinta|sexta)(?:-feira)?", r"todas as (?:segundas|terças|quartas|quintas|sextas)(?:-feiras)?", r"todos os (?:sábados|domingos)", r"semanalmente"]
# The word before the platform a work is made for ("la troisième saison de Double Fond pour Canal+"): no title word.
MADE_FOR = ["para"]
# A photo's caption names people in a work and ends on its credit ("Clara Penhaligon and Dev Sandhu in The
# Understudy. Photo: Apple TV+"): the word between the people and the work, and the credit's words.
CAPTION_IN = ["em", "no", "na", "nos", "nas"]
PHOTO_CREDITS = [r"fotos?:", r"fotografia:", r"imagem:", r"divulgação", r"reprodução", r"©"]
# A word of consequence: after a shoot, the time it leads to is the release's ("we shoot in the autumn, so
# realistically the start of next year").
CONSEQUENCE_WORDS = [r"então", r"portanto"]
# A word of what comes next: "agreed to a ninth season, then it is over" (the end is of the season after).
THEN_WORDS = [r"depois(?! d[aoe]s?)", r"em seguida", r"depois disso"]
# A weekday just gone ("opened last Friday"): the one before the article's date.
PAST_WEEKDAY = [r"(?:na |no )?últim[oa] {d}", r"(?:na |no )?{d} passad[oa]"]
# the words that open a calendar's day written with a one-digit month ("el 23/4", "am 23.4."): see when.py
DAY_OPENERS = ["em", "dia", "até"]
# whom unnamed sources are close to, before its name: "fontes próximas da produtora, Levante Films, garantem"
CLOSE_TO_WORDS = [r"fontes? (?:próximas?|ligadas?|internas?) (?:a|à|ao|aos|às|da|do|das|dos|de)", r"pessoas? (?:próximas?|ligadas?) (?:a|à|ao|da|do|de)"]
# The season before the one spoken of, unnumbered: "três anos depois da estreia da temporada anterior".
PREVIOUS_SEASON = [r"(?:a|sua) temporada (?:anterior|passada)", r"(?:a|sua) anterior temporada"]
# A word that tells a release not come yet, with its negation: "ainda não estreou" (the season still to come).
NOT_YET_WORDS = [r"ainda"]
