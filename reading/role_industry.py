"""The industries a role is in, read only where a description speaks of the business.

A person's "never gambling" must meet a role "behind our online sportsbook", so the role side
uses the person side's word list (``reading.facets.industries``). But a description names
industries in passing too - "partner with the finance team", "tools for small businesses",
"experience in banking a plus" - so only a role's department and title, and sentences about the
company's own business ("we're a payments company", "behind our sportsbook", "our retail
stores"), are read, and a sector followed by a team or a function is a colleague, not a market.
"""

from __future__ import annotations

import re

from reading.facets import industries

# A title that names banking as the trade, not finance as the function.
_BANKING_TITLE = re.compile(
    r"\b(?:bank|banks|banking|banker|investment|trading|trader|capital markets|wealth|asset management|"
    # "Consultant, Financial Services": the sector the practice serves, named as one
    r"financial services|"
    r"private equity|brokerage|lending|loans?|mortgages?|credit)\b"
)
# A sentence about the company's own business.
_ABOUT_THE_BUSINESS = re.compile(
    r"\b(?:we(?:'re| are) (?:a|an|the|one of)|we (?:build|make|run|operate|sell|offer|power|own)|"
    r"(?:behind|power(?:s|ing)?|run(?:s|ning)?) our|our (?:[\w-]+ ){0,5}?(?:products?|platforms?|software|"
    r"business|stores?|shops?|customers|players|members|apps?|marketplace|brands?|sites?|"
    r"exchange|sportsbook|casino|games?|services|clinics?|hospitals?|fleet|network|operations|"
    r"mines?)|"
    r"(?:company|business|startup|scale-?up|firm|group|brand|leader|provider|operator) "
    r"(?:in|that|which|building|behind|operating)|(?:join|at) (?:a|an|the|our) [\w-]+ "
    r"(?:company|business|startup|scale-?up|firm|leader|provider|operator))\b"
)
# A sentence that opens on what the company makes and who for: "Software for defence and
# military logistics", "Payments infrastructure for online casinos".
_WHAT_WE_MAKE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:software|systems|tools|tooling|technology|products?|platforms?|"
    r"solutions|infrastructure|apps?)\s+(?:for|serving|used by|built for)\s"
)
# A sales role's line opening on what it sells, to whom after: "Sell institutional crypto custody
# to banks", "Selling our solar installs into homes" - what is sold is the business; who it is
# sold to ("banks") is the market.
_SELLS = re.compile(
    r"\s*(?:you(?:'ll| will)\s+)?(?:sell|selling)\s+(?P<what>(?:[\w-]+\s+){0,4}?[\w-]+)\s+"
    r"(?:to|into|across|for|in)\b"
)
# A line headed by the sector the company builds for: "Defense technology: autonomous systems",
# "Healthcare tech - EHR integrations" (only the heading's sector: "Core technology: APIs for
# banks" names none).
_SECTOR_HEADING = re.compile(
    r"\s*(?P<sector>[\w-]+(?:\s+[\w-]+)?)\s+(?:technology|tech)\s*(?::|\s[-–—])\s"
)
# A line that names the licensed business itself: "Ontario-regulated sports betting and iGaming",
# "FCA-regulated consumer lending", "a state-licensed cannabis retailer".
_REGULATED = re.compile(
    r"\s*(?:(?:an?|the|our|fully|state|federally)\s+)?[\w-]+[- ](?:regulated|licensed)\s+(?!"
    r"(?:industr(?:y|ies)|environments?|sectors?|experience|background)\b)"
)
# A terse line that is what the company is, with nothing before it: "Instant personal-loan app, 20
# million downloads", "Real-money fantasy sports platform" (an offer typed as the product).
_BARE_PRODUCT = re.compile(
    # "Online sportsbook and iGaming platform": a product of two sectors joined is one product
    r"\s*(?:[\w-]+\s+(?:(?:and|&)\s+)?){0,3}?(?:app|platform|marketplace|startup|exchange|lender)\s*(?:$|,)"
)
# A terse line opening on the program the work is for: "Missile defense program for the agency",
# "Hospital systems contract, 18 months" (not "defense program experience a plus").
_PROGRAM_LINE = re.compile(r"\s*(?:[\w-]+\s+){1,3}?(?:programs?|programmes?|contracts?)\b")
# A heading over what the company is, and a sentence that says what it is ("A retail group ...").
_ABOUT_US = re.compile(
    r"\s*#*\s*(?:about (?:us|the company|the business)|who we are|our (?:story|company|business))"
    r"\s*:?\s*$"
)
_A_COMPANY = re.compile(
    r"\s*(?:a|an|(?:a |an )?series [a-e]|(?:a |an )?seed[- ]stage)\s+(?:[\w-]+\s+){0,3}?(?:company|group|"
    r"business|exchange|startup|scale-?up|firm|retailer|bank|insurer|operator|provider|platform|marketplace|"
    # "Series A payments fintech, 40 people"
    r"agency|brand|studio|lender|broker|fintech|insurtech|proptech|healthtech|edtech|producer|"
    r"refiner|manufacturer|contractor)\b"
)
# "the finance team", "insurance stakeholders": colleagues, not the market the role serves.
_A_FUNCTION = re.compile(
    r"(?:\s*(?:,|and|&|or)\s+[\w-]+)*\s+(?:team|teams|department|function|colleagues|stakeholders|org|organisation|people|"
    r"partners?|leads?|analysts?|ops|operations|director|manager)\b"
)


