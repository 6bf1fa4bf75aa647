"""The hand-written evaluation cases are well formed, without running the model: every case
builds from real profiles, roles and record fields, pits equally skilled people against each
other, and the wording is varied. Whether Encore gets them right is measured by `encore eval`,
never asserted here."""

from datetime import date

import pytest

from data.models import Application, Candidate, Opening, Touchpoint
from evaluation import scenarios_fresh as fresh
from evaluation import scenarios_heldout as heldout
from evaluation import scenarios_heldout2 as heldout2
from evaluation import scenarios_heldout3 as heldout3
from evaluation import scenarios_heldout4 as heldout4
from evaluation import scenarios_heldout5 as heldout5
from evaluation import scenarios_heldout6 as heldout6
from evaluation import scenarios_heldout7 as heldout7
from evaluation import scenarios_heldout8 as heldout8
from evaluation import scenarios_heldout9 as heldout9
from evaluation import scenarios_heldout10 as heldout10
from evaluation import scenarios_heldout11 as heldout11
from evaluation import scenarios_heldout12 as heldout12
from evaluation import scenarios_heldout13 as heldout13
from evaluation import scenarios_heldout14 as heldout14
from evaluation import scenarios_heldout15 as heldout15
from evaluation import scenarios_heldout16 as heldout16
from evaluation import scenarios_heldout17 as heldout17
from evaluation import scenarios_heldout18 as heldout18
from evaluation import scenarios_heldout19 as heldout19
from evaluation import scenarios_heldout20 as heldout20
from evaluation import scenarios_heldout21 as heldout21
from evaluation import scenarios_heldout22 as heldout22
from evaluation import scenarios_heldout23 as heldout23
from evaluation import scenarios_heldout24 as heldout24
from evaluation import scenarios_heldout25 as heldout25
from evaluation import scenarios_heldout26 as heldout26
from evaluation import scenarios_heldout27 as heldout27
from evaluation import scenarios_heldout28 as heldout28
from evaluation import scenarios_heldout29 as heldout29
from evaluation import scenarios_heldout30 as heldout30
from evaluation import scenarios_heldout31 as heldout31
from evaluation import scenarios_heldout32 as heldout32
from evaluation import scenarios_heldout33 as heldout33
from evaluation import scenarios_heldout34 as heldout34
from evaluation import scenarios_heldout35 as heldout35
from evaluation import scenarios_heldout36 as heldout36
from evaluation import scenarios_heldout37 as heldout37
from evaluation import scenarios_heldout38 as heldout38
from evaluation import scenarios_heldout39 as heldout39
from evaluation import scenarios_heldout40 as heldout40
from evaluation import scenarios_heldout41 as heldout41
from evaluation import scenarios_heldout42 as heldout42
from evaluation import scenarios_heldout43 as heldout43
from evaluation import scenarios_heldout44 as heldout44
from evaluation import scenarios_heldout45 as heldout45
from evaluation import scenarios_heldout46 as heldout46
from evaluation import scenarios_heldout47 as heldout47
from evaluation import scenarios_heldout48 as heldout48
from evaluation import scenarios_heldout49 as heldout49
from evaluation import scenarios_heldout50 as heldout50
from evaluation import scenarios_heldout51 as heldout51
from evaluation import scenarios_heldout52 as heldout52
from evaluation import scenarios_heldout53 as heldout53
from evaluation import scenarios_heldout54 as heldout54
from evaluation import scenarios_heldout55 as heldout55
from evaluation import scenarios_heldout56 as heldout56
from evaluation import scenarios_heldout57 as heldout57
from evaluation import scenarios_heldout58 as heldout58
from evaluation import scenarios_heldout59 as heldout59
from evaluation import scenarios_heldout60 as heldout60
from evaluation import scenarios_heldout61 as heldout61
from evaluation import scenarios_heldout62 as heldout62
from evaluation import scenarios_heldout63 as heldout63
from evaluation import scenarios_heldout64 as heldout64
from evaluation import scenarios_heldout65 as heldout65
from evaluation import scenarios_heldout66 as heldout66
from evaluation import scenarios_heldout67 as heldout67
from evaluation import scenarios_heldout68 as heldout68
from evaluation import scenarios_heldout69 as heldout69
from evaluation import scenarios_heldout70 as heldout70
from evaluation import scenarios_heldout71 as heldout71
from evaluation import scenarios_heldout72 as heldout72
from evaluation import scenarios_heldout73 as heldout73
from evaluation import scenarios_heldout74 as heldout74
from evaluation import scenarios_heldout75 as heldout75
from evaluation import scenarios_heldout76 as heldout76
from evaluation import scenarios_heldout77 as heldout77
from evaluation import scenarios_told as told
from evaluation import (
    weekly_heldout,
    weekly_heldout2,
    weekly_heldout3,
    weekly_heldout4,
    weekly_heldout5,
    weekly_heldout6,
    weekly_heldout7,
    weekly_heldout8,
    weekly_heldout9,
    weekly_heldout10,
    weekly_heldout11,
    weekly_heldout12,
    weekly_heldout13,
    weekly_heldout14,
    weekly_heldout15,
    weekly_heldout16,
    weekly_heldout17,
    weekly_heldout18,
    weekly_heldout19,
    weekly_heldout20,
    weekly_heldout21,
    weekly_heldout22,
    weekly_heldout23,
    weekly_heldout24,
    weekly_heldout25,
    weekly_heldout26,
    weekly_heldout27,
    weekly_heldout28,
    weekly_heldout29,
    weekly_heldout30,
    weekly_heldout31,
    weekly_heldout32,
    weekly_heldout33,
    weekly_heldout34,
    weekly_heldout35,
    weekly_heldout36,
    weekly_heldout37,
    weekly_heldout38,
    weekly_heldout39,
    weekly_heldout40,
    weekly_heldout41,
    weekly_heldout42,
    weekly_heldout43,
    weekly_heldout44,
    weekly_heldout45,
    weekly_heldout46,
    weekly_heldout47,
    weekly_heldout48,
    weekly_heldout49,
    weekly_heldout50,
    weekly_heldout51,
    weekly_heldout52,
    weekly_heldout53,
    weekly_heldout54,
    weekly_heldout55,
    weekly_heldout56,
    weekly_heldout57,
    weekly_heldout58,
    weekly_heldout59,
    weekly_heldout60,
    weekly_heldout61,
    weekly_heldout62,
    weekly_heldout63,
    weekly_heldout64,
    weekly_heldout65,
    weekly_heldout66,
    weekly_heldout67,
    weekly_heldout68,
    weekly_heldout69,
    weekly_heldout70,
    weekly_heldout71,
    weekly_heldout72,
    weekly_heldout73,
    weekly_heldout74,
    weekly_heldout75,
    weekly_heldout76,
    weekly_heldout77,
)
from evaluation.metrics import case_right
from evaluation.profiles import PROFILES, ROLES
from evaluation.scenarios import CASES as HAND_WRITTEN
from evaluation.weekly_cases import WEEKLY_CASES
from evaluation.weekly_fresh import FRESH_WEEKLY_CASES

