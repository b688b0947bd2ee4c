"""The home page's parts: each list shows at most a few items and links to the whole list."""

from __future__ import annotations

from macros.output.contexts import MoreLink
from macros.output.parts import HOME_LIST_LENGTH, _more


def test_a_list_that_fits_needs_no_link() -> None:
    assert _more(range(HOME_LIST_LENGTH), "Se alle {n} røde indsatser", "farver/rød/") is None


def test_a_longer_list_links_to_the_whole_of_it_and_says_how_many() -> None:
    link = _more(range(HOME_LIST_LENGTH + 13), "Se alle {n} røde indsatser", "farver/rød/")
    assert link == MoreLink(f"Se alle {HOME_LIST_LENGTH + 13} røde indsatser", "farver/rød/")