# A business named as one, with its article: "of a high-street fashion retailer", "for a
# mortgage lender", "a network of private clinics", "the online shop". Plural names without
# one ("clients include retailers and banks") are customers, not the company.
_ORGANISATION = re.compile(
    r"(?:retailer|chain|group|brand|supermarket|grocer|store|shop|marketplace|bank|lender|society|"
    r"union|insurer|reinsurer|casino|bookmaker|sportsbook|lottery|clinic|hospital|home|practice|"
    r"surgery|trust|brewery|breweries|brewer|distillery|miner|contractor|pharmac(?:y|ie)|house|"
    # "the project team of a national oil company": the company named by its trade
    r"label|app|oil company|oil companie)s?$"
)
_ARTICLE = re.compile(
    r"(?:\b(?:a|an|the|our|one of the|one of [\w'-]+)|'s|(?:network|chain|group|family) of)\s+"
    r"(?:[\w'-]+\s+){0,3}$"
)
_CUSTOMERS = re.compile(
    r"\b(?:clients?|customers?|partners?)\b(?:\W+\w+){0,2}?\W+(?:include|including|such as|like|are|"
    r"range|ranging)\b|\b(?:for|with) (?:clients|customers|brands) (?:such as|like|including)\b"
)


def role_industries(*, title: str = "", department: str | None = None, text: str = "") -> frozenset:
    """The industries of a role: its department and title, and what its text says of the business."""
    named = _named((title or "").lower())
    if "banking" in named and not _BANKING_TITLE.search((title or "").lower()):
        # "Graduate Finance Trainee", "Finance Analyst": the money function every company has,
        # as a department's "Finance" is ("Investment Banking Analyst" still names the trade)
        named.discard("banking")
    # A department called Finance is the money function every company has, not financial
    # services ("Finance", "Finance & Accounting"; "Retail Banking" still names the trade).
    named |= {
        name
        for name, start, end in industries((department or "").lower())
        if (
            not _A_FUNCTION.match((department or "").lower(), end)
            or _OUR_OWN.search((department or "").lower(), 0, start)
        )
        and not (name == "banking" and (department or "").lower()[start:end] == "finance")
    }
    for block in re.split(r"\n\s*\n", text.lower()):
        lines = block.strip().split("\n")
        if _ABOUT_US.match(lines[0]):
            named |= _named("\n".join(lines[1:]))  # the lines under "About us:"
            continue
        for sentence in re.split(r"[.!?;\n]+", block):
            if (
                _ABOUT_THE_BUSINESS.search(sentence)
                or _A_COMPANY.match(sentence)
                or _REGULATED.match(sentence)
                or _WHAT_WE_MAKE.match(sentence)
                or _BARE_PRODUCT.match(sentence)
            ):
                named |= _named(sentence)
            elif not _CUSTOMERS.search(sentence):
                named |= _organisations(sentence)
            if (program := _PROGRAM_LINE.match(sentence)) and not _ASKED_OF.search(sentence):
                named |= _named(program.group())  # "Missile defense program ..." is in defence
            if sold := _SELLS.match(sentence):
                named |= _named(sold["what"])  # "Sell crypto custody to banks" is in crypto
            if heading := _SECTOR_HEADING.match(sentence):
                named |= _named(heading["sector"])  # "Defense technology: ..." is in defence
            for chain in CHAIN.finditer(sentence):
                named |= _named(chain["unit"])  # "a 70-hospital chain" is in healthcare
            if _FOR_THE_FORCES.search(sentence) and not _ASKED_OF.search(sentence):
                named.add("defence")  # "Build autonomy for the US Navy" is defence work
    named |= _site_work(title or "", department or "", text.lower())
    if "hospice" in named:
        named.add("healthcare")  # a hospice is care: "healthcare only" is met by it
    return frozenset(named)


