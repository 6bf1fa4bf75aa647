"""Notes in other languages, or with another language mixed in, are read like English ones.

Recruiters abroad type the local language: an opt-out in German or Polish must hide the person
as surely as "stop emailing me", and a softer line in the same language ("not now, keep sending",
"write to me in French") must not. Refusals, waits, pay words, currencies and the local holidays
are read too. Sentences are our own.
"""

from datetime import date

import pytest

from reading import read
from tests.reading_helpers import ReadAt

SAID = date(2026, 11, 10)


_AT = ReadAt(SAID)
found, opted_out, wait_until = _AT.found, _AT.opted_out, _AT.wait_until
pay = _AT.first_pay


@pytest.mark.parametrize(
    "text",
    [
        # German
        "Bitte keine Kontaktaufnahme mehr.",
        "Kontaktieren Sie mich bitte nicht mehr, danke.",
        "Ich bitte darum, meine Daten zu löschen.",
        "Widerspruch gem. Art. 21 DSGVO - bitte aus Ihrer Datenbank entfernen.",
        "Ich widerrufe hiermit meine Einwilligung.",
        # French
        "Merci de ne plus me contacter.",
        "Supprimez mes données personnelles s'il vous plaît.",
        "Il ne souhaite plus être contacté.",
        "Arrêtez de me solliciter svp",
        # Portuguese
        "por favor, não me contactem mais",
        "parem de me enviar vagas!!",
        "quero que apaguem meus dados",
        # Spanish
        "Favor de no me contacten más, gracias",
        "dejen de escribirme por favor",
        "Por favor denme de baja.",
        "bórrenme de su base de datos",
        # Polish
        "Proszę usunąć mnie z bazy.",
        "proszę nie kontaktować się ze mną więcej",
        "wycofuję zgodę na przetwarzanie danych",
        # Dutch and Italian
        "Neem alstublieft geen contact meer met mij op.",
        "verwijder mij uit uw bestand",
        "Non contattatemi più, grazie.",
        "cancellate i miei dati per favore",
        # Dutch, as an ATS line: a data-protection request and a flag
        "AVG verzoek 3/4 - hij wil niet meer door jullie gebeld worden",
        "Kandidate wil niet meer door recruiters benaderd worden.",
        "Status: niet benaderen.",
        "Wil nooit meer gebeld worden door jullie.",
        "Graag uit jullie database verwijderen.",
    ],
)
def test_an_opt_out_in_another_language_is_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gerne weiterhin Angebote, aber bitte nur per Mail.",
        "Je préfère être contacté en anglais, merci.",
        "pas maintenant, mais continuez à m'envoyer des offres",
        "agora não dá, mas pode me mandar as vagas sim",
        "ahora no, escríbeme en enero",
        "nie teraz, ale proszę pisać w przyszłym roku",
        "Bitte nicht vor März kontaktieren.",
        "merci de ne pas me contacter avant janvier",
        "proszę nie kontaktować do marca",
        "me di de baja del boletín, pero sigan mandándome vacantes",
        "liever niet bellen onder werktijd, mailen mag altijd",
        "avg salaris 4.500 per maand",
    ],
)
def test_a_softer_line_in_another_language_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("domingo nem pensar", "weekends"),
        ("fines de semana ni de broma", "weekends"),
        ("jamais le week-end, c'est pour la famille", "weekends"),
        ("keine Rufbereitschaft mehr", "on_call"),
        ("nie wieder Nachtschichten", "nights"),
        ("astreintes: plus jamais", "on_call"),
    ],
)
def test_a_refusal_in_another_language_is_a_refusal(text, kind):
    assert ("schedule", "avoid", kind) in found(text)


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        ("keine Glücksspielbranche", "gambling"),
        ("armamento ni loco", "defence"),
        ("nunca más apuestas deportivas, ni casinos", "gambling"),
    ],
)
def test_a_sector_refused_in_another_language(text, industry):
    assert ("industry", "avoid", industry) in found(text)


@pytest.mark.parametrize(
    ("text", "said_at", "until"),
    [
        ("nach Ostern gerne wieder", date(2026, 11, 10), "2027-03-01"),
        ("on se reparle en février", date(2026, 11, 10), "2027-02-01"),
        ("falamos depois do Natal", date(2026, 11, 10), "2027-01-01"),
        ("hasta marzo no puedo moverme", date(2026, 11, 10), "2027-03-01"),
        ("odezwę się po świętach", date(2026, 11, 10), "2027-01-01"),
        ("jusqu'à fin avril je suis pris", date(2026, 11, 10), "2027-04-01"),
        ("im Juni bin ich wieder offen - Elternzeit bis dahin", date(2026, 11, 10), "2027-06-01"),
    ],
)
def test_a_wait_in_another_language_resolves_like_english(text, said_at, until):
    assert wait_until(text, said_at) == until


