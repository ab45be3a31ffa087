"""Sentence splitting (nlp/text.py): where a full stop ends a sentence, and where it does not."""

from nextseason.nlp.text import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_abbreviations_initials_and_acronyms_do_not_end_a_sentence():
    assert texts("Creator J.K. Lindqvist spoke. Dr. Baek agreed.") == ["Creator J.K. Lindqvist spoke.", "Dr. Baek agreed."]
    assert texts("It streams in the U.S. Later, e.g. Korea.") == ["It streams in the U.S. Later, e.g. Korea."]
    assert texts("The second season of D.P. Season 2 arrives in July. It has six episodes.") == \
        ["The second season of D.P. Season 2 arrives in July.", "It has six episodes."]


def test_the_network_x_after_a_lower_case_word_ends_a_sentence_but_an_initial_after_a_name_does_not():
    assert texts("She wrote in a post on X. FX has not set a date.") == ["She wrote in a post on X.", "FX has not set a date."]
    assert texts("Kabar itu diunggah di X. Netflix belum berkomentar.") == ["Kabar itu diunggah di X.", "Netflix belum berkomentar."]
    assert texts("Director Ana X. Ruiz and director J. Moss agreed.") == ["Director Ana X. Ruiz and director J. Moss agreed."]


def test_sentences_keep_their_offsets_and_lines():
    text = "Harbor Lights renewed\nThe streamer confirmed it. Filming starts in May."
    found = split_sentences(text)
    assert [s.text for s in found] == ["Harbor Lights renewed", "The streamer confirmed it.", "Filming starts in May."]
    assert all(text[s.start:s.end] == s.text for s in found)
    assert [s.paragraph for s in found] == [0, 1, 1] and [s.line_start for s in found] == [True, True, False]


def test_a_quotation_closed_by_a_straight_single_mark_ends_its_sentence():
    assert texts("She wrote that 'there will be no season three.' A spokesperson confirmed it.") == \
        ["She wrote that 'there will be no season three.'", "A spokesperson confirmed it."]
    assert texts("Fans of the '90s revival agree. It returns in May.") == \
        ["Fans of the '90s revival agree.", "It returns in May."]


def test_a_french_quotation_closed_after_a_space_ends_its_sentence_with_its_mark():
    text = "L'actrice reste prudente : « Rien n'est signé. » France 2 n'a rien annoncé. Il a dit « Oui\u00a0! » à la presse."
    assert texts(text) == ["L'actrice reste prudente : « Rien n'est signé. »", "France 2 n'a rien annoncé.",
                               "Il a dit « Oui\u00a0! » à la presse."]


def test_an_ordinal_before_an_installment_noun_does_not_end_a_sentence_but_a_count_after_a_name_does():
    assert texts("Die 2. Staffel startet im Mai. Ab der 3. Staffel wird alles anders.") == \
        ["Die 2. Staffel startet im Mai.", "Ab der 3. Staffel wird alles anders."]
    assert texts("It spent three weeks in the Top 10. Series creator Lena Hart thanked fans.") == \
        ["It spent three weeks in the Top 10.", "Series creator Lena Hart thanked fans."]


def test_a_german_ordinal_after_its_article_does_not_end_a_sentence_but_a_rank_does():
    assert texts("Die Serie geht in die 3. Runde. Die Dreharbeiten beginnen zum 2. Mal in Hamburg.") == \
        ["Die Serie geht in die 3. Runde.", "Die Dreharbeiten beginnen zum 2. Mal in Hamburg."]
    assert texts("Die Serie landete auf Platz 3. Die zweite Staffel kommt.") == \
        ["Die Serie landete auf Platz 3.", "Die zweite Staffel kommt."]
