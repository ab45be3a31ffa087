"""Indonesian cue words (regular-expression fragments, matched case-insensitively as whole words).

Indonesian news mixes in English words ("season 2", "confirmed"); the engine reads
every article with its own pack and the English one together.
"""

CODE = "id"
NAME = "Indonesian"

# Indonesian news borrows English words ("season 2", "confirmed", "renewed"): read it with the English pack too.
BORROWS_ENGLISH = True
# Indonesian verbs tell no tense ("tayang pada 6 Maret" is "airs" or "aired"): a day just after the article is to come.
TENSELESS = True

# Enclitics that attach to any verb or noun: "membatalkannya", "mempertimbangkannya".
WORD_SUFFIXES = ["nya", "lah", "kah"]

SEASON_NOUNS = ["musim", "season"]
FILM_NOUNS = ["film", "jilid", "bagian", "part"]
# Nouns that split one season in two (the film noun for a part, and a volume): beside a season they name no installment
# of their own ("musim 2 bagian 2", "bagian kedua dari musim 2", "bagian kedua musim 2").
PART_NOUNS = ["bagian", "part", "volume"]
# Words that tie such a part to the season after it.
PART_OF = ["dari"]
# An unnumbered new season ("diperpanjang untuk musim baru"): the one after the last that aired, when the article names it.
NEW_SEASON = [r"(?:musim|season)[^\S\n]+(?:baru|terbaru|berikutnya|selanjutnya|lanjutan)(?:nya)?", r"satu[^\S\n]+musim[^\S\n]+lagi"]
# "renewed for two more seasons": that many after the last one named or aired ({n}: the count)
MORE_SEASONS = [r"{n}[^\S\n]+(?:musim|season)[^\S\n]+(?:lagi|tambahan)"]
# "dua musim pertama": the seasons up to that many (see seasons.py)
FIRST_SEASONS = [r"{n}[^\S\n]+(?:musim|season)[^\S\n]+pertama"]
SEQUEL_NOUNS = ["sekuel", "sekuelnya", "sequel"]
# before the noun only the borrowed "final season": "episode terakhir season 2" is the last episode of season 2
FINAL_WORDS = ["final"]
# "musim terakhir": the final word follows the noun.
FINAL_AFTER_NOUN = ["terakhir", "pamungkas", "penutup", "final"]
# the first season by its debut, the word after the noun ("musim perdananya tayang pada Maret lalu")
FIRST_AFTER_NOUN = ["perdana(?:nya)?"]
AFTER_COUNT_WORDS = [r"yang (?:sudah |telah )?(?:berjalan|memiliki|punya)", "setelah", "usai", "sesudah", "dengan"]
# "one" after those words: "annulée après une saison" is cancelled after one season
ONE_AFTER_COUNT = ["satu"]
NUMBER_JOINERS = ["dan", "&", ",", "atau", "hingga", "sampai"]
# Apa yang disebut kalimat tentang kata-kata kalimat sebelumnya ("Informasi tersebut beredar di media sosial").
TOLD_BEFORE = [r"(?:informasi|kabar|berita|isu|rumor|klaim) (?:tersebut|itu|ini)", r"hal (?:tersebut|itu|ini)"]
# Joiners of a range ("musim 3 hingga 5": musim di antaranya juga).
RANGE_JOINERS = ["hingga", "sampai"]
# "Season 1 aired in 2023 and season 3 is being written": the word that joins two clauses
CLAUSE_AND = ["dan", "serta"]
# "will continue through season 3": a renewal up to that season, from the next one on
THROUGH = ["hingga", "sampai"]

NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10,
}
ORDINALS = {
    "pertama": 1, "pertamanya": 1, "kedua": 2, "keduanya": 2, "ketiga": 3, "ketiganya": 3, "keempat": 4,
    "kelima": 5, "keenam": 6, "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10, "kesebelas": 11,
}
ORDINAL_PATTERNS = [r"ke-?(\d{1,2})"]
FINAL_STATEMENTS = [
    # "Film ketiga akan menjadi bab terakhir": that one is the last
    r"(?:akan )?(?:menjadi|jadi|merupakan) bab (?:terakhir|penutup|pamungkas)",
    # "akan berakhir di akhir musim keempat": that season is the last
    r"(?:akan )?(?:berakhir|tamat|selesai) (?:di|pada) (?:akhir|penghujung)(?= (?:musim|season) )",
    r"(?:akan )?(?:menjadi|jadi|merupakan|adalah) (?:musim|season) (?:terakhir|pamungkas|penutup)",
    # a film that closes its franchise: "akan menjadi film penutup dari waralaba horor itu", "jadi seri terakhir waralaba
    # ini" (not "film terakhir" alone, often someone's latest film)
    r"(?:akan )?(?:menjadi|jadi|merupakan|adalah) (?:film|seri|jilid) (?:penutup|pamungkas)",
    r"(?:film|seri|jilid) (?:terakhir|penutup|pamungkas) (?:dari |bagi )?(?:waralaba|franchise|trilogi|saga)",
    r"(?:musim|season) (?:terakhir|pamungkas|penutup)", r"(?:akan )?(?:menjadi|jadi|merupakan) (?:yang )?terakhir",
    # "musim keempat sekaligus terakhir", "season 4 dan terakhir": the season named just before is the last
    r"(?<=\w )(?:sekaligus|dan) (?:yang )?(?:terakhir|pamungkas|penutup)(?! (?:episode|kali|bulan|tahun|pekan|minggu))",
    r"(?:kisah|cerita|serial|drama)(?:nya)? (?:akan )?(?:berakhir|tamat|ditutup) di (?:musim|season)",
    r"(?:akan )?(?:berakhir|tamat|ditutup) (?:di|pada|dengan) (?:musim|season)",  # "Tanjung Biru akan berakhir di musim keempat"
    # apa yang dilakukan satu musim pada serialnya: "musim kelima akan menutup serial itu", "mengakhiri kisah serial"
    r"(?:akan )?(?:menutup|mengakhiri|menamatkan) (?:kisah |cerita |perjalanan )?(?:serial|seri|drama|series|saga|trilogi)",
]
# A work of its own beside the one it comes from ("X: Origins, a prequel spinoff of X"): the two stay apart.
SPINOFF_WORDS = [r"spin-?off", r"prekuel", r"prequel", r"serial turunan"]
# right before a new work's own name, far from its spinoff word: "a spinoff centred on the landlady, provisionally
# titled 'The Landlady'"
WORKING_TITLE = [r"(?:berjudul|bertajuk)(?: sementara)?", r"dengan judul(?: sementara)?"]
TYPE_NOUNS = [r"drama", r"drakor", r"serial", r"novel", r"series", r"miniseri", r"film", r"sinetron", r"web ?series", r"anime", r"waralaba", r"sitkom",
              r"komedi", r"horor", r"thriller", r"judul", r"tayangan", r"saeguk", r"sekuel",
              # genres after the kind: "serial fantasi Indonesia Dunia Paralel", "drama komedi romantis Korea X"
              r"fantasi", r"misteri", r"laga", r"aksi", r"romantis", r"romansa",
              # the comic a drama adapts shares its title: "penulis asli webtoon Kabut Pagi"
              r"webtoon", r"manhwa",
              # unscripted kinds: "reality show Frozen Hearts Lodge", "ajang pencarian bakat Bintang Desa"
              r"reality show", r"kompetisi", r"ajang pencarian bakat",
              # a kind and its genre: "serial keluarga Kontrakan Empat Pintu", "film laga Jagal Senja"
              r"(?:serial|drama|film|sinetron|series) (?:keluarga|romantis|remaja|laga|religi|misteri|aksi|fantasi|kolosal|"
              r"biopik|musikal|kriminal|medis|sejarah|anak|psikologis)"]
# The origin, medium or fame of a work between its kind and its title: "musim ketiga drama Korea Kabut Pagi", "serial TV
# terkenal Lembah Hijau" (in capitals at the start of the title's run, no part of it either: see the works module's `runs`)
KIND_ORIGINS = [r"korea(?: selatan)?", r"jepang", r"china", r"tiongkok", r"thailand", r"taiwan", r"turki", r"india", r"barat",
                r"hollywood", r"indonesia", r"malaysia", r"filipina", r"amerika", r"inggris", r"spanyol", r"tv", r"televisi",
                r"populer", r"terkenal", r"terbaru", r"terpopuler", r"favorit", r"fenomenal", r"hits?", r"lokal", r"orisinal",
                r"original"]
TITLE_CONNECTORS = ["of", "the", "a", "and", "on", "in", "di", "ke", "dan", "dari", "yang", "&", "de", "la", "bu", "pak",
                    "x"]  # ("Spy x Family", "Hunter x Hunter")
# The verb words that end a Title Case headline's run before its season: "Pemeran Rumah Bulan Ungkap Kabar Season 2".
TITLE_CASE_VERBS = ["ungkap", "ungkapkan", "pastikan", "bocorkan", "umumkan", "konfirmasi", "segera", "siap", "beri", "janjikan",
                    # the passive verbs a headline ends its title on: "Sekuel Rumah Kabut Segera Digarap"
                    "digarap", "dibuat", "diproduksi", "digodok", "dirilis", "ditunda", "diundur", "dibatalkan", "diperpanjang",
                    "dikonfirmasi", "dipastikan", "diumumkan", "disiapkan", "dilanjutkan"]
COMMON_CAPITALISED = [
    # a fact box's labels: "Status: Diperpanjang", "Genre: Drama"
    "status", "genre", "jaringan",
    # a page's own lines: "Komentar (3)"
    "komentar",
    "pembaruan", "update",  # "Update: ...": an update's label
    "artikel", "asli", "artikel asli",  # "Artikel asli (dipublikasikan 8 Januari 2026):": the original text's label
    "original", "originals",  # "serial Vidio Original": the platform's label, no title
    "soal", "terkait", "mengenai", "tentang", "perihal",  # "Soal musim kedua, ...": about
    "yang", "ini", "itu", "dan", "di", "ke", "dari", "pada", "untuk", "dengan", "namun", "tetapi", "tapi", "meski", "meskipun",
    "walau", "sementara", "sejak", "setelah", "sebelum", "saat", "ketika", "jika", "kalau", "para", "sang", "si", "kini",
    "sudah", "belum", "akan", "tak", "tidak", "bakal", "ada", "juga", "hingga", "sampai", "bahkan", "selain", "menurut", "sebelumnya", "kemudian", "lalu",
    "baca", "juga", "lihat", "tag", "foto", "video", "berita", "terkini", "terbaru", "populer", "musim", "season", "film", "sekuel", "prekuel",
    "drama", "korea", "drakor", "serial", "episode", "netflix", "resmi", "kabar", "penulis", "reporter", "editor",
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "wib", "wita", "wit", "hari", "raya", "dok", "istimewa",
    "dari", "apa", "siapa", "mengapa", "bagaimana", "kapan", "berikut", "simak", "daftar", "inilah", "cek", "begini",
    "penggemar", "netizen", "warganet", "selengkapnya", "k-drama", "kdrama", "horor", "komedi", "film horor", "sutradara", "aktor",
    "aktris", "pemeran", "produser", "penonton", "dikabarkan", "dipastikan", "tayang", "rilis", "lanjut", "bocorkan",
    "umumkan", "konfirmasi", "tembus", "juta", "ribu", "dok", "ist", "antara", "kompas", "tribun", "detik",
    "indonesia", "korea selatan", "jepang", "amerika", "thailand", "china", "tiongkok", "india", "turki", "prancis",
    "spanyol", "brasil", "inggris", "asia", "barat", "hollywood", "bollywood",
    "portugal", "meksiko", "jerman", "italia", "filipina", "vietnam", "malaysia", "taiwan", "australia", "kanada", "rusia",
    "argentina", "kolombia", "belanda", "swedia", "denmark", "norwegia", "polandia", "irlandia", "skotlandia", "israel",
    # a people or a region as a work's origin: "drama keluarga Batak ini", "komedi Betawi itu"
    "batak", "jawa", "sunda", "betawi", "minang", "minangkabau", "bugis", "madura", "melayu", "dayak", "tionghoa",
    # where a season stands: "Akhir musim pertama membuat penonton kesal" (its end), "Awal musim kedua ..."
    "akhir", "awal", "pertengahan", "penutup", "pembuka",
    # a section heading's words: "Kata Sutradara" (what the director says), "Syuting Kabarnya Agustus"
    "kata", "syuting", "kabarnya", "jadwal", "rencana", "harapan", "tanggapan", "respons", "jawaban",
    # an item's fact labels: "Tanggal rilis: akhir 2026", "Perkiraan tayang: awal 2027", "Sinopsis: ..."
    "tanggal", "perkiraan", "sinopsis",
]
# "Drama Korea Hujan Bulan Juni": a nationality after the kind of work is no part of the title either.
OPENERS = ["korea", "jepang", "tv", "televisi", "china", "tiongkok", "thailand", "barat", "turki", "india", "spanyol", "inggris", "prancis",
           "portugal", "meksiko", "jerman", "italia", "filipina", "brasil", "taiwan", "apakah", "kapan", "mengapa", "kenapa", "bagaimana", "siapa", "ini", "itu", "yang", "dan", "namun", "tapi",
           "meski", "sementara", "resmi", "simak", "inilah", "begini", "akhirnya", "kabar", "kini", "jadi", "baca",
           "lihat", "foto", "video", "selain", "bahkan", "sejak", "setelah", "sebelum", "saat", "ketika", "jika",
           # the verbs of a Title Case headline: "Netflix Perpanjang Tanjung Biru ke Season 3"
           "perpanjang", "umumkan", "konfirmasi", "pastikan", "batalkan", "hentikan", "lanjutkan", "garap", "siapkan",
           "rilis", "ungkap", "bocorkan", "tunda",
           # two words that open a question together ("Ada" alone opens titles: "Ada Apa dengan Cinta"); or a headline's
           # verb and "ada" ("HBO Pastikan Ada Kota Bayangan Season 2": there will be one)
           "apakah ada", "pastikan ada", "dipastikan ada", "konfirmasi ada", "umumkan ada"]
NUMBER_UNITS = ["juta", "ribu", "miliar", "episode", "hari", "pekan", "minggu", "bulan", "tahun", "negara", "persen",
                "kali", "jam", "menit", "penonton"]