# A company counted by its sites: "a 70-hospital national chain", "our 300 stores", "1,200
# branches", "a 32-school trust" (``reading.role_facts`` takes its size from the count too).
CHAIN = re.compile(
    r"\b(?P<n>\d{1,3}(?:,\d{3})*)[- ](?P<unit>hospitals?|clinics?|stores?|shops?|pharmac(?:y|ies)|"
    r"branch(?:es)?|restaurants?|hotels?|care homes?|supermarkets?|outlets?|sites?|locations?|"
    # "a 32-school multi-academy trust", "a 12-academy group" (not "40 schools use our app")
    r"(?:schools?|academ(?:y|ies)|colleges?)(?=[- ](?:multi-academy|academy|trust|federation|group|"
    r"chain|network|partnership|district)\b))\b"
)


def _organisations(sentence: str) -> set[str]:
    """ "Engineering team of a 300-store fashion retailer", "at a defence contractor", "of a global
    tobacco and cigarette manufacturer": the company, named with its article."""
    return {
        name
        for name, start, end in industries(sentence)
        if (
            _ORGANISATION.search(sentence[start:end])
            # "the web app of a mobile money fintech": the "-tech" word is the company itself
            or (
                _TECH_COMPANY.search(sentence[start:end])
                and not _ASKED_OF.search(sentence[:start])
                and not _ANOTHER_FIRM.search(sentence[:start])
                and not re.match(
                    r"\s+(?:clients?|customers?|partners?|accounts?)\b", sentence[end:]
                )
            )
            or (_SITE.search(sentence[start:end]) and not _ASKED_OF.search(sentence[:start]))
            or _MAKER_AFTER.match(sentence, end)
            or (not sentence[:start].strip() and _WORKS_AFTER.match(sentence, end))
            or (_CONTRACT_AFTER.match(sentence, end) and not _ASKED_OF.search(sentence[:start]))
        )
        and (
            _ARTICLE.search(sentence[:start])
            # a terse line that opens on what the company is: "Defence contractor supporting
            # DND programs", "Oil sands producer's platform team"
            or (
                not sentence[:start].strip()
                and (
                    _MAKER_AFTER.match(sentence, end)
                    or _WORKS_AFTER.match(sentence, end)
                    or _MAKER.search(sentence[start:end])
                )
                and not _ASKED_OF.search(sentence)  # "Mining company background preferred"
                and not _DEALS_WITH.search(sentence)  # "Gambling company clients"
                # the company itself, not a noun it qualifies ("Gas producer prices drive ...")
                and _TERSE_NEXT.match(sentence, _maker_end(sentence, end))
            )
        )
        and not _A_FUNCTION.match(sentence, end)
        and not _NOT_ONE.search(sentence[:start])
    }


# A company called by its sector's "-tech" noun: "a fintech", "an insurtech", "a Lagos proptech".
_TECH_COMPANY = re.compile(r"\b(?:fin|insur|prop|health|ed|reg|agri|legal|climate|med)tech$")

# ... not a firm the company deals with: "we partner with an insurtech", "selling to a fintech",
# "support for a fintech client".
_ANOTHER_FIRM = re.compile(
    r"\b(?:partner\w* with|work\w* (?:with|alongside)|sell\w* (?:[\w-]+ ){0,3}?(?:to|into)|supply\w*|"
    r"client|customer|acquired by|spun out of)\b"
)


# The site the work is at: "planning at a metallurgical coal mine" (not "coal mine experience a plus").
# "debottlenecking an onshore gas processing plant": the plant is the site too
_SITE = re.compile(r"(?:mine|colliery|collieries|refinery|refineries|smelter|processing plant)s?$")


# "AML at a digital wallet, not a bank": what the company is not.
_NOT_ONE = re.compile(
    r"\b(?:not|never|isn't|is not|unlike|rather than|instead of|no longer)\s+(?:a|an|the|one)?\s*"
    r"(?:[\w'-]+\s+){0,2}$"
)


# The industry as what the company makes or does: "tobacco and cigarette manufacturer",
# "defence contractor", "arms maker".
_MAKER_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+[\w-]+)?\s+(?:[\w-]+\s+)?(?:manufacturer|maker|producer|contractor|supplier|"
    # "a crypto exchange", "a bitcoin exchange": the trading venue is the business
    r"company|firm|group|business|chain|operator|brand|exchange|"
    # "for a defence prime": the prime contractor, "a defence integrator"
    r"prime|integrator)s?\b"
)
# ... or the works itself, in a terse line that opens on it: "Cigarette factory, automated
# packing lines", "Ammunition and defence plant" (not "builds a plant for a pharma client")
_WORKS_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+[\w-]+)?\s+(?:[\w-]+\s+)?(?:factory|factories|plants?|mills?)\b"
)


