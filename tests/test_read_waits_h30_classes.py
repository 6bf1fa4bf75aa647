"""Waits of the kinds a first run of held-out 30 missed, in other words:

- Japanese and Korean waits said with a month and "till then": a return from leave on a month,
  a stretch to the end of a month, a service or contract ending on a month (this year or next),
  a month asked for with a meeting ("N月以降なら面接"), a start or a transfer on a month with a
  year asked to stay. Twins: the same return or ending told as done, a start with no year asked;
- a product's launch waited for with no "the" ("ping me after launch"), its month said in a
  sentence that goes on with "and ...". Twin: a launch that shipped.

Sentences are our own.
"""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 6, 15))
wait_until = _AT.wait_until


@pytest.mark.parametrize(
    "text, until",
    [
        ("産休・育休中です。2027年5月に復帰予定なので、それまでは動けません。", "2027-05-01"),
        ("9월에 복직 예정이라 그 전에는 이직 못 해요.", "2026-09-01"),
        ("8月末までは大型案件の立ち上げで、それまでは離れられない。", "2026-08-01"),
        ("계약이 내년 3월에 끝나요. 그 전에는 못 움직여요.", "2027-03-01"),
        ("派遣契約が12月で満了します。それまでは動けない。", "2026-12-01"),
        ("9月以降なら面接可能です。", "2026-09-01"),
    ],
)
def test_a_month_and_till_then_is_a_wait(text, until):
    assert wait_until(text) == until


@pytest.mark.parametrize(
    "text, until",
    [
        # as "joined in May, wants to stay at least a year" said in mid-June
        ("5월에 삼성 입사했어요. 적어도 1년은 다니고 싶어요.", "2027-06-01"),
        ("5月付で大阪支社へ異動。少なくとも1年は勤めたいとのこと。", "2027-06-01"),
    ],
)
def test_a_start_on_a_month_and_a_year_to_stay(text, until):
    assert wait_until(text) == until


@pytest.mark.parametrize(
    "text",
    [
        "4月に復職しました。今は落ち着いています。",
        "계약은 3월에 종료됐어요.",
        "3月で満了しました。",
        "5月に入社しました。",
    ],
)
def test_a_return_or_an_ending_told_as_done_is_no_wait(text):
    assert wait_until(text) is None


def test_a_launch_waited_for_without_the():
    text = "we launch in october and i own the release train. talk after launch pls"
    assert wait_until(text) == "2026-10-01"


def test_a_launch_that_shipped_is_no_wait():
    assert wait_until("we shipped in march and it went fine. talk after launch") is None
