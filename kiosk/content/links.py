"""Links between items, checked after loading, so that every tap on the kiosk leads somewhere.

A link to an id the exhibit does not have is dropped and reported: usually a typo, so a warning,
but also what a folder looks like while a copy is still on its way, so it is marked
``incomplete`` (shown only once the folder has been quiet a long while). A link into a list file
that is not in the folder at all (a chapter names people and there is no text/people.toml) is an
error: that folder is not complete. A link to the item itself, and an id listed twice, are
dropped with a warning.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import get_close_matches
from typing import Any, Final

from pydantic import BaseModel

from kiosk.content import model as m
from kiosk.content.problems import Problem, error, warning

# Where each kind of item is written (for "this file is missing" and for messages).
DEFINED_IN: Final = {
    "chapter": "text/chapters.toml",
    "group": "text/people.toml",
    "person": "text/people.toml",
    "gallery": "text/photos.toml",
    "photo": "text/photos.toml",
    "phase": "text/events.toml",
    "event": "text/events.toml",
    "place": "text/places.toml",
    "organisation": "text/organisations.toml",
    "route": "text/routes.toml",
    "source": "exhibit.toml",
}
_LIST_LINKS: Final = {
    "people": "person",
    "photos": "photo",
    "events": "event",
    "places": "place",
    "sources": "source",
    "waypoints": "place",
    "organisations": "organisation",
}
_SINGLE_LINKS: Final = {
    "lead_photo": "photo",
    "portrait": "photo",
    "place": "place",
    "phase": "phase",
    "group": "group",
    "leader": "person",
    "parent": "organisation",
    "organisation": "organisation",
}
# A wrong id among this few gets the whole list of right ones (groups, phases, sources...).
LIST_ALL_BELOW: Final = 13
# Comparing a wrong id with every id costs as much as the exhibit is big: the first few get a
# "did you mean", which is what a curator fixing typos reads; thousands would make loading slow.
MAX_SUGGESTIONS: Final = 25


@dataclass
class Item:
    kind: str
    value: BaseModel
    file: str
    line: int | None

    @property
    def id(self) -> str:
        return str(getattr(self.value, "id", "?"))


def fix_links(
    items: dict[str, list[Item]],
    ids: dict[str, set[str]],
    absent: set[str],
    problems: list[Problem],
    refused: Mapping[tuple[str, str], Problem] | None = None,
) -> dict[str, list[Item]]:
    """Drop links to things that do not exist, to the item itself, and repeats, saying so.

    ``absent``: the list files (e.g. ``text/people.toml``) that are not in the folder.
    ``refused``: items left out for a problem of their own, and that problem: a link to one of
    them names it rather than asking to check the spelling.
    """
    check = _Check(ids, absent, problems, refused or {})
    fixed: dict[str, list[Item]] = {}
    for kind, rows in items.items():
        out = []
        for item in rows:
            update: dict[str, Any] = {}
            name = f"{kind.capitalize()} '{item.id}'"
            for fld, target in _LIST_LINKS.items():
                links = getattr(item.value, fld, None)
                if isinstance(links, list):
                    kept = _list_links(item, name, fld, links, target, check)
                    if kept != links:
                        update[fld] = kept
            for fld, target in _SINGLE_LINKS.items():
                link = getattr(item.value, fld, None)
                if isinstance(link, str) and not _single_link_ok(item, name, fld, link, target, check):
                    update[fld] = None
            waypoints: list[str] = update.get("waypoints", getattr(item.value, "waypoints", []))
            if kind == "route" and len(waypoints) < 2:
                problems.append(
                    error(item.file, f"{name} needs at least two known places; it is left out.", item.line)
                )
                continue
            if kind == "gallery" and not update.get("photos", True):
                problems.append(
                    error(item.file, f"{name} has no photos the exhibit knows; it is left out.", item.line)
                )
                continue
            value = item.value.model_copy(update=update) if update else item.value
            out.append(Item(kind, value, item.file, item.line))
        fixed[kind] = out
    return fixed


def _list_links(
    item: Item,
    name: str,
    fld: str,
    links: list[str],
    target: str,
    check: _Check,
) -> list[str]:
    kept: list[str] = []
    for link in links:
        if link == item.id and target == item.kind:
            check.problems.append(
                warning(item.file, f"{name} links to itself in {fld}; that link is left out.", item.line)
            )
        elif link not in check.ids[target]:
            check.unknown(
                item,
                f"{name} links to the {target} '{link}'",
                f"{name} links to the {target} '{link}', which the exhibit does not have. Check the "
                f"spelling{check.suggest(link, target)}, or add that {target}.{check.known(target)}",
                target,
                link,
            )
        elif link not in kept:
            kept.append(link)
    for link, times in Counter(links).items():
        if times > 1 and link in kept:
            check.problems.append(
                warning(
                    item.file,
                    f"{name} lists '{link}' {times} times in {fld}; it is shown once. Remove the repeats.",
                    item.line,
                )
            )
    return kept


def _single_link_ok(item: Item, name: str, fld: str, link: str, target: str, check: _Check) -> bool:
    if link == item.id and target == item.kind:
        check.problems.append(
            warning(item.file, f"{name}: {fld} is the item itself; that is left out.", item.line)
        )
        return False
    if link not in check.ids[target]:
        check.unknown(
            item,
            f"{name}: {fld} is '{link}'",
            f"{name}: {fld} is '{link}', but there is no {target} with that id"
            f"{check.suggest(link, target)}.{check.known(target)}",
            target,
            link,
        )
        return False
    return True


class _Check:
    """What every link is checked against, and where the problems go."""

    def __init__(
        self,
        ids: dict[str, set[str]],
        absent: set[str],
        problems: list[Problem],
        refused: Mapping[tuple[str, str], Problem],
    ) -> None:
        self.ids = ids
        self.absent = absent
        self.problems = problems
        self.refused = refused
        self._suggestions_left = MAX_SUGGESTIONS

    def known(self, target: str) -> str:
        """The whole list of ids of a kind that has only a few (groups, phases, sources)."""
        known = sorted(self.ids[target])
        if not known and target == "group":
            return f" The exhibit declares no groups yet: add a [[group]] to {DEFINED_IN[target]}."
        if known and len(known) < LIST_ALL_BELOW:
            return f" The {_plural(target)} it has: {', '.join(known)}."
        return ""

    def suggest(self, bad: str, target: str) -> str:
        if self._suggestions_left <= 0:
            return ""
        self._suggestions_left -= 1
        close = get_close_matches(bad, list(self.ids[target]), n=1, cutoff=0.6)
        return f" (did you mean '{close[0]}'?)" if close else ""

    def unknown(self, item: Item, what: str, typo: str, target: str, link: str) -> None:
        home = DEFINED_IN[target]
        first = self.refused.get((target, link))
        if first is not None:
            at = f" line {first.line}" if first.line else ""
            self.problems.append(
                warning(
                    item.file,
                    f"{what}, which is left out because of a problem of its own ({first.file}{at}: "
                    f"{first.message}). Fix that, and this link works again.",
                    item.line,
                )
            )
        elif home in self.absent:
            self.problems.append(
                error(
                    item.file,
                    f"{what}, but {home} is not in the folder. If the folder is still being copied, the "
                    f"kiosk waits for it; otherwise add {home}, or remove the link.",
                    item.line,
                )
            )
        else:
            self.problems.append(warning(item.file, typo, item.line, incomplete=True))


def fix_manifest(
    manifest: m.Manifest, ids: dict[str, set[str]], absent: set[str], problems: list[Problem]
) -> m.Manifest:
    good = [p for p in manifest.attract_photos if p in ids["photo"]]
    for bad in (p for p in manifest.attract_photos if p not in ids["photo"]):
        if DEFINED_IN["photo"] in absent:
            problems.append(
                error(
                    "exhibit.toml",
                    f"attract_photos names the photo '{bad}', but text/photos.toml is not in the folder. "
                    "If the folder is still being copied, the kiosk waits for it.",
                )
            )
        else:
            problems.append(
                warning(
                    "exhibit.toml",
                    f"attract_photos names '{bad}', which is not a photo here.",
                    incomplete=True,
                )
            )
    return manifest.model_copy(update={"attract_photos": good})


def _plural(kind: str) -> str:
    return {"person": "people", "gallery": "galleries"}.get(kind, kind + "s")
