"""Stemming: the Snowball stem every matcher, the topic model and the reject model share."""

from __future__ import annotations

from functools import lru_cache

# Words shorter than this match exactly: stems of short words collide ("us", "use").
MIN_STEM_LEN = 4
# Words ending in "sis" at least this long are Greek singulars (diagnosis, analysis, hypothesis);
# shorter ones are not always ("basis", "oasis"), and sepsis (urosepsis too) must stay itself.
MIN_GREEK_SINGULAR = 8
# Bumped whenever stem() changes: caches of stemmed text (the topic model) are keyed by it.
STEM_RULES = 3


@lru_cache(maxsize=1)
def _stemmer():
    # Imported on first use: grading needs it, `mockpm --help` does not.
    from snowballstemmer import stemmer

    return stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a lower-cased word; short words are their own stem."""
    if len(word) < MIN_STEM_LEN or not word.isalpha():
        return word
    if len(word) >= MIN_GREEK_SINGULAR and word.endswith("sis") and not word.endswith("sepsis"):
        # Snowball leaves Greek plurals apart from their singular ("diagnoses" -> diagnos,
        # "diagnosis" -> diagnosi): stem the singular as its plural, so the two meet.
        word = word[:-3] + "ses"
    return _stemmer().stemWord(word)


# How often, not how long: Snowball stems "weekly" to "week", but a term that names a span ("live
# in a week") must not find a frequency ("a weekly safety review"). The other way round a rate
# term ("weekly") still finds "per week" and "each week" (see keywords.TextIndex).
FREQUENCIES = frozenset({"hourly", "nightly", "weekly", "fortnightly", "monthly", "quarterly", "yearly"})
FREQUENCY_STEMS = frozenset({"hour", "night", "week", "fortnight", "month", "quarter", "year"})  # theirs, by stem()


# Shorthand candidates type in terse answers ("pt", "2 wks", "dx"), read as the word it stands
# for, the way an inflection is. Only forms with one clinical-writing reading: "docs" (doctors or
# documents) and "min" (minute or minimum) are left alone, and "pt"/"pts" after a number is points.
ABBREVIATIONS = {
    "pt": "patient", "pts": "patients", "wk": "week", "wks": "weeks", "dx": "diagnosis", "ddx": "differential",
    "hr": "hour", "hrs": "hours", "yr": "year", "yrs": "years", "appt": "appointment", "appts": "appointments",
    "msg": "message", "msgs": "messages", "mgmt": "management", "reqs": "requirements", "approx": "approximately",
    "dr": "doctor", "drs": "doctors", "rx": "prescription", "rxs": "prescriptions", "mo": "month", "mos": "months",
    "mgr": "manager", "mgrs": "managers", "dept": "department", "depts": "departments", "govt": "government",
    "rn": "nurse", "rns": "nurses", "rad": "radiologist", "rads": "radiologists", "md": "doctor", "mds": "doctors",
    "dup": "duplicate", "dups": "duplicates", "meds": "medications", "hx": "history",
}
_POINTS_AFTER_NUMBER = frozenset({"pt", "pts"})

# Acronyms rubric terms use, with the words a candidate may spell them out in ("the US Food and
# Drug Administration's guidance", "a business associate agreement"): a term written as the
# acronym finds its long form too. Only long forms with one reading.
LONG_FORMS = {
    "fda": ("food and drug administration",), "irb": ("institutional review board*",),
    "hipaa": ("health insurance portability and accountability act",),
    "cms": ("centers for medicare", "centres for medicare"), "phi": ("protected health information",),
    "baa": ("business associate agreement*",), "baas": ("business associate agreement*",),
    "samd": ("software as a medical device",), "cds": ("clinical decision support",),
    "ppv": ("positive predictive value*",), "npv": ("negative predictive value*",),
    "ehr": ("electronic health record*", "electronic medical record*"), "emr": ("electronic medical record*",),
    "icu": ("intensive care unit*",), "rpm": ("remote patient monitoring", "remote monitoring"),
    "pdc": ("proportion of days covered",), "dpia": ("data protection impact assessment*",),
    "gdpr": ("general data protection regulation",), "lis": ("lab information system*", "laboratory information system*"),
    "cmio": ("chief medical information officer", "chief medical informatics officer"),
    "cno": ("chief nursing officer", "chief nurse"), "cmo": ("chief medical officer",),
    "pcp": ("primary care physician*", "primary care doctor*", "primary care provider*"),
    "snf": ("skilled nursing facilit*",), "rct": ("randomized controlled trial*", "randomised controlled trial*"),
    "qms": ("quality management system*",), "ftc": ("federal trade commission",),
}


# In capitals these are other words: DR is disaster recovery, PT physical therapy, MO a state.
_OTHER_IN_CAPITALS = frozenset({"dr", "drs", "pt", "pts", "mo", "mos"})


# A unit glued to its number ("4wk shadow", "24h", "30d"): read as the unit; the number itself is
# found on the raw text.
GLUED_UNITS = {
    "d": "day", "day": "day", "days": "days", "h": "hour", "hr": "hour", "hrs": "hours", "hour": "hour", "hours": "hours",
    "wk": "week", "wks": "weeks", "week": "week", "weeks": "weeks", "mo": "month", "mos": "months", "month": "month",
    "months": "months", "yr": "year", "yrs": "years", "min": "minute", "mins": "minutes",
}


def expand_abbreviation(word: str, previous: str, raw: str = "") -> str:
    """The lower-cased word a shorthand token stands for, or the token itself (``raw``: as written)."""
    full = ABBREVIATIONS.get(word)
    if (full is None or (word in _POINTS_AFTER_NUMBER and previous[-1:].isdigit()) or (word == "dr" and previous == "tl")
            or (word in _OTHER_IN_CAPITALS and raw.isupper())):
        return word  # "3 pts" are points; "TL;DR" is no doctor
    return full

# A compound's second part counts ("human-translated" is translated) unless the first part turns it
# around ("non-validated") or moves it in time ("pre-launch").
NEGATING_PREFIXES = frozenset({"non", "un", "not", "anti", "de", "dis", "mis", "pre", "post", "pseudo", "semi", "counter"})
