"""The pieces the opt-out patterns are built of (data only: regular expressions).

Who is meant ("me", "him", "this number"), the ways of approaching someone ("contact", "reach
out", "pester") and of writing to them ("email", "call", "DM"), "any more" and its kin, what we
send ("messages", "correspondence"), where we keep people ("your list", "the talent pool") and
what we hold of them ("my details", "my number"). ``reading.opt_out_phrases`` joins them into
the opt-outs; ``reading.contact_scope`` and ``reading.contact_channels`` read a stop's scope with
them. All patterns are written against the normalised text (lower case, shorthand expanded).
"""

from __future__ import annotations

import re

# "her" is a person only when nothing of hers follows ("don't contact her manager" is no opt-out).
ME = (
    # "dont text this # again": the number we write to is the person
    r"(?:me|him|them|us(?! (?:roles|jobs|positions|based|companies|opportunities|remote)\b)|this person|"
    r"this (?:#|number|phone number|cell|mobile)|the candidate|her(?=\W*(?:$|[.,;:!?)]|again|any ?more|ever|please|"
    r"at all|directly|and|or|thanks|thank you|unless|going forward|from now|in future|further|about|out|"
    r"off|alone|with|until|till|on|via|by|during|for|before|after|of|from|altogether|completely|entirely)))"
)
# Asking not to be approached at all: any of these, stopped or refused, is an opt-out.
GENERIC = (
    r"(?:contact(?:ing|ed)?|reach(?:ing)? out(?: to)?|reached out(?: to)?|get(?:ting)? in touch(?: with)?|"
    r"approach(?:ing|ed)?|bother(?:ing|ed)?|pester(?:ing|ed)?|hassl(?:e|ing|ed)|"
    # "stop disturbing me": Singapore and Malaysian English for bothering someone
    r"disturb(?:ing|ed)?|"
    r"spam(?:ming|med)?|harass(?:ing|ed)?|(?:chas(?:e|ing)|writ(?:e|ing)(?: to)?|ping(?:ing)?|"
    r"hound(?:ing)?|follow(?:ing)? up(?: with)?)(?= (?:me|him|her|them)))"
)
# Refusing one channel ("don't call") is a channel preference unless it is "any more"/"again".
CHANNEL_VERB = (
    r"(?:e-?mail(?:ing|ed)?|messag(?:e|ing|ed)|call(?:ing|ed)?|ring(?:ing)?|phon(?:e|ing|ed)|"
    # "stop sliding into my DMs": the slang for DMing someone
    r"text(?:ing|ed)?|inmail(?:ing)?|dm(?:ing)?|slid(?:e|ing) into (?:my|his|her|their) dms)"
)
# Stopping one of these is refusing a channel; email is how we write, so stopping it is an opt-out.
ONE_CHANNEL = re.compile(
    r"\b(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|text(?:ing)?|dm(?:ing)?|slid(?:e|ing) into \w+ dms)\b"
)
SEND = r"(?:send(?:ing)?|forward(?:ing)?|push(?:ing)?)"
ANY_MORE = (
    r"(?:again|any ?more|ever|any further|in future|in the future|at all|further|ever again|"
    # the formal register: "kindly do not contact me henceforth", "from now on", "going forward"
    r"henceforth|hereafter|hereinafter|going forward|moving forward|from now on|from here on|"
    r"any longer|"
    # "stop contacting her altogether": no contact of any kind
    r"altogether|completely|entirely|for good|"
    # "stop messaging me anywhere": on every channel ("anywhere but email" names one left open)
    r"anywhere(?! (?:but|except|other than|else than|near|before|after|during)\b)|everywhere|"
    # "don't reach out on any other channel either": this one and every other ("on any other
    # channel" alone keeps this one open)
    r"(?:on|via|through|over|by) any other (?:channel|platform|app|medium|means|way)s? either)"
)
NOT = (
    r"(?:don't|do not|never|please don't|please do not|not to|never to|not|won't|shouldn't|"
    # "I'd appreciate it if you didn't reach out again", "she'd rather we didn't contact her":
    # a wish about us, so only after "you" or "we"
    r"(?:(?<=if you )|(?<=if u )|(?<=rather you )|(?<=that you )|(?<=prefer you )|(?<=if we )|"
    r"(?<=rather we )|(?<=that we )|(?<=prefer we ))(?:didn't|did not|wouldn't|would not))"
)
# Who would be doing the contacting: "not to be contacted by us again" is still all contact.
BY_US = (
    r"(?: by (?:us|you|anyone|recruiters|the team|our team|this agency|the agency|your company))?"
)
# Who is refused, after "I do not wish to be contacted": "by recruitment agencies, including yours,
# any longer" (recruiters as such, us among them; "by agencies other than yours" is not it).
BY_RECRUITERS = (
    r"(?: by (?:any |all )?(?:recruiters|recruitment (?:agencies|consultants|firms|companies)|agencies|headhunters|"
    # "by your recruiting team", "by your talent team": an in-house team is us
    r"you|us|your (?:(?:recruiting |recruitment |talent |hiring )?team|firm|agency|company|recruiters))(?:(?:,? (?:including|incl\.?|like|such as)|\W+(?:and )?that includes) (?:yours|you|"
    rf"this one|your (?:firm|agency|company)))?(?:,? {ANY_MORE})?)?"
)
# What we write: "don't send me anything else", "no more messages".
OUR_MAIL = (
    r"(?:contact|communications?|comms|emails?|e-mails?|messages|outreach|approaches|mail|mailings|"
    r"correspondence|calls or emails|emails or calls|recruiter (?:emails|messages|contact)|"
    # "no more job spam": what we send, called spam ("spam calls", "the spam folder" are not ours)
    r"recruitment emails|marketing|spam(?! (?:calls?|filters?|folders?|boxe?s?|texts?)\b))"
)
# The ways we write, as a refused list names them ("no more calls, emails or messages").
WAYS = r"(?:calls|phone calls|emails|e-mails|messages|texts|inmails|dms|voicemails|letters)"
# Where we keep people: "take me off your list", "wants off our system".
OUR_LIST = (
    r"(?:list|lists|database|system|systems|books|mailing list|mailing lists|records|crm|talent pool|"
    r"pool|files|ats|campaigns?|mailings?|mailers|distribution lists?|"
    # a WhatsApp broadcast list is the agency's own mailing ("this whatsapp group" is not ours)
    r"broadcast lists?|"
    # "take her out of our talent community", "off the candidate network"
    r"(?:talent |candidate )?(?:community|communities|network)|candidate (?:pool|database|list))"
)
DATA = (
    r"(?:details|data|personal data|personal details|info|information|contact(?: details| info)?|"
    r"profile|cv|records?|application|(?:(?:mob(?:ile)?|phone|cell|contact|whatsapp) )?(?:number|no\.?"
    r"(?= (?:from|off)\b))|mobile|email(?: address)?|"
    # "remove my no from ur list": "no" for number, only with where it is to go from
    r"no\.?(?= (?:from|off)\b)|"
    # "remove my particulars from your database": Commonwealth English for one's details
    r"particulars)"
)

# Another thing not to be done beside contact: "not to be considered or contacted", "not to
# consider or contact him", "not to be put forward for anything else or approached again". Words
# that scope it to one role, a place or a time ("for the Leeds role", "at work") do not join.
ALSO = (
    r"(?:(?:(?!(?:this|that|the|one|at|on|before|after|until|till|during|via|by|in|about|re)\b)"
    r"[\w-]+ ){1,5}?(?:or|and|nor|/) (?:to )?(?:be )?)?"
)
# Roles in general, as what a request is about: "re future roles", "about any opportunities".
FUTURE_ROLES = (
    r"\W+(?:about|re|regarding|for|with) (?:any |future |other |new |more |further )*(?:roles|jobs|"
    r"opportunities|positions|vacancies|openings)\b"
)