def test_months_named_in_passing_in_another_language_are_no_wait():
    note = (
        "larga charla: en abril cambió de proyecto, en julio estuvo en Lisboa y en octubre "
        "se mudó. Le interesa cualquier rol remoto."
    )
    assert wait_until(note, date(2026, 11, 10)) is None


@pytest.mark.parametrize(
    ("text", "said_at", "until"),
    [
        ("after the Three Kings holiday, please", date(2026, 11, 2), "2027-01-01"),
        ("nada hasta después de Reyes", date(2026, 12, 1), "2027-01-01"),
        ("after Obon - we're in Kyoto with the family", date(2026, 5, 20), "2026-08-01"),
        ("after Obon - we're in Kyoto with the family", date(2026, 9, 1), "2027-08-01"),
        ("pasando el Guadalupe-Reyes lo vemos", date(2026, 11, 20), "2027-01-01"),
        ("after Holy Week we can talk", date(2026, 11, 20), "2027-03-01"),
        ("depois da Semana Santa", date(2027, 5, 2), "2028-04-01"),
        ("après les Fêtes", date(2026, 11, 30), "2027-01-01"),
        ("after les Fêtes", date(2025, 12, 10), "2026-01-01"),
    ],
)
def test_local_holidays_and_feasts_are_waits(text, said_at, until):
    assert wait_until(text, said_at) == until


@pytest.mark.parametrize(
    ("text", "amount", "currency", "period", "polarity"),
    [
        ("Stundensatz nicht unter 95 €", 95, "EUR", "hour", "must"),
        ("700 €/Tag wäre gut", 700, "EUR", "day", "wish"),
        ("TJM minimum 650 €", 650, "EUR", "day", "must"),
        ("pretensão de R$ 18 mil por mês", 18000, "BRL", "month", "wish"),
        ("busco 45 mil pesos al mes", 45000, None, "month", "wish"),
        ("4 500 € brut par mois au moins", 4500, "EUR", "month", "must"),
    ],
)
def test_pay_words_in_another_language(text, amount, currency, period, polarity):
    value = pay(text)
    assert value is not None
    assert (value["amount"], value["currency"], value["period"]) == (amount, currency, period)
    assert any(c.facet == "pay" and c.polarity == polarity for c in read(text, said_at=SAID))


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("asking Ksh 420,000 a month", 420000, "KES"),
        ("wants at least AED 38k monthly", 38000, "AED"),
        ("looking for MXN 70k a month", 70000, "MXN"),
        ("expects EGP 90k a month", 90000, "EGP"),
        ("TRY 150k a month would do", 150000, "TRY"),
        ("PHP 120,000 per month", 120000, "PHP"),
        ("around RM 15k monthly", 15000, "MYR"),
        ("SAR 30k a month minimum", 30000, "SAR"),
        ("₪ 40k a month", 40000, "ILS"),
        ("CZK 120k monthly", 120000, "CZK"),
        ("HUF 1.5m a month", 1500000, "HUF"),
        ("RON 20k per month", 20000, "RON"),
        ("COP 12m a month", 12000000, "COP"),
    ],
)
def test_currencies_beyond_the_big_ones_are_named(text, amount, currency):
    value = pay(text)
    assert value is not None and (value["amount"], value["currency"]) == (amount, currency)


@pytest.mark.parametrize(
    "text",
    ["I'll try 3 days in the office", "PHP 8 years, Laravel mostly", "mad 2 weeks at work"],
)
def test_currency_codes_that_are_words_are_not_pay_on_their_own(text):
    assert pay(text) is None


def test_a_million_is_still_a_million_in_dollars():
    assert pay("equity could be worth $1.2 mil")["amount"] == 1_200_000


# --- the English side of the same round: events said with their month, wholesale unsubscribes ---


@pytest.mark.parametrize(
    ("text", "said_at", "until"),
    [
        # the month says when a cliff vests, not its length counted from the day said
        ("ping me once my 1-year cliff vests in June", date(2026, 3, 2), "2026-06-01"),
        ("my twelve-month cliff is up in September, talk after", date(2026, 5, 11), "2026-09-01"),
        ("stock cliff vests in March - not moving before then", date(2026, 11, 10), "2027-03-01"),
        # a home move in a month is a wait when they say to talk once it is done
        (
            "relocating to Leeds in January; call me once we've settled",
            date(2026, 11, 10),
            "2027-01-01",
        ),
        ("moving to Gdańsk in March, reach out after the move", date(2026, 11, 10), "2027-03-01"),
    ],
)
def test_an_event_said_with_its_month_waits_for_that_month(text, said_at, until):
    assert wait_until(text, said_at) == until


