"""Example sentences for the German pack, written for these tests and docs."""

EXAMPLES = [
    "Der Streamingdienst hat das Justizdrama Saal Sieben um eine dritte Staffel verlängert.",
    "Eine Sprecherin des Senders sagte, eine vierte Staffel von Glashaus werde geprüft.",
    "Schöpferin Ana Lind erzählte, die Drehbücher für Staffel 2 würden gerade geschrieben.",
    "Netflix hat eine zweite Staffel von Hohes Ufer noch nicht bestätigt.",
    "Die fünfte Staffel wird die letzte sein, kündigte der Sender am Montag an.",
    "Die Fortsetzung soll nächsten Sommer in die Kinos kommen.",
]
