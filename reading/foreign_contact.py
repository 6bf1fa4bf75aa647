"""Contact wishes in German, French, Portuguese, Polish, Romanian and Swahili that the older
tables (``reading.foreign_opt_outs``) do not hold, rewritten into the English the rules know:

- stops: "möchte aus der Datenbank gelöscht werden", "melden Sie mich von allem ab", "keine
  WhatsApp mehr, und auch sonst nichts", "me retirer de votre vivier", "não quero voltar a ser
  contactada", "usinitumie ujumbe tena", "sitaki kuwasiliana nanyi", "mniondoe kwenye orodha yenu";
- a stop of theirs taken back: an apology for the earlier message ("Sorry für die Nachricht",
  "przepraszam za tamtą wiadomość") or the stop recalled ("știu că v-am rugat să nu mă mai
  contactați"), then a turn back ("gern wieder Angebote", "chętnie posłucham o ofertach", "acum
  caut activ"), which ``reading.opt_in_phrases.OPT_IN`` reads only after such an apology or recall.

``reading.foreign`` puts this table in front of the others. As there, a stop scoped to a channel,
a time or a kind of role ("keine WhatsApp, lieber per Mail", "não quero voltar ao turno da noite",
"usinitumie ujumbe mchana") has no entry and stays unread; the French channel that will do
instead ("un mail suffit") and a time a stop is kept to ("pendant la saison") are rewritten, so
that beside "ne plus m'appeler" the English rules read the phone only.
"""

from __future__ import annotations

