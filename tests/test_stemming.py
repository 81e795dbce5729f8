from mockpm.stemming import stem


def test_greek_plurals_meet_their_singular():
    assert stem("diagnoses") == stem("diagnosis") and stem("analyses") == stem("analysis")
    assert stem("hypotheses") == stem("hypothesis")
    # short words ending in "sis" keep their own stem: sepsis is not a plural of anything
    assert stem("sepsis") == "sepsi"
    assert stem("basis") != stem("bases")


def test_short_words_and_non_words_are_their_own_stem():
    assert stem("use") == "use" and stem("us") == "us"
    assert stem("covid-19") == "covid-19"


def test_shorthand_reads_as_the_word_it_stands_for_but_points_stay_points():
    from mockpm.stemming import expand_abbreviation

    assert expand_abbreviation("wks", "4") == "weeks"
    assert expand_abbreviation("pt", "the") == "patient"
    assert expand_abbreviation("pts", "3") == "pts"  # "drops 3 pts": points
    assert expand_abbreviation("docs", "the") == "docs"  # doctors or documents: left alone
    assert expand_abbreviation("dr", "the") == "doctor"
    assert expand_abbreviation("dr", "tl") == "dr"  # TL;DR
    assert expand_abbreviation("dr", "for", "DR") == "dr"  # disaster recovery
    assert expand_abbreviation("pt", "the", "Pt") == "patient"
    assert expand_abbreviation("rx", "weekly") == "prescription"