# --- events --------------------------------------------------------------
# "Kami menunggu hasil penayangan sebelum memutuskan": a decision still to take
# (a possible renewal, in RENEWAL, and a hedge, in HEDGES)
_waiting_to_decide = r"(?:menunggu|masih menunggu) (?:[\w-]+ ){1,6}?sebelum (?:memutuskan|mengambil keputusan|menentukan)"
RENEWAL = [
    # "Starvision bersama Disney+ Hotstar memutuskan membentuk sekuel X Season 2": the makers decide to make it
    r"memutuskan (?:untuk )?(?:membuat|membentuk|menggarap|memproduksi|menghadirkan|melanjutkan(?: ke)?)(?= (?:sekuel|musim|season|kelanjutan|lanjutan)(?![\w]))",
    # "Netflix kembali menghadirkan Laut Dalam untuk musim ketiga": bringing it back for a season
    r"menghadirkan(?= (?:[^\s.,;:!?]+ ){1,5}?untuk (?:musim|season)(?![\w]))",
    # "juga diperbarui untuk musim 2", "mengumumkan pembaruan musim": renewed (a calque of the English word)
    r"diperbarui(?= (?:untuk|ke) (?:musim|season)(?![\w]))", r"pembaruan(?= (?:untuk )?(?:musim|season)(?![\w]))",
    # ("Serial ini akan kembali dengan episode baru": more of it, no season named)
    r"(?:akan |bakal )?kembali dengan (?:episode|episode-episode) baru",
    # what is left to others to decide: "musim ketiga tergantung pada Netflix dan penonton"
    r"(?<!jika )(?<!kalau )(?:tergantung|bergantung)(?: pada| dari)?",
    # a door left open: "never say never"
    r"(?:tidak pernah|jangan pernah) (?:bilang|mengatakan|berkata) tidak(?: mungkin| akan)?",
    # "musim kedua Glass Bay akan hadir": it will come
    r"(?<!tidak )(?<!tak )akan hadir(?=[.,;!?]| (?:pada|tahun|bulan|awal|akhir|di|untuk|lagi)(?![\w]))",
    # "musim keempat sudah disetujui": approved, made
    r"(?:sudah |telah |resmi |sudah resmi )?disetujui",
    # talk of the next season, a hope (see HEDGES): "Kami sudah membicarakan musim ketiga"
    r"(?:membicarakan|membahas|ngobrolin)(?= (?:soal |tentang )?(?:musim|season|film|sekuel) )",
    # "Studio itu mengungkap kabar tersebut pada Sabtu": announcing what the sentence before said
    r"mengungkap(?:kan)?(?= (?:kabar|berita) (?:ini|itu|tersebut))",
    # "kami sedang mencermati angka penonton": a platform weighing the next season
    r"(?:mempelajari|mencermati|menganalisis|melihat) (?:\w+ )?(?:angka|data|jumlah) (?:penonton|penayangan|tontonan)",
    # "Kami sudah punya ide untuk season 3" (a hope: see HEDGES)
    r"(?:punya|memiliki|ada) (?:banyak )?ide untuk",
    # revealing the date: "unveiled the premiere date. The second season arrives on ..." (what it announces follows)
    r"(?:membeberkan|mengungkap(?:kan)?|memublikasikan)(?= (?:jadwal|tanggal))",
    # "Disney+ tengah menyiapkan musim ketiga", "sedang mempersiapkan sekuel"
    r"(?:tengah |sedang |mulai |telah |sudah )?(?:menyiapkan|mempersiapkan|menggarap)(?= (?:musim|season|sekuel|film|lanjutan|bagian)(?![\w]))",
    # "terbuka untuk membuat musim kedua", "ingin melanjutkan kisahnya": making the season, or going on with it (a hedge
    # before it makes it possible)
    # (not after "(tidak menutup) kemungkinan untuk": the phrase hopes for it already, its negation is not this verb's)
    r"(?<!kemungkinan untuk )(?:membuat|melanjutkan|menghadirkan)(?= (?:musim|season|sekuel|lanjutan|kelanjutan)(?![\w]))",
    # "Vidio akan memproduksi musim ketiga", "akan memproduksi X season 2": a platform that takes it on
    r"akan memproduksi(?= (?:[^.;,\n]{1,60}? )?(?:musim|season|sekuel|film|serial|lanjutan)(?![\w]))",
    # "kelanjutan X ke musim kedua masih sebatas rumor": a continuation only rumoured (the rumour hedges it)
    r"kelanjutan(?= [^.;:!?\n]{0,60}?(?:sebatas|hanya|cuma|masih) (?:rumor|isu|gosip|spekulasi|kabar burung))",
    # (not a run on air: "berlanjut setiap Minggu pukul 21.00")
    # (not the verb of speech after a quotation: '"...," lanjut Hwang Dong Hyuk')
    r"(?<![\"”,] )(?:di)?lanjut(?:kan|nya)?", r"berlanjut(?! (?:setiap|tiap|pukul|malam ini|pekan depan|minggu depan|besok)(?![\w]))", r"melanjutkan", r"dipastikan", r"memastikan", r"diperpanjang",
    # (not an account's word: "Melalui Twitter resmi mereka, HBO menyatakan ...")
    r"resmi(?= (?:di|me|ber|ter|musim|season|kembali|hadir|lanjut|punya|dapat))(?! (?:mereka|merupakan|dari|terkait|tersebut)(?![\w]))", r"resmi!",
    r"memperpanjang", r"perpanjang", r"(?<!saat )(?<!ketika )dikonfirmasi", r"mengonfirmasi", r"mengkonfirmasi",
    # (not the outlet's request: "menghubungi rumah produksi ... untuk meminta konfirmasi", "saat dimintai konfirmasi")
    # (not the statement named before, pointed back to: "Konfirmasi dari Netflix tersebut sedikit berbeda dengan ...")
    r"(?<!meminta )(?<!minta )(?<!mendapatkan )(?<!mencari )(?<!dimintai )(?<!dimintakan )konfirmasi"
    r"(?! (?:(?:dari|oleh) [\w+.-]+(?: [\w+.-]+)? )?(?:tersebut|itu)(?![\w]))", r"diumumkan",
    # (a headline's "HBO pastikan ada X season 2", its prefix dropped; not the reader told "Pastikan kamu menonton")
    r"pastikan(?! (?:kamu|anda|kalian|untuk)(?![\w]))(?= (?:[^\s.,;:!?]+ ){0,6}?(?:musim|season|sekuel)(?![\w]))",
    # (not one left for later: "Detailnya biar Netflix yang umumkan nanti")
    r"mengumumkan(?!(?:nya)? (?:nanti|kemudian|belakangan))", r"umumkan(?! (?:nanti|kemudian|belakangan))", r"(?:mengumumkan|umumkan|memastikan|pastikan|mengonfirmasi) kelanjutan", r"(?:akan )?kembali hadir", r"(?:akan )?hadir (?:kembali|lagi)", r"comeback",
    r"(?<!tidak )(?<!tak )(?<!tidak akan )(?<!tak akan )(?:akan )?kembali (?:dengan|untuk|ke|lewat) (?:musim|season)",
    r"lampu hijau", r"meresmikan", r"diresmikan",
    # "musim kedua rasanya mungkin terjadi": a season that may come about (the hedge says how likely; not "apa yang
    # akan terjadi di musim kedua", what happens in it)
    r"(?<!yang )(?:akan|bakal|mungkin|bisa) terjadi(?! (?:di|pada|dalam|saat|ketika|kepada)(?![\w]))",
    # "musim kedua sedang direncanakan": a season being planned
    r"(?:sedang|tengah|masih|sudah) direncanakan", r"(?:dalam|masuk) tahap perencanaan",
    # "Hulu diam-diam telah memberikan musim kedua kepada Dry Gulch": a season given to the show
    r"(?:memberikan|memberi|menghadiahkan) (?:[\w-]+ ){0,2}?(?:musim|season) (?:[\w-]+ )?(?:kepada|untuk|bagi)(?= )",
    # (not the seasons made before: "Keduanya digarap oleh Studio Umibe", both of them)
    # ("dalam tahap pengembangan"; not the page's own note: "Berita ini masih dalam pengembangan")
    r"(?<!keduanya )(?<!ketiganya )(?<!semuanya )(?<!seluruhnya )digarap",
    # (not the studio described: "WIT Studio, studio yang menggarap anime ini, belum ...")
    r"(?<!yang )menggarap", r"(?:sedang )?dikembangkan(?! (?:sejak|selama|dari|di) )", r"(?:kami|kita|mereka) (?:garap|kembangkan|siapkan)(?![\w])", r"(?:sedang|tengah|mulai|sudah) di(?:per)?siapkan", r"(?<![Bb]erita ini masih )(?<![Bb]erita ini )(?<![Bb]erita masih )(?:dalam|masuk|memasuki) (?:tahap |fase )?pengembangan(?! naskah| cerita| skenario)", r"dibuat",
    # ("musim ketiga tidak akan diproduksi", "akan diproduksi tahun depan": not "drama ini diproduksi oleh Studio X",
    # the maker of what aired)
    r"(?<=akan )diproduksi(?![\w])", r"(?<=bakal )diproduksi(?![\w])", r"memesan", r"dipesan", r"(?:punya|dapat|mendapat|mendapatkan|(?<!yang )memiliki) (?:musim|season)",
    r"(?<!tidak )(?<!tak )(?:ada|hadir) (?:musim|season)", r"(?:di|meng)hidupkan kembali (?:serial|drama|film|waralaba|kisah)",
    # hedged renewals: the hedge makes them `possible`
    _waiting_to_decide,
    # "kreatornya menilai musim ketiga masih mungkin"
    r"masih (?:sangat )?mungkin(?![\w])",
    r"berharap", r"harapan", r"(?:dalam )?pembicaraan", r"negosiasi", r"mempertimbangkan", r"dipertimbangkan",
    # the passive with its agent before the bare verb: "Musim ketiga sedang kami pertimbangkan"
    r"(?:kami|kita) (?:pertimbangkan|kaji|evaluasi|diskusikan|bahas)", r"meninjau", r"(?:sedang |masih |tengah )?ditinjau",
    # "Kami masih mengevaluasi masa depan serial ini", "musim kedua masih dalam tahap evaluasi"
    r"mengevaluasi", r"mengkaji", r"(?:sedang |masih )?dievaluasi", r"dalam (?:tahap )?(?:evaluasi|pertimbangan|kajian)",
    # "kami masih melakukan evaluasi": the same weighing, with its noun
    r"melakukan (?:evaluasi|kajian|peninjauan)",
    r"petisi", r"kampanye", r"ingin", r"kemungkinan", r"peluang", r"(?:kenapa|mengapa) tidak", r"berpotensi",
    # the double negation that leaves it open: "tidak menutup kemungkinan", "bukan tidak mungkin ada film ketiga"
    r"(?:tidak|tak) menutup kemungkinan", r"(?:tidak|tak) (?:menampik|menepis|membantah) (?:adanya )?kemungkinan", r"(?:tidak|tak) menutup (?:pintu|peluang)", r"membuka (?:pintu|peluang)(?= (?:untuk|bagi) )", r"bukan (?:tidak|tak) mungkin",
    r"(?:masih )?dibahas", r"(?:masih )?didiskusikan", r"(?:dalam )?(?:tahap )?(?:diskusi|pembahasan)",
    # "Kami masih berdiskusi dengan platform": talks, no decision
    r"(?:masih |sedang |tengah )?(?:berdiskusi|berunding)",
    # "mulai dibicarakan", "sedang kami bicarakan": being talked over; not "ramai dibicarakan" (much talked about)
    r"(?:sedang|mulai|tengah|masih|akan|baru) dibicarakan", r"(?:kami|mereka) (?:bicarakan|bahas|diskusikan)",
]
CANCELLATION = [
    # musim yang dihitung lebih dulu: "Setelah tujuh musim, X akan berakhir pada Mei" (musim sesudahnya; bukan akhir
    # sebuah musim)
    r"setelah (?:\w+ ){1,2}(?:musim|season), (?:(?:(?!musim|season)[^.;!?\n]){1,80}? )?(?:berakhir|akan berakhir|tamat|resmi tamat)(?![\w])",
    # "Alih-alih musim ketiga, kisahnya akan ditutup lewat film": musim yang dikesampingkan tidak akan dibuat
    r"(?:alih-alih|bukannya)(?= (?:membuat |menggarap )?(?:musim|season) )",
    # "musim ketiga tidak pernah direncanakan": the makers meant it to end
    r"(?:tidak|tak) pernah (?:direncanakan|masuk (?:dalam )?rencana)",
    # "Tidak ada rencana musim kedua": there will be none
    # ("Saya tidak berencana membuat musim kedua": the one who would make it has no plan to)
    # (of a film with its count too: "Kami tidak berencana membuat film keempat")
    r"(?:tidak ada rencana|(?:tidak|tak) berencana) (?:untuk )?(?:membuat |menggarap |melanjutkan ke )?(?:musim|season|sekuel|film(?= ke))",
    # "Tidak akan ada Pemburu Rawa 3": a title with its number that will not be made
    # (not "tidak ada pilihan untuk membuat season 2": no choice but to make it; nor "tidak ada indikasi bahwa season 3
    # akan menjadi season terakhir": no sign of an end)
    r"tidak (?:akan )?(?:ada|pernah ada)(?! (?:pilihan|alasan|cara|jalan|kabar|kepastian|informasi|keraguan|masalah|indikasi|tanda|tanda-tanda|petunjuk)(?![\w]))(?= (?:[^\s.,;:!?]+ ){1,5}(?:[2-9]|1[0-2]|ii|iii|iv)(?:[.,;:!?\"”»’)]|\s|$))",
    # (and the spoken forms of the portals: "resmi dibatalin setelah cuma satu musim")
    # (not the reason for it, which the article tells elsewhere: "belum buka suara soal alasan pembatalan ini")
    r"(?:di|nge)?batalin", r"(?:di)?batal(?:kan)?(?! tayang (?:(?:tahun|bulan|pekan|minggu) ini|pada|hari ini|malam ini))", r"(?<!alasan )(?<!penyebab )pembatalan", r"membatalkan", r"(?:tidak|tak) (?:akan )?(?:dilanjutkan|berlanjut|lanjut|diperpanjang|kembali)",
    # "Netflix tak melanjutkan serial X": a decision ("belum melanjutkan", not yet, is no cancellation)
    r"(?:tidak|tak) (?:lagi )?(?:melanjutkan|memperpanjang)(?:nya)?",
    # (not the outlet's double negation: "sulit membayangkan tidak ada musim kedua")
    r"(?<!membayangkan )(?<!dibayangkan )(?:tidak|gak|nggak|enggak) (?:akan |bakal )?ada (?:musim|season|film|sekuel|kelanjutan)", r"(?:ingin |akan |memutuskan untuk )?mengakhiri(?:nya)?(?! (?:penantian|spekulasi|rumor|kabar burung|teka-teki|misteri|episode|syuting|produksi|kontrak|kerja ?sama)(?![\w]))", r"(?<!season \d )(?<!season \d\d )resmi (?:tamat|berakhir|berhenti|usai)(?! (?:pada|pekan lalu|minggu lalu|bulan lalu|kemarin|tadi malam))",
    # (not a run that ended on a day: "Drama ini tamat pekan lalu", aired, see RELEASED_PAST)
    r"(?:serial|drama|kisah|cerita|series|film|waralaba)(?:nya)?(?: ini| tersebut| itu)? (?:resmi |akan |sudah |telah )?(?:tamat|berakhir|berhenti|usai)"
    r"(?! (?:di [^\s.,;]+(?: [^\s.,;]+)? )?(?:pada|pekan lalu|minggu lalu|bulan lalu|kemarin|tadi malam))",
    r"tak (?:akan )?(?:dilanjutkan|berlanjut|lanjut|ada (?:musim|season))", r"dihentikan(?! sementara)",
    # "Netflix resmi menghentikan Laut Dalam setelah dua musim": the show stopped after its seasons
    r"menghentikan(?= (?:[^\s.,;:!?]+ ){1,5}?setelah (?:\w+ )?(?:musim|season)(?![\w]))", r"menghentikan(?: (?:produksi|penayangan|pembuatan|serial|series|drama|program|acara|tayangan)|nya)(?! sementara)",
    r"(?:tidak|tak) (?:ada )?rencana (?:untuk )?(?:melanjutkan|membuat)", r"disetop", r"distop",
    r"(?:memutuskan|putuskan|memilih) untuk (?:tidak|tak) (?:melanjutkan|memperpanjang)",
]
# ("kabar batal itu" names the end; "Serial tersebut resmi batal" states it)
NOMINAL_CANCELLATION = [r"pembatalan", r"(?:(?<=kabar )|(?<=isu )|(?<=rumor )|(?<=keputusan ))batal"]
PRODUCTION = {
    "writing": [r"naskah(?:nya)?", r"(?:sedang )?(?:di|me)?nulis(?:kan)?", r"(?:sedang|tengah|mulai|sudah|masih) ditulis", r"penulisan", r"skenario", r"menggarap cerita",
                # "sudah menyiapkan cerita untuk film ketiga": the story of it is being made ready
                r"(?:sudah |telah |sedang |tengah |mulai )?(?:menyiapkan|mempersiapkan|merancang|menyusun) (?:cerita|naskah|plot|alur)"],
    "casting": [r"casting", r"audisi", r"pemilihan pemain",
                # a reality show's call for contestants: "membuka pendaftaran peserta musim keempat"
                r"(?:membuka|dibuka|buka) pendaftaran", r"pendaftaran (?:peserta )?(?:telah |sudah |resmi )?dibuka",
                # "RCTI tengah mencari peserta untuk musim keenam"
                r"(?:mencari|cari|merekrut) (?:para )?(?:peserta|kontestan|calon peserta)"],
    "filming": [r"syuting", r"shooting", r"pengambilan gambar", r"proses produksi", r"jadwal produksi",
                # "persiapan musim ketiga sudah berjalan": the making has begun
                r"persiapan(?= (?:untuk )?(?:musim|season|syuting|produksi) )",
                r"(?:tengah|sedang) (?:diproduksi|dikerjakan)",
                # "musim keempat sedang dalam tahap produksi": being made
                r"dalam tahap (?:produksi|pengerjaan|syuting)",
                r"(?:mulai|memasuki|masuk) (?:tahap |masa )?produksi", r"lokasi syuting", r"produksi (?:akan )?(?:dimulai|berjalan)",
                # ("Produksi musim kedua Rumah Duka dijadwalkan dimulai pertengahan tahun depan": the season between)
                r"produksi(?: [^.;:!?\n]{1,60}?)? (?:dijadwalkan|direncanakan|ditargetkan|akan|bakal) (?:mulai|dimulai|berjalan)",
                # ("Produksi musim ketiga Lost Stars dijadwalkan pada Maret 2027": the shoot's time, the verb left out)
                # (within its clause: not "Syuting diundur ke Januari dan penayangannya dijadwalkan pada ...")
                r"(?:produksi|syuting|pengambilan gambar)(?:(?! (?:dan|serta|sementara|sedangkan|namun|tetapi) )[^.;:!?\n]){0,60}? (?:dijadwalkan|direncanakan|ditargetkan)(?= (?:pada|untuk|di|mulai) )",
                # ('"Produksi tetap berjalan sesuai rencana"': the making goes on)
                r"produksi (?:tetap|masih|terus) (?:berjalan|berlanjut|dilanjutkan)"],
    "post": [r"pascaproduksi", r"pasca-produksi", r"post-?production", r"penyuntingan"],
    # (not a share of it done: "naskah baru rampung sekitar 40 persen")
    "wrapped": [r"(?:syuting|produksi|pengambilan gambar) (?:telah |sudah )?(?:rampung|selesai|usai|beres)(?! (?:sekitar |hampir |kurang lebih |baru )?\d+(?:[.,]\d+)? ?(?:persen|%))",
                # (not a run on air that ended: "baru saja rampung tayang bulan lalu")
                r"rampung(?! (?:sekitar |hampir |kurang lebih |baru )?\d+(?:[.,]\d+)? ?(?:persen|%))(?! (?:tayang|ditayangkan|mengudara))",
                r"merampungkan"],
}
# A season's run that ended, or its ratings, tell that it aired: "season 2 resmi tamat pada Minggu (11/10/2026)",
# "tamat pekan lalu" (longer than the cancellation's "resmi tamat": a series that ends names no day). Each is a
# release of its own and marks it past, so the list stands in RELEASE and in RELEASED_PAST.
# What a platform puts out about a season is no release of it: "keterangan pers yang dirilis pada Jumat (10/10/2025)",
# "trailer yang dirilis pada Senin" (a lookbehind for each, before "dirilis")
# (nor "merilis daftar konten Korea 2026": a platform's list of its shows; its teaser of a season says the season comes)
_not_released = r"(?! (?:daftar|jadwal|pernyataan|keterangan|line-?up)(?![\w]))"
_not_material = "".join(rf"(?<!{noun} yang )" for noun in ("pers", "pernyataan", "resmi", "trailer", "teaser", "poster", "cuplikan"))
_aired_runs = [
    # "Musim kedua X akhirnya hadir", "sudah hadir di Netflix": out now
    r"akhirnya (?:hadir|tayang|rilis)(?! (?:pada|tahun|bulan|akhir|awal|mendatang|nanti))",
    # "resmi tamat pada Minggu (11/10/2026)", "baru saja tamat di Prime Video pada September 2026"
    r"(?:resmi |baru saja )?tamat(?= (?:di [^\s.,;]+(?: [^\s.,;]+)? )?(?:pada|pekan lalu|minggu lalu|bulan lalu|kemarin|tadi malam))",
    # "Season 3 sendiri baru saja berakhir pada Juni 2026": a run that ended (not "akan berakhir pada", still to come)
    r"(?:resmi|baru saja|sudah|telah) berakhir(?= (?:di [^\s.,;]+(?: [^\s.,;]+)? )?(?:pada|pekan lalu|minggu lalu|bulan lalu|kemarin|tadi malam))",
    r"menayangkan episode (?:terakhir|pamungkas|final)(?:nya)?",
    # "komedi yang menuntaskan musim pertamanya pada September": the season it ended aired
    r"(?:menuntaskan|menutup|mengakhiri) (?:penayangan )?(?:musim|season) (?:[\w-]+)",
    # "Season kedua serial tersebut baru saja rampung tayang bulan lalu": its run on air ended
    r"(?:rampung|selesai|usai|tuntas) (?:tayang|ditayangkan|mengudara)",
    r"menduduki (?:peringkat|posisi|puncak)",  # its ratings: "menduduki peringkat pertama drama akhir pekan"
    # its audience won: "sukses menarik perhatian penonton", "meraih rating tinggi", "sempat menjadi tontonan nomor 1"
    r"(?:sempat |berhasil )?menjadi (?:tontonan|serial|drama|film|judul) (?:nomor (?:1|satu)|terpopuler|paling populer|terlaris|paling banyak ditonton)",
    r"(?:sukses|berhasil) (?:menarik|mencuri|memikat) (?:perhatian )?(?:banyak |jutaan )?penonton",
    r"(?:meraih|mencetak|mendapat|mendapatkan|membukukan) rating (?:tinggi|tertinggi|yang tinggi|yang memuaskan|memuaskan)",
    r"menempati (?:peringkat|posisi|puncak)", r"pekan (?:pertama|kedua|ketiga|keempat|kelima) penayangan(?:nya)?",
    # its audience counted: "berhasil menembus 3 juta penonton", "meraih 5 juta penonton", "ditonton 2 juta orang"
    r"(?:berhasil )?(?:menembus|meraih|meraup|mengumpulkan|mencapai|menyedot|mengantongi) (?:lebih dari |hampir |sekitar )?[\d.,]+ (?:juta|ribu) penonton",
]

