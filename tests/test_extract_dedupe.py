"""Exact and near duplicates: syndicated copies are found, distinct stories are not."""

import pytest

from nextseason.extract import NearDuplicateIndex, content_hash, signature

# A wire story about an invented show, long enough to be a real article.
WIRE = """The streaming service Tidewater announced on Tuesday that its fantasy drama The Ninth Lantern will return for a second season, ending months of speculation among viewers who had campaigned online for more episodes.
The first season, which premiered in March, followed a lighthouse keeper who discovers that the beam of her lamp can pull ships out of other centuries. It spent five weeks in the service's global top ten and drew strong reviews for its visual effects and for the lead performance of newcomer Ines Calder.
Showrunner Paul Adeyemo said the writers' room had reassembled in August and that scripts for the new episodes were well under way. He added that the story would move from the northern coast to a harbour city, and that several characters introduced late in the first season would take larger roles.
Production is scheduled to begin in the spring on location in Portugal and on sound stages outside Lisbon, according to the company. No premiere date has been set, although executives have said they hope to keep the gap between seasons shorter than two years.
Calder will return in the lead role, and the company confirmed that Marcus Hale and Dara Quinn will also be back. Casting for new roles is expected to be announced in the coming months, and the production has begun a search for a young actor to play the keeper's estranged brother.
The renewal comes as Tidewater has trimmed its slate of original series, cancelling three dramas this year. Analysts said the decision to keep The Ninth Lantern reflected its performance among subscribers outside the United States, where it was among the most watched titles of the spring."""

DIFFERENT = """Viewers hoping for more of The Ninth Lantern got good news this week, but the road to the second season may be longer than expected, according to people close to the production.
Tidewater's fantasy series was renewed on Tuesday after a strong first run, yet the company has given no window for the new episodes. Several crew members told us that effects work on the first season took almost a year, and that the sequel's harbour city setting will need even more digital work.
Lead actor Ines Calder, speaking at a festival in Porto, said she had not yet read any scripts. She praised showrunner Paul Adeyemo and said she would be happy to spend another year on the lighthouse set.
Fans have already started theorising about the keeper's brother, a character mentioned only once in the finale. Adeyemo has hinted on social media that the family story will be central to the new season, though he declined to give details.
For now, the first season remains available to stream, and Tidewater says more announcements will follow before the end of the year."""


def syndicated(text):
    return ("By Regional Desk Staff | Wire copy distributed to member papers\n"
            + text + "\nThis story was provided by a news agency and edited for length by our staff.")


def test_content_hash_ignores_case_and_whitespace():
    assert content_hash("Season 2  is\nCONFIRMED") == content_hash("season 2 is confirmed")
    assert content_hash("Season 2 is confirmed") != content_hash("Season 3 is confirmed")
    assert len(content_hash("x")) == 64


def test_syndicated_copy_is_found_and_a_different_story_is_not():
    index = NearDuplicateIndex()
    index.add("wire-1", WIRE)
    assert index.find(syndicated(WIRE)) == "wire-1"
    assert index.find(DIFFERENT) is None


def test_signature_round_trips_through_bytes():
    blob = signature(WIRE)
    assert isinstance(blob, bytes) and len(blob) == 64 * 8
    index = NearDuplicateIndex()
    index.add("stored", blob)
    assert index.find(syndicated(WIRE)) == "stored"
    assert index.find(DIFFERENT) is None
    with pytest.raises(ValueError):
        index.add("broken", blob[:16])


def test_the_closest_of_several_is_returned():
    index = NearDuplicateIndex()
    index.add("other", DIFFERENT)
    index.add("wire-1", WIRE)
    assert index.find(WIRE) == "wire-1"
    assert len(index) == 2


def test_a_stored_signature_finds_the_same_copies_as_the_text():
    from nextseason.extract import NearDuplicateIndex, signature

    text = " ".join(f"word{i}" for i in range(200))
    index = NearDuplicateIndex()
    index.add("first", text)
    copy = "A header line. " + text + " A footer line."
    assert index.find(signature(copy)) == index.find(copy) == "first"
    assert index.find(signature("something else entirely " * 20)) is None
