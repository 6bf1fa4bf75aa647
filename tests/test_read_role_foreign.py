"""A role's terms said in Spanish, Portuguese, German, Polish or Taglish read like English ones:
its schedule, sponsorship, contract, work mode, travel, company kind, sector and band period."""

from datetime import date

import pytest

from matching.fit import ConditionFact, judge_condition
from reading import read
from reading.role_facts import role_facts


def said(facet: str, polarity: str, **value) -> ConditionFact:
    return ConditionFact(1, facet, polarity, value, None, date(2026, 3, 1), "motivation", None)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Turnos rotativos de lunes a domingo, incluye fines de semana.", {"shifts", "weekends"}),
        ("Escala 12x36 com plantões aos sábados e feriados.", {"shifts", "weekends"}),
        ("Wechselschicht inkl. Nachtschicht, Zuschläge nach Tarif.", {"shifts", "nights"}),
        ("Praca zmianowa, także nocna zmiana i weekendy.", {"shifts", "nights", "weekends"}),
        ("Bereitschaftsdienst eine Woche im Monat.", {"on_call"}),
    ],
)
def test_a_schedule_said_in_another_language_is_the_roles(text, kinds):
    facts = role_facts(title="Agent", description=text, remote_policy="onsite")
    assert kinds <= facts.schedule


def test_a_schedule_said_to_be_absent_abroad_is_no_schedule():
    facts = role_facts(title="Agent", offers=["Horario de lunes a viernes, sin fines de semana"])
    assert "weekends" not in facts.schedule
    assert "weekends" in facts.no_schedule


@pytest.mark.parametrize(
    "offer",
    [
        "Leider kein Visa-Sponsoring",
        "No patrocinamos permisos de trabajo.",
        "Não oferecemos patrocínio de visto",
        "Nie sponsorujemy wiz",
        "Visa-Sponsoring nicht möglich",
    ],
)
def test_sponsorship_refused_abroad_misses_someone_who_needs_it(offer):
    facts = role_facts(title="Mechaniker", offers=[offer], remote_policy="onsite")
    assert facts.sponsorship is False
    judged = judge_condition(said("visa", "must", kind="needs_sponsorship"), facts)
    assert judged is not None and judged.kind == "unmet"


def test_sponsorship_offered_abroad_is_offered():
    assert role_facts(title="SAP", offers=["Visa-Sponsoring möglich"]).sponsorship is True


@pytest.mark.parametrize(
    ("offer", "kind"),
    [
        ("Contrato indefinido desde el primer día", "permanent"),
        ("Umowa o pracę na czas nieokreślony", "permanent"),
        ("Umowa o pracę na czas określony (12 miesięcy)", "fixed_term"),
        ("Vaga efetiva, carteira assinada", "permanent"),
        ("Befristet auf 18 Monate", "fixed_term"),
        ("Einsatz über Zeitarbeit, Übernahme möglich", "contract"),
        ("Kontrakt B2B, faktura VAT", "contract"),
        ("Regularized after 6 months of probation", "permanent"),
        ("Project-based, 8 months", "fixed_term"),
    ],
)
def test_a_contract_kind_said_abroad_is_read(offer, kind):
    assert role_facts(title="Analyst", offers=[offer]).contract == kind


def test_an_english_b2b_product_is_no_b2b_contract():
    facts = role_facts(title="Engineer", description="We build B2B software for retailers.")
    assert facts.contract is None


@pytest.mark.parametrize(
    ("text", "mode", "days"),
    [
        ("Trabajo 100% remoto desde cualquier ciudad de Colombia", "remote", None),
        ("Praca w pełni zdalna", "remote", None),
        ("Híbrido: 3 días en oficina", "hybrid", 3),
        ("Mobiles Arbeiten an 1 Tag pro Woche, sonst im Büro", "hybrid", 4),
        ("Two days a week from home, the rest in our Leeds office", "hybrid", 3),
    ],
)
def test_work_mode_said_in_the_text_abroad(text, mode, days):
    facts = role_facts(title="Specialist", description=text)
    assert facts.work_mode == mode
    assert facts.office_days == days


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Reisetätigkeit ca. 30 %", 0.3),
        ("Around a third of your time at customer sites across the region.", 0.33),
        ("Two weeks a month on site for launches in Saltillo.", 0.46),
        ("Viajes frecuentes, aprox. 40% del tiempo", 0.4),
    ],
)
def test_a_travel_share_is_read_in_words_and_abroad(text, share):
    assert role_facts(title="Consultant", description=text).travel_share == pytest.approx(share)


def test_half_the_time_in_the_office_is_no_travel():
    facts = role_facts(title="Consultant", description="Half the time in our Leeds office.")
    assert facts.travel_share is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Inhabergeführtes Unternehmen mit 250 Beschäftigten", "small"),
        ("Empresa familiar con 120 colaboradores", "small"),
        ("A 40-seat boutique contact centre", "small"),
        ("Ein DAX-Konzern mit Standorten weltweit", "large"),
        ("Firma rodzinna, 90 pracowników", "small"),
    ],
)
def test_company_kind_said_abroad(text, kind):
    assert kind in role_facts(title="Analyst", description=text).company


