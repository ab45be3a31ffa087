"""Example sentences for the English pack, written for these tests and docs."""

EXAMPLES = [
    "The streamer has renewed the legal drama Paper Moons for a third season.",
    "A spokesperson said the fourth season of Glasshouse is under consideration.",
    "Creator Ana Lind told fans the scripts for season 2 are being written.",
    "Netflix has not confirmed a second season of Riverbend.",
    "Season 5 will be the show's last, the network announced on Monday.",
    "The sequel film is set to open in theaters next summer.",
]
