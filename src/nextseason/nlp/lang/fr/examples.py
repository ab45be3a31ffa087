"""Example sentences for the French pack, written for these tests and docs."""

EXAMPLES = [
    "La plateforme a renouvelé la comédie judiciaire Salle Sept pour une troisième saison.",
    "Une porte-parole de la chaîne a indiqué que la saison 4 de Serre Froide était à l'étude.",
    "La créatrice Ana Lind a confié que les scénarios de la deuxième saison étaient en cours d'écriture.",
    "Netflix n'a pas encore confirmé de saison 2 pour Rive Haute.",
    "La cinquième saison sera la dernière, a annoncé la chaîne lundi.",
    "La suite devrait sortir en salles l'été prochain.",
]
