"""Works and their aliases: the normalised key that matching uses, and finding a work's row."""

from __future__ import annotations

import unicodedata

from sqlalchemy import Connection, insert, select

from nextseason.store.schema import aliases, works


def alias_key(title: str) -> str:
    """Normalise a title for matching: case, punctuation, symbols and spacing ignored."""
    folded = unicodedata.normalize("NFKC", title).casefold()
    kept = "".join(" " if unicodedata.category(ch)[0] in "PSZC" else ch for ch in folded)
    return " ".join(kept.split())


def alias_keys(titles) -> dict[str, str]:
    """Map each distinct key to the first title that gives it, in the order given."""
    keys: dict[str, str] = {}
    for title in titles:
        key = alias_key(title or "")
        if key and key not in keys:
            keys[key] = title.strip()
    return keys


class WorkMatcher:
    """Finds or creates the work of an installment inside one transaction.

    Alias keys never move from one work to another, so keys learnt from committed
    transactions stay true for the life of the store and are kept in `known`.
    """

    def __init__(self):
        self.known: dict[str, int] = {}

    def work_for(self, connection: Connection, title: str, other_titles, pending: dict[str, int]) -> int:
        """The id of the work these titles name, creating it and any new aliases."""
        keys = alias_keys([title, *other_titles])
        found = self._lookup(connection, list(keys), pending)
        title_key = alias_key(title)
        if title_key in found:
            work_id = found[title_key]
        elif found:
            work_id = next(found[key] for key in keys if key in found)
        else:
            work_id = connection.execute(insert(works).values(title=title.strip())).inserted_primary_key[0]
        new_aliases = [{"work_id": work_id, "alias": alias, "key": key}
                       for key, alias in keys.items() if key not in found]
        if new_aliases:
            connection.execute(insert(aliases), new_aliases)
            for row in new_aliases:
                pending[row["key"]] = work_id
        return work_id

    def _lookup(self, connection: Connection, keys: list[str], pending: dict[str, int]) -> dict[str, int]:
        """Work ids of the keys already known, from this transaction, the cache, or the table."""
        found = {key: pending.get(key, self.known.get(key)) for key in keys}
        missing = [key for key, work_id in found.items() if work_id is None]
        if missing:
            rows = connection.execute(select(aliases.c.key, aliases.c.work_id).where(aliases.c.key.in_(missing)))
            for key, work_id in rows:
                found[key] = work_id
                self.known[key] = work_id
        return {key: work_id for key, work_id in found.items() if work_id is not None}