RELEASE = [
    # "Penggemar harus menunggu hingga 2027 untuk musim ketiga": the time it comes
    r"(?:harus |perlu |mesti |masih harus )?menunggu (?:hingga|sampai)(?= (?:tahun |awal |akhir |pertengahan |bulan )?(?:(?:19|20)\d\d|tahun depan|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)(?![\w]))",
    # "Musim kedua akan tersedia di Netflix pada 5 Juni": there to watch then
    r"(?:akan|bakal|baru akan|dijadwalkan) tersedia",
    # "Musim ketiga dijadwalkan pada 2027", "dijadwalkan untuk tahun 2027": scheduled for a time (its verb left out)
    # (not the shoot's schedule: "Produksi musim ketiga dijadwalkan pada Maret")
    r"(?<!produksi )(?<!syuting )(?:dijadwalkan|dijadwalkan ulang|diagendakan)(?= (?:pada |untuk |di )?(?:tahun |awal |akhir |pertengahan |bulan |kuartal )?(?:(?:19|20)\d\d|tahun depan|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)(?![\w]))",
    # "penonton bisa menantikannya tahun depan": when viewers get it
    r"(?:penonton|pemirsa|penggemar|fans?) (?:bisa|dapat|akan bisa) (?:menantikannya|menikmatinya|menyaksikannya|menontonnya)(?= (?:pada |di )?(?:tahun|awal|akhir|pertengahan|bulan|musim|(?:19|20)\d\d)(?![\w]))",
    # coming back with its season, at its time: "Sindang Laras kembali dengan musim kedua pada Maret" (with no time:
    # see RENEWAL)
    r"kembali(?= (?:hadir|tayang|pada|bulan|tahun|awal|akhir|mulai)(?![\w]))",
    # "bisa kembali menemani penonton pada awal tahun depan": back with its viewers then
    r"(?:kembali )?menemani (?:para )?penonton(?:nya)?(?= (?:pada|bulan|tahun|awal|akhir|mulai)(?![\w]))",
    r"kembali (?:dengan|lewat) (?:musim|season) \S+(?= (?:pada|bulan|tahun|awal|akhir|mulai)(?![\w]))",
    # the return as a noun, with its time: "memastikan kembalinya tiga serial tahun depan"
    r"kembalinya(?= (?:\w+ ){0,4}?(?:tahun depan|tahun ini|pada \d{4}|awal|akhir|pertengahan))",
    # the outlet's estimate with its time and no verb: "belum ada informasi kapan musim kedua akan tayang, namun
    # diperkirakan paling cepat awal 2027", the release it sets against what is not known
    r"(?:(?<=namun )|(?<=tetapi )|(?<=tapi ))diperkirakan(?= (?:baru )?(?:(?:paling cepat|paling lambat|sekitar|pada) )?(?:akhir|awal|pertengahan|tahun|(?:19|20)\d\d)(?![\w]))",
    # a headline's season and its window with no verb: "Squid Game Season 2 Paling Cepat Akhir 2024" (the window's first
    # word, the hedge "paling cepat" left to HEDGES)
    "(?:" + "|".join(f"(?<={before} paling {bound} )" for before in (r"\d", "kedua", "ketiga", "keempat", "kelima")
                     for bound in ("cepat", "lambat")) + r")(?:akhir|awal|pertengahan|tahun|bulan|(?:19|20)\d\d)(?![\w])",
    # "paling cepat akhir 2026 sudah bisa ditonton": when it can be watched
    r"(?:bisa|dapat) (?:ditonton|disaksikan|dinikmati)",
    # ("episode baru paling cepat baru bisa kita tonton pada akhir tahun depan")
    r"(?:bisa|dapat) (?:kita|kamu|Anda|penonton) (?:tonton|saksikan|nikmati)",
    # "mungkin akhir 2026 penonton sudah bisa melihatnya": the viewers can watch it then
    r"(?:bisa|dapat) (?:melihat|menyaksikan|menonton|menikmati)(?:nya)?",
    # "musim ketiga akan menyusul pada 2028": yang berikutnya keluar pada waktu yang disebut
    r"(?:akan )?menyusul(?= (?:pada|tahun|akhir|awal|pertengahan|bulan)(?![\w]))",
    # sedang tayang, dengan musimnya sesudah kata kerja: "Vidio sedang menayangkan musim kedua"
    r"(?:sedang|tengah) (?:menayangkan|tayang|ditayangkan)",
    r"(?:diundur|ditunda|dimundurkan|digeser|bergeser) (?:ke|hingga|sampai|menjadi)",  # "diundur ke 2026", "ditunda ke 2027": the new window
    # "Netflix menunda musim kedua serial itu ke 2027": jadwal baru sesudah yang ditunda
    # ("mengundur Badai Baja 3 ke Maret 2028": a month or a day before the year)
    r"(?:menunda|mengundur|memundurkan|[Tt]unda|[Uu]ndur)(?= [^.;:!?\n]{1,80}? (?:ke|hingga|sampai) (?:(?:akhir|awal|pertengahan) |(?:\d{1,2} )?[a-z]+ )?\d{4}"
    # ("dari 13 Maret ke 9 Oktober": a day and its month, with no year)
    r"|[^.;:!?\n]{1,80}? (?:ke|hingga|sampai) \d{1,2} (?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)(?![\w]))",
    # "Netflix menjadwalkan musim ketiga pada Oktober 2026": platform memberi jadwalnya
    r"(?:menjadwalkan|[Jj]adwalkan)(?= [^.;:!?\n]{1,60}? (?:pada|untuk|di) (?:bulan |akhir |awal |pertengahan )?"
    r"(?:jan|feb|mar|apr|mei|jun|jul|agu|sep|okt|nov|des|\d|tahun depan))",
    # "penayangan musim kedua mundur dari Oktober 2026 menjadi Maret 2027": jadwal baru sesudah "menjadi"/"ke"
    r"(?:mundur|diundur|ditunda|digeser|bergeser)(?= dari [^.;:!?\n]{1,40}? (?:ke|menjadi|hingga|sampai) )",
    # (not a rerun: "Vidio juga akan menayangkan ulang dua musim sebelumnya", "tayang ulang")
    r"tayang(?:an)?(?! ulang)", r"ditayangkan(?! ulang)", r"menayangkan(?! ulang)", r"penayangan(?:nya)?(?! ulang)", r"rilis", _not_material + r"dirilis", r"merilis" + _not_released, r"perilisan",
    # "Kami ingin menghadirkannya sebagai tontonan keluarga menjelang Lebaran tahun depan": to bring it to viewers then
    r"menghadirkan(?:nya)?(?= (?:\w+ ){0,6}?(?:pada|menjelang|jelang|saat|awal|akhir|tahun|bulan)(?![\w]))",
    r"meluncur", r"diluncurkan", r"hadir", r"mengudara", r"(?:masuk|di) bioskop", r"jadwal (?:tayang|rilis)",
    r"tanggal (?:tayang|rilis|resmi)", r"premiere", r"debut", r"(?:akan )?menyapa",
    # not the kind of service: "platform streaming Vidio", "layanan streaming", "raksasa streaming"
    # ("layanan video streaming", "platform video streaming": the kind of service, with "video" between)
    r"(?<!platform )(?<!layanan )(?<!raksasa )(?<!aplikasi )(?<!situs )(?<!perusahaan )(?<!video )streaming(?! (?:service|platform))",
    r"beredar di bioskop",
    *_aired_runs,
]
RELEASED_PAST = [
    # "dua bulan setelah akhir musim kedua": the season that ended aired
    r"(?:setelah|sejak|usai) (?:akhir|berakhirnya|tamatnya|rampungnya)(?= (?:musim|season) )",
    # "after the premiere of season 2": past (the season named right after it)
    r"(?:setelah|usai|pasca) (?:penayangan|perilisan)(?= (?:musim|season))",
    r"(?:sudah|telah) (?:tayang|dirilis|rilis|hadir|ditayangkan|mengudara)",
    # "musim pertamanya baru saja dirilis": just out (not "baru tayang 2027", out only then)
    r"baru saja (?:tayang|dirilis|rilis|hadir|ditayangkan|mengudara)", r"(?:sedang|tengah) (?:tayang|ditayangkan|menayangkan)", r"tayang (?:\w+ ){0,3}?sejak",
    # (not what returns to air on a day: "kembali tayang pada 5 Juli")
    r"(?<!kembali )(?:yang )?tayang pada",
    # (not a weekly slot: "terdiri dari 10 episode yang tayang setiap Jumat", a schedule, maybe still to come)
    r"yang tayang(?! (?:setiap|tiap)(?![\w]))", r"sempat tayang", r"sejak (?:dirilis|tayang|penayangan)",
    # "dirilis di Netflix pada Kamis (18/9/2025)": the venue may stand before the day
    r"(?:ditayangkan|" + _not_material + r"dirilis|(?:yang )?rilis|tayang perdana)(?: di \w+(?: \w+)?)? pada",
    # (not "paling cepat akhir 2026 sudah bisa ditonton": it can be watched then, a release ahead)
    r"(?:sedang )?tayang di bioskop", r"sudah ditonton", r"(?<!bisa )(?<!dapat )ditonton",
    # "Seluruh episode musim kedua sudah tersedia di Netflix": there to watch, so out already
    r"(?:sudah|telah|kini|kini sudah|sekarang sudah) tersedia",
    *_aired_runs,
]
FUTURE_MARKERS = [r"akan", r"bakal", r"dijadwalkan", r"direncanakan", r"rencananya", r"diperkirakan", r"nanti", r"mendatang",
                  r"(?:di|me)?targetkan", r"menargetkan", r"target"]
