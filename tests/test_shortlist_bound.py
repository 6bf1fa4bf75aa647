"""The shortlist is the best fits plus their motivation bonus; the bonus (a matrix product
per person) is only worked out for people who could still make the list."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.scoring import best_with_bonus


def brute_force(pre, fit, n_short, bonus_of):
    totals = fit[pre] + bonus_of[pre]
    return set(pre[np.argsort(-totals)[:n_short]].tolist())


@settings(max_examples=200, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    size=st.integers(1, 3000),
    n_short=st.integers(1, 80),
    lift=st.floats(0.0, 0.5),
    batch=st.sampled_from([1, 7, 128]),
)
def test_the_shortlist_is_the_same_people_as_scoring_everyone(seed, size, n_short, lift, batch):
    rng = np.random.default_rng(seed)
    fit = rng.random(size + 50)
    bonus_of = rng.random(size + 50) * lift
    pre = rng.choice(size + 50, size=size, replace=False)
    scored: list[int] = []

    def bonus(people):
        scored.extend(people.tolist())
        return bonus_of[people]

    chosen, totals = best_with_bonus(pre, fit, n_short, lift, bonus, batch=batch)
    assert set(chosen.tolist()) == brute_force(pre, fit, min(n_short, size), bonus_of)
    np.testing.assert_allclose(totals, fit[chosen] + bonus_of[chosen])
    assert len(scored) == len(set(scored))  # nobody's bonus is worked out twice


def test_people_too_far_behind_to_make_the_list_are_never_given_a_bonus():
    fit = np.linspace(1.0, 0.0, 2000)  # spread out: the tail trails by far more than the lift
    scored: list[int] = []

    def bonus(people):
        scored.extend(people.tolist())
        return np.full(len(people), 0.1)

    chosen, _ = best_with_bonus(np.arange(2000), fit, 60, 0.1, bonus, batch=64)
    assert set(chosen.tolist()) == set(range(60))
    assert len(scored) < 400  # not the 2,000 a bonus for everyone would cost
