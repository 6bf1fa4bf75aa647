"""The rediscovery cases of each set are ranked in a pool of their own (``run_scenarios``): the
sets together outgrow what a search preselects, and a case's people must never be cut by
another set's people who tie with them on fit."""

import evaluation.scenario_runner as scenario_runner
import matching.engine as engine_module
from evaluation.report import weightings
from evaluation.scenarios import C, P


def _set(tag: str) -> list:
    """Cases whose people all fit the role equally; one of each pair asked us to wait."""
    return [
        C(
            f"{tag}: a wait still running vs free now, case {n}",
            "backend",
            [
                P(f"Free {tag} {n}", "backend", 2, "Happy to talk about backend roles"),
                P(f"Waiting {tag} {n}", "backend", 1, ("Not before next September", 5)),
            ],
            remote_policy="remote",
        )
        for n in range(3)
    ]


def test_every_case_is_judged_with_all_its_people_however_many_sets_run(
    fake_embedder, tmp_path, monkeypatch
):
    monkeypatch.setattr(scenario_runner, "SETS", {"one": _set("one"), "two": _set("two")})
    # A pool of the two sets together (12 people) holds more than a search preselects (8).
    monkeypatch.setattr(engine_module, "PRESELECT", 8)
    _, details = scenario_runner.run_scenarios(
        fake_embedder, weightings(fake_embedder), work_dir=tmp_path, sets=("one", "two")
    )
    assert len(details) == 6
    assert all(len(d["order"]) == 2 for d in details), [d["order"] for d in details]
    assert all(d["right"] for d in details)