# Work that began in the past: "syuting sudah dimulai pada Agustus" is last August, not the next one.
BEGUN = [
    # ("Saya sudah selesai menulis naskahnya pada September": done by then)
    r"(?:sudah|telah) (?:selesai|rampung|dibuka)",
    r"(?:sudah|telah) (?:dimulai|mulai|memulai|dilakukan|digelar|berlangsung)", r"dimulai sejak", r"berlangsung sejak",
         r"(?:sudah|telah) (?:menjalani|melakukan) syuting"]
CAST = [r"kembali memerankan", r"kembali berperan", r"bergabung", r"(?:ikut )?membintangi", r"kembali sebagai",
        r"hengkang", r"mundur dari(?! (?:jadwal|rencana|\d|[A-Z][a-z]+ \d{4}|(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)(?![\w])))",
        r"akan memerankan",
        # "para pemain dikabarkan sudah menandatangani kontrak untuk musim kedua"
        r"(?:menandatangani|meneken|teken) kontrak(?= (?:untuk|di) (?:musim|season))",
        # "Pemeran utamanya, X, memastikan dirinya kembali di musim kedua"
        # (not "RCTI memastikan kembalinya Kode Merah": a work's return)
        r"(?:memastikan|mengonfirmasi) (?:dirinya|diri) (?:akan )?kembali(?![\w])"]

# The cast words of one who leaves (CAST): a cast claim of negative polarity.
CAST_LEAVING = [r"hengkang", r"mundur dari(?! (?:jadwal|rencana|\d|[A-Z][a-z]+ \d{4}|(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)(?![\w])))"]

# --- attitude ------------------------------------------------------------
# ("tidak sabar melanjutkan kisah ...": can't wait to go on, no negation)
# ("tak lama setelah": soon after; "sulit membayangkan tidak ada musim kedua": the outlet's double negation)
# (not "tidak ada pilihan (lain) untuk membuat season 2": no choice but to make it)
# (nor the surprise it is not: "tidak mengherankan jika X akan berlanjut", "tak heran")
# (not "tidak hanya ..., tetapi juga", "tak sedikit penggemar": not only, not a few, which deny nothing; nor the double
# negation that leaves it open, a renewal word of its own: "tidak menutup kemungkinan", "bukan tidak mungkin")
_not_denying = (r"(?! sabar| lama| ada pilihan| mengherankan| heran| hanya| cuma| sekadar| sedikit| jarang"
                r"| menutup (?:kemungkinan|pintu|peluang)| (?:menampik|menepis|membantah) (?:adanya )?kemungkinan)")
# (not one who does not know when: "masih belum tahu kapan akan menggarap season 2" takes the making as given; not
# knowing when it comes out still says its date is not set: "belum tahu kapan season 2 tayang")
_unknowing = r"(?! (?:juga |pernah )?(?:tahu|mengetahui) kapan(?![\w])(?![^.;!?\n]{0,50}?(?<![\w])(?:tayang|rilis|dirilis|ditayangkan|hadir|mengudara)))"
NEGATIONS = [r"(?<!membayangkan )(?<!dibayangkan )(?<!atau )(?<!bukan )tidak" + _not_denying + _unknowing,
             r"(?<!membayangkan )(?<!atau )(?<!bukan )tak" + _not_denying + _unknowing,
             # the spoken forms: "sedih gak ada musim kedua", "nggak bakal lanjut"
             # ("apakah season 3 perlu dibuat atau tidak": whether or not, a question)
             r"(?<!atau )(?:gak|nggak|enggak)" + _not_denying + _unknowing,
             r"belum" + _unknowing, r"bukan(?! hanya| cuma| sekadar| saja| (?:tidak|tak) mungkin)", r"tanpa", r"enggan", r"tidak akan", r"gagal",
             # "batal lanjut ke season 2": the continuation called off ("batal" is also the cancellation)
             r"batal(?= (?:lanjut|berlanjut|dilanjutkan|diperpanjang|digarap|diproduksi)(?![\w]))"]
# A negation of the future: "tidak akan dibuat" says it will not be made (a cancellation).
# ("Serial tersebut resmi batal dilanjutkan": its going on called off, so it will not be)
FUTURE_NEGATIONS = [r"tidak akan", r"tak akan", r"tidak bakal", r"tak bakal", r"tidak akan pernah",
                    r"batal(?= (?:lanjut|berlanjut|dilanjutkan|diperpanjang|digarap|diproduksi)(?![\w]))"]
NOT_CONFIRMED = [
    # "Netflix tidak membenarkan maupun membantah kabar tersebut": nothing confirmed (and no denial)
    r"(?:tidak|tak|enggan) (?:mau )?(?:membenarkan|mengonfirmasi|mengkonfirmasi) (?:maupun|atau|ataupun|dan) (?:membantah|menepis|menyangkal)",
    # '"Kami akan mengumumkan informasi resmi setelah semuanya dikonfirmasi"': belum ada yang pasti
    # ("Sampai ada pengumuman resmi, X masih sebatas harapan penggemar"; not "hingga finalnya pada 11 September")
    # (not one confirmed to air: "Setelah season 2 dipastikan tayang pada Desember, ...")
    r"(?:setelah|sesudah|begitu|sampai|hingga) (?:[\w-]+ ){0,3}(?:sudah |telah )?(?:dikonfirmasi|dipastikan|diputuskan|diumumkan(?: secara)? resmi)(?![\w])"
    r"(?! (?:akan |bakal )?(?:tayang|rilis|dirilis|ditayangkan|hadir|kembali|berlanjut|dilanjutkan|diperpanjang)(?![\w]))",
    r"(?:sampai|hingga) ada (?:pengumuman|kabar|keputusan|konfirmasi) resmi(?![\w])",
    r"akan (?:segera )?(?:mengumumkan|membagikan|menyampaikan|memberikan) (?:informasi|kabar|pengumuman|detail) (?:resmi|lebih lanjut|selanjutnya)",
    # "Belum diketahui apakah akan ada musim keempat": nothing said of it yet
    r"(?:masih )?belum (?:diketahui|jelas|pasti)(?= apakah)",
    # ... or of its date: "Sayangnya, belum diketahui pasti kapan X season 2 akan tayang"
    r"(?:masih )?belum (?:diketahui|jelas)(?: (?:secara )?pasti)?(?= kapan)",
    # ... or no date set: "Nah belum ada tanggal pasti kapan serial ini akan tayang"
    r"(?:masih )?belum ada (?:tanggal|jadwal)(?: (?:rilis|tayang|penayangan))?(?: yang)? (?:pasti|resmi)",
    # "Musim kedua X masih menjadi tanda tanya", "nasibnya masih menggantung", "belum tentu terjadi": nothing decided
    # (the fate, not the story: "season 2 berakhir dengan cerita yang masih menggantung" is a cliffhanger)
    r"masih (?:menjadi |jadi |sebuah )?tanda tanya",
    r"(?<![\w])(?:nasib|kelanjutan|kepastian|masa depan)(?:nya)? (?:[^.;:!?\n]{1,60}? )?masih (?:menggantung|abu-abu|misteri)(?![\w])",
    r"belum tentu(?= (?:terjadi|ada|dibuat|digarap|berlanjut|dilanjutkan|diproduksi)(?![\w]))",
    # "Masih terlalu dini untuk membicarakan musim kedua": nothing decided yet
    r"(?:masih )?terlalu (?:dini|cepat) untuk (?:membicarakan|bicara|berbicara|mengonfirmasi|mengumumkan|memastikan)",
    # "HBO Max belum mengatakan apakah akan ada musim ketiga": no word yet
    r"belum (?:mengatakan|menyebutkan|mengungkapkan|memberi tahu) apakah",
    # "pihak Netflix belum memberikan tanggal resmi": no date given yet
    r"belum (?:memberikan|memberi|merilis|membagikan|mengungkap(?:kan)?)(?= (?:\w+ )?(?:tanggal|jadwal))",
    # "Netflix belum buka suara soal kelanjutan serial tersebut": no word yet on what comes next
    r"belum (?:buka suara|angkat bicara|bersuara)(?= (?:soal|terkait|mengenai|tentang) (?:kelanjutan|musim|season|nasib|masa depan))",
    # '"Kami akan mengumumkannya melalui kanal resmi bila sudah ada kabar"': an announcement still to come, once there
    # is news
    r"akan (?:kami )?(?:mengumumkan(?:nya)?|umumkan|menyampaikan(?:nya)?|sampaikan|mengabarkan(?:nya)?|kabarkan)"
    r"(?= [^.;]{0,60}?(?:bila|jika|kalau|apabila|begitu|setelah|jika nanti) (?:sudah |telah )?(?:ada|tersedia))",
    # ""Belum ada yang bisa kami pastikan saat ini," kata perwakilan tvN"
    r"belum ada yang (?:bisa|dapat) (?:kami )?(?:pastikan|konfirmasi|umumkan|sampaikan)",
    # "Untuk musim keempat, kami belum bicara ke sana": not yet talked of
    r"belum (?:bicara|berbicara|membicarakan(?:nya)?|membahas(?:nya)?|memikirkan(?:nya)?) (?:sampai |hingga )?(?:ke (?:sana|situ)|soal itu|hal itu)",
    # "belum ada hal yang diputuskan": nothing decided yet
    r"belum ada (?:hal |apa pun |apapun )?yang (?:diputuskan|dipastikan|final)",
    # "Kami belum bisa memberikan konfirmasi apa pun", "kami belum memiliki informasi untuk dibagikan"
    r"(?:belum|tidak) (?:bisa|dapat) (?:memberikan (?:konfirmasi|kepastian|informasi)|mengonfirmasi|mengumumkan|membagikan)",
    r"belum (?:memiliki|punya) (?:informasi|kabar)", r"belum ada yang (?:bisa|dapat) (?:diumumkan|disampaikan|dibagikan|dikonfirmasi|dipastikan)",
    # "Netflix belum memperpanjang maupun membatalkan serial itu": belum ada keputusan
    r"belum (?:memperpanjang|diperpanjang) (?:maupun|atau|ataupun) (?:membatalkan|dibatalkan)",
    # "Netflix belum mengonfirmasi ataupun menepis kemungkinan musim ketiga"
    r"belum (?:mengonfirmasi|membenarkan|dikonfirmasi) (?:maupun|atau|ataupun) (?:menepis|membantah|ditepis|dibantah)",
    # jawaban atas pertanyaan: "Apakah sudah diperpanjang? Belum."
    r"(?:(?<=[.!?] )|(?<=\n)|(?<=^))belum(?: ada)?(?=[.,;!]| [—–-])",
    r"belum ada (?:kabar|kepastian|informasi)(?: resmi)?",  # "belum ada kabar soal musim ketiga"
    r"belum (?:memberi(?:kan)?|menyampaikan) (?:kabar|kepastian|keterangan|informasi)(?: resmi)?",  # "Netflix belum memberi kabar"
    # "keputusan soal musim ketiga diperkirakan keluar akhir tahun": nothing is decided yet, and the date is the decision's
    r"keputusan (?:[^.;]{0,60}? )?(?:diharapkan|diperkirakan|dijadwalkan|baru akan) (?:keluar|diumumkan|diambil|diputuskan)(?: pada| sebelum)?",
    r"belum (?:ada )?(?:konfirmasi|pengumuman|keputusan|kepastian|kabar resmi|informasi resmi|pernyataan)(?: resmi)?",
    r"belum (?:membuat|mengambil|memberikan|memberi) (?:keputusan|pengumuman|pernyataan resmi|konfirmasi)",
    r"belum (?:secara resmi )?(?:mengonfirmasi|mengkonfirmasi|mengumumkan|memastikan|memutuskan|mengungkap|memberi(?:kan)? (?:konfirmasi|kepastian))",
    r"belum (?:di)?(?:konfirmasi|umumkan|pastikan|putuskan|tentukan|tetapkan)", r"belum resmi", r"belum (?:pasti|dijamin|terjamin)", r"belum dibahas", r"belum membahas",
    r"tidak (?:ada )?(?:konfirmasi|pengumuman)", r"masih (?:belum pasti|misteri|tanda tanya|(?:jadi |menjadi )?teka-teki)",
    r"menunggu (?:pengumuman|konfirmasi) resmi",
    # ("masih menunggu keputusan Netflix soal musim kedua": the platform's decision still to come)
    r"(?:masih )?menunggu keputusan(?= (?:resmi |final )?(?:dari )?(?:pihak )?[A-Z])", r"belum ada (?:rencana|pembahasan)", r"belum (?:ada )?yang pasti",
    # "Belum ada yang diputuskan mengenai musim ketiga", "belum ada keputusan apa pun"
    r"belum (?:ada )?(?:yang|apa pun yang|apa-apa yang) (?:di)?(?:putuskan|konfirmasi|umumkan|pastikan)",
    r"belum (?:bisa|dapat) (?:memastikan|mengonfirmasi|memberi(?:kan)? kepastian)",
    r"belum (?:memberi(?:kan)?|menyampaikan|mengeluarkan|membuat|merilis) (?:konfirmasi|kepastian|pengumuman|pernyataan)(?: resmi)?",
    r"belum (?:bisa|dapat) (?:di)?(?:pastikan|konfirmasi|tentukan|putuskan)",
]
DENIAL = [
    # "Berbeda dengan kabar yang beredar, Vidio tidak membatalkan X": kabar itu diluruskan
    r"(?:berbeda|bertolak belakang) dengan(?= (?:kabar|rumor|isu|laporan|pemberitaan|informasi) )",
    r"(?:mem|di)bantah", r"bantah",  # (the bare verb of headlines: "JTBC Bantah Syuting Musim Kedua Sudah Dimulai")
    # (not "belum mengonfirmasi ataupun menepis": nothing said either way)
    r"bantahan", r"(?<!ataupun )(?<!maupun )(?<!atau )menepis", r"ditepis", r"(?:tidak|tak) benar", r"hoaks", r"hoax", r"kabar (?:bohong|palsu)",
    r"meluruskan", r"diluruskan", r"menyangkal", r"disangkal",
    # "menyebut kabar tersebut keliru": the report is wrong
    r"(?:kabar|informasi|berita|laporan|rumor)(?: (?:itu|tersebut|ini))? (?:keliru|salah)",
]
# Verbs that only announce; the event is what follows them ("memastikan serial itu tidak berlanjut").
ANNOUNCE = [r"dipastikan", r"memastikan", r"resmi", r"resmi!", r"dikonfirmasi", r"mengonfirmasi", r"mengkonfirmasi", r"konfirmasi",
            r"diumumkan", r"mengumumkan", r"umumkan", r"menegaskan",
            r"membeberkan", r"mengungkap(?:kan)?", r"memublikasikan"]  # revealing the date (see RENEWAL)