HELDOUT_WEEKLY = weekly_heldout.HELDOUT_WEEKLY_CASES
HELDOUT2_WEEKLY = weekly_heldout2.HELDOUT2_WEEKLY_CASES
HELDOUT3_WEEKLY = weekly_heldout3.HELDOUT3_WEEKLY_CASES
HELDOUT4_WEEKLY = weekly_heldout4.HELDOUT4_WEEKLY_CASES
HELDOUT5_WEEKLY = weekly_heldout5.HELDOUT5_WEEKLY_CASES
HELDOUT6_WEEKLY = weekly_heldout6.HELDOUT6_WEEKLY_CASES
HELDOUT7_WEEKLY = weekly_heldout7.HELDOUT7_WEEKLY_CASES
HELDOUT8_WEEKLY = weekly_heldout8.HELDOUT8_WEEKLY_CASES
HELDOUT9_WEEKLY = weekly_heldout9.HELDOUT9_WEEKLY_CASES
HELDOUT10_WEEKLY = weekly_heldout10.HELDOUT10_WEEKLY_CASES
HELDOUT11_WEEKLY = weekly_heldout11.HELDOUT11_WEEKLY_CASES
HELDOUT12_WEEKLY = weekly_heldout12.HELDOUT12_WEEKLY_CASES
HELDOUT13_WEEKLY = weekly_heldout13.HELDOUT13_WEEKLY_CASES
HELDOUT14_WEEKLY = weekly_heldout14.HELDOUT14_WEEKLY_CASES
HELDOUT15_WEEKLY = weekly_heldout15.HELDOUT15_WEEKLY_CASES
HELDOUT16_WEEKLY = weekly_heldout16.HELDOUT16_WEEKLY_CASES
HELDOUT17_WEEKLY = weekly_heldout17.HELDOUT17_WEEKLY_CASES
HELDOUT18_WEEKLY = weekly_heldout18.HELDOUT18_WEEKLY_CASES
HELDOUT19_WEEKLY = weekly_heldout19.HELDOUT19_WEEKLY_CASES
HELDOUT20_WEEKLY = weekly_heldout20.HELDOUT20_WEEKLY_CASES
HELDOUT21_WEEKLY = weekly_heldout21.HELDOUT21_WEEKLY_CASES
HELDOUT22_WEEKLY = weekly_heldout22.HELDOUT22_WEEKLY_CASES
HELDOUT23_WEEKLY = weekly_heldout23.HELDOUT23_WEEKLY_CASES
HELDOUT24_WEEKLY = weekly_heldout24.HELDOUT24_WEEKLY_CASES
HELDOUT25_WEEKLY = weekly_heldout25.HELDOUT25_WEEKLY_CASES
HELDOUT26_WEEKLY = weekly_heldout26.HELDOUT26_WEEKLY_CASES
HELDOUT27_WEEKLY = weekly_heldout27.HELDOUT27_WEEKLY_CASES
HELDOUT28_WEEKLY = weekly_heldout28.HELDOUT28_WEEKLY_CASES
HELDOUT29_WEEKLY = weekly_heldout29.HELDOUT29_WEEKLY_CASES
HELDOUT30_WEEKLY = weekly_heldout30.HELDOUT30_WEEKLY_CASES
HELDOUT31_WEEKLY = weekly_heldout31.HELDOUT31_WEEKLY_CASES
HELDOUT32_WEEKLY = weekly_heldout32.HELDOUT32_WEEKLY_CASES
HELDOUT33_WEEKLY = weekly_heldout33.HELDOUT33_WEEKLY_CASES
HELDOUT34_WEEKLY = weekly_heldout34.HELDOUT34_WEEKLY_CASES
HELDOUT35_WEEKLY = weekly_heldout35.HELDOUT35_WEEKLY_CASES
HELDOUT36_WEEKLY = weekly_heldout36.HELDOUT36_WEEKLY_CASES
HELDOUT37_WEEKLY = weekly_heldout37.HELDOUT37_WEEKLY_CASES
HELDOUT38_WEEKLY = weekly_heldout38.HELDOUT38_WEEKLY_CASES
HELDOUT39_WEEKLY = weekly_heldout39.HELDOUT39_WEEKLY_CASES
HELDOUT40_WEEKLY = weekly_heldout40.HELDOUT40_WEEKLY_CASES
HELDOUT41_WEEKLY = weekly_heldout41.HELDOUT41_WEEKLY_CASES
HELDOUT42_WEEKLY = weekly_heldout42.HELDOUT42_WEEKLY_CASES
HELDOUT43_WEEKLY = weekly_heldout43.HELDOUT43_WEEKLY_CASES
HELDOUT44_WEEKLY = weekly_heldout44.HELDOUT44_WEEKLY_CASES
HELDOUT45_WEEKLY = weekly_heldout45.HELDOUT45_WEEKLY_CASES
HELDOUT46_WEEKLY = weekly_heldout46.HELDOUT46_WEEKLY_CASES
HELDOUT47_WEEKLY = weekly_heldout47.HELDOUT47_WEEKLY_CASES
HELDOUT48_WEEKLY = weekly_heldout48.HELDOUT48_WEEKLY_CASES
HELDOUT49_WEEKLY = weekly_heldout49.HELDOUT49_WEEKLY_CASES
HELDOUT50_WEEKLY = weekly_heldout50.HELDOUT50_WEEKLY_CASES
HELDOUT51_WEEKLY = weekly_heldout51.HELDOUT51_WEEKLY_CASES
HELDOUT52_WEEKLY = weekly_heldout52.HELDOUT52_WEEKLY_CASES
HELDOUT53_WEEKLY = weekly_heldout53.HELDOUT53_WEEKLY_CASES
HELDOUT54_WEEKLY = weekly_heldout54.HELDOUT54_WEEKLY_CASES
HELDOUT55_WEEKLY = weekly_heldout55.HELDOUT55_WEEKLY_CASES
HELDOUT56_WEEKLY = weekly_heldout56.HELDOUT56_WEEKLY_CASES
HELDOUT57_WEEKLY = weekly_heldout57.HELDOUT57_WEEKLY_CASES
HELDOUT58_WEEKLY = weekly_heldout58.HELDOUT58_WEEKLY_CASES
HELDOUT59_WEEKLY = weekly_heldout59.HELDOUT59_WEEKLY_CASES
HELDOUT60_WEEKLY = weekly_heldout60.HELDOUT60_WEEKLY_CASES
HELDOUT61_WEEKLY = weekly_heldout61.HELDOUT61_WEEKLY_CASES
HELDOUT62_WEEKLY = weekly_heldout62.HELDOUT62_WEEKLY_CASES
HELDOUT63_WEEKLY = weekly_heldout63.HELDOUT63_WEEKLY_CASES
HELDOUT64_WEEKLY = weekly_heldout64.HELDOUT64_WEEKLY_CASES
HELDOUT65_WEEKLY = weekly_heldout65.HELDOUT65_WEEKLY_CASES
HELDOUT66_WEEKLY = weekly_heldout66.HELDOUT66_WEEKLY_CASES
HELDOUT67_WEEKLY = weekly_heldout67.HELDOUT67_WEEKLY_CASES
HELDOUT68_WEEKLY = weekly_heldout68.HELDOUT68_WEEKLY_CASES
HELDOUT69_WEEKLY = weekly_heldout69.HELDOUT69_WEEKLY_CASES
HELDOUT70_WEEKLY = weekly_heldout70.HELDOUT70_WEEKLY_CASES
HELDOUT71_WEEKLY = weekly_heldout71.HELDOUT71_WEEKLY_CASES
HELDOUT72_WEEKLY = weekly_heldout72.HELDOUT72_WEEKLY_CASES
HELDOUT73_WEEKLY = weekly_heldout73.HELDOUT73_WEEKLY_CASES
HELDOUT74_WEEKLY = weekly_heldout74.HELDOUT74_WEEKLY_CASES
HELDOUT75_WEEKLY = weekly_heldout75.HELDOUT75_WEEKLY_CASES
HELDOUT76_WEEKLY = weekly_heldout76.HELDOUT76_WEEKLY_CASES
HELDOUT77_WEEKLY = weekly_heldout77.HELDOUT77_WEEKLY_CASES
ALL_CASES = [
    *HAND_WRITTEN,
    *told.TOLD_CASES,
    *fresh.FRESH_CASES,
    *heldout.HELDOUT_CASES,
    *heldout2.HELDOUT2_CASES,
    *heldout3.HELDOUT3_CASES,
    *heldout4.HELDOUT4_CASES,
    *heldout5.HELDOUT5_CASES,
    *heldout6.HELDOUT6_CASES,
    *heldout7.HELDOUT7_CASES,
    *heldout8.HELDOUT8_CASES,
    *heldout9.HELDOUT9_CASES,
    *heldout10.HELDOUT10_CASES,
    *heldout11.HELDOUT11_CASES,
    *heldout12.HELDOUT12_CASES,
    *heldout13.HELDOUT13_CASES,
    *heldout14.HELDOUT14_CASES,
    *heldout15.HELDOUT15_CASES,
    *heldout16.HELDOUT16_CASES,
    *heldout17.HELDOUT17_CASES,
    *heldout18.HELDOUT18_CASES,
    *heldout19.HELDOUT19_CASES,
    *heldout20.HELDOUT20_CASES,
    *heldout21.HELDOUT21_CASES,
    *heldout22.HELDOUT22_CASES,
    *heldout23.HELDOUT23_CASES,
    *heldout24.HELDOUT24_CASES,
    *heldout25.HELDOUT25_CASES,
    *heldout26.HELDOUT26_CASES,
    *heldout27.HELDOUT27_CASES,
    *heldout28.HELDOUT28_CASES,
    *heldout29.HELDOUT29_CASES,
    *heldout30.HELDOUT30_CASES,
    *heldout31.HELDOUT31_CASES,
    *heldout32.HELDOUT32_CASES,
    *heldout33.HELDOUT33_CASES,
    *heldout34.HELDOUT34_CASES,
    *heldout35.HELDOUT35_CASES,
    *heldout36.HELDOUT36_CASES,
    *heldout37.HELDOUT37_CASES,
    *heldout38.HELDOUT38_CASES,
    *heldout39.HELDOUT39_CASES,
    *heldout40.HELDOUT40_CASES,
    *heldout41.HELDOUT41_CASES,
    *heldout42.HELDOUT42_CASES,
    *heldout43.HELDOUT43_CASES,
    *heldout44.HELDOUT44_CASES,
    *heldout45.HELDOUT45_CASES,
    *heldout46.HELDOUT46_CASES,
    *heldout47.HELDOUT47_CASES,
    *heldout48.HELDOUT48_CASES,
    *heldout49.HELDOUT49_CASES,
    *heldout50.HELDOUT50_CASES,
    *heldout51.HELDOUT51_CASES,
    *heldout52.HELDOUT52_CASES,
    *heldout53.HELDOUT53_CASES,
    *heldout54.HELDOUT54_CASES,
    *heldout55.HELDOUT55_CASES,
    *heldout56.HELDOUT56_CASES,
    *heldout57.HELDOUT57_CASES,
    *heldout58.HELDOUT58_CASES,
    *heldout59.HELDOUT59_CASES,
    *heldout60.HELDOUT60_CASES,
    *heldout61.HELDOUT61_CASES,
    *heldout62.HELDOUT62_CASES,
    *heldout63.HELDOUT63_CASES,
    *heldout64.HELDOUT64_CASES,
    *heldout65.HELDOUT65_CASES,
    *heldout66.HELDOUT66_CASES,
    *heldout67.HELDOUT67_CASES,
    *heldout68.HELDOUT68_CASES,
    *heldout69.HELDOUT69_CASES,
    *heldout70.HELDOUT70_CASES,
    *heldout71.HELDOUT71_CASES,
    *heldout72.HELDOUT72_CASES,
    *heldout73.HELDOUT73_CASES,
    *heldout74.HELDOUT74_CASES,
    *heldout75.HELDOUT75_CASES,
    *heldout76.HELDOUT76_CASES,
    *heldout77.HELDOUT77_CASES,
]
ALL_WEEKLY = [
    *WEEKLY_CASES,
    *FRESH_WEEKLY_CASES,
    *HELDOUT_WEEKLY,
    *HELDOUT2_WEEKLY,
    *HELDOUT3_WEEKLY,
    *HELDOUT4_WEEKLY,
    *HELDOUT5_WEEKLY,
    *HELDOUT6_WEEKLY,
    *HELDOUT7_WEEKLY,
    *HELDOUT8_WEEKLY,
    *HELDOUT9_WEEKLY,
    *HELDOUT10_WEEKLY,
    *HELDOUT11_WEEKLY,
    *HELDOUT12_WEEKLY,
    *HELDOUT13_WEEKLY,
    *HELDOUT14_WEEKLY,
    *HELDOUT15_WEEKLY,
    *HELDOUT16_WEEKLY,
    *HELDOUT17_WEEKLY,
    *HELDOUT18_WEEKLY,
    *HELDOUT19_WEEKLY,
    *HELDOUT20_WEEKLY,
    *HELDOUT21_WEEKLY,
    *HELDOUT22_WEEKLY,
    *HELDOUT23_WEEKLY,
    *HELDOUT24_WEEKLY,
    *HELDOUT25_WEEKLY,
    *HELDOUT26_WEEKLY,
    *HELDOUT27_WEEKLY,
    *HELDOUT28_WEEKLY,
    *HELDOUT29_WEEKLY,
    *HELDOUT30_WEEKLY,
    *HELDOUT31_WEEKLY,
    *HELDOUT32_WEEKLY,
    *HELDOUT33_WEEKLY,
    *HELDOUT34_WEEKLY,
    *HELDOUT35_WEEKLY,
    *HELDOUT36_WEEKLY,
    *HELDOUT37_WEEKLY,
    *HELDOUT38_WEEKLY,
    *HELDOUT39_WEEKLY,
    *HELDOUT40_WEEKLY,
    *HELDOUT41_WEEKLY,
    *HELDOUT42_WEEKLY,
    *HELDOUT43_WEEKLY,
    *HELDOUT44_WEEKLY,
    *HELDOUT45_WEEKLY,
    *HELDOUT46_WEEKLY,
    *HELDOUT47_WEEKLY,
    *HELDOUT48_WEEKLY,
    *HELDOUT49_WEEKLY,
    *HELDOUT50_WEEKLY,
    *HELDOUT51_WEEKLY,
    *HELDOUT52_WEEKLY,
    *HELDOUT53_WEEKLY,
    *HELDOUT54_WEEKLY,
    *HELDOUT55_WEEKLY,
    *HELDOUT56_WEEKLY,
    *HELDOUT57_WEEKLY,
    *HELDOUT58_WEEKLY,
    *HELDOUT59_WEEKLY,
    *HELDOUT60_WEEKLY,
    *HELDOUT61_WEEKLY,
    *HELDOUT62_WEEKLY,
    *HELDOUT63_WEEKLY,
    *HELDOUT64_WEEKLY,
    *HELDOUT65_WEEKLY,
    *HELDOUT66_WEEKLY,
    *HELDOUT67_WEEKLY,
    *HELDOUT68_WEEKLY,
    *HELDOUT69_WEEKLY,
    *HELDOUT70_WEEKLY,
    *HELDOUT71_WEEKLY,
    *HELDOUT72_WEEKLY,
    *HELDOUT73_WEEKLY,
    *HELDOUT74_WEEKLY,
    *HELDOUT75_WEEKLY,
    *HELDOUT76_WEEKLY,
    *HELDOUT77_WEEKLY,
]
PERSON_EXTRAS = {"consent_days"}


