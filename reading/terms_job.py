"""What the job's terms are called: the kind of contract (``CONTRACT``: permanent, fixed term,
freelance...) and whether they manage people or stay hands-on (``MANAGEMENT``) - canonical value
-> the phrasings people use (data only; written as in ``reading.terms``).
"""

CONTRACT = {
    "permanent": (
        # not a shift kept the same ("permanent earlies", "permanent nights": ``reading.rotation``)
        r"permanent(?: roles?| positions?| jobs?| contracts?| employment| staff)?"
        r"(?! (?:earlies|lates|nights?|days|day shifts?|night shifts?|early shifts?|late shifts?)\b)",
        r"full[- ]time employ(?:ee|ment)",
        r"fte(?: roles?)?",
        r"salaried(?: roles?)?",
        r"back to (?:a )?(?:permanent|salaried)",
        # India's "on the company's rolls": employed by the company itself, not a vendor
        r"(?:direct |the )?company(?:'s)? (?:rolls|payroll)",
        r"direct (?:rolls|payroll|hire)",
        r"on[- ]rolls?(?: roles?| positions?)?",
        # a US hospital's own employee against a traveler: "wants a staff job w benefits", "going
        # staff", "a staff RN position" (not a Staff Engineer's "staff role")
        r"staff (?:jobs?|gigs?)",
        r"staff (?:nurse|rn|lpn|lvn|cna|tech|therapist|rt|position|positions)(?: (?:jobs?|positions?|roles?))?"
        r"(?= (?:w/?|with) benefits| now| instead| again| only|,? not (?:travel|a contract))",
        r"staff (?:nurse|rn|lpn|lvn|cna) (?:jobs?|positions?|roles?)",
        r"(?:(?<=go )|(?<=going )|(?<=went )|(?<=gone ))staff\b",
        # the Philippines' permanent seat: "regular only", "wants regularization", "a regular
        # position" (not "regular hours" or "regular shifts")
        r"regulari[sz](?:ation|ed)(?: (?:status|employees?))?",
        r"regular (?:employ(?:ee|ment)|status|positions?|jobs?|roles?|contracts?|items?)",
        r"regular(?= (?:lang|only|na|po)\b)",
        # against a season's contract: "wants a year-round job now", "year-round work only"
        # (written with "\W" so that the reader's gate looks for "year-round" itself, not " job")
        r"year-round\W(?:jobs?|roles?|positions?|posts?|work|employment)",
        r"year round\W(?:jobs?|roles?|positions?|posts?|work|employment)",
    ),
    "contract": (
        r"contract(?:ing|s)?(?: roles?| work| positions?| gigs?| basis)?",
        r"contractors?(?: roles?)?",
        # a travel nurse's next assignment: "ready for my next 13 wk", "another 13-week"
        r"(?:(?<=next )|(?<=another ))13[- ]?(?:weeks?|wks?)(?: (?:contracts?|assignments?|gigs?))?",
        r"travel (?:contracts?|assignments?)",
        r"day rates?",
        r"(?:inside|outside)[- ](?:of[- ])?ir ?35",
        # UK IR35 status named bare where it can be nothing else ("outside only", "inside's
        # fine", "would consider inside now", "won't touch inside"); ``reading.tax_forms``
        r"(?:inside|outside)(?= only\b| is fine\b|'s fine\b| fine\b| is ok\b| ok\b| now\b|"
        r" roles?\b| gigs?\b| contracts?\b| either\b| or outside\b| or inside\b)",
        r"(?<=consider )inside|(?<=touch )inside|(?<=take )inside|(?<=do )inside",
        # "he only works outside", "only does inside": the status with the work it names
        r"(?:(?<=only works )|(?<=only does )|(?<=only work )|(?<=only do ))(?:inside|outside)\b",
        # paid through an umbrella company: how inside-IR35 work is paid
        r"(?:via |through |an? )?umbrella(?: compan(?:y|ies)| co)?(?! (?:term|insurance|policy))",
        r"1099",
        r"c2c",
        # a US payroll seat, named against 1099 and C2C (``reading.tax_forms`` gives it its kind)
        r"w-?2",
        r"corp[- ]to[- ]corp",
        # Australia's: on an ABN (a sole trader), through a Pty Ltd, or PAYG on the payroll
        r"abn(?: contracts?| roles?| gigs?| basis| day[- ]rates?)?",
        r"pty ltd",
        r"payg(?: employment| contracts?| roles?)?",
        r"b2b(?: contract)?",
        r"ir ?35(?!\W{1,3}(?:inside|outside)\b)",  # "IR35: outside only" is read from its status
        # Brazil: working as a company (pessoa jurídica) and invoicing
        r"pj(?: contract| basis| role)?",
        r"cnpj",
        # contract first, a job later: "C2H", "contract-to-hire", "on a vendor's payroll"
        r"c2h(?: roles?| positions?)?",
        r"contract[- ]to[- ]hire(?: roles?| positions?)?",
        # a temp's assignment through an agency, the UK's and Australia's word: "won't temp
        # again", "no temping", "temp-to-perm is fine" (not a temperature: "temp checks")
        r"temp[- ]to[- ]perm(?: roles?| positions?)?",
        r"(?<!body )(?<!room )(?<!skin )(?<!core )(?<!water )(?<!oral )(?<!high )(?<!low )(?<!fridge )"
        r"(?<!freezer )(?<!normal )temp(?:s|ing)?(?: roles?| work| jobs?| positions?| assignments?| contracts?| basis)?"
        r"(?![- ](?:agenc|checks?|readings?|probes?|logs?|control|sensors?|to[- ]perm|to[- ]hire))"
        # a list or a pool the agency keeps ("off the temp/seasonal list") is the agency's, and a
        # placement of ours is a report ("our temp placement finished Friday")
        r"(?!(?:/[\w-]+)? (?:list|pool|register|desk|placements?)\b)",
        r"(?:third[- ]party|vendor(?:'s)?|partner(?:'s)?|staffing (?:firm|company)(?:'s)?) payrolls?",
    ),
    "freelance": (r"freelanc(?:e|ing|er)(?: work| roles?| basis)?", r"self[- ]employed"),
    "fixed_term": (
        r"fixed[- ]term(?: contracts?| roles?)?",
        r"ftcs?",
        r"(?:maternity|parental) cover",
        r"\d+[- ]months? (?:contract|ftc|fixed[- ]term)",
        # the Philippines' non-regular seat: "no more contractual", "contractual lang", "project-
        # based" (not "contractual hours", "contractual notice" or other terms of a contract)
        r"contractual(?: (?:employees?|employment|status|positions?|jobs?|roles?|work))?"
        r"(?! (?:obligations?|hours|terms?|notice|clauses?|agreements?|rights?|disputes?|"
        r"requirements?|commitments?|liabilit\w+|arrangements?|reasons?)\b)",
        r"project[- ]based(?: (?:contracts?|employment|roles?|jobs?|work|status))?",
        # a season's contract ends with the season: "seasonal contracts are out", "happy on
        # seasonal work" (not "seasonal flu", "seasonal menus")
        r"seasonal\W(?:contracts?|jobs?|roles?|positions?|posts?|work|employment)",
        # the season alone as the kind: "seasonal only", "only seasonal", "rather seasonal", "wants
        # seasonal." (said with no noun after it; "seasonal menus", "seasonal flu" are not)
        r"(?<!not )seasonal(?= only\b| lang\b| please\b| pls\b)",
        r"(?:(?<=\bonly )|(?<=\brather )|(?<=\bprefers )|(?<=\bprefer )|(?<=\bwants )|(?<=\bwant )|"
        r"(?<=\bjust ))seasonal(?=(?: now| again| for now)?\s*(?:$|[.,;!]))",
    ),
}