NO_COMMENT = [r"(?:masih )?bungkam", r"(?:enggan|menolak|tidak mau|belum mau) (?:berkomentar|memberikan komentar|menanggapi)", r"tidak merespons",
              r"belum merespons", r"belum (?:memberikan )?tanggapan", r"tidak menanggapi", r"belum menanggapi",
              r"(?:tidak|tak) (?:membantah|menyangkal)(?: (?:bahwa|kabar)[^.;!?\n]*)?"]  # "tidak membantah bahwa ...": no word
HEDGES = [
    # a deal not yet made: "Netflix hampir memperpanjang X", "nyaris mencapai kesepakatan"
    r"(?:hampir|nyaris)(?= (?:memperpanjang|diperpanjang|mencapai kesepakatan|menyetujui)(?![\w]))",
    # '"Ceritanya sudah ada, tinggal tunggu lampu hijau dari Netflix"': only the decision is missing
    r"(?:tinggal|hanya|masih) (?:menunggu|nunggu|tunggu)(?= lampu hijau| keputusan| kepastian)",
    _waiting_to_decide,
    # the outlet's own bet: "sulit membayangkan tidak ada musim kedua: redaksi kami bertaruh ..."
    r"sulit (?:membayangkan|dibayangkan|percaya)", r"bertaruh",
    # what is left to others to decide: "musim ketiga tergantung pada Netflix dan penonton"
    r"(?<!jika )(?<!kalau )(?:tergantung|bergantung)(?: pada| dari)?",
    # a door left open: "never say never"
    r"(?:tidak pernah|jangan pernah) (?:bilang|mengatakan|berkata) tidak(?: mungkin| akan)?",
    # a door left open: "sutradara tidak menutup pintu untuk film ketiga"
    r"(?:tidak|tak) menutup (?:pintu|peluang)", r"membuka (?:pintu|peluang)(?= (?:untuk|bagi) )",
    # "mengaku terbuka untuk membuat musim kedua": open to it, no decision
    r"terbuka (?:untuk|dengan|pada|terhadap)(?= (?:membuat|melanjutkan|menggarap|menghadirkan|musim|season|sekuel|lanjutan|kelanjutan|kemungkinan)(?![\w]))",
    # talk of the next season, a hope (see RENEWAL): "Kami sudah membicarakan musim ketiga"
    r"(?:membicarakan|membahas|ngobrolin)(?= (?:soal |tentang )?(?:musim|season|film|sekuel) )",
    # "kami sedang mencermati angka penonton": a platform weighing the next season
    r"(?:mempelajari|mencermati|menganalisis|melihat) (?:\w+ )?(?:angka|data|jumlah) (?:penonton|penayangan|tontonan)",
    # keraguan penulis: "saya ragu musim ketiga akan dibuat"
    r"(?:saya|kami) (?:masih )?ragu", r"meragukan",
    # the speaker's own belief: "Musim ketiga tidak akan ada, saya kira", "Saya rasa kami akan kembali"
    r"(?:saya|aku|kami) (?:kira|rasa|pikir)(?![\w])",
    r"(?:punya|memiliki|ada) (?:banyak )?ide untuk", r"tampaknya", r"sepertinya", r"tampak(?= akan)",
    # "jika tergantung dirinya, akan ada musim keempat": keinginan, bukan keputusan
    r"(?:jika|kalau|bila|seandainya) (?:tergantung|bergantung pada|terserah) (?:saya|aku|dia|dirinya|kami|mereka)",
    r"digadang-gadang", r"digadang",
    # (not what is there to watch: "juga bisa disaksikan di Netflix")
    r"bisa(?! (?:disaksikan|ditonton|dinikmati|diakses|dilihat|distreaming))", r"mungkin", r"kemungkinan", r"berpeluang", r"peluang", r"berpotensi", r"diprediksi", r"memprediksi", r"prediksi",
    r"diperkirakan", r"memperkirakan", r"perkiraan", r"diharapkan", r"berharap", r"harapan", r"berandai", r"(?<!mengherankan )(?<!heran )jika", r"(?<!mengherankan )(?<!heran )kalau",
    r"kalaupun", r"seandainya", r"andaikan", r"sekalipun",
    # (not the talk put to an end: "mengakhiri spekulasi dengan mengumumkan musim ketiga")
    r"apabila", r"seandainya", r"(?<!mengakhiri )spekulasi", r"berspekulasi", r"(?<!mengakhiri )rumor", r"gosip", r"(?<!mengangkat )(?<!mengusung )isu", r"desas-desus", r"ingin", r"mau",
    # ("pembicaraan dengan platform masih berlangsung": talks, no decision)
    r"(?:dalam (?:tahap )?)?pembicaraan", r"negosiasi", r"mempertimbangkan", r"dipertimbangkan",
    # the passive with its agent before the bare verb: "Musim ketiga sedang kami pertimbangkan"
    r"(?:kami|kita) (?:pertimbangkan|kaji|evaluasi|diskusikan|bahas)", r"meninjau", r"(?:sedang |masih |tengah )?ditinjau", r"mengevaluasi", r"mengkaji", r"(?:paling|se-?)cepat",
    r"(?:sedang |masih )?dievaluasi", r"dalam (?:tahap )?(?:evaluasi|pertimbangan|kajian)", r"melakukan (?:evaluasi|kajian|peninjauan)",
    r"(?:masih )?dibahas", r"(?:masih )?didiskusikan", r"(?:dalam )?(?:tahap )?(?:diskusi|pembahasan)",
    # "Kami masih berdiskusi dengan platform": talks, no decision
    r"(?:masih |sedang |tengah )?(?:berdiskusi|berunding)",
    r"(?:sedang|mulai|tengah|masih|akan|baru) dibicarakan", r"(?:kami|mereka) (?:bicarakan|bahas|diskusikan)",
    r"kenapa tidak", r"mengapa tidak", r"teori", r"petisi", r"kampanye",
    # a request is no decision: "penonton meminta Netflix melanjutkan ..."
    r"meminta", r"memohon", r"mendesak", r"menuntut", r"tanda-tanda", r"sinyal", r"kode", r"semoga",
    # (not "long-awaited" of a season already announced: "musim kedua yang telah lama ditunggu-tunggu", "paling ditunggu")
    r"menanti", r"(?<!sabar )menunggu(?! (?:hingga|sampai) )", r"(?<!yang )(?<!lama )(?<!paling )(?<!sangat )ditunggu", r"tinggal menunggu waktu", r"bisa jadi", r"siapa tahu", r"konon", r"apakah",
    r"pertanyaan", r"bertanya-tanya", r"biasanya", r"umumnya", r"pada umumnya", r"lazimnya",
]
# words that say a claim was told but not made official, anywhere in its sentence from the claim's clause on
# ("mengonfirmasi musim ketiga secara tidak resmi lewat unggahan pemeran utamanya")
UNOFFICIALLY = [r"(?:secara )?tidak resmi"]
REPORTED = [r"dikabarkan", r"kabarnya", r"kabar(?:nya)? beredar", r"dilaporkan", r"melaporkan", r"laporan", r"menurut",
            r"dilansir", r"melansir", r"mengutip", r"disebut(?!-sebut)", r"sumber", r"orang dalam",
            # "Musim kedua ... dikatakan akan dirilis pada 2023": it is said to come (no one named)
            r"dikatakan(?= (?:akan|bakal|sudah|telah|siap|segera)(?![\w]))",
            r"(?:kabar|berita|laporan|informasi) yang (?:menyebut(?:kan)?|mengatakan|menyatakan)",
            r"(?:kabar|berita|laporan|informasi) bahwa",
            # "Netflix membantah informasi tentang dimulainya syuting": what was reported, which it denies
            r"(?:kabar|berita|informasi) (?:tentang|mengenai|soal|terkait)"]
RUMOUR = [r"rumor", r"gosip", r"isu",
          r"kabar(?= (?:soal |tentang |mengenai |terkait )?(?:pembatalan|penundaan|perpanjangan))",  # "membantah kabar pembatalan"
          # ("serial itu lama disebut-sebut bakal lanjut ke musim kedua": what is said again and again, by no one named)
          r"disebut-sebut", r"desas-desus", r"kabar burung", r"(?:masih )?simpang siur", r"(?<!mengakhiri )spekulasi", r"teori penggemar", r"bocoran",
          r"akun gosip", r"akun anonim", r"beredar", r"akun(?:-akun)? (?:di )?media sosial(?! resmi)"]
OFFICIALLY = [r"(?:(?<=^)|(?<=\n)|(?<=[.!?] ))(?:kini |sudah |akhirnya )?resmi(?= ?:)",
              # "Drama X resmi diperpanjang untuk musim kedua": made official, its maker left unnamed
              r"(?<!belum )(?<!tidak )(?<!bukan )(?<!belum ada )resmi(?= (?:diperpanjang|dikonfirmasi|dipastikan|dilanjutkan|dibatalkan|dihentikan|diumumkan)(?![\w]))"]
RETRACTION = [r"(?:versi|berita) sebelumnya (?:dari )?(?:artikel|berita) ini", r"ralat", r"koreksi",
              r"(?:keliru|salah) (?:menyebut|menuliskan|memberitakan)",
              # a belief the article corrects: "Banyak yang mengira sinetron tersebut benar-benar dihentikan"
              r"(?:banyak|sebagian|tak sedikit) (?:yang|orang|penonton|penggemar|warganet) (?:sempat )?(?:mengira|menyangka)"]