def test_a_home_move_alone_is_still_no_wait():
    assert wait_until("moving to Lisbon in June, keen on roles there", date(2026, 11, 10)) is None


@pytest.mark.parametrize(
    "text",
    [
        "£6k a month minimum",
        "USD 9,500 a month at least",
        "wants 4 000 zł gross a month",
    ],
)
def test_a_monthly_amount_is_no_wait_of_a_month(text):
    assert wait_until(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Please unsubscribe me from everything - the newsletter and the recruiter emails.",
        "take me off all your mailing lists and everything else",
        "unsubscribe me from all your emails, thanks",
    ],
)
def test_unsubscribing_from_everything_is_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "unsubscribe me from everything except the contract roles",
        "unsubscribe me from the monthly newsletter, personal notes are welcome",
    ],
)
def test_unsubscribing_from_part_of_it_is_no_opt_out(text):
    assert not opted_out(text)


# --- Swedish, Finnish, Turkish, Indonesian and Tagalog (Taglish) --------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Swedish
        "Hon vill inte bli kontaktad igen.",
        "Snälla sluta kontakta mig helt.",
        "radera mina personuppgifter, tack",
        "Han återkallar sitt samtycke.",
        # Finnish
        "Älkää enää ottako minuun yhteyttä.",
        "Ei halua enää yhteydenottoja meiltä.",
        # Turkish
        "Lütfen beni listenizden çıkarın.",
        "Bir daha benimle iletişime geçmeyin.",
        "Kişisel verilerimi silin lütfen.",
        # Indonesian
        "Tolong jangan hubungi saya lagi ya.",
        "Mohon hapus data saya dari database kalian.",
        # Tagalog / Taglish
        "Huwag na po akong kontakin ulit.",
        "paki remove na ako sa listahan",
    ],
)
def test_an_opt_out_in_swedish_finnish_turkish_indonesian_or_tagalog(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sluta skicka jobb via sms, mejl går bra.",  # a channel
        "Inte just nu, men hör gärna av dig i vår.",
        "Ei juuri nyt, mutta kirjoita keväällä.",
        "Lütfen beni telefonla değil e-postayla arayın.",
        "Jangan telepon jam kerja ya, WA aja.",
        "busy pa ngayon pero ok lang mag-message ulit next year",
    ],
)
def test_a_softer_line_in_those_languages_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    ("text", "said_at", "until"),
    [
        ("Föräldraledig till och med maj, hör av dig efter det", date(2026, 11, 2), "2027-05-01"),
        ("Kan tidigast efter julen", date(2026, 11, 2), "2027-01-01"),
        ("Toukokuun jälkeen voidaan puhua", date(2026, 11, 2), "2027-06-01"),
        ("Nisana kadar yeni iş bakmıyorum", date(2026, 11, 2), "2027-04-01"),
        ("Kurban Bayramından sonra görüşelim", date(2026, 11, 2), "2027-05-01"),
        ("Baru bisa pindah setelah Idul Fitri, menunggu THR", date(2026, 11, 2), "2027-03-01"),
        ("sampai Maret masih sibuk", date(2026, 11, 2), "2027-03-01"),
        ("hanggang Pebrero muna, tapos usap tayo", date(2026, 11, 2), "2027-02-01"),
    ],
)
def test_a_wait_in_those_languages_resolves_like_english(text, said_at, until):
    waits = [c.value["until"] for c in read(text, said_at=said_at) if c.facet == "wait"]
    assert waits[:1] == [until]


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("Distansarbete är ett måste, etätyö ehdoton", ("work_mode", "must", "remote")),
        ("Etätyö ei sovi hänelle", ("work_mode", "avoid", "remote")),
        ("ayaw na ng night shift, pagod na", ("schedule", "avoid", "nights")),
        ("Max 40 menit perjalanan", ("commute", "must")),
        ("En fazla 30 dakika yol", ("commute", "must")),
    ],
)
def test_refusals_and_words_in_those_languages(text, condition):
    assert condition in {c.key()[: len(condition)] for c in read(text, said_at=date(2026, 3, 14))}


