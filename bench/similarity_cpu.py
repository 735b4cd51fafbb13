"""CPU of the duplicate scan's scoring (issue 22): 200 candidates ranked by the old scoring,
which re-normalised every candidate's text, and by the current one, on the stored search text.
Prints the ratio of process CPU time; `python -m bench.similarity_cpu`."""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from functools import partial

from domain.complaint.similarity import Candidate, rank_similar
from infra.db.repositories.complaints import search_text_of
from tests.support import old_similarity
from tests.support.old_similarity import new_case


def _cpu(run: Callable[[], object], rounds: int) -> float:
    start = time.process_time()
    for _ in range(rounds):
        run()
    return time.process_time() - start


def main(rounds: int) -> None:
    c = new_case()
    for share in (1.0, 0.5, 0.02):
        cases = old_similarity.corpus(random.Random(22), c, 200, same_district=share)
        stored = [Candidate.of(o, search_text_of(o)) for o in cases]
        assert old_similarity.same_ranking(
            rank_similar(c, stored, 3), old_similarity.rank_similar(c, cases, 3)
        )
        old = _cpu(partial(old_similarity.rank_similar, c, cases, 3), rounds)
        new = _cpu(partial(rank_similar, c, stored, 3), rounds)
        print(
            f"200 candidates, {share:.0%} in the district: old {old / rounds * 1000:.2f} ms,"
            f" new {new / rounds * 1000:.2f} ms CPU per scan; old / new = {old / new:.1f}"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    main(parser.parse_args().rounds)