# rencana yang sudah berubah: jadwal sesudahnya tidak berlaku lagi ("awalnya dijadwalkan tayang akhir 2026")
# kebiasaan, bukan keputusan: "Netflix biasanya butuh dua bulan sebelum memperpanjang sebuah serial"
# karya sebelumnya, disebut sebagai rekam jejak: "dikenal lewat serial X"
CREDIT_WORDS = [r"(?:dikenal|terkenal) (?:lewat|melalui|berkat|dari)", r"(?:sebelumnya|pernah) membintangi", r"populer (?:lewat|berkat)"]
# dilakukan segera, meski ada kata "tak": "Netflix tak butuh waktu lama untuk memperpanjangnya"
PROMPTLY = [r"(?:tak|tidak) (?:butuh|perlu|memerlukan|membutuhkan) waktu lama", r"(?:tak|tidak) menunggu lama",
            r"tanpa (?:menunggu|butuh waktu) lama"]
# perpanjangan dan pembatalan disebut berdampingan, topik rangkuman atau pilihan yang masih terbuka: "perpanjangan atau
# pembatalan beberapa serial"
DECISION_PAIRS = [r"perpanjangan(?: (?:dan|atau|&) |, | ?/ ?)pembatalan", r"pembatalan(?: (?:dan|atau|&) |, | ?/ ?)perpanjangan"]
# the date of a release to be told later: "Netflix akan mengumumkan tanggal tayang pada akhir tahun"
DATE_LATER = [r"akan (?:mengumumkan|mengungkap|membagikan)(?= (?:\w+ )?(?:tanggal|jadwal))", r"akan diumumkan(?= (?:\w+ ){0,3}(?:pada|di|bulan|akhir|awal))"]
# (and what it does often: "Netflix sering memperpanjang produksi Spanyol yang sukses")
HABITUAL = [r"biasanya", r"umumnya", r"lazimnya", r"cenderung", r"sering", r"kerap"]
SUPERSEDED = [r"awalnya", r"semula", r"mulanya",
              # "seharusnya tayang pada 2020. Namun, ... mundur": the year it should have aired in, given up
              r"(?:se)?harusnya (?:sudah )?(?:tayang|dirilis|rilis|hadir)(?=(?: \w+)? pada (?:tahun )?(?:19|20)\d\d)",
              r"(?:se)?(?:harus|mesti)nya sudah (?:tayang|dirilis|rilis|hadir)", r"dari rencana(?: awal)?", r"batal(?= (?:tayang|rilis|dirilis|ditayangkan))",
              r"sebelumnya (?:dijadwalkan|direncanakan)",
              # "mengundur jadwal tayang film keempat itu dari 13 Maret ke 9 Oktober": the date it leaves is given up
              r"(?:mundur|diundur|ditunda|menunda|mengundur|memundurkan|digeser|bergeser)(?: [^.;:!?\n]{1,60}?)? dari(?= )"]
FORWARD_SOURCE = [r"(?:kabar|informasi|berita|hal|keputusan|jadwal|tanggal) (?:ini|itu|tersebut) (?:di)?(?:konfirmasi|umumkan|sampaikan|ungkapkan|benarkan)(?:kan)? (?:langsung )?oleh",
                  # "tvN mengumumkan kabar tersebut pekan lalu": the one who told it, before the verb
                  r"(?:mengumumkan|mengonfirmasi|mengkonfirmasi|membenarkan|menyampaikan|mengungkapkan) (?:kabar|informasi|berita|hal) (?:ini|itu|tersebut)",
                  # ("Pengumuman disampaikan Disney+ Hotstar dalam konferensi pers": the announcement, then who made it)
                  r"(?<![\w-])pengumuman (?:(?:ini|itu|tersebut) )?(?:di)?(?:sampaikan|umumkan|ungkapkan|bagikan|lakukan)(?: langsung)?(?: oleh)?(?! (?:dalam|di|pada|lewat|melalui|saat|secara|kepada|ke)(?![\w]))",
                  r"kabar (?:ini|tersebut) (?:datang|berasal) (?:langsung )?dari", r"informasi (?:ini|tersebut) (?:datang|berasal) (?:langsung )?dari",
                  r"hal (?:ini|tersebut) (?:diungkapkan|disampaikan|dikonfirmasi) (?:langsung )?oleh",
                  r"(?:ini|hal ini) (?:diungkapkan|disampaikan) (?:langsung )?oleh",
                  # ("Kabar itu pertama kali diungkap akun penggemar di X": who told it first)
                  r"(?:kabar|informasi|berita|hal) (?:ini|itu|tersebut) (?:pertama kali )?(?:diungkap|diunggah|dibagikan|disebarkan)(?:kan)?(?: oleh)?",
                  # "Hal itu dilaporkan oleh media Amerika, Deadline": the outlet's report
                  r"(?:kabar|informasi|berita|hal) (?:ini|itu|tersebut) (?:dilaporkan|diberitakan|pertama kali dilaporkan) (?:oleh)?",
                  # "Hal itu disampaikan pihak rumah produksi X", "Hal itu diungkapkan sutradara X": the agent right after the
                  # verb, its kind first
                  r"(?:kabar|informasi|berita|hal|keputusan|jadwal|tanggal) (?:ini|itu|tersebut) (?:di)?(?:konfirmasi|umumkan|sampaikan|ungkapkan|benarkan)(?:kan)?(?= (?:(?:sang )?(?:pihak|perwakilan|juru bicara|stasiun|platform|rumah produksi|manajemen|sutradara|produser|penulis|kreator|showrunner|aktor|aktris|pemeran)) )"]

# --- sources -------------------------------------------------------------
# (not "pihaknya", the side of whoever is the subject: "Kepala Dinas Pariwisata, Yohanes Lede, mengatakan pihaknya ...")
PLATFORM_WORDS = [r"pihak(?!nya)", r"perwakilan", r"juru bicara", r"jubir", r"rumah produksi", r"production house", r"PH",
                  # the platform's own documents: "Menurut surat kepada pemegang saham, ..."
                  r"surat (?:kepada|untuk) (?:para )?pemegang saham",
                  r"stasiun (?:televisi|TV)(?! lain)", r"platform(?! lain)", r"layanan streaming(?! lain)", r"manajemen",
                  r"situs resmi", r"akun (?:media sosial |X |Instagram |Twitter |TikTok |YouTube |Facebook |Threads )?resmi", r"tim produksi", r"komite produksi",
                  r"(?:direktur|kepala) (?:konten|program|pemrograman|drama)"]
CREATOR_WORDS = [r"mangaka", r"penulis(?: naskah| skenario| asli| web ?novel| webtoon| novel(?:nya)?)?", r"kreator", r"pencipta",
                 r"penulis cerita", r"komikus", r"pengarang", r"showrunner",
                 # one person in two roles, one of them the writing: "penulis sekaligus sutradara Bayu Hartono"
                 r"(?:penulis(?: naskah| skenario)?|kreator) (?:sekaligus|merangkap|dan) (?:sutradara|produser)",
                 r"(?:sutradara|produser) (?:sekaligus|merangkap|dan) (?:penulis(?: naskah| skenario)?|kreator)"]
# ("film yang disutradarai Tomi Hale": the one named after it)
CREW_WORDS = [r"disutradarai(?: oleh)?", r"sutradara", r"produser(?: eksekutif)?", r"pembuat film", r"sineas"]
# (pembawa acara juga: "acara yang dipandu Raka Hadi", "host Raka Hadi")
CAST_WORDS = [r"dipandu(?: oleh)?", r"pembawa acara", r"host", r"presenter", r"aktor", r"aktris", r"pemeran(?: utama(?:nya)?)?", r"pemain", r"bintang utama(?:nya)?", r"artis", r"pemeran utamanya",
              # "Bu Wiwik kini diperankan Prameswari Utami": the one who plays the part
              r"diperankan(?: oleh)?", r"dimainkan oleh"]
# A role word right before the work it is of, no word for "of" between: "Pemeran utama Ember Parish, Lola Vance,",
# "Kim Ji-ho, sutradara Bulan di Atas Pelabuhan, memastikan ..."
ROLE_OF_WORK = [r"sutradara", r"penulis(?: naskah| skenario| cerita| novel)?(?: asli)?", r"kreator", r"pencipta", r"komikus",
                r"pengarang", r"produser(?: eksekutif)?", r"showrunner", r"pemeran(?: utama)?", r"pemain(?: utama)?",
                r"bintang(?: utama)?", r"aktor", r"aktris"]
# ("kabar gembira bagi penggemar": untuk siapa kabar itu, bukan siapa yang mengatakannya)
# ("Sebuah unggahan viral di X mengklaim Paramount sudah menyetujui sekuelnya": unggahan seseorang, bukan laporan media)
_social_post = r"(?<!dalam )(?:sebuah |satu )?(?:unggahan|postingan|cuitan|utas) (?:viral |anonim )?di (?:x|twitter|tiktok|reddit|threads|facebook|instagram)(?![\w])"
# the fans told to wait for a season ("Penggemar X harus menunggu hingga 2027") are no source of it
# (nor those eager for it: "penggemar yang tidak sabar menunggu tanggal tayang perdananya")
_waiting_fans = r"(?!(?: [A-Z][\w'’:-]*){0,4} (?:(?:harus|perlu|mesti|masih harus|bisa|dapat) (?:menunggu|menantikan|bersiap)" \
    r"|(?:yang )?(?:sudah )?(?:tidak|tak|nggak|gak) sabar (?:menunggu|menantikan)))"
# (bukan penggemar yang menyambut kabar dengan kecewa: "Penggemar Kabut Senja meluapkan kekecewaan atas pembatalan itu": kabarnya
# dari media)
_reacting_fans = r"(?!(?: [A-Z][\w'’:-]*){0,4} (?:(?:meluapkan|mengungkapkan|menyampaikan|melampiaskan|menumpahkan) (?:rasa )?(?:kekecewaan|" \
    r"kemarahan|kesedihan|kekesalan|protes)|(?:kecewa|marah|geram|kesal) (?:berat )?(?:dengan|atas|karena)|bereaksi)(?![\w]))"
FAN_WORDS = [_social_post, r"(?<!bagi )(?<!untuk )penggemar" + _waiting_fans + _reacting_fans, r"(?<!bagi )(?<!untuk )fans?" + _waiting_fans + _reacting_fans, r"netizen", r"warganet", r"(?<!bagi )(?<!untuk )penonton", r"pemirsa", r"akun penggemar", r"fanbase",
             r"akun gosip", r"akun anonim", r"akun(?:-akun)? (?:di )?media sosial(?! resmi)"]
MEDIA_WORDS = [r"podcasts?", r"media(?! sosial)", r"laporan", r"portal", r"tabloid", r"situs", r"kolumnis", r"wartawan", r"industri hiburan"]
# where a clause breaks besides punctuation: "is being discussed, but there is no decision yet"
CLAUSE_BREAK_WORDS = [r"namun", r"tetapi", r"tapi", r"sedangkan", r"meski",
                      # the outlet's inference from what was said: "syuting akan dimulai pada Juli sehingga season 2
                      # diprediksi baru tayang pada 2027"
                      r"sehingga(?= (?:musim|season|film|serial|drama|penayangan|jadwal|penggemar|penonton|kemungkinan|diprediksi|diperkirakan)(?![\w]))"]
# a company named right after its kind is the source: "rumah produksi Sinemaku", "the studio Blue Haven"
COMPANY_ROLE_WORDS = [r"rumah produksi", r"studio", r"PH"]
# "If the platform gives the green light, ...": a condition asserts nothing, and a name inside it is no source
CONDITION_WORDS = [r"(?<!mengherankan )(?<!heran )jika", r"(?<!mengherankan )(?<!heran )kalau", r"apabila", r"bila", r"seandainya", r"andaikan", r"jikalau",
                   # "Itu pun dengan catatan Netflix memberi lampu hijau": on that condition
                   r"dengan catatan", r"asalkan", r"asal(?= \w+ (?:memberi|setuju|mau))"]
# before the agent of a passive: "renewed by HBO"
# "mendapat lampu hijau untuk season 2 dari Netflix"; and a passive verb with its agent right after it, without
# "oleh" ("resmi dikonfirmasi Netflix", "diumumkan Vidio")
PASSIVE_AGENT = [r"oleh", r"dari", r"dikonfirmasi", r"diumumkan", r"diresmikan", r"dipastikan", r"diperpanjang",
                 r"dibatalkan", r"dilanjutkan", r"dipesan",
                 # the agent named, then what speaks through them: "diumumkan oleh Manoj Punjabi selaku CEO MD Entertainment",
                 # "... selaku Founder & CEO of MD Entertainment"
                 r"oleh [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3},? (?:selaku|sebagai)(?: (?:[A-Z][\w'’-]*|&|of|dari)){0,4}",
                 # "Serial yang dibintangi Park Ji-hoon itu dipastikan kembali": the cast it stars, not who returns
                 r"dibintangi", r"diperankan"]
# "according to a report from Deadline", "denied a report from Star News": the outlet after its report; also
# "a petition from fans": the fans after a wish (FROM_WORDS, SOURCE_DETERMINERS)
REPORT_NOUNS = [r"laporan", r"artikel", r"berita", r"kabar", r"informasi"]
FROM_WORDS = [r"dari", r"di", r"para"]
SOURCE_DETERMINERS = [r"sang", r"pihak"]  # "oleh sang produser", "oleh pihak Netflix"
# '"...," ujarnya kepada wartawan': the ones spoken to are not the speaker
ADDRESSEE_WORDS = [r"kepada", r"pada",
                  # ("\"Kami akan kembali dengan season 2,\" katanya disambut teriakan penonton": greeted by the crowd)
                  r"(?:teriakan|sorakan|sorak|tepuk tangan|riuh)"]