def _people(cases):
    return [p for case in cases for p in case.people]


def _words(person) -> list[str]:
    texts = [m[0] if isinstance(m, tuple) else m for m in person.motivations]
    texts += [a["reason_note"] for a in person.apps if a["reason_note"]]
    texts += [t["note"] for t in person.touches if t["note"]]
    return texts


def test_every_case_builds_from_real_profiles_roles_and_record_fields():
    opening_fields = set(Opening.model_fields)
    for case in ALL_CASES:
        assert case.role in ROLES, case.name
        assert set(case.opening) <= opening_fields, case.name
    for person in _people(ALL_CASES) + _people(ALL_WEEKLY):
        assert person.profile in PROFILES, person.name
        assert set(person.overrides) <= set(Candidate.model_fields) | PERSON_EXTRAS, person.name
        for a in person.apps:
            assert set(a) - {"days", "past"} <= set(Application.model_fields), person.name
        for t in person.touches:
            assert set(t) - {"days"} <= set(Touchpoint.model_fields), person.name


def test_told_cases_pit_equally_skilled_people_so_only_their_words_decide():
    assert len(told.TOLD_CASES) >= 30 and len(fresh.FRESH_CASES) >= 30
    for case in told.TOLD_CASES + fresh.FRESH_CASES:
        assert len({p.profile for p in case.people}) == 1, case.name
        grades = {p.grade for p in case.people}
        assert len(grades) > 1, f"{case.name}: nothing to order"
        assert any(_words(p) for p in case.people) or any(
            "location" in p.overrides for p in case.people
        ), case.name
        for person in case.people:
            assert not person.excluded or person.grade == 0, person.name


def test_each_misreading_class_has_several_cases_in_different_words():
    classes = {
        "opt-outs": told.OPT_OUTS,
        "waits": told.WAITS,
        "objections": told.OBJECTIONS,
        "negations": told.NEGATIONS,
        "last time": told.LAST_TIME,
        "location": told.LOCATIONS,
        "remote only": told.REMOTE_ONLY,
    }
    for name, cases in classes.items():
        assert len(cases) >= 3, name
    assert sum(p.excluded for p in _people(told.OPT_OUTS)) >= 6
    # A wait holds a person back but still shows them: graded above 0, never excluded.
    waiting = [p for case in told.WAITS for p in case.people if p.grade == 1]
    assert len(waiting) == len(told.WAITS) and not any(p.excluded for p in waiting)
    texts = [t for p in _people(told.TOLD_CASES) + _people(WEEKLY_CASES) for t in _words(p)]
    assert len(texts) >= 80
    # Twins may share a note across a "held back" and a "due later" weekly case, not more.
    assert max(texts.count(t) for t in texts) <= 3


def test_fresh_cases_cover_every_class_in_words_of_their_own():
    classes = {
        "opt-outs": fresh.OPT_OUTS,
        "waits": fresh.WAITS,
        "objections": fresh.OBJECTIONS,
        "pay": fresh.PAY,
        "resolved": fresh.RESOLVED,
        "negations": fresh.NEGATIONS,
        "work mode": fresh.WORK_MODE,
        "location": fresh.LOCATIONS,
        "last time": fresh.LAST_TIME,
    }
    for name, cases in classes.items():
        assert len(cases) >= 2, name
    assert sum(p.excluded for p in _people(fresh.OPT_OUTS)) >= 8
    waiting = [p for case in fresh.WAITS for p in case.people if p.grade == 1]
    assert len(waiting) == len(fresh.WAITS) and not any(p.excluded for p in waiting)
    # Written afresh: no note of the fresh sets is copied from the earlier ones.
    earlier = {t for p in _people(told.TOLD_CASES) + _people(WEEKLY_CASES) for t in _words(p)}
    new = [t for p in _people(fresh.FRESH_CASES) + _people(FRESH_WEEKLY_CASES) for t in _words(p)]
    assert len(new) >= 60 and not earlier.intersection(new)
    assert len(FRESH_WEEKLY_CASES) >= 20


def test_held_out_cases_cover_every_class_pitting_equals_in_words_never_used_before():
    classes = {
        "opt-outs": heldout.OPT_OUTS,
        "waits": heldout.WAITS,
        "objections": heldout.OBJECTIONS,
        "pay": heldout.PAY,
        "resolved": heldout.RESOLVED,
        "negations": heldout.NEGATIONS,
        "work mode": heldout.WORK_MODE,
        "location": heldout.LOCATIONS,
        "last time": heldout.LAST_TIME,
        "managing and level": heldout.LEVEL,
    }
    for name, cases in classes.items():
        assert len(cases) >= 2, name
    assert len(heldout.HELDOUT_CASES) >= 40 and len(HELDOUT_WEEKLY) >= 16
    for case in heldout.HELDOUT_CASES:
        assert len({p.profile for p in case.people}) == 1, case.name
        assert len({p.grade for p in case.people}) > 1, f"{case.name}: nothing to order"
        for person in case.people:
            assert not person.excluded or person.grade == 0, person.name
    # Every opt-out case hides one person and keeps its near-miss shown.
    for case in heldout.OPT_OUTS:
        assert [p.excluded for p in case.people].count(True) == 1, case.name
        assert any(p.grade > 0 for p in case.people), case.name
    waiting = [p for case in heldout.WAITS for p in case.people if p.grade == 1]
    assert len(waiting) == len(heldout.WAITS) and not any(p.excluded for p in waiting)
    # Held-out means written afresh: no note is copied from any earlier set.
    earlier_cases = [*HAND_WRITTEN, *told.TOLD_CASES, *fresh.FRESH_CASES]
    earlier_weekly = [*WEEKLY_CASES, *FRESH_WEEKLY_CASES]
    earlier = {t for p in _people(earlier_cases) + _people(earlier_weekly) for t in _words(p)}
    new = [t for p in _people(heldout.HELDOUT_CASES) + _people(HELDOUT_WEEKLY) for t in _words(p)]
    assert len(new) >= 100 and not earlier.intersection(new)
    # Weekly waits are checked both ways: held back while they run, due once they have run out.
    weekly_waits = _people(weekly_heldout.WAITS)
    assert sum(p.grade == 0 for p in weekly_waits) >= 5
    assert sum(p.grade == 1 for p in weekly_waits) >= 5
    assert any(c.week > date(2026, 12, 31) for c in weekly_heldout.WAITS)