@pytest.mark.parametrize(
    ("text", "said_at", "until"),
    [
        ("Anh ấy muốn chờ qua Tết rồi mới nói chuyện", date(2026, 11, 2), "2027-02-01"),
        ("sau Tết nhé, nhận thưởng Tết xong đã", date(2026, 1, 5), "2026-02-01"),
    ],
)
def test_a_wait_past_tet_in_vietnamese(text, said_at, until):
    assert wait_until(text, said_at) == until


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("só Porto, não saio do norte", ("location", "must", "porto")),
        ("aberta a mudar-se para Lisboa", ("location", "wish", "lisbon")),
    ],
)
def test_only_and_open_to_a_move_in_portuguese(text, condition):
    assert condition in found(text)


@pytest.mark.parametrize(
    ("text", "amount", "period", "polarity"),
    [
        ("lägstanivå 70 000 kr/mån, annars stannar hon", 70000, "month", "must"),
        ("minst 60 000 kr i månaden", 60000, "month", "must"),
        ("vähintään 5 500 €/kk", 5500, "month", "must"),
        ("omkring 55k i månaden vore bra", 55000, "month", "wish"),
    ],
)
def test_pay_floors_and_months_in_swedish_and_finnish(text, amount, period, polarity):
    pays = [c for c in read(text, said_at=SAID) if c.facet == "pay"]
    assert pays and pays[0].value["amount"] == amount
    assert pays[0].value["period"] == period and pays[0].polarity == polarity


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("dame unas seis semanas y hablamos", "2026-12-01"),
        ("me dá uns dois meses, depois conversamos", "2027-01-01"),
    ],
)
def test_a_duration_in_spanish_or_portuguese_is_a_wait(text, until):
    assert wait_until(text) == until


def test_pay_per_month_in_spanish_is_no_wait():
    assert wait_until("gana dos mil por mes") is None


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("quiere trabajar en energías renovables", ("mission", "wish", "climate")),
        ("Elle veut travailler dans les énergies renouvelables", ("mission", "wish", "climate")),
        ("harta del fintech, quiere algo con propósito", ("industry", "avoid", "fintech")),
        ("j'en ai marre du retail", ("industry", "avoid", "retail")),
    ],
)
def test_a_cause_wanted_and_a_sector_tired_of_in_another_language(text, condition):
    assert condition in found(text)


@pytest.mark.parametrize(
    "text, amount, currency, polarity",
    [
        ("1500万 minimum", 15_000_000, None, "must"),
        ("希望年収は1,200万円以上", 12_000_000, "JPY", "must"),
        ("she'd take 1000万, that would be fine", 10_000_000, None, "wish"),
        ("expects 1.2億", 120_000_000, None, "wish"),
        ("40万元 minimum", 400_000, "CNY", "must"),
    ],
)
def test_japanese_and_chinese_ten_thousands_are_amounts(text, amount, currency, polarity):
    pays = [c for c in read(text, said_at=date(2026, 11, 10)) if c.facet == "pay"]
    assert [(c.value["amount"], c.value["currency"], c.polarity) for c in pays] == [
        (amount, currency, polarity)
    ]


# --- opt-outs in every person of a Spanish verb, Québec French, Turkish and Hebrew -------------


@pytest.mark.parametrize(
    "text",
    [
        # Spanish: vosotros, tú, ustedes, and the polite past subjunctive
        "No me contactéis más, gracias.",
        "Por favor, dejad de escribirme.",
        "Te pido que no me vuelvas a llamar ni escribir.",
        "No quiero que me contactéis más.",
        "Sacadme de vuestra base de datos, por favor.",
        "Le agradecería que eliminara mis datos personales.",
        "Ruego que me quitéis de la lista.",
        # French (Québec and France)
        "Ne m'écrivez plus.",
        "Pouvez-vous retirer mon nom de la liste?",
        "Je vous demande de ne plus m'écrire.",
        "Merci de supprimer mon profil de vos fichiers.",
        # Turkish
        "Bir daha mesaj atmayın lütfen.",
        "Artık mesaj atmayın.",
        "Lütfen artık bana iş ilanı göndermeyin.",
        "Bundan sonra benimle iletişim kurmayın.",
        "Beni listenizden kaldırın.",
        "numaramı listenizden silin",
        # Hebrew, in its script and transliterated
        "אל תיצרו איתי קשר יותר",
        "תפסיקו לשלוח לי הודעות",
        "נא להסיר אותי מהרשימה",
        "תורידו אותי מהרשימה שלכם",
        "אני לא מעוניין שתפנו אליי יותר",
        "אל תתקשרו אליי יותר",
        "al tifnu elai yoter",
        "tasiru oti mehareshima bevakasha",
    ],
)
def test_an_opt_out_in_any_person_or_script_is_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "No me llaméis por las mañanas, mejor por la tarde.",
        "No me escribáis a este correo, usad el personal.",
        "No me llaméis más, mejor por correo.",  # calls refused, email offered: a channel
        "Escribidme en inglés, por favor.",
        "Écrivez-moi en anglais plutôt.",
        "ne m'écrivez pas avant janvier",
        "Ne m'appelez plus, écrivez-moi plutôt par courriel.",
        "Lütfen beni sabahları aramayın.",
        "Bir daha aramayın, e-posta atın.",
        "Şu an bakmıyorum ama ileride yazın.",
        "אל תתקשרו אליי בבוקר",  # not in the mornings
        "עדכנתי את המספר שלי, זה החדש",  # I updated my number, this is the new one
        "אני לא מעוניין כרגע, תודה",  # not interested right now
        "תפסיקו להתקשר אליי, תכתבו במייל",  # stop calling, write by email
    ],
)
def test_a_narrower_wish_in_those_languages_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text, said, until",
    [
        ("נדבר אחרי פסח", date(2026, 11, 2), "2027-04-01"),  # we'll talk after Pesach
        ("עד אחרי החגים אני לא זמין", date(2026, 8, 3), "2026-10-01"),  # not free till after
        ("Hablamos después de Pésaj.", date(2026, 11, 2), "2027-04-01"),
        ("On se reparle après Roch Hachana.", date(2026, 8, 3), "2026-09-01"),
    ],
)
def test_a_jewish_holiday_named_in_hebrew_spanish_or_french_times_a_wait(text, said, until):
    assert wait_until(text, said) == until