# ('"...," tulis Ferreira': a posted message's writer, after the quotation)
SPEECH_VERBS = [r"(?<=[\"”,] )(?:lanjut|tambah|imbuh|pungkas|tulis)nya",
                # '"...," tulis akun resmi Netflix via X': the account that wrote it, after the quotation
                r"(?<=[\"”,] )tulis(?= (?:akun|pihak|situs|laman|perwakilan|sang|para)(?![\w]))", r"(?<=[\"”,] )(?:lanjut|tambah|imbuh|pungkas|tulis)(?= [\w-]+(?:[^\S\n][\w-]+){0,2}[.,])", r"ujar(?:nya)?", r"kata(?:nya)?", r"ucap(?:nya)?", r"tutur(?:nya)?", r"jelas(?:nya)?", r"ungkap(?:nya)?",
                r"mengatakan", r"menyatakan", r"menyebut(?:kan)?", r"mengungkapkan", r"mengaku", r"menjelaskan",
                r"menegaskan", r"menuturkan", r"membocorkan", r"memastikan", r"membeberkan", r"memaparkan", r"menulis", r"mengunggah", r"berkata", r"bilang",
                r"menurut", r"menambahkan", r"menanggapi", r"menjawab", r"membalas", r"membenarkan", r"mengonfirmasi", r"mengumumkan", r"melaporkan",
                r"mengklaim",
                # ("pihak Netflix memberikan tanggapan singkat. \"Kami masih mengevaluasi ...\"": it answered, then its words)
                r"(?:memberikan|memberi) (?:tanggapan|jawaban|respons|keterangan|pernyataan)", r"merespons", r"buka suara",
                # "Vidio mengirimkan pernyataan singkat pada Senin. "...," demikian isi pernyataan itu": a statement quoted next
                r"(?:mengirimkan|mengirim|merilis|mengeluarkan) (?:sebuah )?pernyataan", r"dalam (?:sebuah )?pernyataan",
                # "..., demikian diumumkan studio produksinya": the passive verb after the news, its speaker after it
                r"(?<=, )(?:(?:demikian|seperti|sebagaimana)(?: yang)? )?(?:diumumkan|diungkapkan|disampaikan|dinyatakan|dikonfirmasi|ditegaskan)(?= (?:oleh )?\w)"]
ACCORDING_TO = [r"menurut", r"menurutnya", r"dilansir dari", r"mengutip", r"dikutip dari", r"seperti dilaporkan", r"berdasarkan laporan",
                # "..., demikian pengumuman resmi Viu": the closing word that names who said it
                r"demikian (?:pengumuman|keterangan|pernyataan|siaran pers|rilis)(?: resmi)?(?: dari)?", r"seperti diumumkan(?: oleh)?"]

# Prepositions before a platform that make it the venue, not the speaker ("on Netflix").
# a one-word name after a place's noun is a place, even beside a season: "kembali ke pesisir Galicia untuk musim ketiga"
PLACE_PREPOSITIONS = [r"(?:di|ke|dari) (?:pesisir|kota|desa|pulau|kawasan|wilayah|daerah|provinsi|pantai|kampung)"]
VENUE_PREPOSITIONS = ["di", "ke", "lewat", "melalui", "via"]
# A decision's participle before the platform: "renewed for a third season at Hulu", "canceled at Netflix after
# two seasons" name who decided.
DECIDED_PARTICIPLES = [r"diperpanjang", r"dibatalkan"]
# A kind of work whose platform is named right after it, as its owner, not as one who speaks: "serial Netflix tersebut".
OWNING_KINDS = [r"(?:serial|series|drama|drakor|film|anime|sinetron|tayangan|miniseri|sitkom|acara)(?: orisinal| original| terbaru| baru| Korea| Jepang)?"]

# --- grammar words the engine reads around its cues -------------------------
SUBJECT_PRONOUNS = [r"dia", r"ia", r"beliau"]
# the audience as a clause's subject after "dan" (see claims.py)
SUBJECT_NOUNS = [r"penggemar", r"para penggemar", r"penonton"]
# a clause of cause that opens a sentence: who is named inside it does not say what its main clause says
CAUSE_OPENERS = ["karena", "sebab", "lantaran", "mengingat"]
# A plural pronoun that opens a sentence and stands for the company the sentence before names.
COMPANY_PRONOUNS = ["mereka", "pihaknya"]
OBJECT_PRONOUNS = [r"dia", r"beliau"]
VERB_NEGATIONS = [r"belum", r"tidak", r"tak"]
RETURN_WORDS = [r"kembali"]
# the end of a run before "dengan" and an ordinal season: "berakhir dengan musim ketiga" counts the last one made
RUN_END_WORDS = [r"berakhir", r"diakhiri", r"tamat", r"ditutup", r"menutup", r"selesai", r"pamit"]
CINEMA_WORDS = [r"bioskop", r"sekuel"]
TIME_CLAUSE_WORDS = [r"setelah", r"sejak", r"usai"]
RELATIVE_PRONOUNS = [r"yang"]
THAT_WORDS = [r"bahwa"]
AGENCY_WORDS = [r"agensi(?:nya)?", r"manajemen(?:nya)?"]
SPOKEN_ON = [r"di (?:acara|podcast)"]
# an episode's name right after the word for an episode ("In der heutigen Folge „Tod im Tuchlager“"): no work
EPISODE_WORDS = [r"episode", r"episode berjudul"]
# right after a quoted name, a part of the story, not a work: "adapt the \"Black Harbor\" arc from the manga"
# the book or comic a series adapts, as the subject of "berlanjut": "Webtoonnya masih berlanjut"
SOURCE_WORKS = [r"(?:web ?toon|manga|manhwa|novel|komik|buku)(?:nya|-nya| aslinya)"]
# a posted message or a phrase, quoted after its noun (and a colon), is no title: 'with a short message: "Back soon"',
# 'followed by the phrase "The dusk is not over"'
MESSAGE_WORDS = [r"pesan", r"unggahan", r"keterangan", r"cuitan", r"takarir", r"tulisan", r"kalimat", r"slogan", r"semboyan", r"tagar", r"hashtag", r"petisi(?: daring| online)?(?: berjudul| bertajuk)?"]
# a byline's opening word, before the writer's name on a line of its own
BYLINE_WORDS = [r"oleh", r"penulis"]
ARC_WORDS = [r"arc", r"alur"]
# the outlet that asked, right before it: "fuentes de la plataforma consultadas por este medio desmienten": not the speaker
ASKED_BY = [r"(?:dihubungi|ditanya|dikonfirmasi) oleh"]
# a release word that names the event where something was said ("saat gala premiere di Jakarta"): no release of a season
OCCASIONS = [r"(?:saat|di|dalam) (?:acara )?(?:gala )?(?:premiere|premier|pemutaran perdana)",
             # "kata Ratna saat ditemui di lokasi syuting": where it was said, no making of the season
             r"(?:saat|ketika|waktu) (?:ditemui|dijumpai|diwawancarai|dihubungi) di (?:lokasi )?syuting"]
# a sentence that opens on other works, plural, tells of them: "Beberapa serial lain tidak seberuntung itu"
OTHER_WORKS = [r"(?:beberapa|sejumlah|dua|tiga|empat|lima|\d+) (?:serial|drama|film|judul|series|tayangan) lain(?:nya)?"]
# works in general, the subject of a renewal or a cancellation a few words after it: "Many shows thought safe
# for renewal were cancelled" (what is said is of them, not of the article's work)
MANY_WORKS = [r"(?:banyak|berbagai|sejumlah|(?:hanya )?sedikit|beberapa|kebanyakan|sebagian besar) (?:serial|drama|series|judul|tayangan)"]
# what a name is said to be one of, a kind of work in the plural after it: "Ironvale is one of the few dramas renewed
# early" (the name is a title)
# the making a sentence opens on, before the work it is of ("Syuting Lorong Senja season 2 sudah rampung"): no part of
# the title
TOPIC_LEAD = [r"(?:proses )?(?:syuting|produksi|penggarapan|pembuatan|penulisan naskah)"]
ONE_OF = [r"(?:adalah|merupakan|menjadi|jadi|termasuk) (?:juga )?(?:salah satu|satu dari|di antara)",
          # (or what kind of work it is: "Rumah Kabut adalah serial horor ...", "merupakan drama adaptasi ...")
          r"(?:adalah|merupakan)", r"(?<=, )salah satu"]
# right after a making word, another work's: "sedang menjalani syuting drama lain", "is filming another series": not this one
# (and "mulai syuting film layar lebar di Bandung": a cinema film of its own, not the season)
OTHER_WORK = [r"(?:drama|film|serial|proyek|judul) (?:\w+ )?lain", r"(?:drama|film|serial|proyek|judul) baru", r"film layar lebar"]
# someone's earlier work, named right before its title: "akhir serial sebelumnya, Jejak Sang Penembak" (the sentences
# after it go on with the work the article is about)
# (and a work the one spoken of is measured against: sejak berakhirnya "Permainan Pedang")
FORMER_WORK = [r"sejak (?:berakhirnya|tamatnya|akhir)",
               r"(?:serial|drama|film|serinya|dramanya|filmnya) (?:sebelumnya|terdahulu|pertamanya|lainnya),?"]
# the series a spinoff comes from, named by its kind: "the parent series", "la serie madre"
PARENT_WORDS = [r"(?:serial|drama|series) (?:induk|asli|utama|orisinal)"]
SPLIT_IN_TWO = [r"dibagi (?:menjadi |jadi )?dua bagian",
                # ("Netflix membagi musim kedua Statik Merah menjadi dua bagian": its title between)
                r"membagi (?:musim|season) [^.;:!?\n]{1,60}? (?:menjadi |jadi )?dua bagian", r"(?:tayang|dirilis|ditayangkan) dalam dua bagian", r"(?:dalam )?dua cour"]  # an anime's season in two runs
INTERVIEW_WORDS = [r"wawancara"]
# ("jadwal season 5 belum diumumkan": the schedule of a season)
DATE_NOUNS = [r"tanggal", r"jadwal (?:tayang|rilis|penayangan)", r"jadwal(?= (?:musim|season|sekuel|film) )"]
# A detail of a season left untold ("has not revealed the number of episodes"): no word on the season itself.
DETAIL_NOUNS = [r"(?:(?:tentang|mengenai|soal|terkait) )?(?:alasan(?:nya)?|jumlah episode(?:nya)?|daftar pemain(?:nya)?|pemeran(?:nya)?|sinopsis(?:nya)?|durasi(?:nya)?|judul(?:nya)?|trailer(?:nya)?)"]
ALIAS_WORDS = [r"(?:ber|dengan )subjudul", r"(?:atau )?(?:yang )?(?:di (?:\w+ ){1,2})?(?:juga )?dikenal (?:juga )?(?:di (?:\w+ ){1,2})?(?:dengan judul|sebagai)", r"(?:yang )?(?:secara )?harfiah(?: berarti)?", r"(?:yang )?berjudul asli", r"judul aslinya",
               # "dirilis secara internasional dengan judul The Shadow Hunter": the name it was released under elsewhere
               r"(?:dirilis|tayang|ditayangkan) (?:(?:di|secara) (?:\w+ ){1,4})?dengan judul"]
RUN_END_OF = [r"(?:berakhirnya|tamatnya|penayangan|episode terakhir|akhir)"]
# the end of a season named right before it, not its airing ("penayangan season 2" is not): "Akhir musim kedua X membuat
# penggemar penasaran, dan Netflix kini memastikan serial itu akan kembali" (the third)
SEASON_END_OF = [r"(?:berakhirnya|tamatnya|episode terakhir|akhir|ending)"]
# "renewed ahead of the finale", "kurz vor dem Finale der zweiten Staffel": the moment another event is timed by;
# a release word right after it releases nothing, and a season named there is not the one decided
EVENT_BEFORE = [r"jelang", r"menjelang", r"sebelum"]
# "bahkan sebelum", said of what has not happened yet: "bahkan sebelum musim kedua tayang"
EVEN_BEFORE = [r"bahkan sebelum"]
# the nouns for a series that may introduce its title and the number of an installment: "Serial Lentera Kota 2
# dijadwalkan tayang perdana pada 9 Mei" (no season noun said)
SERIES_NOUNS = [r"serial", r"series", r"sinetron"]
# a season whose numbers are weighed is the one before the one decided on: "meninjau performa season 2"
MEASURE_NOUNS = [r"performa", r"kinerja", r"hasil", r"rating", r"capaian", r"penerimaan", r"jumlah penonton", r"kegagalan"]
# a headline that counts what is known of one work, its numbered lines its facets: "5 Fakta Drakor X Season 2"
FACET_NOUNS = [r"fakta", r"hal", r"alasan", r"bocoran", r"rahasia", r"detail", r"pertanyaan", r"teori", r"momen", r"informasi", r"info",
               r"poin", r"catatan"]
# a relative clause after a name that makes it a cast member: "Rina Safitri yang memerankan dokter Maya ..."
ROLE_CLAUSES = [r",? yang (?:memerankan|berperan(?: sebagai)?|menjadi pemeran|memainkan peran)"]

# --- time ----------------------------------------------------------------
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12,
}
YEAR_SEASONS = {"musim panas": "Q3", "musim semi": "Q2", "musim gugur": "Q4", "musim dingin": "Q1"}
# "awal tahun 2026" as well as "awal 2026"
YEAR_PARTS = {key + r"(?: tahun)?": value for key, value in {
    r"(?:pada )?akhir": "Q4", r"penghujung": "Q4", r"ujung": "Q4", r"(?:pada )?awal": "Q1", r"permulaan": "Q1",
    r"(?:pada )?pertengahan": "", r"paruh pertama": "H1", r"paruh kedua": "H2", r"semester pertama": "H1",
    r"semester kedua": "H2", r"kuartal pertama": "Q1", r"kuartal kedua": "Q2", r"kuartal ketiga": "Q3",
    r"kuartal keempat": "Q4", r"triwulan pertama": "Q1", r"triwulan terakhir": "Q4",
}.items()}
# a half of the year that may stand without its year ("tayang pada semester kedua"): the next one not yet over
# (and a quarter, the same way: "no segundo trimestre")
HALVES = {r"kuartal pertama": "Q1", r"kuartal kedua": "Q2", r"kuartal ketiga": "Q3", r"kuartal keempat": "Q4",
          r"semester pertama": "H1", r"semester kedua": "H2", r"paruh pertama": "H1", r"paruh kedua": "H2"}
NEXT = [r"depan", r"mendatang", r"berikutnya", r"nanti"]
THIS = [r"ini"]
# "last summer", "au printemps dernier": a season of the year just past
LAST = [r"lalu", r"kemarin"]
# "in the fall", "im Herbst", "au printemps": a season of the year alone, the next one to come
SEASON_PREFIXES = []
# "this Friday", the next such day after the article ({d}: a day of the week)
# "Minggu" is also "week" ("minggu ini": this week): left out
WEEKDAYS = {"Senin": 0, "Selasa": 1, "Rabu": 2, "Kamis": 3, "Jumat": 4, "Jum'at": 4, "Sabtu": 5}
COMING_WEEKDAY = [r"sejak (?:hari )?{d}", r"{d} ini", r"{d} depan", r"{d} mendatang", r"(?:pada )?hari {d} ini",
                  # a release to come on a weekday: "akan tayang pada hari Jumat", "tayang di Netflix pada Jumat (12/6)"
                  # (the date after it says which: one already past dates nothing, see when.py)
                  r"akan (?:tayang|rilis|hadir|mengudara)(?: perdana)?(?: di [\w+]+(?: [\w+]+)?)? (?:pada )?(?:hari )?{d}",
                  r"(?:tayang|rilis|hadir|mengudara)(?: perdana)?(?: di [\w+]+(?: [\w+]+)?)? (?:pada )?(?:hari )?{d}(?= ?\(\d)"]
