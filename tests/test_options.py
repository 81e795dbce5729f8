"""A menu of options with no choice: the options are listed, not committed."""

from __future__ import annotations

from mockpm import stance as st
from mockpm.passages import Reading

MENU = """I'd bring three options and let leadership pick.

- *Conservative:* silent mode for the first quarter; compare flags with final reads.
- *Balanced:* worklist reorder live, weekly review of misses.
- *Aggressive:* worklist reorder plus direct notification to the ED.

Each is defensible; the right mix depends on the hospital.
"""


def stance(text: str, term: str) -> str:
    a = text.index(term)
    return Reading(text).stance(a, a + len(term))


def test_unchosen_options_are_listed():
    assert stance(MENU, "silent mode") == st.LISTED
    assert stance(MENU, "weekly review") == st.LISTED


def test_a_menu_with_a_choice_is_a_plan():
    chosen = MENU + "\nI'd go with balanced, because the ED page needs a device decision first.\n"
    assert stance(chosen, "weekly review") == st.ASSERTED


def test_two_contrasted_options_are_not_a_menu():
    text = "- *Conservative:* silent mode for a quarter.\n- *Aggressive:* page the ED on every flag.\n"
    assert stance(text, "silent mode") == st.ASSERTED