# The company named by what it makes, its word inside the industry's own ("defence contractor").
_MAKER = re.compile(r"\b(?:manufacturer|maker|producer|contractor|supplier)s?$")
# What follows the company in a terse line: an end, a possessive, or what it does or where it is.
_TERSE_NEXT = re.compile(
    r"(?:'s|’s)\b|\s*(?:$|[,.;:(—–-]|(?:supporting|serving|supplying|based|in|with|for|building|"
    r"delivering|headquartered|that|which|operating|working|on|at|across)\b)"
)


def _maker_end(sentence: str, end: int) -> int:
    """Where the company's words end: after "producer" in "Oil sands producer's platform team"."""
    maker = _MAKER_AFTER.match(sentence, end) or _WORKS_AFTER.match(sentence, end)
    return maker.end() if maker else end


# A terse line about firms the company serves, not the company: "Gambling company clients".
_DEALS_WITH = re.compile(r"\b(?:clients?|customers?|partners?|accounts?|suppliers to)\b")


# The work done on a contract for that business: "freight for a Department of Defence logistics
# contract", "on a defence programme" - not experience asked for ("experience on a defence
# contract a plus").
_CONTRACT_AFTER = re.compile(r"(?:\s+[\w-]+)?\s+(?:contracts?|programmes?|programs?)\b")
_ASKED_OF = re.compile(r"\b(?:experience|background|exposure|familiarity|worked)\b")
# The work done for armed forces or their buyers: "vessels for the US Navy", "for allied defence
# customers", "software for the Ministry of Defence" (not "perks for military families").
_FOR_THE_FORCES = re.compile(
    r"\bfor (?:the )?(?:[\w-]+ ){0,3}?(?:navy|army|air force|marine corps|armed forces|military|"
    r"ministry of defen[cs]e|department of defen[cs]e|dod|mod|pentagon|"
    r"defen[cs]e (?:customers|clients|agencies|forces|programs?|programmes?))\b"
    r"(?! (?:families|family|veterans?|spouses?|community|communities|members|discounts?|leavers?)\b)"
)


def _named(text: str) -> set[str]:
    return {
        name
        for name, start, end in industries(text)
        if not _A_FUNCTION.match(text, end) or _OUR_OWN.search(text, 0, start)
    }


# "our coal and iron-ore operations", "our mines": the company's own, not a colleague function.
_OUR_OWN = re.compile(r"\bour (?:[\w-]+ ){0,2}$")


# The work itself done in oil and gas, with no word for the trade: "Control Room Operator, FPSO",
# "interpret seismic on North Sea gas fields", "Gas Trader", "trading NBP and TTF gas", "upstream
# oil and gas production" - a
# person's "no oil and gas" must meet it (not "experience on gas platforms a plus": a skill).
_OIL_AND_GAS_WORK = re.compile(
    r"\b(?:fpsos?|(?:oil|gas|condensate)[- ]?(?:fields?|platforms?|wells?|rigs?)|drilling rigs?|"
    # the trade's own stages and output: "upstream oil and gas production", "hydrocarbon
    # exploration" (not "gas production" alone: a brewer's CO2, a lab's)
    r"(?:upstream|midstream|downstream) (?:oil|gas|oil and gas|oil & gas|hydrocarbons?|petroleum)\b|"
    r"(?:oil and gas|oil & gas|hydrocarbons?|petroleum|crude oil) (?:production|exploration|extraction|"
    r"operators?|producers?|fields?)\b|"
    r"(?:gas|lng|crude|oil) trad(?:ers?|ing)|trad(?:e|es|ing) (?:[\w-]+ ){0,3}?(?:gas|lng|crude|oil)\b"
    r"(?! (?:turbines?|engines?|boilers?|fired)))"
)


# A detention site worked on or in is the detention trade whatever the trade of the hire: "Electrical
# for a new state detention center", "nursing at a county jail" (the building's own words, so any
# sentence that names one counts, as the oil and gas sites above do)
_DETENTION_WORK = re.compile(
    r"\b(?:(?:immigration |state |federal |county )?detention (?:centers?|centres?|facilit(?:y|ies))|"
    r"correctional (?:centers?|centres?|facilit(?:y|ies)|institutions?)|(?:state |federal |county |"
    r"private )?(?:prisons?|jails?|penitentiar(?:y|ies)))\b"
)
_SITE_WORK = {"oil and gas": _OIL_AND_GAS_WORK, "detention": _DETENTION_WORK}


def _site_work(title: str, department: str, text: str) -> set[str]:
    """The industries a role's own site or work names ("FPSO", "a state detention center")."""
    found = set()
    for name, site in _SITE_WORK.items():
        for field in (title.lower(), department.lower()):
            if site.search(field):
                found.add(name)
        for sentence in re.split(r"[.!?;\n]+", text):
            if (m := site.search(sentence)) and not _ASKED_OF.search(sentence[: m.start()]):
                found.add(name)
    return found
