"""Category suggestions: a linear model over character n-grams, or admins' keyword rules
while too few categorised cases exist to train one."""

from __future__ import annotations

import math
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from domain.intake.model import CategoryCandidate, Evidence, EvidenceKind, KeywordRule
from domain.intake.text import char_ngrams, prepare
from domain.search.normalize import normalize_for_search

EVIDENCE_NGRAMS = 6  # the strongest n-grams, merged into the words shown as evidence


class LinearTextModel:
    """Multinomial logistic regression over TF-IDF character n-grams, scored from exported
    parameters (plain lists), so suggesting needs no machine-learning library: the trainer in
    infra fits it, the parameters are stored in the database, versioned."""

    def __init__(self, params: Mapping[str, Any]) -> None:
        self.classes = [uuid.UUID(c) for c in params["classes"]]
        self.vocabulary: dict[str, int] = dict(params["vocabulary"])
        self.grams: dict[int, str] = {j: g for g, j in self.vocabulary.items()}
        self.idf: list[float] = list(params["idf"])
        # Feature-major: weights[j][k] is n-gram j's weight for class k.
        self.weights: list[list[float]] = [list(w) for w in params["weights"]]
        self.intercept: list[float] = list(params["intercept"])
        self.sublinear: bool = bool(params.get("sublinear_tf", True))
        # "ovr": one sigmoid per class, normalised (one-vs-rest); "softmax": multinomial.
        self.link: str = str(params.get("link", "softmax"))

    def _features(self, text: str) -> tuple[str, dict[int, float], dict[int, list[int]]]:
        prepared = prepare(text)
        counts: Counter[int] = Counter()
        where: dict[int, list[int]] = {}
        for gram, at in char_ngrams(prepared):
            j = self.vocabulary.get(gram)
            if j is not None:
                counts[j] += 1
                where.setdefault(j, []).append(at)
        values = {
            j: (1.0 + math.log(n) if self.sublinear else float(n)) * self.idf[j]
            for j, n in counts.items()
        }
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        return prepared, {j: v / norm for j, v in values.items()}, where

    def predict(self, text: str, k: int = 3, *, explain: int = 3) -> list[CategoryCandidate]:
        """The `k` likeliest categories; the first `explain` carry the words behind them."""
        prepared, x, where = self._features(text)
        logits = list(self.intercept)
        weights = self.weights
        for j, v in x.items():
            logits = [z + v * w for z, w in zip(logits, weights[j], strict=True)]
        if self.link == "ovr":
            exps = [1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0))) for z in logits]
        else:
            top = max(logits)
            exps = [math.exp(z - top) for z in logits]
        total = sum(exps) or 1.0
        ranked = sorted(range(len(self.classes)), key=lambda c: -exps[c])[:k]
        return [
            CategoryCandidate(
                self.classes[c],
                round(exps[c] / total, 3),
                self._evidence(prepared, x, where, c) if i < explain else (),
            )
            for i, c in enumerate(ranked)
        ]

    def _evidence(
        self, prepared: str, x: dict[int, float], where: dict[int, list[int]], c: int
    ) -> tuple[Evidence, ...]:
        """The words behind a class: its strongest n-grams in this text, merged into spans."""
        contributions = sorted(((v * self.weights[j][c], j) for j, v in x.items()), reverse=True)[
            :EVIDENCE_NGRAMS
        ]
        spans: list[tuple[int, int, float]] = []
        for weight, j in contributions:
            if weight <= 0:
                continue
            size = len(self.grams[j])
            for at in where[j]:
                spans.append((max(at, 0), min(at + size, len(prepared)), weight))
        spans.sort()
        merged: list[list[Any]] = []
        for start, end, weight in spans:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
                merged[-1][2] += weight
            else:
                merged.append([start, end, weight])
        merged.sort(key=lambda m: -m[2])
        return tuple(
            Evidence(EvidenceKind.model, prepared[s:e].strip(), None, round(w, 3))
            for s, e, w in merged[:3]
            if prepared[s:e].strip()
        )


@lru_cache(maxsize=8192)
def _keyword_key(keyword: str) -> str:
    """A keyword in matching form, cached: the same few hundred keywords would otherwise be
    folded again on every request (complaint texts are never cached)."""
    return normalize_for_search(keyword).replace(" ", "")


def keyword_suggestions(
    text: str, rules: Iterable[KeywordRule], k: int = 3
) -> list[CategoryCandidate]:
    """Cold start: categories whose keywords the text contains, longer keywords counting more
    (a keyword is matched on the normalised text, spaces ignored)."""
    folded = normalize_for_search(text).replace(" ", "")
    scored: list[tuple[float, uuid.UUID, tuple[Evidence, ...]]] = []
    for rule in rules:
        found = [kw for kw in rule.keywords if (key := _keyword_key(kw)) and key in folded]
        if found:
            score = sum(math.sqrt(len(kw)) for kw in found)
            evidence = tuple(
                Evidence(EvidenceKind.keyword, kw, None, round(math.sqrt(len(kw)), 3))
                for kw in found
            )
            scored.append((score, rule.category_id, evidence))
    total = sum(s for s, _, _ in scored) + 1.0
    scored.sort(key=lambda t: (-t[0], str(t[1])))
    return [CategoryCandidate(cid, round(s / total, 3), ev) for s, cid, ev in scored[:k]]


def normalise_keywords(keywords: Sequence[str]) -> tuple[str, ...]:
    """Keywords as stored: trimmed, no empties, no duplicates (by their search form)."""
    out: dict[str, str] = {}
    for kw in keywords:
        clean = " ".join(kw.split())
        if clean:
            out.setdefault(normalize_for_search(clean), clean)
    return tuple(out.values())


KEYWORD_WEIGHT = 0.5  # how much the admins' keyword rules add to a trained model's scores


def blend(
    model: Sequence[CategoryCandidate], keywords: Sequence[CategoryCandidate], k: int = 3
) -> list[CategoryCandidate]:
    """A trained model's probabilities with the keyword rules' confidence added (weighted) and
    renormalised: the rules stay useful once a model exists (held-out top-1 on the test corpus
    went from 0.58 to 0.70, see README)."""
    scores: dict[uuid.UUID, float] = {c.category_id: c.confidence for c in model}
    evidence: dict[uuid.UUID, tuple[Evidence, ...]] = {c.category_id: c.evidence for c in model}
    for c in keywords:
        scores[c.category_id] = scores.get(c.category_id, 0.0) + KEYWORD_WEIGHT * c.confidence
        evidence[c.category_id] = c.evidence + evidence.get(c.category_id, ())
    total = sum(scores.values()) or 1.0
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], str(kv[0])))[:k]
    return [CategoryCandidate(cid, round(s / total, 3), evidence[cid]) for cid, s in ranked]
