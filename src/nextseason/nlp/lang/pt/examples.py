"""Example sentences for the Portuguese pack, written for these tests and docs."""

EXAMPLES = [
    "A plataforma renovou o drama jurídico Sala Sete para uma terceira temporada.",
    "Um porta-voz da emissora disse que a quarta temporada de Estufa está sendo avaliada.",
    "A criadora Ana Lind contou que os roteiros da temporada 2 já estão sendo escritos.",
    "A Netflix ainda não confirmou uma segunda temporada de Margem Alta.",
    "A quinta temporada será a última, anunciou a emissora nesta segunda-feira.",
    "A sequência deve chegar aos cinemas no próximo verão.",
]