def test_second_held_out_set_covers_every_class_pitting_equals_in_words_never_used_before():
    classes = {
        "opt-outs": heldout2.OPT_OUTS,
        "waits": heldout2.WAITS,
        "objections": heldout2.OBJECTIONS,
        "pay": heldout2.PAY,
        "resolved": heldout2.RESOLVED,
        "negations": heldout2.NEGATIONS,
        "work mode": heldout2.WORK_MODE,
        "location": heldout2.LOCATIONS,
        "last time": heldout2.LAST_TIME,
        "managing and level": heldout2.LEVEL,
        "industry, mission and technology": heldout2.MISSION + heldout2.TECH,
    }
    for name, cases in classes.items():
        assert len(cases) >= 2, name
    assert len(heldout2.HELDOUT2_CASES) >= 40 and len(HELDOUT2_WEEKLY) >= 16
    for case in heldout2.HELDOUT2_CASES:
        assert len({p.profile for p in case.people}) == 1, case.name
        assert len({p.grade for p in case.people}) > 1, f"{case.name}: nothing to order"
        for person in case.people:
            assert not person.excluded or person.grade == 0, person.name
    # Every opt-out case hides one person and keeps its near-miss shown.
    for case in heldout2.OPT_OUTS:
        assert [p.excluded for p in case.people].count(True) == 1, case.name
        assert any(p.grade > 0 for p in case.people), case.name
    # A wait holds one person back but shows them; a run-out wait is no wait.
    for case in heldout2.WAITS:
        assert sorted(p.grade for p in case.people) == [1, 2], case.name
        assert not any(p.excluded for p in case.people), case.name
    # Written afresh: no note is copied from any earlier set, the first held-out set included.
    earlier_cases = [*HAND_WRITTEN, *told.TOLD_CASES, *fresh.FRESH_CASES, *heldout.HELDOUT_CASES]
    earlier_weekly = [*WEEKLY_CASES, *FRESH_WEEKLY_CASES, *HELDOUT_WEEKLY]
    earlier = {t for p in _people(earlier_cases) + _people(earlier_weekly) for t in _words(p)}
    new = [
        t for p in _people(heldout2.HELDOUT2_CASES) + _people(HELDOUT2_WEEKLY) for t in _words(p)
    ]
    assert len(new) >= 100 and not earlier.intersection(new)
    earlier_names = {p.name for p in _people(earlier_cases) + _people(earlier_weekly)}
    assert not earlier_names.intersection(p.name for p in _people(heldout2.HELDOUT2_CASES))
    # Weekly waits are checked both ways: held back while they run, due once they have run out.
    weekly_waits = _people(weekly_heldout2.WAITS)
    assert sum(p.grade == 0 for p in weekly_waits) >= 5
    assert sum(p.grade == 1 for p in weekly_waits) >= 5
    assert any(c.week > date(2026, 12, 31) for c in weekly_heldout2.WAITS)


def test_third_held_out_set_covers_every_class_pitting_equals_in_words_never_used_before():
    classes = {
        "opt-outs": heldout3.OPT_OUTS,
        "waits": heldout3.WAITS,
        "objections": heldout3.OBJECTIONS,
        "pay": heldout3.PAY,
        "resolved": heldout3.RESOLVED,
        "negations": heldout3.NEGATIONS,
        "work mode": heldout3.WORK_MODE,
        "location": heldout3.LOCATIONS,
        "last time": heldout3.LAST_TIME,
        "managing and level": heldout3.LEVEL,
        "industry, mission and technology": heldout3.MISSION + heldout3.TECH,
    }
    for name, cases in classes.items():
        assert len(cases) >= 2, name
    assert len(heldout3.HELDOUT3_CASES) >= 40 and len(HELDOUT3_WEEKLY) >= 16
    for case in heldout3.HELDOUT3_CASES:
        assert len({p.profile for p in case.people}) == 1, case.name
        assert len({p.grade for p in case.people}) > 1, f"{case.name}: nothing to order"
        for person in case.people:
            assert not person.excluded or person.grade == 0, person.name
    # Every opt-out case hides one person and keeps its near-miss shown.
    for case in heldout3.OPT_OUTS:
        assert [p.excluded for p in case.people].count(True) == 1, case.name
        assert any(p.grade > 0 for p in case.people), case.name
    # A wait holds one person back but shows them; a run-out wait is no wait.
    for case in heldout3.WAITS:
        assert sorted(p.grade for p in case.people) == [1, 2], case.name
        assert not any(p.excluded for p in case.people), case.name
    # Written afresh: no note or name is copied from any earlier set, both held-out sets included.
    earlier_cases = [
        *HAND_WRITTEN,
        *told.TOLD_CASES,
        *fresh.FRESH_CASES,
        *heldout.HELDOUT_CASES,
        *heldout2.HELDOUT2_CASES,
    ]
    earlier_weekly = [*WEEKLY_CASES, *FRESH_WEEKLY_CASES, *HELDOUT_WEEKLY, *HELDOUT2_WEEKLY]
    earlier = {t for p in _people(earlier_cases) + _people(earlier_weekly) for t in _words(p)}
    new = [
        t for p in _people(heldout3.HELDOUT3_CASES) + _people(HELDOUT3_WEEKLY) for t in _words(p)
    ]
    assert len(new) >= 100 and not earlier.intersection(new)
    earlier_names = {p.name for p in _people(earlier_cases) + _people(earlier_weekly)}
    new_names = [p.name for p in _people(heldout3.HELDOUT3_CASES) + _people(HELDOUT3_WEEKLY)]
    assert not earlier_names.intersection(new_names)
    # Weekly waits are checked both ways: held back while they run, due once they have run out.
    weekly_waits = _people(weekly_heldout3.WAITS)
    assert sum(p.grade == 0 for p in weekly_waits) >= 5
    assert sum(p.grade == 1 for p in weekly_waits) >= 5
    assert any(c.week > date(2026, 12, 31) for c in weekly_heldout3.WAITS)


