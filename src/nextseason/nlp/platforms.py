"""Names of platforms, networks and studios: the sources whose word is `official`.

Names are the same in every language, so they live here and not in a pack.
"""

PLATFORMS = [
    # ("the Max Thieriot drama": "Max" before a capitalised surname is a first name)
    "Netflix", "Netflix Korea", "Netflix Brasil", "Netflix Brazil", "Netflix Indonesia", "Netflix España", "Netflix France",
    "Prime Video", "Amazon Prime Video", "Amazon Prime", "Amazon MGM Studios", "Amazon", "Disney\\+", "Disney\\+ Hotstar",
    "Disney", "Hulu", "HBO", "HBO Max", "Max(?![^\\S\\n]+[A-Z][a-z]+[^\\S\\n]+[a-z])", "Apple TV\\+", "Apple TV", "Apple", "Peacock", "Paramount\\+", "Paramount",
    "NBC", "CBS", "ABC", "FX on Hulu", "FX", "AMC", "Showtime", "Starz", "The CW", "Fox", "FOX", "BBC", "BBC One", "ITV", "ITVX", "Channel 4",
    "Sky", "Sky Atlantic", "tvN", "JTBC", "KBS", "MBC", "SBS", "ENA", "TVING", "Wavve", "Coupang Play", "Viu", "Vidio",
    "WeTV", "iQIYI", "Crunchyroll", "Globoplay", "Globo", "Canal\\+", "Movistar Plus\\+", "Movistar\\+", "Atresplayer",
    "RTVE", "TF1", "France Télévisions", "France 2", "Arte", "ARTE", "ARTE France", "arte\\.tv", "M6", "ZDF", "ARD", "RTL\\+", "Joyn", "Star\\+", "Viki",
    "Rakuten Viki", "Hotstar", "Warner Bros\\.?", "Warner Bros\\. Discovery", "Universal", "Universal Pictures",
    "Sony Pictures", "Lionsgate", "A24", "Legendary", "Studio Dragon", "Toho", "MAX", "Bioskop Online", "KlikFilm",
    "Catchplay\\+", "RCTI\\+", "Mola", "Vision\\+", "Genflix",
    "France 3", "France 4", "France 5", "Channel 5", "E4", "BritBox", "Acorn TV", "AMC\\+", "MGM\\+", "Shudder", "Tubi",
    "Freevee", "YouTube", "Antena 3", "Telecinco", "Das Erste", "RTL", "Sat\\.1", "ProSieben", "VOX", "ORF", "SRF",
    "RTP", "Rai 1", "RaiPlay", "RCTI", "SCTV", "Indosiar", "Trans TV", "NHK", "Fuji TV", "TV Asahi", "Nippon TV",
    "Hallmark\\+", "Hallmark Channel", "Hallmark", "TNT", "TBS", "USA Network", "Syfy", "SyFy", "SYFY", "Freeform",
    "Adult Swim", "Cartoon Network", "Nickelodeon", "Disney Channel", "Comedy Central", "MTV", "BET\\+", "PBS",
    "National Geographic", "Nat Geo", "Discovery\\+", "Paramount\\+ with Showtime", "The Roku Channel",
    "Pluto TV", "CBC", "CTV", "Crave", "Foxtel", "SkyShowtime", "Showmax", "ZEE5", "SonyLIV", "JioCinema", "JioHotstar",
    "Viaplay", "SVT", "NRK", "Mediaset", "Canale 5", "Sky Italia", "Sky Deutschland", "Sky Studios", "OCS", "France\\.tv",
    "TF1\\+", "Atresmedia", "laSexta", "Filmin", "ViX", "Telemundo", "Univision", "Claro Video",
    "TV Globo", "Rede Globo", "SBT", "ZDFneo", "3sat", "Kabel Eins", "MagentaTV", "Paramount Network",
    "U-Next", "ABEMA", "TVer", "Bilibili", "Tencent Video", "Youku", "Mango TV", "KOCOWA", "Channel A", "MBN", "OCN",
    "Genie TV", "Maxstream", "MAXstream", "Amazon Freevee", "Mubi", "MUBI", "Apple Original Films", "Netflix Japan",
    # Iberian and Latin American networks ("3Cat ha confirmado", "a SIC confirmou")
    "3Cat", "TV3", "La 1", "La 2", "TVE", "À Punt", "EITB", "SIC", "SIC Notícias", "TVI", "RTP1", "RTP Play", "OPTO",
    "RecordTV", "TV Record", "Caracol Televisión", "Caracol TV", "RCN", "Televisa", "TelevisaUnivision", "TV Azteca",
    "Telefe", "Canal 13", "Globoplay Novelas",
    # French, German and Indonesian channels
    "TMC", "W9", "C8", "TFX", "6ter", "Salto", "RTLZWEI", "RTL Zwei", "ARD Mediathek", "ZDF Mediathek", "WDR", "NDR",
    "SWR", "MDR", "Bayerische Rundfunk", "Bayerischer Rundfunk", "Hessische Rundfunk", "Hessischer Rundfunk",
    "Norddeutsche Rundfunk", "Norddeutscher Rundfunk", "Westdeutsche Rundfunk", "Westdeutscher Rundfunk", "RBB", "Trans7", "MNCTV", "GTV", "ANTV", "iNews",
    # film studios and distributors ("sortira en salles le 14 octobre, a annoncé Pathé")
    "Pathé", "Gaumont", "StudioCanal", "Studiocanal", "Wild Bunch", "SND", "Constantin Film", "Leonine", "Warner Bros\\. Pictures",
    "Pixar", "DreamWorks", "DreamWorks Animation", "Illumination", "Lucasfilm", "Blumhouse", "Focus Features",
    "New Line Cinema", "Legendary Pictures", "Legendary Entertainment", "Skydance", "Marvel Studios", "Walt Disney Studios", "Searchlight Pictures", "Columbia Pictures",
    "Warner", "Sony",
    # Turkish and Japanese networks and anime producers ("Kanal D ha renovado", "Kadokawa announced")
    "Kanal D", "TRT", "TRT 1", "Show TV", "Star TV", "TV Tokyo", "Kadokawa", "Aniplex",
    # Québec, Belgian, Swiss and Austrian broadcasters ("Radio-Canada a confirmé", "la RTBF a commandé")
    "Radio-Canada", "ICI Radio-Canada", "ICI Télé", "ICI Tou\\.tv", "Tou\\.tv", "TVA", "Noovo", "Club illico", "Télé-Québec",
    "RTBF", "Auvio", "RTS", "Play Suisse", "ServusTV", "ORF1", "ORF 1",
    # anime, Korean, Nordic, Irish, Italian and French-language ones ("HIDIVE has confirmed", "KBS2 airs it")
    "HIDIVE", "KBS2", "KBS1", "KBS 2TV", "RTÉ", "RTÉ One", "RTE", "TV 2", "TV2", "DR1", "Yle", "YLE",
    "Rai 2", "Rai 3", "TV5Monde", "TV5 Monde", "TV4", "MAPPA", "Toei Animation", "Shueisha",
    # American cable networks of the 2010s ("Spike, which picked up the show after its first season, has passed on a
    # third", "Lifetime renewed ...")
    "Spike", "Spike TV", "FXX", "Lifetime", "A&E", "Bravo", "E!", "VH1", "TLC", "HGTV", "Epix", "EPIX", "Cinemax", "IFC",
    "Sundance TV", "SundanceTV", "WGN America", "Pop TV", "YouTube Premium", "YouTube Red", "Quibi", "Netflix Anime",
]

