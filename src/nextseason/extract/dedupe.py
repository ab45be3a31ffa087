"""Exact duplicates by content hash, near duplicates (syndicated copies) by MinHash."""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\w+")
SHINGLE_WORDS = 5
# 64 permutations estimate a Jaccard similarity to about +/-0.06, enough to
# separate copies (>0.8) from distinct stories (<0.3), at 512 bytes a signature.
NUM_PERM = 64
# A syndicated copy keeps the wire text and changes a byline, a dateline or a
# footer paragraph: a few percent of the 5-shingles of a news story. Two
# articles about the same show share names and phrases but rarely 5 words in a
# row, so they stay far below 0.8; lower thresholds start joining rewrites of
# one press release, which are separate sources.
THRESHOLD = 0.8
SEED = 1
# Stored signatures are compared with new ones for as long as a store lives,
# so the permutation scheme is pinned instead of following the library default.
SCHEME = "affine32"


def content_hash(text: str) -> str:
    """sha256 of the lower-cased text with whitespace runs made single spaces."""
    normalised = " ".join(text.lower().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def _minhash(text: str) -> MinHash:
    words = WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    sketch = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    sketch.update_batch([s.encode("utf-8") for s in shingles if s])
    return sketch


def signature(text: str) -> bytes:
    """The MinHash signature of `text` as bytes, for a store to keep."""
    return _minhash(text).hashvalues.astype("<u8").tobytes()


def _from_signature(blob: bytes) -> MinHash:
    values = np.frombuffer(blob, dtype="<u8")
    if len(values) != NUM_PERM:
        raise ValueError(f"a signature holds {NUM_PERM} values, this one {len(values)}")
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=values.astype(np.uint64))


class NearDuplicateIndex:
    """Finds an earlier article that the given text is a near copy of."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sketches: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._sketches)

    def add(self, key: str, text_or_signature: str | bytes) -> None:
        """Index an article under `key` by its text or its stored signature."""
        if key in self._sketches:
            return
        sketch = _from_signature(text_or_signature) if isinstance(text_or_signature, bytes) else _minhash(text_or_signature)
        self._sketches[key] = sketch
        self._lsh.insert(key, sketch)

    def find(self, text_or_signature: str | bytes) -> str | None:
        """The key of the most similar indexed article at or above the threshold, or None."""
        sketch = _from_signature(text_or_signature) if isinstance(text_or_signature, bytes) else _minhash(text_or_signature)
        best, best_score = None, self.threshold
        # LSH candidates are probable matches; the estimate confirms them.
        for key in sorted(self._lsh.query(sketch)):
            score = sketch.jaccard(self._sketches[key])
            if score >= best_score:
                best, best_score = key, score
        return best