# The held-out sets written after the first three: ranking module and cases, weekly module and
# cases, and at least how many of each.
_LATER_HELD_OUT = {
    "held-out 4": (heldout4, heldout4.HELDOUT4_CASES, weekly_heldout4, HELDOUT4_WEEKLY, 45, 18),
    "held-out 5": (heldout5, heldout5.HELDOUT5_CASES, weekly_heldout5, HELDOUT5_WEEKLY, 55, 20),
    "held-out 6": (heldout6, heldout6.HELDOUT6_CASES, weekly_heldout6, HELDOUT6_WEEKLY, 55, 20),
    "held-out 7": (heldout7, heldout7.HELDOUT7_CASES, weekly_heldout7, HELDOUT7_WEEKLY, 60, 22),
    "held-out 8": (heldout8, heldout8.HELDOUT8_CASES, weekly_heldout8, HELDOUT8_WEEKLY, 60, 22),
    "held-out 9": (heldout9, heldout9.HELDOUT9_CASES, weekly_heldout9, HELDOUT9_WEEKLY, 70, 22),
    "held-out 10": (
        heldout10,
        heldout10.HELDOUT10_CASES,
        weekly_heldout10,
        HELDOUT10_WEEKLY,
        70,
        22,
    ),
    "held-out 11": (
        heldout11,
        heldout11.HELDOUT11_CASES,
        weekly_heldout11,
        HELDOUT11_WEEKLY,
        90,
        30,
    ),
    "held-out 12": (
        heldout12,
        heldout12.HELDOUT12_CASES,
        weekly_heldout12,
        HELDOUT12_WEEKLY,
        90,
        30,
    ),
    "held-out 13": (
        heldout13,
        heldout13.HELDOUT13_CASES,
        weekly_heldout13,
        HELDOUT13_WEEKLY,
        90,
        30,
    ),
    "held-out 14": (
        heldout14,
        heldout14.HELDOUT14_CASES,
        weekly_heldout14,
        HELDOUT14_WEEKLY,
        90,
        30,
    ),
    "held-out 15": (
        heldout15,
        heldout15.HELDOUT15_CASES,
        weekly_heldout15,
        HELDOUT15_WEEKLY,
        90,
        30,
    ),
    "held-out 16": (
        heldout16,
        heldout16.HELDOUT16_CASES,
        weekly_heldout16,
        HELDOUT16_WEEKLY,
        90,
        30,
    ),
    "held-out 17": (
        heldout17,
        heldout17.HELDOUT17_CASES,
        weekly_heldout17,
        HELDOUT17_WEEKLY,
        90,
        30,
    ),
    "held-out 18": (
        heldout18,
        heldout18.HELDOUT18_CASES,
        weekly_heldout18,
        HELDOUT18_WEEKLY,
        90,
        30,
    ),
    "held-out 19": (
        heldout19,
        heldout19.HELDOUT19_CASES,
        weekly_heldout19,
        HELDOUT19_WEEKLY,
        90,
        30,
    ),
    "held-out 20": (
        heldout20,
        heldout20.HELDOUT20_CASES,
        weekly_heldout20,
        HELDOUT20_WEEKLY,
        90,
        30,
    ),
    "held-out 21": (
        heldout21,
        heldout21.HELDOUT21_CASES,
        weekly_heldout21,
        HELDOUT21_WEEKLY,
        90,
        30,
    ),
    "held-out 22": (
        heldout22,
        heldout22.HELDOUT22_CASES,
        weekly_heldout22,
        HELDOUT22_WEEKLY,
        90,
        30,
    ),
    "held-out 23": (
        heldout23,
        heldout23.HELDOUT23_CASES,
        weekly_heldout23,
        HELDOUT23_WEEKLY,
        90,
        30,
    ),
    "held-out 24": (
        heldout24,
        heldout24.HELDOUT24_CASES,
        weekly_heldout24,
        HELDOUT24_WEEKLY,
        90,
        30,
    ),
    "held-out 25": (
        heldout25,
        heldout25.HELDOUT25_CASES,
        weekly_heldout25,
        HELDOUT25_WEEKLY,
        90,
        30,
    ),
    "held-out 26": (
        heldout26,
        heldout26.HELDOUT26_CASES,
        weekly_heldout26,
        HELDOUT26_WEEKLY,
        90,
        30,
    ),
    "held-out 27": (
        heldout27,
        heldout27.HELDOUT27_CASES,
        weekly_heldout27,
        HELDOUT27_WEEKLY,
        90,
        30,
    ),
    "held-out 28": (
        heldout28,
        heldout28.HELDOUT28_CASES,
        weekly_heldout28,
        HELDOUT28_WEEKLY,
        90,
        30,
    ),
    "held-out 29": (
        heldout29,
        heldout29.HELDOUT29_CASES,
        weekly_heldout29,
        HELDOUT29_WEEKLY,
        90,
        30,
    ),
    "held-out 30": (
        heldout30,
        heldout30.HELDOUT30_CASES,
        weekly_heldout30,
        HELDOUT30_WEEKLY,
        90,
        30,
    ),
    "held-out 31": (
        heldout31,
        heldout31.HELDOUT31_CASES,
        weekly_heldout31,
        HELDOUT31_WEEKLY,
        90,
        30,
    ),
    "held-out 32": (
        heldout32,
        heldout32.HELDOUT32_CASES,
        weekly_heldout32,
        HELDOUT32_WEEKLY,
        90,
        30,
    ),
    "held-out 33": (
        heldout33,
        heldout33.HELDOUT33_CASES,
        weekly_heldout33,
        HELDOUT33_WEEKLY,
        90,
        30,
    ),
    "held-out 34": (
        heldout34,
        heldout34.HELDOUT34_CASES,
        weekly_heldout34,
        HELDOUT34_WEEKLY,
        90,
        30,
    ),
    "held-out 35": (
        heldout35,
        heldout35.HELDOUT35_CASES,
        weekly_heldout35,
        HELDOUT35_WEEKLY,
        90,
        30,
    ),
    "held-out 36": (
        heldout36,
        heldout36.HELDOUT36_CASES,
        weekly_heldout36,
        HELDOUT36_WEEKLY,
        90,
        30,
    ),
    "held-out 37": (
        heldout37,
        heldout37.HELDOUT37_CASES,
        weekly_heldout37,
        HELDOUT37_WEEKLY,
        90,
        30,
    ),
    "held-out 38": (
        heldout38,
        heldout38.HELDOUT38_CASES,
        weekly_heldout38,
        HELDOUT38_WEEKLY,
        90,
        30,
    ),
    "held-out 39": (
        heldout39,
        heldout39.HELDOUT39_CASES,
        weekly_heldout39,
        HELDOUT39_WEEKLY,
        90,
        30,
    ),
    "held-out 40": (
        heldout40,
        heldout40.HELDOUT40_CASES,
        weekly_heldout40,
        HELDOUT40_WEEKLY,
        90,
        30,
    ),
    "held-out 41": (
        heldout41,
        heldout41.HELDOUT41_CASES,
        weekly_heldout41,
        HELDOUT41_WEEKLY,
        90,
        30,
    ),
    "held-out 42": (
        heldout42,
        heldout42.HELDOUT42_CASES,
        weekly_heldout42,
        HELDOUT42_WEEKLY,
        90,
        30,
    ),
    "held-out 43": (
        heldout43,
        heldout43.HELDOUT43_CASES,
        weekly_heldout43,
        HELDOUT43_WEEKLY,
        90,
        30,
    ),
    "held-out 44": (
        heldout44,
        heldout44.HELDOUT44_CASES,
        weekly_heldout44,
        HELDOUT44_WEEKLY,
        90,
        30,
    ),
    "held-out 45": (
        heldout45,
        heldout45.HELDOUT45_CASES,
        weekly_heldout45,
        HELDOUT45_WEEKLY,
        90,
        30,
    ),
    "held-out 46": (
        heldout46,
        heldout46.HELDOUT46_CASES,
        weekly_heldout46,
        HELDOUT46_WEEKLY,
        90,
        30,
    ),
    "held-out 47": (
        heldout47,
        heldout47.HELDOUT47_CASES,
        weekly_heldout47,
        HELDOUT47_WEEKLY,
        90,
        30,
    ),
    "held-out 48": (
        heldout48,
        heldout48.HELDOUT48_CASES,
        weekly_heldout48,
        HELDOUT48_WEEKLY,
        90,
        30,
    ),
    "held-out 49": (
        heldout49,
        heldout49.HELDOUT49_CASES,
        weekly_heldout49,
        HELDOUT49_WEEKLY,
        90,
        30,
    ),
    "held-out 50": (
        heldout50,
        heldout50.HELDOUT50_CASES,
        weekly_heldout50,
        HELDOUT50_WEEKLY,
        90,
        30,
    ),
    "held-out 51": (
        heldout51,
        heldout51.HELDOUT51_CASES,
        weekly_heldout51,
        HELDOUT51_WEEKLY,
        90,
        30,
    ),
    "held-out 52": (
        heldout52,
        heldout52.HELDOUT52_CASES,
        weekly_heldout52,
        HELDOUT52_WEEKLY,
        90,
        30,
    ),
    "held-out 53": (
        heldout53,
        heldout53.HELDOUT53_CASES,
        weekly_heldout53,
        HELDOUT53_WEEKLY,
        90,
        30,
    ),
    "held-out 54": (
        heldout54,
        heldout54.HELDOUT54_CASES,
        weekly_heldout54,
        HELDOUT54_WEEKLY,
        90,
        30,
    ),
    "held-out 55": (
        heldout55,
        heldout55.HELDOUT55_CASES,
        weekly_heldout55,
        HELDOUT55_WEEKLY,
        90,
        30,
    ),
    "held-out 56": (
        heldout56,
        heldout56.HELDOUT56_CASES,
        weekly_heldout56,
        HELDOUT56_WEEKLY,
        90,
        30,
    ),
    "held-out 57": (
        heldout57,
        heldout57.HELDOUT57_CASES,
        weekly_heldout57,
        HELDOUT57_WEEKLY,
        90,
        30,
    ),
    "held-out 58": (
        heldout58,
        heldout58.HELDOUT58_CASES,
        weekly_heldout58,
        HELDOUT58_WEEKLY,
        90,
        30,
    ),
    "held-out 59": (
        heldout59,
        heldout59.HELDOUT59_CASES,
        weekly_heldout59,
        HELDOUT59_WEEKLY,
        90,
        30,
    ),
    "held-out 60": (
        heldout60,
        heldout60.HELDOUT60_CASES,
        weekly_heldout60,
        HELDOUT60_WEEKLY,
        90,
        30,
    ),
    "held-out 61": (
        heldout61,
        heldout61.HELDOUT61_CASES,
        weekly_heldout61,
        HELDOUT61_WEEKLY,
        90,
        30,
    ),
    "held-out 62": (
        heldout62,
        heldout62.HELDOUT62_CASES,
        weekly_heldout62,
        HELDOUT62_WEEKLY,
        90,
        30,
    ),
    "held-out 63": (
        heldout63,
        heldout63.HELDOUT63_CASES,
        weekly_heldout63,
        HELDOUT63_WEEKLY,
        90,
        30,
    ),
    "held-out 64": (
        heldout64,
        heldout64.HELDOUT64_CASES,
        weekly_heldout64,
        HELDOUT64_WEEKLY,
        90,
        30,
    ),
    "held-out 65": (
        heldout65,
        heldout65.HELDOUT65_CASES,
        weekly_heldout65,
        HELDOUT65_WEEKLY,
        90,
        30,
    ),
    "held-out 66": (
        heldout66,
        heldout66.HELDOUT66_CASES,
        weekly_heldout66,
        HELDOUT66_WEEKLY,
        90,
        30,
    ),
    "held-out 67": (
        heldout67,
        heldout67.HELDOUT67_CASES,
        weekly_heldout67,
        HELDOUT67_WEEKLY,
        90,
        30,
    ),
    "held-out 68": (
        heldout68,
        heldout68.HELDOUT68_CASES,
        weekly_heldout68,
        HELDOUT68_WEEKLY,
        90,
        30,
    ),
    "held-out 69": (
        heldout69,
        heldout69.HELDOUT69_CASES,
        weekly_heldout69,
        HELDOUT69_WEEKLY,
        90,
        30,
    ),
    "held-out 70": (
        heldout70,
        heldout70.HELDOUT70_CASES,
        weekly_heldout70,
        HELDOUT70_WEEKLY,
        90,
        30,
    ),
    "held-out 71": (
        heldout71,
        heldout71.HELDOUT71_CASES,
        weekly_heldout71,
        HELDOUT71_WEEKLY,
        90,
        30,
    ),
    "held-out 72": (
        heldout72,
        heldout72.HELDOUT72_CASES,
        weekly_heldout72,
        HELDOUT72_WEEKLY,
        90,
        30,
    ),
    "held-out 73": (
        heldout73,
        heldout73.HELDOUT73_CASES,
        weekly_heldout73,
        HELDOUT73_WEEKLY,
        90,
        30,
    ),
    "held-out 74": (
        heldout74,
        heldout74.HELDOUT74_CASES,
        weekly_heldout74,
        HELDOUT74_WEEKLY,
        90,
        30,
    ),
    "held-out 75": (
        heldout75,
        heldout75.HELDOUT75_CASES,
        weekly_heldout75,
        HELDOUT75_WEEKLY,
        90,
        30,
    ),
    "held-out 76": (
        heldout76,
        heldout76.HELDOUT76_CASES,
        weekly_heldout76,
        HELDOUT76_WEEKLY,
        90,
        30,
    ),
    "held-out 77": (
        heldout77,
        heldout77.HELDOUT77_CASES,
        weekly_heldout77,
        HELDOUT77_WEEKLY,
        90,
        30,
    ),
}
_RANKING_IN_ORDER = [
    HAND_WRITTEN,
    told.TOLD_CASES,
    fresh.FRESH_CASES,
    heldout.HELDOUT_CASES,
    heldout2.HELDOUT2_CASES,
    heldout3.HELDOUT3_CASES,
    heldout4.HELDOUT4_CASES,
    heldout5.HELDOUT5_CASES,
    heldout6.HELDOUT6_CASES,
    heldout7.HELDOUT7_CASES,
    heldout8.HELDOUT8_CASES,
    heldout9.HELDOUT9_CASES,
    heldout10.HELDOUT10_CASES,
    heldout11.HELDOUT11_CASES,
    heldout12.HELDOUT12_CASES,
    heldout13.HELDOUT13_CASES,
    heldout14.HELDOUT14_CASES,
    heldout15.HELDOUT15_CASES,
    heldout16.HELDOUT16_CASES,
    heldout17.HELDOUT17_CASES,
    heldout18.HELDOUT18_CASES,
    heldout19.HELDOUT19_CASES,
    heldout20.HELDOUT20_CASES,
    heldout21.HELDOUT21_CASES,
    heldout22.HELDOUT22_CASES,
    heldout23.HELDOUT23_CASES,
    heldout24.HELDOUT24_CASES,
    heldout25.HELDOUT25_CASES,
    heldout26.HELDOUT26_CASES,
    heldout27.HELDOUT27_CASES,
    heldout28.HELDOUT28_CASES,
    heldout29.HELDOUT29_CASES,
    heldout30.HELDOUT30_CASES,
    heldout31.HELDOUT31_CASES,
    heldout32.HELDOUT32_CASES,
    heldout33.HELDOUT33_CASES,
    heldout34.HELDOUT34_CASES,
    heldout35.HELDOUT35_CASES,
    heldout36.HELDOUT36_CASES,
    heldout37.HELDOUT37_CASES,
    heldout38.HELDOUT38_CASES,
    heldout39.HELDOUT39_CASES,
    heldout40.HELDOUT40_CASES,
    heldout41.HELDOUT41_CASES,
    heldout42.HELDOUT42_CASES,
    heldout43.HELDOUT43_CASES,
    heldout44.HELDOUT44_CASES,
    heldout45.HELDOUT45_CASES,
    heldout46.HELDOUT46_CASES,
    heldout47.HELDOUT47_CASES,
    heldout48.HELDOUT48_CASES,
    heldout49.HELDOUT49_CASES,
    heldout50.HELDOUT50_CASES,
    heldout51.HELDOUT51_CASES,
    heldout52.HELDOUT52_CASES,
    heldout53.HELDOUT53_CASES,
    heldout54.HELDOUT54_CASES,
    heldout55.HELDOUT55_CASES,
    heldout56.HELDOUT56_CASES,
    heldout57.HELDOUT57_CASES,
    heldout58.HELDOUT58_CASES,
    heldout59.HELDOUT59_CASES,
    heldout60.HELDOUT60_CASES,
    heldout61.HELDOUT61_CASES,
    heldout62.HELDOUT62_CASES,
    heldout63.HELDOUT63_CASES,
    heldout64.HELDOUT64_CASES,
    heldout65.HELDOUT65_CASES,
    heldout66.HELDOUT66_CASES,
    heldout67.HELDOUT67_CASES,
    heldout68.HELDOUT68_CASES,
    heldout69.HELDOUT69_CASES,
    heldout70.HELDOUT70_CASES,
    heldout71.HELDOUT71_CASES,
    heldout72.HELDOUT72_CASES,
    heldout73.HELDOUT73_CASES,
    heldout74.HELDOUT74_CASES,
    heldout75.HELDOUT75_CASES,
    heldout76.HELDOUT76_CASES,
    heldout77.HELDOUT77_CASES,
]
_WEEKLY_IN_ORDER = [
    WEEKLY_CASES,
    FRESH_WEEKLY_CASES,
    HELDOUT_WEEKLY,
    HELDOUT2_WEEKLY,
    HELDOUT3_WEEKLY,
    HELDOUT4_WEEKLY,
    HELDOUT5_WEEKLY,
    HELDOUT6_WEEKLY,
    HELDOUT7_WEEKLY,
    HELDOUT8_WEEKLY,
    HELDOUT9_WEEKLY,
    HELDOUT10_WEEKLY,
    HELDOUT11_WEEKLY,
    HELDOUT12_WEEKLY,
    HELDOUT13_WEEKLY,
    HELDOUT14_WEEKLY,
    HELDOUT15_WEEKLY,
    HELDOUT16_WEEKLY,
    HELDOUT17_WEEKLY,
    HELDOUT18_WEEKLY,
    HELDOUT19_WEEKLY,
    HELDOUT20_WEEKLY,
    HELDOUT21_WEEKLY,
    HELDOUT22_WEEKLY,
    HELDOUT23_WEEKLY,
    HELDOUT24_WEEKLY,
    HELDOUT25_WEEKLY,
    HELDOUT26_WEEKLY,
    HELDOUT27_WEEKLY,
    HELDOUT28_WEEKLY,
    HELDOUT29_WEEKLY,
    HELDOUT30_WEEKLY,
    HELDOUT31_WEEKLY,
    HELDOUT32_WEEKLY,
    HELDOUT33_WEEKLY,
    HELDOUT34_WEEKLY,
    HELDOUT35_WEEKLY,
    HELDOUT36_WEEKLY,
    HELDOUT37_WEEKLY,
    HELDOUT38_WEEKLY,
    HELDOUT39_WEEKLY,
    HELDOUT40_WEEKLY,
    HELDOUT41_WEEKLY,
    HELDOUT42_WEEKLY,
    HELDOUT43_WEEKLY,
    HELDOUT44_WEEKLY,
    HELDOUT45_WEEKLY,
    HELDOUT46_WEEKLY,
    HELDOUT47_WEEKLY,
    HELDOUT48_WEEKLY,
    HELDOUT49_WEEKLY,
    HELDOUT50_WEEKLY,
    HELDOUT51_WEEKLY,
    HELDOUT52_WEEKLY,
    HELDOUT53_WEEKLY,
    HELDOUT54_WEEKLY,
    HELDOUT55_WEEKLY,
    HELDOUT56_WEEKLY,
    HELDOUT57_WEEKLY,
    HELDOUT58_WEEKLY,
    HELDOUT59_WEEKLY,
    HELDOUT60_WEEKLY,
    HELDOUT61_WEEKLY,
    HELDOUT62_WEEKLY,
    HELDOUT63_WEEKLY,
    HELDOUT64_WEEKLY,
    HELDOUT65_WEEKLY,
    HELDOUT66_WEEKLY,
    HELDOUT67_WEEKLY,
    HELDOUT68_WEEKLY,
    HELDOUT69_WEEKLY,
    HELDOUT70_WEEKLY,
    HELDOUT71_WEEKLY,
    HELDOUT72_WEEKLY,
    HELDOUT73_WEEKLY,
    HELDOUT74_WEEKLY,
    HELDOUT75_WEEKLY,
    HELDOUT76_WEEKLY,
    HELDOUT77_WEEKLY,
]