# After a stop: the end of the sentence, or only thanks or please.
_ENDS = r"(?=\s*(?:[.!;,]|$|danke|bitte|merci|obrigad[oa]|asante|mulțumesc|multumesc|dzięki|dziekuje|dziękuję))"

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # German: "möchte aus unserer Datenbank gelöscht werden", "will aus der Kartei gestrichen werden"
    (
        r"(?:möchte|moechte|möchten|will|wollte|wünscht|wuenscht|bat darum,?) (?:aus (?:unserer|ihrer|eurer|der|"
        r"unseren|ihren|allen) (?:datenbank|datenbanken|kartei|liste|listen|bewerberdatenbank|talentpool|"
        r"verteiler|system|systemen) )?(?:gelöscht|geloescht|entfernt|gestrichen|ausgetragen) (?:werden|sein)",
        "wants to be deleted",
    ),
    # "ich möchte nicht mehr kontaktiert werden", "will nie wieder angerufen werden"
    (
        r"(?:möchte|moechte|möchten|will|wollen|wünsche|wuensche)(?: (?:bitte|ab sofort|künftig|kuenftig|"
        r"beide|alle|auch))? (?:nicht mehr|nie wieder|nie mehr|keinesfalls mehr) "
        # by us ("von Ihnen", "durch Ihre Firma"), not by a kind of role ("für Banken-Jobs")
        r"(?:(?:von|durch) (?:ihnen|euch|dir|uns|ihre[rm]? firma|ihr(?:em)? haus|ihr(?:em)? unternehmen) )?(?:kontaktiert|angerufen|angeschrieben|"
        r"angesprochen|belästigt|belaestigt|gestört|gestoert) (?:werden|sein)",
        "does not want to be contacted again",
    ),
    # "bitte keine Anrufe und Mails mehr": every way we write, refused together
    (
        r"keine (?:anrufe|mails|e-mails|nachrichten|sms|whatsapps?)(?:,? (?:und|oder|,) (?:keine )?"
        r"(?:anrufe|mails|e-mails|nachrichten|sms|whatsapps?))+ mehr",
        "no more calls or emails",
    ),
    # "bitte nehmen Sie mich aus Ihrer Kartei", "streichen Sie mich von der Liste"
    (
        r"(?:nehmen sie|nehmt|streichen sie|streicht|entfernen sie|entfernt|löschen sie|loeschen sie) "
        r"(?:mich|ihn|sie) (?:bitte )?(?:aus|von) (?:ihrer|eurer|der|ihren|allen|ihrem|eurem|dem) (?:kartei|"
        r"datenbank|datenbanken|liste|listen|verteiler|system|systemen|bewerberdatenbank|talentpool|evidenz|"
        r"bewerberpool|kandidatenpool)" + _ENDS,
        "remove me from your database",
    ),
    # Dutch: "haal me van jullie lijst af", "haal mij uit jullie database aub"
    (
        r"haal (?:me|mij|hem|haar) (?:alsjeblieft |alstublieft |aub |a\.u\.b\. |even |graag )?(?:van|uit) "
        r"(?:jullie|uw|de|je|alle) (?:lijst|lijsten|database|databases|bestand|systeem|mailinglijst|"
        r"verzendlijst|kandidatenbestand|talentpool)(?: af)?",
        "remove me from your database",
    ),
    # "keine WhatsApp mehr. Und auch sonst nichts.": the one channel and every other way too
    (
        r"(?:und )?(?:auch )?sonst (?:auch )?(?:gar )?nichts(?: mehr)?" + _ENDS,
        "and no more contact of any kind",
    ),
    (
        r"(?:melden sie|meldet|melde|bitte melden sie) (?:mich|ihn|sie) (?:bitte )?(?:von|bei) (?:allem|"
        r"allen (?:listen|verteilern|newslettern|systemen)|überall|ueberall) ab|"
        r"(?:mich|ihn) (?:von|bei) (?:allem|überall|ueberall) abmelden",
        "unsubscribe me from everything",
    ),
    # an apology for an earlier message, and the turn back after it
    (
        r"(?<=sorry )(?:für|fuer|wegen) (?:die|meine|meiner|der|diese|dieser|das|mein) (?:letzte |letzten |"
        r"letztes )?(?:nachricht|mail|e-mail|antwort|sms|whatsapp)|"
        r"entschuldig(?:ung|en sie|e) (?:bitte )?(?:für |fuer |wegen )?(?:die|meine|meiner|der|diese|dieser|das|"
        r"mein) (?:letzte |letzten |letztes )?(?:nachricht|mail|e-mail|antwort|sms)",
        "sorry for my message",
    ),
    # a stop taken back: "bitte nehmen Sie mich wieder auf", "... wieder in Ihren Verteiler auf"
    (
        r"(?:nehmen sie|nehmt|nimm) (?:mich|ihn|sie) (?:bitte )?wieder (?:in (?:ihre[nm]?|eure[nm]?|den|die|das) "
        r"(?:kartei|datenbank|liste|verteiler|system|talentpool|bewerberpool) )?auf",
        "put me back",
    ),
    # "inzwischen bin ich doch wieder offen", "ich bin wieder auf Projektsuche" (a freelancer's
    # search is for projects): looking again now, which lifts
    # only an earlier stop. Said subject first, or after a "now"; a time put first inverts it and
    # is a wait ("im Juni bin ich wieder offen")
    *(
        (
            rf"(?:{who} {verb}|(?:inzwischen|jetzt|nun|mittlerweile) {verb} {who}|{verb} {who} (?=(?:jetzt|"
            r"inzwischen|nun|mittlerweile|doch) ))(?: (?:jetzt|inzwischen|nun|mittlerweile|doch|aber|wirklich|"
            r"echt)){0,2} wieder (?:offen|auf der (?:projekt|job|stellen)?suche|auf (?:projekt|job|stellen)suche)",
            english,
        )
        for verb, who, english in (
            ("bin", "ich", "i'm looking again"),
            ("ist", "sie", "she's looking again"),
            ("ist", "er", "he's looking again"),
        )
    ),
    (
        r"(?:gerne?|sehr gerne?) wieder (?:angebote|stellen|stellenangebote|jobs|anfragen|vorschläge|vorschlaege)",
        "keen again",
    ),
    # French: "veuillez me retirer de votre vivier (de candidats)" - the pool, all of it
    (
        r"(?:veuillez |merci de |pourriez-vous |pouvez-vous |svp |stp )?(?:me|la|le) (?:retirer|supprimer|"
        r"enlever|effacer|rayer|désinscrire|desinscrire|sortir) (?:de|du|des) (?:votre|vos|la|le|les|ce|cette) "
        r"(?:liste|listes|base|bases|fichier|fichiers|banque|vivier|cvthèque|cvtheque|répertoire|repertoire|"
        r"registre|système|systeme)(?: de (?:candidats|candidatures|données|donnees|talents|cv))?"
        + _ENDS,
        "remove me from your database",
    ),
    # Portuguese: "não quero voltar a ser contactada (pela vossa empresa)"; "... sobre vagas de noite",
    # "... por telefone", "... antes das 18h" narrow it
    (
        r"n[ãa]o (?:quero|queremos|desejo|deseja|quer|pretendo) voltar a ser (?:contactad|contatad|"
        r"incomodad|procurad|abordad)[oa]s?(?! (?:sobre|para|no|na|nos|nas|em|por (?!(?:vocês|voces|vós|vos|"
        r"v[oó]s|vossa|sua|esta|essa)\b)|at[ée]|antes|depois|durante|fora|com exce|exceto)\b)",
        "does not want to be contacted again",
    ),
    # Polish: "przepraszam za tamtą wiadomość", then "chętnie posłucham o ofertach"
    (
        r"przepraszam za (?:(?:tamtą|tamta|tę|te|moją|moja|ostatnią|ostatnia|poprzednią|poprzednia|tamtego|"
        r"ostatniego|poprzedniego|mojego) ){0,2}(?:wiadomość|wiadomosc|odpowiedź|odpowiedz|maila|smsa|sms|esemesa)",
        "sorry for that message",
    ),
    (
        r"ch[ęe]tnie (?:pos[łl]ucham|us[łl]ysz[ęe]|dowiem si[ęe]|zobacz[ęe]|przyjrz[ęe] si[ęe]) (?:o )?"
        r"(?:ofert(?:ach|om|y)|propozycj(?:ach|om|e)|nowych ofertach)",
        "happy to hear about roles",
    ),
    # Portuguese and Spanish: "desculpa a grosseria", "desculpe pela minha mensagem", "perdón por mi
    # respuesta", then the turn back ("pode me mandar vagas de novo", "pueden volver a enviarme
    # ofertas"), read only after such an apology or a recalled stop
    (
        r"(?:desculp(?:a|e|em|as)|foi mal|perd[óo]n|disculp(?:a|e|en|as))(?: (?:por|pela|pelo))? (?:a |o |el |la "
        r")?(?:minha |meu |mi |aquela |aquele |essa |esse |esa |ese |aquel |aquella |[úu]ltima |[úu]ltimo )?"
        r"(?:grosseria|mensagem|resposta|patada|rispidez|e-?mail|mensaje|respuesta|groser[íi]a|correo)",
        "sorry for my message",
    ),
    (
        r"(?:pode|podem|podes|puede|pueden|puedes) (?:me )?(?:voltar a |volver a )?(?:mandar|enviar)(?:-me|me)? "
        r"(?:vagas|propostas|oportunidades|vacantes|ofertas)(?: (?:de novo|novamente|de nuevo|otra vez))?",
        "send me roles",
    ),
    # Romanian: the stop recalled ("știu că v-am rugat în februarie să nu mă mai contactați"), then
    # the turn ("dar acum caut activ")
    (
        r"(?:știu|stiu|ştiu) (?:că|ca) v-am (?:rugat|cerut)(?: [^\s,.;!?]+){0,3}? (?:să|sa) nu (?:mă|ma) mai "
        r"(?:contactați|contactati|contacta|căutați|cautati|scrieți|scrieti|deranjați|deranjati)",
        "i know i asked you to stop contacting me",
    ),
    (
        r"(?:dar )?acum caut (?:activ|de lucru|un loc de muncă|un loc de munca|un job)",
        "but i'm now looking",
    ),
    # Swahili: "usinitumie ujumbe tena" (don't send me messages again), "sitaki kuwasiliana nanyi"
    # (I don't want contact with you), "mniondoe kwenye orodha yenu" (take me off your list);
    # "... mchana", "... kwa simu" name a time or a channel
    (
        r"(?:usini|msini)(?:tumie|andikie|text\w*|message|msg) (?:ujumbe|jumbe|meseji|sms|barua(?: pepe)?|"
        r"e-?mail)(?: (?:wowote|yoyote|zozote))? (?:tena|kamwe)",
        "do not contact me again",
    ),
    (
        r"sitaki (?:tena )?(?:kuwasiliana|mawasiliano|kusikia kutoka) (?:nanyi|na nyinyi|na ninyi|na wewe|nawe|"
        r"na kampuni yenu)(?: tena)?" + _ENDS,
        "i don't want to hear from you",
    ),
    (
        r"(?:mniondoe|uniondoe|niondoeni|niondoe|mnifute|unifute|nifute) (?:kwenye|katika|kutoka|toka) "
        r"(?:orodha|hifadhidata|database|mfumo|rekodi|kumbukumbu)(?: (?:yenu|yako|zenu|zako))?"
        + _ENDS,
        "remove me from your database",
    ),
    # the channel that will do instead of a call ("un mail suffit", "par courriel c'est parfait"):
    # beside "ne plus m'appeler" the phone only is refused, as "email is fine" reads in English
    (
        r"(?:un |une |le |les )?(?:simple )?(?:e-?mails?|mails?|courriels?|sms|textos?) (?:suffit|suffisent|"
        r"suffira|ça suffit|ca suffit|c'est (?:bien|parfait|mieux|ok))|(?:par|en) (?:e-?mail|mail|courriel|"
        r"sms) (?:c'est (?:bien|parfait|mieux|ok)|ça va|ca va|plutôt|plutot|de préférence|de preference)",
        "email is fine",
    ),
    # a time the stop is kept to: "pendant la saison", "pendant le service", "en pleine saison"
    (r"(?:pendant|durant) la (?:haute )?saison|en pleine saison", "during the season"),
    (
        r"(?:pendant|durant) (?:le service|les services|mes heures de (?:travail|service)|les heures de "
        r"(?:travail|service|bureau)|mon (?:service|travail))",
        "during work hours",
    ),
)