# "next week", "last week": the month of the week after or before the article
NEXT_WEEK = [r"minggu depan", r"pekan depan",
             # "tayang dalam beberapa hari ke depan": within the week
             r"(?:dalam )?beberapa hari (?:ke depan|lagi)"]
# The day of the article and the day after it ("premieres today", "lands tomorrow").
TODAY = [r"hari ini", r"malam ini", r"pagi ini"]
TOMORROW = [r"besok"]
# The day before the article ("released yesterday").
YESTERDAY = [r"(?<!tahun )(?<!pekan )(?<!minggu )(?<!bulan )(?<!musim )kemarin(?: (?:malam|sore|pagi))?"]
LAST_WEEK = [r"minggu lalu", r"pekan lalu"]
NEXT_YEAR = [r"tahun depan", r"tahun mendatang", r"tahun berikutnya"]
# "around this time next year": the article's month, a year on
THIS_TIME_NEXT_YEAR = [r"(?:sekitar |pada )?waktu yang sama tahun depan"]
THIS_YEAR = [r"tahun ini", r"akhir tahun ini"]
# (not "tiga tahun lalu", "2 tahun lalu": so many years ago, no last year)
_years_counted = "".join(f"(?<!{w} )" for w in ("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                                                "beberapa", "belasan", "puluhan", "banyak")) + r"(?<!\d )"
# so many years before the article's: "two years ago" ("{n}" the count, in figures or words)
YEARS_AGO = [r"{n} tahun (?:yang )?(?:lalu|silam)"]
LAST_YEAR = [_years_counted + r"tahun lalu", _years_counted + r"tahun kemarin", r"setahun lalu"]
# "akhir tahun yang sama", "finales de ese año": the year the sentence named before
SAME_YEAR = [r"tahun yang sama", r"tahun itu", r"tahun tersebut"]
# The month after the article's: "next month".
NEXT_MONTH = [r"bulan depan"]
THIS_MONTH = [r"(?:awal |akhir |pertengahan )?bulan ini"]
LAST_MONTH = [r"bulan lalu", r"bulan kemarin"]
# "menunda musim kedua ke 2027": tahun sesudah DELAY_TO, bila kata penundaan ada sebelumnya
DELAY_VERBS = [r"diundur", r"ditunda", r"dimundurkan", r"mengundur", r"menunda", r"memundurkan", r"mundur", r"tunda", r"undur",
               r"digeser", r"bergeser", r"menggeser"]
# after a clause break, the plan that replaces the one before it: "had announced November, but the episodes
# will now arrive in 2027", "pero llegarán finalmente en 2027" (the last window of the sentence counts)
REVISED_WORDS = [r"kini", r"sekarang", r"akhirnya", r"baru"]
# the word that puts one plan for another after a negated one: "nicht im Oktober, sondern erst im Januar 2027"
RATHER_WORDS = [r"melainkan"]
DELAY_TO = [r"ke"]
YEAR_PREFIXES = [r"pada", r"tahun", r"di", r"pada tahun", r"(?:pada )?bulan", r"sebelum", r"hingga", r"(?:men)?jelang", r"paling (?:cepat|lambat)",
                 r"saat",  # "tayang saat libur Natal"
                 r"selambat-lambatnya",
                 # a headline's year right after the release verb: "Tayang 2027", "paling cepat tayang 2027"
                 r"tayang", r"rilis", r"dirilis",
                 # ... with its suffix: "Jadi paling cepat tayangnya 2027"
                 r"tayangnya", r"rilisnya", r"penayangannya"]
# A release said not to come before a time comes then at the earliest ("tidak akan tayang sebelum 2026").
UNTIL = [r"sebelum", r"hingga", r"sampai"]
SINCE = [r"sejak"]
# ("tayang pada libur Natal": the holidays named by the feast)
HOLIDAYS = {r"(?:(?:musim )?libur(?:an)? )?natal": "Q4", r"tahun baru": "Q1"}
# the feasts of the Hijri calendar, earlier by about eleven days each year: "tayang saat Lebaran 2026" (20 March)
_eid = {2022: "05", 2023: "04", 2024: "04", 2025: "03", 2026: "03", 2027: "03", 2028: "02", 2029: "02", 2030: "02", 2031: "01"}
_ramadan = {2022: "Q2", 2023: "Q1", 2024: "Q1", 2025: "Q1", 2026: "Q1", 2027: "Q1", 2028: "Q1", 2029: "Q1", 2030: "Q1"}
MOVING_HOLIDAYS = {r"(?:(?:musim )?libur(?:an)? )?(?:lebaran|idul ?fitri)": _eid, r"(?:bulan )?ramadh?an": _ramadan}

# Words the pre-filter looks for in raw bytes, and the engine too: without one of them no text
# is about an installment. Specific on purpose ("season", "second film", not "film"): the
# pre-filter must reject most pages of general news at scan speed.
SEASON_VOCABULARY = ["시즌", "musim lagi", "musim", "season", "sekuel", "film kedua", "film ketiga", "film keempat", "film kelima", "film 2", "film 3",
                     "jilid 2", "jilid kedua", "bagian kedua", "part 2", "film terbaru", "film berikutnya", "film lanjutan",
                     "kelanjutan",
                     # film bernomor tanpa kata lain: "Angin Timur 2 dijadwalkan rilis di bioskop" (sempit: penyaring
                     # awal ingest memakai kata-kata yang sama)
                     "rilis di bioskop", "tayang di bioskop", "syuting film"]
# words of deciding, in a "nothing confirmed" statement: the platform has not decided, which is its own answer
# (what it has not announced or commented on, the article tells; see NOT_CONFIRMED)
DECISION_WORDS = [r"keputusan", r"memutuskan", r"diputuskan", r"putuskan"]
# "tidak tayang pada 2027 sesuai rencana": setelah peristiwa yang diingkari dan waktunya, yang batal adalah waktunya
AS_PLANNED = [r"sesuai (?:rencana|jadwal)(?: awal)?", r"seperti (?:yang )?(?:direncanakan|dijadwalkan|dijanjikan|diumumkan)(?: sebelumnya)?"]
# "tidak lagi tayang pada Desember": waktu sesudahnya yang batal, bukan musimnya
NO_LONGER = [r"(?:tidak|tak) lagi"]
# the noun before a year in a window: "the end of the year 2027", "a finales del año 2027"
YEAR_NOUNS = [r"tahun"]
# "Season 2 of Y was also renewed": what "also" adds, no one named, is the platform's that spoke just before
ALSO_WORDS = [r"juga"]
# where a platform presents its slate: what the paragraph then says, no one named, is its announcement
# (the business results too: "Selain memaparkan kinerja bisnis, ...")
PRESENTATION_WORDS = [r"(?:memaparkan|paparan) kinerja", r"laporan keuangan", r"(?:dua|tiga|beberapa) pengumuman", r"presentasi", r"jumpa pers", r"konferensi pers", r"acara peluncuran", r"showcase", r"upfronts?",
                      r"(?:memamerkan|mengumumkan|memperkenalkan) (?:deretan|jajaran) (?:serial|drama|film|tayangan)",
                      # "dalam acara untuk penggemar" (where the platform presents what is to come)
                      r"acara (?:untuk |bersama |temu )?penggemar", r"fan (?:event|meeting)"]
# a sentence that opens on these tells a schedule since replaced: "Sebelumnya, musim kedua dijadwalkan tayang Agustus"
SUPERSEDED_OPENERS = [r"sebelumnya", r"semula", r"awalnya"]
# A word of "maybe" that, alone before a season to come with no verb at all, hopes for it.
MAYBE_WORDS = [r"mungkin"]
# What a statement that nothing is decided goes on to list as undecided too ("..., including the filming schedule").
INCLUDING_WORDS = [r"termasuk", r"di antaranya", r"antara lain"]
# Between a title and the word of its cancellation after it, an auxiliary or two ("has been cancelled").
EVENT_AUXILIARIES = [r"telah", r"sudah", r"resmi"]
# A season's name in reality shows, which festivals and prizes have too.
EDITION_NOUNS = [r"edisi"]
# What has editions of its own, named next to one ("the 14th edition of the festival"): no show's season.
EVENT_NOUNS = [r"festival"]
# The subject pronouns that stand only for a person, never for a show: "... that she will not be back".
PERSON_PRONOUNS = [r"dia", r"ia", r"beliau", r"siapa"]
# A word of ending, whose subject may be a season that airs its last episode ("Season 2 of Harbor Lane ends tonight").
ENDING_WORDS = [r"berakhir", r"tamat"]
# A word of a run's end, which a time clause before it tells as a time ("since the show ended").
ENDED_WORDS = [r"tamat", r"berakhir"]
# A word of an executive's office written right before the platform's name ("Head of Content WeTV Indonesia Gita Pramesthi").
OFFICE_WORDS = [r"presiden", r"direktur", r"kepala", r"manajer", r"eksekutif", r"bos", r"konten", r"ceo"]
# A word for a number or a room that the number after it completes, in a title ("Apartment No. 9").
NUMBER_NOUNS = [r"nomor", r"no\.", r"kamar"]
# The pronoun that takes up a work named before ("Missed the first film? It is now on Prime Video").
WORK_PRONOUNS = [r"dia"]
# What a platform shows of a season before it airs ("a first-look image, released today": the image's release).
PROMO_WORDS = [r"foto", r"gambar", r"poster", r"trailer", r"teaser", r"cuplikan"]
# A word of the time over which a season's audience was counted ("averaged 6.4 million viewers across its third season").
OVER_WORDS = [r"selama"]
# The episodes of a season, between a release word and the season ("sudah tersedia seluruh episode musim kedua"):
# what was released is that season.
EPISODES_OF = [r"(?:seluruh |semua |kedelapan |\w+ )?episode(?: dari)?"]
# The episodes of a season still to air, named before their release word ("The three remaining episodes will air on ...").
REMAINING_EPISODES = [r"sisa[^\S\n]+episode(?:nya)?"]
# A word of "between", before the steps or the seasons it counts ("between the first and the second season").
BETWEEN_WORDS = [r"antara"]
# A work's only season, which is its first: "its only season premiered in September".
ONLY_SEASON = [r"satu-satunya musim(?:nya)?"]
# The word that opens a question about when: an interview's "When will viewers see it?", answered by a time.
WHEN_QUESTION = [r"(?:lalu |terus |jadi |dan )?kapan"]
# The word that opens an indirect yes-or-no question ("Belum diketahui apakah musim ketiga akan menjadi yang
# terakhir"): a final statement after it, in its clause, is asked, not told.
WHETHER_WORDS = [r"apakah"]
# The words that open a question of who, which or how many ("It is not yet known who will return"): a doubt right
# before the question, or after it when the question opens the sentence, is about that, not about the season.
OPEN_QUESTION_WORDS = [r"siapa(?! tahu)", r"berapa"]
# The words around "A and B" that count two works, not one title with "and" in it: before ("the freshman comedies
# A and B", "both A and B") and after ("A and B each").
PAIR_BEFORE = [r"keduanya"]
PAIR_AFTER = [r"masing-masing", r"keduanya"]
# The sequel and the word that joins it to the work it follows ("the sequel to the film that drew 2 million viewers"):
# what a relative clause after it tells is of that earlier work.
SEQUEL_OF = [r"(?:sekuel|lanjutan) (?:dari )?"]
# What a work is based on ("based on the second novel, which came out in 2021"): what a relative clause after it
# tells is of that source.
BASED_ON = [r"diangkat dari", r"berdasarkan", r"adaptasi dari", r"terinspirasi dari"]
# The words that set another work against the subject ("Unlike Stonefield, the drama will not return"): that work
# is not what the sentence speaks of.
CONTRAST_WORDS = [r"berbeda (?:nasib )?dengan", r"tidak seperti"]
# A weekly cadence ("New episodes drop every Friday through December"): before "until", the rest of a season on air.
WEEKLY_WORDS = [r"(?:setiap|tiap)(?: hari)? (?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|pekan)"]
# The word before the platform a work is made for ("la troisième saison de Double Fond pour Canal+"): no title word.
MADE_FOR = ["untuk", "dari"]  # ("musim ketiga Rumah Kabut dari Netflix": the platform it comes from)
# A photo's caption names people in a work and ends on its credit ("Clara Penhaligon and Dev Sandhu in The
# Understudy. Photo: Apple TV+"): the word between the people and the work, and the credit's words.
CAPTION_IN = ["dalam", "di"]
PHOTO_CREDITS = [r"foto:", r"dok\.", r"©"]
# A word of consequence: after a shoot, the time it leads to is the release's ("we shoot in the autumn, so
# realistically the start of next year").
CONSEQUENCE_WORDS = [r"jadi", r"sehingga"]
# A word of what comes next: "agreed to a ninth season, then it is over" (the end is of the season after).
THEN_WORDS = [r"lalu", r"kemudian", r"setelah itu", r"sesudah itu"]
# A weekday just gone ("opened last Friday"): the one before the article's date.
PAST_WEEKDAY = [r"{d} lalu", r"{d} kemarin"]
# the words that open a calendar's day written with a one-digit month ("el 23/4", "am 23.4."): see when.py
DAY_OPENERS = ["pada", "tanggal"]
# whom unnamed sources are close to, before its name: "sumber yang dekat dengan rumah produksi Levante Films"
CLOSE_TO_WORDS = [r"sumber (?:yang )?(?:dekat dengan|di lingkungan|internal|dari dalam)", r"orang (?:yang )?dekat dengan"]
# The season before the one spoken of, unnumbered: "setelah penayangan musim sebelumnya pada 2021".
PREVIOUS_SEASON = [r"(?:musim|season) (?:sebelumnya|pendahulu(?:nya)?|lalu)"]
# A word that tells a release not come yet, with its negation: "belum tayang" (the season still to come).
NOT_YET_WORDS = [r"belum"]