# Held-out 67 and 68 were written with the history with us and the latest process as one class of
# three cases; sorted apart, the latest process keeps one. Left as their writers wrote them.
_ONE_CASE_CLASSES = {
    ("held-out 67", "latest process"),
    ("held-out 68", "latest process"),
    # 75-77 wrote the history with us as one case each beside several on last time's reason.
    ("held-out 75", "last time"),
    ("held-out 76", "last time"),
    ("held-out 77", "last time"),
}


@pytest.mark.parametrize("name", list(_LATER_HELD_OUT))
def test_a_later_held_out_set_covers_every_class_pitting_equals_in_words_never_used_before(name):
    module, cases, weekly, weekly_cases, min_cases, min_weekly = _LATER_HELD_OUT[name]
    classes = {
        "opt-outs": module.OPT_OUTS,
        "waits": module.WAITS,
        "schedule": module.SCHEDULE,
        "travel": module.TRAVEL,
        "visa": module.VISA,
        "contract and hours": module.CONTRACT,
        "commute": module.COMMUTE,
        "pay": module.PAY,
        "resolved": module.RESOLVED,
        "negations": module.NEGATIONS,
        "work mode": module.WORK_MODE,
        "location": module.LOCATIONS,
        "last time": module.LAST_TIME,
        "managing and level": module.LEVEL,
        "company stage and size": module.STAGE_SIZE,
        "industry, mission and technology": module.MISSION + module.TECH,
    }
    if hasattr(module, "LATEST_WORD"):  # held-out 8 onwards: several notes, the latest counts
        classes["latest word over time"] = module.LATEST_WORD
    if hasattr(module, "PROCESS"):  # held-out 6 onwards sort every case into a class
        classes["latest process"] = module.PROCESS
        assert sum(map(len, classes.values())) == len(cases)
    for class_name, class_cases in classes.items():
        fewest = 1 if (name, class_name) in _ONE_CASE_CLASSES else 2
        assert len(class_cases) >= fewest, class_name
    assert len(cases) >= min_cases and len(weekly_cases) >= min_weekly
    for case in cases:
        assert len({p.profile for p in case.people}) == 1, case.name
        assert len({p.grade for p in case.people}) > 1, f"{case.name}: nothing to order"
        for person in case.people:
            assert not person.excluded or person.grade == 0, person.name
    # Every opt-out case hides one person and keeps its near-miss shown.
    for case in module.OPT_OUTS:
        assert [p.excluded for p in case.people].count(True) == 1, case.name
        assert any(p.grade > 0 for p in case.people), case.name
    # A wait holds one person back but shows them; a run-out wait is no wait.
    for case in module.WAITS:
        assert sorted(p.grade for p in case.people) == [1, 2], case.name
        assert not any(p.excluded for p in case.people), case.name
    # Written afresh: no note or name is copied from any earlier set, all held-out sets included.
    before = _RANKING_IN_ORDER.index(cases)
    earlier_cases = [c for set_cases in _RANKING_IN_ORDER[:before] for c in set_cases]
    earlier_weekly = [
        c
        for set_cases in _WEEKLY_IN_ORDER[: _WEEKLY_IN_ORDER.index(weekly_cases)]
        for c in set_cases
    ]
    earlier = {t for p in _people(earlier_cases) + _people(earlier_weekly) for t in _words(p)}
    new = [t for p in _people(cases) + _people(weekly_cases) for t in _words(p)]
    assert len(new) >= 100 and not earlier.intersection(new)
    earlier_names = {p.name for p in _people(earlier_cases) + _people(earlier_weekly)}
    new_names = [p.name for p in _people(cases) + _people(weekly_cases)]
    assert not earlier_names.intersection(new_names)
    # Weekly waits are checked both ways: held back while they run, due once they have run out.
    weekly_waits = _people(weekly.WAITS)
    assert sum(p.grade == 0 for p in weekly_waits) >= 5
    assert sum(p.grade == 1 for p in weekly_waits) >= 5
    assert any(c.week > date(2026, 12, 31) for c in weekly.WAITS)
    if name != "held-out 4":  # asked of the sets written after it
        assert len(set(new_names)) == len(new_names), "names must tell people apart"
        # Every weekly opt-out case keeps one person off the list and its near-miss on it.
        for case in weekly.OPT_OUTS:
            assert sorted(p.grade for p in case.people) == [0, 1], case.name