@pytest.mark.parametrize(
    "text, condition",
    [
        ("Solo remoto, vive en Valencia.", ("work_mode", "must", "remote")),
        ("100% en remoto o nada", ("work_mode", "must", "remote")),
        ("Sólo trabajo desde casa.", ("work_mode", "must", "remote")),
        ("Prefiere el modelo híbrido.", ("work_mode", "wish", "hybrid")),
        ("El híbrido le va bien.", ("work_mode", "wish", "hybrid")),
        ("No quiere presencial.", ("work_mode", "avoid", "onsite")),
    ],
)
def test_a_way_of_working_in_spanish_is_read(text, condition):
    assert condition in found(text)


def test_solo_in_english_is_no_hardness_word():
    assert not any(k[:2] == ("work_mode", "must") for k in found("Solo founder, fully remote team"))


# --- Dutch, Polish, Portuguese and Romanian: all contact refused, beside narrower wishes ------


@pytest.mark.parametrize(
    "text",
    [
        # Dutch
        "Ik ontvang graag geen vacatures meer van jullie.",
        "Stuur me alstublieft geen mails meer.",
        "Gelieve mij niet meer te contacteren.",
        # Polish
        "Nie życzę sobie więcej wiadomości od Państwa.",
        "Proszę więcej się ze mną nie kontaktować.",
        "Nie chcę już otrzymywać żadnych ofert.",
        "Proszę nie wysyłać mi więcej maili, dziękuję.",
        # Portuguese
        "Não desejo receber mais contactos da vossa parte.",
        "Deixem de me contactar, por favor.",
        "Não me voltem a contactar.",
        # Romanian
        "Nu mai doresc să fiu contactată.",
        "Ștergeți-mă din baza de date, vă rog.",
        "Vă rog să nu mă mai căutați pentru joburi.",
        "Nu mai vreau să primesc mesaje de la dumneavoastră.",
        "Îmi retrag consimțământul pentru prelucrarea datelor.",
    ],
)
def test_all_contact_refused_in_dutch_polish_portuguese_or_romanian_is_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        # about one kind of role only
        "Ik wil geen berichten meer over Java-vacatures.",
        "Nie chcę już otrzymywać ofert z Krakowa.",
        "Não quero receber mais mensagens sobre vagas no Porto.",
        "Nu mai vreau să primesc oferte pentru roluri de junior.",
        # a channel or a time, or keep me on file
        "Nu mă sunați dimineața, prefer e-mail.",
        "Vă rog să nu mă sunați în timpul programului, scrieți-mi pe e-mail.",
        "Liever geen telefoontjes overdag, mail is prima.",
        "Proszę o kontakt mailowy, nie telefoniczny.",
        "Agora não, mas mantenham-me na vossa lista.",
    ],
)
def test_a_kind_of_role_a_channel_or_not_now_in_those_languages_is_no_opt_out(text):
    assert not opted_out(text)


def test_a_romanian_stop_about_one_kind_of_role_is_no_opt_out():
    assert not opted_out("Nu mă mai contactați despre roluri de junior.")
    assert not opted_out("Nu mă mai căutați pentru posturi în Cluj, m-am mutat.")
