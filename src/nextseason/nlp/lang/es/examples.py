"""Example sentences for the Spanish pack, written for these tests and docs."""

EXAMPLES = [
    "La plataforma ha renovado el thriller judicial Sala Siete por una tercera temporada.",
    "Un portavoz de la cadena dijo que la cuarta temporada de Invernadero está en estudio.",
    "La creadora, Ana Lind, contó que los guiones de la temporada 2 ya se están escribiendo.",
    "Netflix aún no ha confirmado una segunda temporada de Ribera Alta.",
    "La quinta temporada será la última, anunció la cadena este lunes.",
    "La secuela llegará a los cines el próximo verano.",
]