# The trade fairs, markets and festivals where seasons are announced ("Diumumkan di MIPCOM Cannes, ..."): a place and a
# date, no work, whatever follows them (a city, a year).
INDUSTRY_EVENTS = [
    "MIPCOM", "MIPTV", "MIP Cancun", "Series Mania", "Séries Mania", "Berlinale", "Berlinale Series", "Berlinale Series Market",
    "Canneseries", "Rio2C", "Comic-Con", "San Diego Comic-Con", "New York Comic Con", "CCXP", "NATPE", "Content Americas",
    "Content London", "Annecy", "Sundance", "SXSW", "Tribeca", "Conecta Fiction", "Iberseries", "Iberseries & Platino Industria",
    "Festival de la Fiction", "Festival de Luchon", "Busan International Film Festival", "BIFF", "Asia Contents Awards",
    "Anime Expo", "AnimeJapan", "Jump Festa", "D23",
]

# A capitalised name ending in one of these is a studio or production company.
COMPANY_SUFFIXES = [
    "Pictures", "Studios", "Studio", "Films", "Film", "Entertainment", "Productions", "Production", "Media",
    "Television", "TV", "Animation", "Filmes", "Producciones", "Produções", "Productions", "Filmproduktion",
]
# ... and any company's legal form, which no title ends on: "produziert wird erneut von der Moselfilm GmbH"
LEGAL_FORMS = ["GmbH", "AG", "KG", "Ltd", "Inc", "LLC", "Ltda", "SARL", "Tbk"]