def test_held_out_sets_are_run_and_reported_on_their_own():
    from evaluation.scenario_runner import SETS as RANKING_SETS
    from evaluation.weekly_runner import SETS as WEEKLY_SETS

    assert RANKING_SETS["held-out"] is heldout.HELDOUT_CASES
    assert WEEKLY_SETS["held-out"] is HELDOUT_WEEKLY
    assert RANKING_SETS["held-out 2"] is heldout2.HELDOUT2_CASES
    assert WEEKLY_SETS["held-out 2"] is HELDOUT2_WEEKLY
    assert RANKING_SETS["held-out 3"] is heldout3.HELDOUT3_CASES
    assert WEEKLY_SETS["held-out 3"] is HELDOUT3_WEEKLY
    assert RANKING_SETS["held-out 4"] is heldout4.HELDOUT4_CASES
    assert WEEKLY_SETS["held-out 4"] is HELDOUT4_WEEKLY
    assert RANKING_SETS["held-out 5"] is heldout5.HELDOUT5_CASES
    assert WEEKLY_SETS["held-out 5"] is HELDOUT5_WEEKLY
    assert RANKING_SETS["held-out 6"] is heldout6.HELDOUT6_CASES
    assert WEEKLY_SETS["held-out 6"] is HELDOUT6_WEEKLY
    assert RANKING_SETS["held-out 7"] is heldout7.HELDOUT7_CASES
    assert WEEKLY_SETS["held-out 7"] is HELDOUT7_WEEKLY
    assert RANKING_SETS["held-out 8"] is heldout8.HELDOUT8_CASES
    assert WEEKLY_SETS["held-out 8"] is HELDOUT8_WEEKLY
    assert RANKING_SETS["held-out 9"] is heldout9.HELDOUT9_CASES
    assert WEEKLY_SETS["held-out 9"] is HELDOUT9_WEEKLY
    assert RANKING_SETS["held-out 10"] is heldout10.HELDOUT10_CASES
    assert WEEKLY_SETS["held-out 10"] is HELDOUT10_WEEKLY
    assert RANKING_SETS["held-out 11"] is heldout11.HELDOUT11_CASES
    assert WEEKLY_SETS["held-out 11"] is HELDOUT11_WEEKLY
    assert RANKING_SETS["held-out 12"] is heldout12.HELDOUT12_CASES
    assert WEEKLY_SETS["held-out 12"] is HELDOUT12_WEEKLY
    assert RANKING_SETS["held-out 13"] is heldout13.HELDOUT13_CASES
    assert WEEKLY_SETS["held-out 13"] is HELDOUT13_WEEKLY
    assert RANKING_SETS["held-out 14"] is heldout14.HELDOUT14_CASES
    assert WEEKLY_SETS["held-out 14"] is HELDOUT14_WEEKLY
    assert RANKING_SETS["held-out 15"] is heldout15.HELDOUT15_CASES
    assert WEEKLY_SETS["held-out 15"] is HELDOUT15_WEEKLY
    assert RANKING_SETS["held-out 16"] is heldout16.HELDOUT16_CASES
    assert WEEKLY_SETS["held-out 16"] is HELDOUT16_WEEKLY
    assert RANKING_SETS["held-out 17"] is heldout17.HELDOUT17_CASES
    assert WEEKLY_SETS["held-out 17"] is HELDOUT17_WEEKLY
    assert RANKING_SETS["held-out 18"] is heldout18.HELDOUT18_CASES
    assert WEEKLY_SETS["held-out 18"] is HELDOUT18_WEEKLY
    assert RANKING_SETS["held-out 19"] is heldout19.HELDOUT19_CASES
    assert WEEKLY_SETS["held-out 19"] is HELDOUT19_WEEKLY
    assert RANKING_SETS["held-out 20"] is heldout20.HELDOUT20_CASES
    assert WEEKLY_SETS["held-out 20"] is HELDOUT20_WEEKLY
    assert RANKING_SETS["held-out 21"] is heldout21.HELDOUT21_CASES
    assert WEEKLY_SETS["held-out 21"] is HELDOUT21_WEEKLY
    assert RANKING_SETS["held-out 22"] is heldout22.HELDOUT22_CASES
    assert WEEKLY_SETS["held-out 22"] is HELDOUT22_WEEKLY
    assert RANKING_SETS["held-out 23"] is heldout23.HELDOUT23_CASES
    assert WEEKLY_SETS["held-out 23"] is HELDOUT23_WEEKLY
    assert RANKING_SETS["held-out 24"] is heldout24.HELDOUT24_CASES
    assert WEEKLY_SETS["held-out 24"] is HELDOUT24_WEEKLY
    assert RANKING_SETS["held-out 25"] is heldout25.HELDOUT25_CASES
    assert WEEKLY_SETS["held-out 25"] is HELDOUT25_WEEKLY
    assert RANKING_SETS["held-out 26"] is heldout26.HELDOUT26_CASES
    assert WEEKLY_SETS["held-out 26"] is HELDOUT26_WEEKLY
    assert RANKING_SETS["held-out 27"] is heldout27.HELDOUT27_CASES
    assert WEEKLY_SETS["held-out 27"] is HELDOUT27_WEEKLY
    assert RANKING_SETS["held-out 28"] is heldout28.HELDOUT28_CASES
    assert WEEKLY_SETS["held-out 28"] is HELDOUT28_WEEKLY
    assert RANKING_SETS["held-out 29"] is heldout29.HELDOUT29_CASES
    assert WEEKLY_SETS["held-out 29"] is HELDOUT29_WEEKLY
    assert RANKING_SETS["held-out 30"] is heldout30.HELDOUT30_CASES
    assert WEEKLY_SETS["held-out 30"] is HELDOUT30_WEEKLY
    assert RANKING_SETS["held-out 31"] is heldout31.HELDOUT31_CASES
    assert WEEKLY_SETS["held-out 31"] is HELDOUT31_WEEKLY
    assert RANKING_SETS["held-out 32"] is heldout32.HELDOUT32_CASES
    assert WEEKLY_SETS["held-out 32"] is HELDOUT32_WEEKLY
    assert RANKING_SETS["held-out 33"] is heldout33.HELDOUT33_CASES
    assert WEEKLY_SETS["held-out 33"] is HELDOUT33_WEEKLY
    assert RANKING_SETS["held-out 34"] is heldout34.HELDOUT34_CASES
    assert WEEKLY_SETS["held-out 34"] is HELDOUT34_WEEKLY
    assert RANKING_SETS["held-out 35"] is heldout35.HELDOUT35_CASES
    assert WEEKLY_SETS["held-out 35"] is HELDOUT35_WEEKLY
    assert RANKING_SETS["held-out 36"] is heldout36.HELDOUT36_CASES
    assert WEEKLY_SETS["held-out 36"] is HELDOUT36_WEEKLY
    assert RANKING_SETS["held-out 37"] is heldout37.HELDOUT37_CASES
    assert WEEKLY_SETS["held-out 37"] is HELDOUT37_WEEKLY
    assert RANKING_SETS["held-out 38"] is heldout38.HELDOUT38_CASES
    assert WEEKLY_SETS["held-out 38"] is HELDOUT38_WEEKLY
    assert RANKING_SETS["held-out 39"] is heldout39.HELDOUT39_CASES
    assert WEEKLY_SETS["held-out 39"] is HELDOUT39_WEEKLY
    assert RANKING_SETS["held-out 40"] is heldout40.HELDOUT40_CASES
    assert WEEKLY_SETS["held-out 40"] is HELDOUT40_WEEKLY
    assert RANKING_SETS["held-out 41"] is heldout41.HELDOUT41_CASES
    assert WEEKLY_SETS["held-out 41"] is HELDOUT41_WEEKLY
    assert RANKING_SETS["held-out 42"] is heldout42.HELDOUT42_CASES
    assert WEEKLY_SETS["held-out 42"] is HELDOUT42_WEEKLY
    assert RANKING_SETS["held-out 43"] is heldout43.HELDOUT43_CASES
    assert WEEKLY_SETS["held-out 43"] is HELDOUT43_WEEKLY
    assert RANKING_SETS["held-out 44"] is heldout44.HELDOUT44_CASES
    assert WEEKLY_SETS["held-out 44"] is HELDOUT44_WEEKLY
    assert RANKING_SETS["held-out 45"] is heldout45.HELDOUT45_CASES
    assert WEEKLY_SETS["held-out 45"] is HELDOUT45_WEEKLY
    assert RANKING_SETS["held-out 46"] is heldout46.HELDOUT46_CASES
    assert WEEKLY_SETS["held-out 46"] is HELDOUT46_WEEKLY
    assert RANKING_SETS["held-out 47"] is heldout47.HELDOUT47_CASES
    assert WEEKLY_SETS["held-out 47"] is HELDOUT47_WEEKLY
    assert RANKING_SETS["held-out 48"] is heldout48.HELDOUT48_CASES
    assert WEEKLY_SETS["held-out 48"] is HELDOUT48_WEEKLY
    assert RANKING_SETS["held-out 49"] is heldout49.HELDOUT49_CASES
    assert WEEKLY_SETS["held-out 49"] is HELDOUT49_WEEKLY
    assert RANKING_SETS["held-out 50"] is heldout50.HELDOUT50_CASES
    assert RANKING_SETS["held-out 51"] is heldout51.HELDOUT51_CASES
    assert RANKING_SETS["held-out 52"] is heldout52.HELDOUT52_CASES
    assert RANKING_SETS["held-out 53"] is heldout53.HELDOUT53_CASES
    assert RANKING_SETS["held-out 54"] is heldout54.HELDOUT54_CASES
    assert RANKING_SETS["held-out 55"] is heldout55.HELDOUT55_CASES
    assert RANKING_SETS["held-out 56"] is heldout56.HELDOUT56_CASES
    assert RANKING_SETS["held-out 57"] is heldout57.HELDOUT57_CASES
    assert RANKING_SETS["held-out 58"] is heldout58.HELDOUT58_CASES
    assert RANKING_SETS["held-out 59"] is heldout59.HELDOUT59_CASES
    assert RANKING_SETS["held-out 60"] is heldout60.HELDOUT60_CASES
    assert RANKING_SETS["held-out 61"] is heldout61.HELDOUT61_CASES
    assert RANKING_SETS["held-out 62"] is heldout62.HELDOUT62_CASES
    assert RANKING_SETS["held-out 63"] is heldout63.HELDOUT63_CASES
    assert RANKING_SETS["held-out 64"] is heldout64.HELDOUT64_CASES
    assert RANKING_SETS["held-out 65"] is heldout65.HELDOUT65_CASES
    assert RANKING_SETS["held-out 66"] is heldout66.HELDOUT66_CASES
    assert RANKING_SETS["held-out 67"] is heldout67.HELDOUT67_CASES
    assert RANKING_SETS["held-out 68"] is heldout68.HELDOUT68_CASES
    assert RANKING_SETS["held-out 69"] is heldout69.HELDOUT69_CASES
    assert RANKING_SETS["held-out 70"] is heldout70.HELDOUT70_CASES
    assert RANKING_SETS["held-out 71"] is heldout71.HELDOUT71_CASES
    assert RANKING_SETS["held-out 72"] is heldout72.HELDOUT72_CASES
    assert RANKING_SETS["held-out 73"] is heldout73.HELDOUT73_CASES
    assert RANKING_SETS["held-out 74"] is heldout74.HELDOUT74_CASES
    assert RANKING_SETS["held-out 75"] is heldout75.HELDOUT75_CASES
    assert RANKING_SETS["held-out 76"] is heldout76.HELDOUT76_CASES
    assert RANKING_SETS["held-out 77"] is heldout77.HELDOUT77_CASES
    assert WEEKLY_SETS["held-out 50"] is HELDOUT50_WEEKLY
    assert WEEKLY_SETS["held-out 51"] is HELDOUT51_WEEKLY
    assert WEEKLY_SETS["held-out 52"] is HELDOUT52_WEEKLY
    assert WEEKLY_SETS["held-out 53"] is HELDOUT53_WEEKLY
    assert WEEKLY_SETS["held-out 54"] is HELDOUT54_WEEKLY
    assert WEEKLY_SETS["held-out 55"] is HELDOUT55_WEEKLY
    assert WEEKLY_SETS["held-out 56"] is HELDOUT56_WEEKLY
    assert WEEKLY_SETS["held-out 57"] is HELDOUT57_WEEKLY
    assert WEEKLY_SETS["held-out 58"] is HELDOUT58_WEEKLY
    assert WEEKLY_SETS["held-out 59"] is HELDOUT59_WEEKLY
    assert WEEKLY_SETS["held-out 60"] is HELDOUT60_WEEKLY
    assert WEEKLY_SETS["held-out 61"] is HELDOUT61_WEEKLY
    assert WEEKLY_SETS["held-out 62"] is HELDOUT62_WEEKLY
    assert WEEKLY_SETS["held-out 63"] is HELDOUT63_WEEKLY
    assert WEEKLY_SETS["held-out 64"] is HELDOUT64_WEEKLY
    assert WEEKLY_SETS["held-out 65"] is HELDOUT65_WEEKLY
    assert WEEKLY_SETS["held-out 66"] is HELDOUT66_WEEKLY
    assert WEEKLY_SETS["held-out 67"] is HELDOUT67_WEEKLY
    assert WEEKLY_SETS["held-out 68"] is HELDOUT68_WEEKLY
    assert WEEKLY_SETS["held-out 69"] is HELDOUT69_WEEKLY
    assert WEEKLY_SETS["held-out 70"] is HELDOUT70_WEEKLY
    assert WEEKLY_SETS["held-out 71"] is HELDOUT71_WEEKLY
    assert WEEKLY_SETS["held-out 72"] is HELDOUT72_WEEKLY
    assert WEEKLY_SETS["held-out 73"] is HELDOUT73_WEEKLY
    assert WEEKLY_SETS["held-out 74"] is HELDOUT74_WEEKLY
    assert WEEKLY_SETS["held-out 75"] is HELDOUT75_WEEKLY
    assert WEEKLY_SETS["held-out 76"] is HELDOUT76_WEEKLY
    assert WEEKLY_SETS["held-out 77"] is HELDOUT77_WEEKLY


def test_weekly_cases_are_drawn_up_for_mondays_and_check_both_ways():
    assert len(WEEKLY_CASES) >= 20
    for case in ALL_WEEKLY:
        assert case.week.weekday() == 0, case.name
        assert case.people, case.name
    people = _people(ALL_WEEKLY)
    assert len({p.name for p in people}) == len(people), "names must tell people apart"
    assert sum(p.grade == 0 for p in people) >= 12
    assert sum(p.grade == 1 for p in people) >= 15
    # Some waits are checked again once their month has come.
    assert len({c.week for c in WEEKLY_CASES}) >= 5
    assert any(c.week > date(2026, 12, 31) for c in WEEKLY_CASES)


def test_a_case_is_right_only_in_order_with_nobody_excluded_shown_or_graded_missing():
    grades = {"opted_out": 0, "waiting": 1, "free": 2}
    assert case_right(["free", "waiting"], grades, {"opted_out"})
    assert not case_right(["waiting", "free"], grades, {"opted_out"})
    assert not case_right(["free", "waiting", "opted_out"], grades, {"opted_out"})
    assert not case_right(["free"], grades, {"opted_out"})