MANAGEMENT = {
    "manage": (
        r"(?:people |line |team |engineering )?manag(?:e|ing|ement)(?: (?:a |the |my |his |her )?"
        r"(?:team|people|others|engineers|reports))?",
        # ("a people-leadership track": hyphenated as often as not)
        r"(?:people|team|engineering)[- ]lead(?:ership|ing)?",
        r"lead(?:ing)? (?:a |the |my |his |her |their )?(?:own )?(?:small |larger |bigger )?"
        r"(?:team|people|squad|group|engineers)",
        r"step(?:ping)? up to lead",
        # people led with no team named: "doesn't want to lead anyone", "keen to lead others"
        r"lead(?:ing)? (?:anyone|anybody|others|other people)\b",
        # a team of their own asked for: "wants her own team", "a team of my own", "want a team now"
        r"(?:my|his|her|their) own team|a team (?:of (?:my|his|her|their) own|to (?:lead|run|manage)|"
        r"under (?:me|him|her|them))|(?<=want )a team(?= now\b)|(?<=wants )a team(?= now\b)",
        # ("doesn't want 20 reports again" counts a team too big, not managing as such)
        r"(?<!\d )(?:direct )?(?<!\d direct )reports",
        r"team lead(?:er)?",
        r"engineering manager",
        r"(?:become|be) a manager",
        r"manager track",
        r"management track",
        # a step up to run the place outside an office: "run her own kitchen", "head chef or
        # nothing", "wants his own site", "ready to run a ward"
        r"run(?:ning)? (?:a |the |my |his |her |their )?(?:own )?(?:kitchens?|brigades?|"
        r"departments?|wards?|sites?|stores?|restaurants?|pass|squads?|crews?|gangs?|lads|shifts?)",
        # a warehouse's or plant's shift run as its lead: "wants to run a shift", "lead a shift";
        # a shift named by its hours keeps its own words ("lead the night shift": nights as well)
        r"lead(?:ing)? (?:a |the |my |his |her |their )?shifts?(?! (?:work|pattern|patterns|rota|rotas)\b)",
        r"(?:run(?:ning)?|lead(?:ing)?) (?:a|the|my|his|her|their)"
        r"(?= (?:1st|2nd|3rd|first|second|third|night|day|late|early) shifts?\b)",
        # ... a team or a school named for its trade: "run my own deck team", "run a ski school",
        # "lead the interior" (not "the school run")
        r"(?:run(?:ning)?|lead(?:ing)?|head(?:ing)? up) (?:a |the |my |his |her |their )?(?:own )?"
        r"(?:deck|interior|galley|engine|dive|ski|snowboard|surf|spa|housekeeping|front office|kids'?) "
        r"(?:teams?|crews?|schools?|departments?|brigades?)",
        r"lead(?:ing)? the (?:deck|interior|galley|brigade)\b",
        # the same refused in its own words: "don't want to be bossing people about"
        r"boss(?:ing)? (?:people|others|the (?:crew|team|juniors)|anyone|folk) (?:about|around)",
        # on site, the first rung: "wouldn't say no to supervising", "after a chargehand job",
        # "a foreman's role" (not "his supervisor said": the job, not a person)
        r"supervis(?:e|ing)(?: (?:a |the )?(?:lads|crews?|squads?|gangs?|teams?|sparks|trades|others))?",
        # ("a sup role": the warehouse's shorthand for a supervisor's)
        r"(?:a |the )?(?:supervisor(?:y)?|sup|chargehand|charge hand|foreman|forewoman|leading hand|ganger)(?:'s)? "
        r"(?:roles?|jobs?|positions?|posts?|work|duties)",
        r"(?:a |an )?(?:kitchen|site|ward|store|department) of (?:my|his|her|their) own",
        r"(?:the )?(?:head chef|executive chef|head of department|ward manager|store manager)"
        r"(?: roles?| jobs?| positions?| pressure| responsibilit(?:y|ies))?",
        # running a hotel or a site as its head: "ready for his first GM chair", "a GM job"
        r"(?:(?:his|her|my|their|a|the) )?(?:first )?(?:gm|general manager|hotel manager|site lead)"
        r"(?: chair| seat| role| job| post| position)",
        r"(?:his|her|my|their) own (?:hotel|property|site|plant)",
    ),
    "hands_on": (
        r"individual contributors?(?: roles?| track)?",
        r"(?:stay|staying|remain|remaining|keep|be|stays?) (?:technical|hands[- ]on)",
        r"hands[- ]on(?: roles?| work| coding| engineering)?",
        r"keep(?:ing)? coding",
        r"(?:back (?:in)?to|more) (?:coding|code|the code|hands[- ]on work)",
        r"(?:still |to )code",
        r"writing code",
        # coding and nothing else: "not pure coding", "just coding" (a track of only that)
        r"(?:pure|purely|just|only) (?:coding|code|engineering(?= track\b))",
        r"ic track",
        # a seat with no one under it: "IC, no direct reports" wanted, or refused as a going back
        # ("won't go back to zero reports": to manage is what they want)
        # (a clause's own "no reports" is a refusal to manage, read as that)
        r"(?:zero|without(?: any)?|nil) (?:direct |line )?reports",
        # ... and "no reports" gone back to: "won't go back to (having) no reports"
        r"(?<=back to )(?:having )?no (?:direct |line )?reports",
        # staying the number two: "happy as a sous", "wants to stay a sous chef", "content as deputy"
        r"(?:(?:stay(?:ing)?|remain(?:ing)?) (?:as )?|(?<=as ))(?:a |an |the )?"
        r"(?:sous(?: chef)?|second chef|second in command|number two|no\.? ?2|deputy|assistant "
        r"(?:site )?manager|asm)",
        # a tradesperson's hands-on: "stay on the tools", "back on the tools", "on the tools only"
        r"(?:stay(?:ing)?|remain(?:ing)?|keep(?:ing)?|back|be|go(?:ing)? back) on the tools",
        # the same said by other trades: a chef "back on the line", a stylist "back in the chair",
        # a nurse "back on the wards" (not "back on the market", "back in the office")
        r"(?:stay(?:ing)?|remain(?:ing)?|keep(?:ing)?|back|be|go(?:ing)? back) (?:on the (?:line|pans|"
        r"wards?|floor|bench|pass)|in the chair|behind the chair|in the kitchen)(?! (?:manager|lead|"
        r"supervisor|leader))",
        r"on the tools(?= (?:me|only|full stop|for me))",
    ),
}