def test_a_family_firm_of_thousands_is_still_large():
    facts = role_facts(title="Analyst", description="A family-owned group with 12,000 employees.")
    assert "large" in facts.company and "small" not in facts.company


def test_lending_apps_are_a_sector_apart_from_banks():
    facts = role_facts(
        title="Collections Agent", description="Cobranza para una aplicación de préstamos en línea."
    )
    assert "lending" in facts.industries
    refused = read("Ya no quiere cobranza de apps de crédito.", said_at=date(2026, 3, 1))
    assert [(c.facet, c.polarity, c.value["name"]) for c in refused] == [
        ("industry", "avoid", "lending")
    ]
    bank = role_facts(title="Collections Agent", description="Collections for a consumer bank.")
    assert "lending" not in bank.industries


@pytest.mark.parametrize(
    ("offer", "period"),
    [
        ("R$ 2.800 a 3.200 por mês + VR", "month"),
        ("8 000 – 9 500 zł brutto miesięcznie", "month"),
        ("3.800-4.200 € brutto im Monat", "month"),
        ("Sueldo de 18 a 22 mil pesos mensuales", "month"),
    ],
)
def test_a_bands_period_is_read_from_its_own_figures(offer, period):
    lo, hi = {
        "R$ ": (2800, 3200),
        "8 0": (8000, 9500),
        "3.8": (3800, 4200),
        "Sue": (18000, 22000),
    }[offer[:3]]
    facts = role_facts(title="Agent", offers=[offer], salary_min=lo, salary_max=hi, currency="EUR")
    assert facts.pay_period == period


def test_another_figures_period_does_not_make_the_band_monthly():
    facts = role_facts(
        title="Agent",
        offers=["€60k a year plus a €400 a month travel allowance", "Budget 3,000 a month"],
        salary_min=50_000,
        salary_max=60_000,
        currency="EUR",
    )
    assert facts.pay_period == "year"


def test_a_monthly_band_meets_a_monthly_ask_in_the_same_range():
    facts = role_facts(
        title="Agent",
        offers=["$18,000-$22,000 MXN brutos al mes"],
        salary_min=18_000,
        salary_max=22_000,
        currency="MXN",
    )
    judged = judge_condition(said("pay", "wish", amount=20_000, period="month", kind="ask"), facts)
    assert judged is not None and judged.kind == "met"


def test_a_declined_offer_over_sundays_or_honorarios_is_read_in_spanish():
    sundays = read("Rechazó la oferta por turnos rotativos con domingos.", said_at=date(2026, 3, 1))
    assert ("schedule", "avoid") in {(c.facet, c.polarity) for c in sundays}
    fees = read("Declinó la oferta: era por honorarios.", said_at=date(2026, 3, 1))
    assert [(c.facet, c.polarity, c.value["kind"]) for c in fees] == [
        ("contract", "avoid", "contract")
    ]
    past = read("Trabajó por honorarios tres años en un despacho.", said_at=date(2026, 3, 1))
    assert not [c for c in past if c.facet == "contract"]


def test_an_ask_with_no_period_is_read_in_a_monthly_bands_period():
    facts = role_facts(
        title="Agent",
        offers=["R$ 2.800 a 3.300 por mês, CLT"],
        salary_min=2_800,
        salary_max=3_300,
        currency="BRL",
    )
    (modest,) = read("Pretensão de R$ 3.100.", said_at=date(2026, 3, 1))
    (high,) = read("Pretensão de R$ 5.500, não baixa disso.", said_at=date(2026, 3, 1))
    assert judge_condition(said("pay", modest.polarity, **modest.value), facts).kind == "met"
    assert judge_condition(said("pay", high.polarity, **high.value), facts).kind == "unmet"
    # a band that states no period stays a year's: 45k asked against 40-50k is met as a year
    yearly = role_facts(title="Agent", salary_min=40_000, salary_max=50_000, currency="EUR")
    (ask,) = read("Looking for 45k.", said_at=date(2026, 3, 1))
    assert yearly.pay_period == "year"
    assert judge_condition(said("pay", ask.polarity, **ask.value), yearly).kind == "met"


@pytest.mark.parametrize(
    ("note", "polarity"),
    [
        ("No le molestan los fines de semana, los prefiere.", "wish"),
        ("Le molestan mucho los turnos de fin de semana.", "avoid"),
    ],
)
def test_spanish_molestar_says_fine_or_refused(note, polarity):
    read_ = [c for c in read(note, said_at=date(2026, 3, 1)) if c.facet == "schedule"]
    assert [(c.polarity, c.value["kind"]) for c in read_] == [(polarity, "weekends")]


def test_a_polish_offer_declined_as_b2b_only_is_no_wish_for_b2b():
    read_ = read(
        "Odrzuciła naszą ofertę: wyłącznie B2B, a ona chce etat.", said_at=date(2026, 3, 1)
    )
    assert not [c for c in read_ if c.facet == "contract" and c.polarity in ("must", "wish")
                and c.value["kind"] == "contract"]  # fmt: skip
