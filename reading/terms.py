"""What each facet's values are called: canonical value -> the phrasings people use (data only).

Phrasings are written in the normalised spelling (lower case, abbreviations already expanded by
``reading.normalise``), as regular-expression fragments matched on word boundaries.
"""

from reading import rotation

WORK_MODE = {
    "remote": (
        r"(?:fully |full[- ]time |100% |permanently |totally )?remote(?:[- ]first| work(?:ing)?"
        r"| roles?| jobs?| positions?)?",
        r"work(?:ing)? from home",
        r"home[- ]based",
        # "needs a home-working role", "only homeworking now" (not "home working is lonely")
        r"home[- ]?working(?= (?:[\w-]+ )?(?:roles?|jobs?|positions?|posts?|work)\b)",
        r"(?:(?<=only )|(?<=wants )|(?<=want )|(?<=needs )|(?<=need )|(?<=prefers )|(?<=prefer ))"
        r"home[- ]?working",
        r"distributed (?:team|company|role)s?",
        r"work(?:ing)? (?:fully |full[- ]time |100% )?remotely",
        r"remotely",
        r"(?:never|not) (?:go(?:ing)? )?(?:back )?(?:in|into|to) (?:the |an )?office",
    ),
    "hybrid": (
        r"hybrid",
        r"part[- ]remote",
        r"mix of (?:home|remote) and office",
        r"(?:the |an )?(?:odd|occasional) (?:day|days) (?:in|at|into) (?:the |an )?office",
        r"(?:a|one) day or two (?:a week )?(?:in|at|into) (?:the |an )?office",
    ),
    "onsite": (
        # "pulled out after onsite", "the onsite round": the interview stage, not the office
        r"(?<!after )(?<!after the )(?<!at the )(?<!at )on[- ]?site(?![- ](?:interviews?|rounds?|stage|"
        r"loops?|panels?|visit))",
        r"office[- ]based",
        r"office[- ]first",
        r"in[- ]person",
        r"in (?:the|an) office(?: full[- ]time| every day| five days)?",
        r"(?:back|go back|going back|return(?:ing)?) (?:in|into|to) (?:the |an |a )?(?:full[- ]time |5[- ]day |"
        r"five[- ]day )?office",
        r"office",
        r"return to office",
        r"office (?:every day|full[- ]time|five days)",
        r"(?:5|five) days (?:a week )?in (?:the )?office",
        # "wants an office and a team around her": an office to go to
        r"(?<=wants )an office",
        r"(?<=want )an office",
        r"(?<=wanted )an office",
        r"(?<=misses )an office",
        # the office's company sought: "wants the office buzz back", "misses the office", "craves
        # the buzz of an office" (a wish verb before it: "the office culture was toxic" is no wish)
        r"(?:(?<=want )|(?<=wants )|(?<=wanted )|(?<=misses )|(?<=miss )|(?<=missing )|(?<=missed )|"
        r"(?<=craves )|(?<=crave )|(?<=craving )|(?<=loves )|(?<=love )|(?<=likes )|(?<=like ))"
        r"(?:the |an )?(?:(?:buzz|atmosphere|vibe|banter|energy|camaraderie) of (?:an?|the) )?office"
        r"(?: (?:buzz|atmosphere|vibe|banter|energy|camaraderie|social life|life))?",
        # on campus to work, not to live: "wants to be on campus", "back on campus" (not "lives on
        # campus", "campus accommodation")
        r"(?:(?<=be )|(?<=work )|(?<=working )|(?<=back ))on[- ]campus",
        r"campus[- ]based",
    ),
}

# A few hours a day (below a full day's): "four hours a day", "3-4 hrs per day", "5h/day".
_FEW = r"(?:[1-6]|[1-5]\.5|one|two|three|four|five|six)"
_DAY_HOURS = rf"{_FEW}(?:\s?(?:-|–|to|or)\s?{_FEW})? (?:hours|hrs|h)(?: a| per| /|/) ?day"

SCHEDULE = {
    # A working week kept to weekdays: "Mon-Fri only", "weekdays or nothing", "wants her weekends
    # back". The reader reads it as weekend work refused (kind "weekends", avoid); it is listed
    # first so "her weekends back" is read whole rather than as a bare "weekends".
    "weekdays_only": (
        r"(?:(?<=only )|(?<=only do )|(?<=only work )|(?<=strictly )|(?<=just ))(?:mon(?:day)?s?|m) ?(?:-|–|to|thru|through|/) ?"
        r"(?:fri(?:day)?s?|f)",
        r"(?:mon(?:day)?s?|m) ?(?:-|–|to|thru|through|/) ?(?:fri(?:day)?s?|f)"
        r"(?=,? (?:only|strictly|or nothing|nothing else|no exceptions|full stop|no weekends))",
        r"(?:(?<=only )|(?<=strictly )|(?<=just ))week ?days",
        r"week ?days(?=,? (?:only|strictly|or nothing|nothing else|no exceptions|full stop))",
        r"(?:(?:my|his|her|their|our|the) )?weekends? back",
    ),
    # Full-time hours asked for ("available full-time from January", "back to full-time", "FT
    # only"): the reader reads it as part-time hours refused (kind "part_time", avoid).
    "full_time": (
        r"(?:(?<=available )|(?<=back to )|(?<=return to )|(?<=returning to )|(?<=go to )|"
        r"(?<=going to )|(?<=wants )|(?<=want )|(?<=needs )|(?<=need )|(?<=can do )|(?<=up to )|"
        # sought: "looking for full-time", the British "now after full-time", "she's after full-time"
        r"(?<=looking for )|(?<=seeking )|(?<=now after )|(?<=i'm after )|(?<='s after )|(?<=is after )|"
        r"(?<=am after )|(?<=are after ))"
        r"full[- ]time(?: hours| work| roles?| again)?(?! (?:employ|permanent|perm\b|contract|staff))",
        r"full[- ]time(?: hours| work| roles?)?(?=,? (?:only|again|from (?:now|next|the|jan|feb|mar|apr|may|"
        r"jun|jul|aug|sep|oct|nov|dec)|is (?:fine|ok|okay|back on)|or nothing))",
        # a full-time post asked for by name: "needs a full-time job", "after a full-time 37.5 hour post"
        r"(?:(?<=need a )|(?<=needs a )|(?<=want a )|(?<=wants a )|(?<=looking for a )|(?<=after a )|"
        r"(?<=seeking a )|(?<=only a ))full[- ]time(?: (?:3[5-9]|4[0-8])(?:\.5)?[- ](?:hours?|hrs?))?"
        r" (?:post|job|role|position|hours)",
    ),
    # Fly-in fly-out and drive-in drive-out work on a remote site, and its rosters ("a swing",
    # "an 8/6", "2:1"): a working pattern of its own, refused or wanted like nights or on-call.
    "fifo": (
        r"fifo(?: work| roles?| jobs?| rosters?| life| sites?)?",
        r"fly[- ]in[,/ -]+fly[- ]out(?: work| roles?| jobs?| rosters?)?",
        r"dido(?: work| roles?| jobs?| rosters?)?",
        r"drive[- ]in[,/ -]+drive[- ]out(?: work| roles?| jobs?| rosters?)?",
        r"(?:(?<=on a )|(?<=on the )|(?<=another ))swings?(?! (?:by|shifts?|state|voters?|trader))",
        r"swing rosters?",
        # the aid world's rotations in and out of a field post: "rotational postings", "8/2 rotations"
        r"rotational (?:postings?|posts|deployments?|assignments?)",
        r"(?:[2-9]|1[0-4]) ?[:/] ?(?:[1-9]|1[0-4]) rotations?",
        r"(?:(?<=on an )|(?<=on a ))(?:[2-9]|1[0-4]) ?[:/] ?(?:[1-9]|1[0-4])(?: rosters?| swings?)?(?![\d/:.]| degree| hons| honours)",
        r"(?:[1-9]|1[0-4]) ?[:/] ?(?:[1-9]|1[0-4])(?= rosters?| swings?)",
    ),
    "on_call": (
        r"on[- ]?calls?(?: rotas?| rotations?| duty| duties| shifts?| work)?",
        r"pager(?: duty)?",
        r"pagerduty",
        r"out[- ]of[- ]hours(?: support| work| cover| rotas?| calls?)?",
        r"24/7(?: support| cover| rotas?| on[- ]?call| availability| stuff| work)?",
        r"24x7(?: support| cover| rotas?)?",
        r"(?:support|ops|incident) rotas?",
        r"being paged",
        r"paged (?:at|in the middle of the) night",
        # a hospital's call: "won't take call", "the call pay", "weekend call", "called in at 2am"
        r"(?:(?<=take )|(?<=taking )|(?<=takes )|(?<=took )|(?<=like )|(?<=likes ))call(?! (?:me|him|her|them|us|"
        r"back|from|with|about|on|at)\b)",
        r"call (?:shifts?|pay|schedules?|rotations?|burden|requirements?|weekends?|nights?)",
        r"(?:weekend|weekday|home|in-house|beeper|backup|overnight) call(?! (?:me|him|her|them|us|back)\b)",
        r"(?:getting|get|being|gets|got) called in(?= (?:at|in the middle|overnight|on|every))",
    ),
    "nights": (
        # "needs to be home every night" is a stay away refused (travel), not night work
        r"(?<!home every )(?<!home each )(?<!back every )night(?: shift)?s?(?: work)?(?! away)",
        r"overnight(?: shifts?| work)?(?!s| (?:travel|trips?|stays?|away))",
        r"graveyard shifts?",
        # calls out of hours with another region: "late calls with Europe", "no calls after 7pm"
        r"(?:late|evening|late[- ]night)[- ](?:calls?|meetings?|syncs?|stand-?ups?)",
        r"(?:calls?|meetings?) (?:after|past) (?:[6-9]|1[01])(?:[:.]\d\d)? ?(?:pm|p\.m\.)",
    ),
    "weekends": (
        r"weekend(?: work| shifts?| cover)?s?",
        r"saturdays?",
        r"sundays?",
        r"working weekends",
    ),
    "shifts": (
        # a rotating roster refused or a fixed one wished: the pattern, not shift work as such
        *rotation.MENTIONS,
        r"shift (?:work|patterns?|rotas?|rotations?|pattern work)",
        r"(?:rotating|rotational|split|early|late|long|12[- ]hour|4 on 4 off) shifts?",
        # a kitchen's "splits" (split shifts), after a word that takes them as work: "no more splits",
        # "ran splits", "said no to splits" (not an agent's "the splits are getting worse")
        r"(?:(?<=no )|(?<=more )|(?<=any )|(?<=did )|(?<=do )|(?<=doing )|(?<=done )|(?<=ran )|(?<=run )|"
        r"(?<=runs )|(?<=mind )|(?<=to )|(?<=hate )|(?<=hates )|(?<=with )|(?<=working )|(?<=work ))splits"
        r"(?! (?:of|on|with|are|were|is|from|deal|between)\b)",
        r"shifts",
        r"shift[- ]based",
        # another region's working day, worked from here: "US shift" from Pune, "UK hours"
        r"(?:us|u\.s\.|uk|apac|emea|americas?|american|"
        r"european|eu|aus|anz|australian|est|pst|cst|gmt)"
        r"(?: day)? (?:shifts?|hours|time ?zones?|timings?|process)",
    ),
    "part_time": (
        r"part[- ]time",
        r"reduced (?:hours|days)",
        r"fewer (?:working )?(?:hours|days)",
        r"(?:shorter|reduced) (?:working )?weeks?",
        r"cut(?:ting)? (?:down )?(?:on )?(?:my |her |his |their )?(?:hours|days)",
        r"reduc(?:e|ing) (?:my |her |his |their )?(?:hours|days)",
        r"drop(?:ping)? (?:a day(?: or two)?|to (?:2|3|two|three) days)",
        r"0\.\d fte",
        r"(?:2|3|two|three|three and a half) days a week",
        r"(?:2|3|two|three) days ?/ ?(?:week|wk)(?= max| tops| only| at most)",
        # "school hours only", "within school hours": the hours between the school runs
        r"school hours(?= only| max|,? or nothing)|"
        r"(?:(?<=only )|(?<=within )|(?<=during ))school hours",
        r"job[- ]share",
        # an hours cap below full time: "max 24 hours a week", "28 hrs per week tops" (the cap word
        # outside the mention, so it reads as a hard condition)
        r"(?:(?<=max )|(?<=maximum )|(?<=at most )|(?<=no more than )|(?<=not more than )|(?<=up to ))"
        r"(?:[1-9]|[12]\d|3[0-2]) (?:hours|hrs|h)(?: a| per| /|/) ?(?:week|wk)",
        r"(?:[1-9]|[12]\d|3[0-2]) (?:hours|hrs|h)(?: a| per| /|/) ?(?:week|wk)(?= (?:max(?:imum)?|tops|at most|only))",
        # a weekly figure with a half ("22.5 hours max", "max 18.75 hrs"), or one too long for a day
        # ("25 hours max"): the week is meant even when it is not said ("8 hours max" is a shift)
        r"(?<![\d.])(?:(?:[1-9]|[12]\d|3[0-2])\.(?:5|25|75)|1[3-9]|2\d|3[0-2]) (?:hours|hrs)"
        r"(?:(?: a| per| /|/) ?(?:week|wk))?(?= (?:max(?:imum)?|tops|at most|only))",
        r"(?:(?<=max )|(?<=maximum )|(?<=at most )|(?<=no more than )|(?<=not more than ))"
        r"(?:(?:[1-9]|[12]\d|3[0-2])\.(?:5|25|75)|1[3-9]|2\d|3[0-2]) (?:hours|hrs)"
        r"(?! (?:a|per|of|in|on|overtime|travel\w*|driving)\b)",
        # a cap of a few hours a day, said as a cap: "can only do four hours a day", "max 5 hrs
        # per day", "3-4 hours a day only" (not "works 8 hours a day", "happy to do 10 hours a day")
        rf"(?:(?<=max )|(?<=maximum )|(?<=at most )|(?<=no more than )|(?<=not more than )|"
        rf"(?<=up to )|(?<=only )|(?<=only do )|(?<=only work )|(?<=only manage )){_DAY_HOURS}",
        rf"{_DAY_HOURS}(?= (?:max(?:imum)?|tops|at most|only))",
    ),
    "four_day_week": (
        r"(?:4|four)[- ]day (?:work(?:ing)? )?weeks?",
        r"compressed (?:hours|week)",
        r"(?:(?<=work )|(?<=working )|(?<=only )|(?<=just ))(?:4|four) days a week",
        r"(?:(?:go(?:ing)?|drop(?:ping)?|cut(?:ting)?|reduc(?:e|ing)) (?:down )?to) (?:4|four) days",
        r"(?:9|nine)[- ]day fortnight",
        r"(?:4|four) days a week(?= (?:only|max(?:imum)?|tops))",
        r"80 ?%(?= (?:only|fte|max(?:imum)?))",
    ),
    "flexible_hours": (
        r"flexi(?:ble)?[- ]?(?:hours|time|working hours|working|schedule|start times?|hrs)",
        r"flexitime",
        r"flexib(?:le|ility) (?:with|around|in|on|over|for) (?:my |her |his |their |the |a )?(?:hours|schedule|"
        r"working hours|start times?|time|caring|care\w*|childcare|kids|children|family|parents?|school)",
        r"school runs?",
        r"(?:set|choose) (?:my|his|her|their) own hours",
        # a hospital's self-scheduling: "needs self-schedule", "pick my own shifts"
        r"self[- ]?schedul(?:e|es|ed|ing)",
        r"(?:pick|choose|set|make) (?:my|his|her|their) own (?:shifts|schedule)",
        r"core hours",
        r"async(?:hronous)? hours",
    ),
    "overtime": (
        r"overtime",
        r"long hours",
        r"(?:the odd |occasional )?late evenings?",
        r"crunch(?: time| periods?)?",
        r"late nights?",
        r"[5-9]\d[- ]hour (?:weeks?|days?)",
        r"[5-9]\d\+? hours? (?:a|per) week",
    ),
    # living where one works, in staff accommodation: "won't do live-in again" (not "live in Leeds")
    "live_in": (
        # (not the role's, said of it: "pulled out when she found out it was live-in only")
        r"(?<!was )(?<!it's )(?<!is )(?<!being )live[- ]in(?= again| roles?| jobs?| positions?| posts?| work| gigs?| only| or nothing| suits|"
        r"\W*(?:$|[.,;!?-]))",
        r"(?<!was )(?<!it's )(?<!is )(?<!being )live-in",
        r"living in (?:staff )?accommodation",
        r"staff (?:accommodation|quarters)",
        # a home that comes with a farm or station job: "needs a house on the farm", "a tied
        # cottage", "on-farm housing" (not "a house in town", "housing market")
        r"(?:house|home|cottage|accommodation|housing) on(?: the| a)? (?:farm|station|property|orchard|vineyard|estate)",
        r"(?:farm|on-?farm|tied|staff|employer|company) (?:housing|cottage|accommodation)",
        r"tied (?:house|home)",
        r"(?:(?<=to )|(?<=won't )|(?<=wont )|(?<=never ))live on(?: the| a)? (?:farm|station|property)",
        r"living on(?: the| a)? (?:farm|station|property)(?= again)",
    ),
    # a home of their own away from the job, which refuses a tied house: "wants his own place in
    # town and to drive out", "prefers to live off-farm" (read as live-in refused)
    "live_out": (
        r"(?:my|his|her|their|our) own (?:place|house|home)(?! (?:business|company|practice|hours|schedule|rota))",
        r"live[- ]out",
        r"liv(?:e|ing) off[- ](?:farm|site|station|the farm)",
    ),
    # working bank holidays: "won't work Boxing Day or any bank holiday again" (not a wait "till
    # after the bank holiday weekend")
    "bank_holidays": (
        r"(?<!after )(?<!after the )(?<!till )(?<!till the )(?<!until )(?<!until the )(?<!before )"
        r"(?<!before the )(?<!over the )(?:bank|public|stat|statutory) holidays?(?! weekends?| mondays?)",
        r"(?:(?<=work )|(?<=working )|(?<=works )|(?<=worked )|(?<=on ))(?:boxing day|christmas day|"
        r"new year'?s day|easter (?:sunday|monday))",
    ),
    # a school's year worked and the holidays off: "term-time only (kids)", "needs school holidays off"
    "term_time": (
        r"term[- ]?time(?: only| contracts?| hours| posts?| roles?| jobs?| working)?",
        r"(?:(?:the|all|her|his|my|their) )?school holidays off",
        r"(?:off|free|at home) (?:in|during|for|over) (?:the )?school holidays",
        r"unpaid (?:school )?holidays",  # the term-time post's unpaid weeks: "can't afford unpaid holidays"
    ),
    # pay or work the whole year round, which a term-time post is not ("needs a 52-week contract",
    # "can't afford unpaid school holidays"): read as term-time work refused (kind "term_time", avoid)
    "all_year": (
        r"(?:52|fifty[- ]two)[- ](?:weeks?|wks?)(?: a year| per year| pay| contracts?| posts?| roles?)?(?![- ]\w)",
        r"(?:52|fifty[- ]two) (?:weeks?|wks?)'? (?:pay|contracts?)",
        r"(?:paid|pay|paying|salary|wages?|work(?:ing)?) (?:all|the whole|the full) year(?: round)?",
        r"all year round",
        r"(?:paid|pay|paying) (?:over|through|during|in) (?:the )?school holidays",
    ),
    # hours a contract promises whatever the census: "HAS to have guaranteed hours", "no
    # call-offs" (a travel nurse's shifts cancelled cost her pay)
    "guaranteed_hours": (
        r"guaranteed (?:hours|shifts|\d+ hours)",
        r"(?:\d+ )?(?:hours|shifts) guaranteed",
        r"\d+ guaranteed hours",
        r"no call[- ]?offs",
    ),
}

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
        # paid through an umbrella company: how inside-IR35 work is paid
        r"(?:via |through |an? )?umbrella(?: compan(?:y|ies)| co)?(?! (?:term|insurance|policy))",
        r"1099",
        r"c2c",
        # a US payroll seat, named against 1099 and C2C (``reading.tax_forms`` gives it its kind)
        r"w-?2",
        r"corp[- ]to[- ]corp",
        r"b2b(?: contract)?",
        r"ir ?35(?!\W{1,3}(?:inside|outside)\b)",  # "IR35: outside only" is read from its status
        # Brazil: working as a company (pessoa jurídica) and invoicing
        r"pj(?: contract| basis| role)?",
        r"cnpj",
        # contract first, a job later: "C2H", "contract-to-hire", "on a vendor's payroll"
        r"c2h(?: roles?| positions?)?",
        r"contract[- ]to[- ]hire(?: roles?| positions?)?",
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
    ),
}

MANAGEMENT = {
    "manage": (
        r"(?:people |line |team |engineering )?manag(?:e|ing|ement)(?: (?:a |the |my |his |her )?"
        r"(?:team|people|others|engineers|reports))?",
        r"(?:people|team|engineering) lead(?:ership|ing)?",
        r"lead(?:ing)? (?:a |the |my |his |her |their )?(?:own )?(?:small |larger |bigger )?"
        r"(?:team|people|squad|group|engineers)",
        r"step(?:ping)? up to lead",
        r"(?:direct )?reports",
        r"team lead(?:er)?",
        r"engineering manager",
        r"(?:become|be) a manager",
        r"manager track",
        r"management track",
        # a step up to run the place outside an office: "run her own kitchen", "head chef or
        # nothing", "wants his own site", "ready to run a ward"
        r"run(?:ning)? (?:a |the |my |his |her |their )?(?:own )?(?:kitchens?|brigades?|"
        r"departments?|wards?|sites?|stores?|restaurants?|pass|squads?|crews?|gangs?|lads)",
        # on site, the first rung: "wouldn't say no to supervising", "after a chargehand job",
        # "a foreman's role" (not "his supervisor said": the job, not a person)
        r"supervis(?:e|ing)(?: (?:a |the )?(?:lads|crews?|squads?|gangs?|teams?|sparks|trades|others))?",
        r"(?:a |the )?(?:supervisor(?:y)?|chargehand|charge hand|foreman|forewoman|leading hand|ganger)(?:'s)? "
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
        r"ic track",
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

# What a workplace is called when its size or stage is said of it: "a big established operator", "an
# established carrier", "a small local forwarder", "a big newsroom", "a global 3PL".
_ORG = (
    r"(?:companies|company|firms?|organi[sz]ations?|orgs?|employers?|corporations?|operators?|carriers?|"
    r"airlines?|players?|outfits?|businesses|business|networks?|newsrooms?|publishers?|forwarders?|"
    r"3pls?|multinationals?|studios?|manufacturers?|brands?)"
)
# A workplace named by its sector: the size word is read alone, so the sector is read as well ("only
# big pharma": a large company, and pharma).
_SECTOR_ORG = r"(?:banks?|insurers?|pharma(?:ceuticals?)?|biotechs?)\b"
# A word between the size and the workplace that says where, whose or what it is: "a small local
# firm", "a big logistics operator" (not an article: "established a firm" is something done).
_ORG_KIND = (
    r"(?:family[- ](?:run|owned) |(?!(?:a|an|the|my|his|her|their|our|your|its) )[a-z&-]+ )?"
)

# The workplace a union word is said of: "a union shop", "CBA sites", "non-union jobs".
_UNION_PLACE = (
    r"(?:shops?|plants?|sites?|jobs?|workplaces?|employers?|houses?|roles?|compan(?:y|ies)|yards?|"
    r"mills?|facilit(?:y|ies)|environments?|positions?|work|gigs?|places?|hospitals?|crews?|"
    r"projects?|operations?|mines?|warehouses?|depots?)"
)

COMPANY = {
    "startup": (
        r"start[- ]?ups?",
        r"early[- ]stage(?: companies| company| startups?)?",
        r"seed[- ]stage",
        r"series a",
        # a venture said to be new and founded from nothing: "part of a new airline from day one",
        # "get in on the ground floor"
        r"(?:a |the )?new (?:[a-z-]+ )?(?:airlines?|carriers?|compan(?:y|ies)|business(?:es)?|ventures?|operators?|"
        r"brands?)(?= (?:from (?:day one|day 1|scratch|the (?:start|ground up|beginning))|launching|starting up))",
        r"(?<=on the )ground floor",
    ),
    "scaleup": (r"scale[- ]?ups?", r"growth[- ]stage", r"series [bcd]"),
    # funded by venture capital: "no VC money", "VC-backed only"
    "vc_backed": (
        r"vc[- ]?(?:backed|funded|funding|money|cash|investors?)",
        r"venture[- ](?:backed|funded|capital|money)",
    ),
    "enterprise": (
        r"enterprises?",
        # "an established carrier", "a big established operator" ("has established a firm" is no size)
        r"(?<!has )(?<!have )(?<!had )established " + _ORG_KIND + _ORG,
        r"corporates?",
        # "hated the big corporate hospital": the size, with the workplace it is said of
        r"(?:big |large )?corporate (?:hospitals?|hospital (?:chains?|groups?)|chains?|retailers?)",
        r"big corp(?:orate)?s?",
        r"corporate (?:world|life|environments?|companies)",
        r"ftse 100",
        r"fortune 500",
    ),
    "small": (
        r"small(?:er)? (?:companies|company|firms?|businesses|business|teams?|outfits?|shops?|places?|orgs?|"
        r"organi[sz]ations?|setups?)",
        # "a small local forwarder", "a smaller independent carrier", "a small indie studio"
        r"small(?:er)?,? " + _ORG_KIND + _ORG,
        r"small(?:er)? (?:indies?|independents?)",
        r"small(?:er)?(?=,? " + _ORG_KIND + _SECTOR_ORG + ")",
        # the workplace by its size: "a small nursing home", "a smaller clinic"
        r"small(?:er)? (?:(?:private|local|family[- ]run|independent|community|rural|critical access) )?(?:nursing homes?|care homes?|"
        r"homes?|clinics?|hospitals?|practices?|pharmac(?:y|ies)|stores?|schools?|hotels?|restaurants?)",
        r"(?:somewhere|something|a place|an? (?:org|organi[sz]ation|company|firm)) smaller",
        # "a tiny team"; a headcount cap: "under 20 people" ("fewer than" would read as a refusal)
        r"(?:tiny|little|micro) (?:companies|company|firms?|teams?|outfits?|shops?|startups?|orgs?)",
        # a charity by its size: "a small grassroots charity", "a little local NGO"
        # (the size word only: the charity itself is read as nonprofit beside it)
        r"(?:small(?:er)?|tiny|little)(?= (?:local |grassroots |community |independent )?(?:charit(?:y|ies)|"
        r"non-?profits?|ngos?)\b)",
        r"grassroots(?= (?:charit(?:y|ies)|non-?profits?|ngos?|organi[sz]ations?)\b)",
        r"(?:(?<=under )|(?<=below )|(?<=max )|(?<=up to ))(?:[1-9]|[1-9]\d) (?:people|employees|staff|"
        r"person(?: company| team)?)",
    ),
    "large": (
        r"(?:large|larger|big|bigger|huge)(?:,? (?:stable|established|well[- ]known|global|"
        r"international|household[- ]name))? (?:companies|company|firms?|organi[sz]ations?|orgs?|employers?)",
        # "another big FMCG employer", "a big corporate hospital", "a large hospital chain"
        r"(?:large|larger|big|bigger|huge) (?:[a-z&]+ )?(?:companies|company|firms?|employers?|"
        r"organi[sz]ations?|brands?)",
        r"(?:large|larger|big|bigger|huge) (?:corporate |private |multi-?specialty |teaching |academic )?"
        r"(?:hospitals?|hospital (?:chains?|groups?)|chains?|retailers?|groups?|(?:health )?systems|"
        r"medical cent(?:er|re)s?|academic medical cent(?:er|re)s?)",
        r"big tech",
        # "a big, established newsroom", "a proper big operator", "a global 3PL", "big pharma only"
        r"(?:large|larger|big|bigger|huge)(?:,? (?:stable|established|well[- ]known|global|international|"
        r"household[- ]name|proper|boring|public|listed))?,? " + _ORG_KIND + _ORG,
        r"(?:large|larger|big|bigger|huge)(?=,? " + _ORG_KIND + _SECTOR_ORG + ")",
        r"global (?:3pls?|networks?|carriers?|airlines?|operators?|forwarders?|players?|banks?|insurers?|"
        r"firms?|companies|company|brands?|groups?|logistics (?:companies|company|firms?|providers?))",
        r"multinationals?",
        r"mncs?",
        # "a national charity next", "one of the big household-name charities"
        r"(?:large|larger|big|bigger|huge|national|household[- ]name|major)(?= (?:\w+ )?(?:charit(?:y|ies)|"
        r"non-?profits?|ngos?)\b)",
        r"faang(?:[- ](?:sized?|scale|style|level))?",
    ),
    "agency": (
        r"(?:recruitment |recruiting |digital |creative |marketing |dev |development |staffing )?agenc(?:y|ies)",
        r"agency (?:side|work|life|world)",
    ),
    "consultancy": (
        r"consultanc(?:y|ies)",
        r"consulting(?: firms?| work)?",
        r"big (?:four|4)",
        r"outsourc(?:ing|ers?)",
    ),
    "public_sector": (
        r"public sector",
        r"government(?: work| roles?| departments?)?",
        r"civil service",
        r"local authorit(?:y|ies)",
        r"councils?",
        # the NHS as an employer: "NHS for life", "wants out of the NHS"
        r"(?:the )?nhs(?: trusts?| jobs?| roles?| posts?| bands?)?",
        # state-owned employers: "a national oil company", "done with GLCs", "no more SOEs"
        r"government[- ]linked(?: co(?:mpan(?:y|ies))?s?| entit(?:y|ies)| firms?| corporates?)?",
        r"glcs?",
        r"state[- ]owned(?: enterprises?| compan(?:y|ies)| firms?| oil compan(?:y|ies))?",
        r"soes?",
        r"national oil compan(?:y|ies)",
        r"nocs?(?= (?:like|such as|e\.g\.)| only)",
        r"semi[- ]government(?:al)?(?: entit(?:y|ies)| compan(?:y|ies))?",
    ),
    # A workplace by its union: "wants a union shop", "CBA sites only", "won't go non-union"
    # (the union as someone's history, "was union rep", "union member 20 years", is no workplace)
    "union": (
        r"union(?:i[sz]ed)?[- ]" + _UNION_PLACE,
        r"unioni[sz]ed",
        r"union[- ]represented",
        r"(?:cba|eba)[- ]" + _UNION_PLACE,
        r"(?:cba|eba)(?= only| sites?)",
        r"(?:(?<=under )|(?<=covered by )|(?<=with ))(?:an? |the )?(?:cba|eba|collective (?:bargaining )?"
        r"agreements?|enterprise (?:bargaining )?agreements?)",
    ),
    "non_union": (
        r"non[- ]?union(?:i[sz]ed)?(?:[- ]" + _UNION_PLACE + ")?",
        r"non[- ](?:cba|eba)(?:[- ]" + _UNION_PLACE + ")?",
        r"union[- ]free(?:[- ]" + _UNION_PLACE + ")?",
    ),
    "nonprofit": (
        r"non[- ]?profits?",
        r"not[- ]for[- ]profits?",
        r"charit(?:y|ies)",
        r"ngos?",
        r"third sector",
    ),
}

INDUSTRY = {
    "fintech": (
        r"fin[- ]?tech",
        r"payments(?: companies| company| industry)?",
        r"financial technology",
    ),
    "retail": (
        r"retail(?:ers?|ing)?",
        r"high[- ]street (?:shops?|stores?|chains?|fashion|brands?|retail(?:ers?)?)",
        r"(?:grocery|supermarket|fashion|clothing|furniture|diy|homeware|convenience|department[- ]store) "
        r"(?:chains?|groups?|brands?)",
        r"supermarkets?",
        r"grocers?",
        # fashion named as a business: "no fast fashion", "a fast-fashion brand", "a luxury house"
        r"(?:fast[- ])?fashion(?: brands?| houses?| labels?| retailers?| industry| sector)?",
        r"luxury (?:fashion )?(?:houses?|brands?|labels?|retailers?|goods)",
        r"department stores?",
        r"\d[\d,]*[- ]stores?",
        r"chains? of (?:\d[\d,]* |\w+ )?(?:stores|shops)",
    ),
    "healthcare": (
        r"health[- ]?care",
        r"nhs",
        r"hospitals?",
        r"hospital (?:groups?|trusts?|chains?)",
        r"clinics?",
        r"care homes?",
        r"nursing homes?",
        # a pharmacy (a chemist's) is care; the drug makers are pharma
        r"pharmac(?:y|ies)",
        r"chemists?",
        r"drugstores?",
        r"gp (?:practices?|surgeries|surgery)",
        r"dental (?:practices?|groups?|chains?|clinics?)",
    ),
    # end-of-life care, wanted or refused in its own right ("wants hospice", "won't do hospice")
    "hospice": (
        r"hospices?(?! nurses| staff| team| workers)",
        r"palliative(?: care)?",
        r"end[- ]of[- ]life care",
    ),
    "gambling": (
        r"gambling",
        r"betting",
        r"i[- ]?gaming",
        r"casinos?",
        r"bookmakers?",
        r"bookies",
        r"sports?books?",
        r"lotter(?:y|ies)",
    ),
    "defence": (
        r"defen[cs]e(?: industry| sector| companies| contractors?)?",
        r"military",
        r"weapons",
        r"arms",
        r"missiles?",
        r"munitions?",
        r"armaments?",
    ),
    "adtech": (
        r"ad[- ]?tech",
        r"advertising(?: tech(?:nology)?)?",
        r"ad[- ]?serving",
        # what an ad-tech company builds: "our programmatic ad exchange", "a demand-side platform"
        r"(?:programmatic )?ad (?:exchanges?|networks?)",
        r"programmatic(?: advertising| ads?| media)?",
        r"(?:demand|supply)[- ]side platforms?",
        r"marketing tech",
    ),
    "crypto": (r"crypto(?:currency|currencies)?", r"web ?3", r"blockchain", r"nfts?", r"defi"),
    "ecommerce": (
        r"e[- ]?commerce",
        r"e-?com(?! \w)",
        r"online retail(?:ers?)?",
        r"online (?:(?:fashion|clothing|grocery|furniture) )?(?:shops?|stores?|retailers?|marketplaces?|"
        r"brands?)",
        r"web ?shops?",
        r"e-?tail(?:ers?|ing)?",
    ),
    "gaming": (
        r"gaming(?: industry| studios?| companies)?",
        r"games?(?: industry| studios?| dev(?:elopment)?)",
        r"video games",
    ),
    "insurance": (r"insurance", r"insur[- ]?tech", r"insurers?", r"reinsur(?:ance|ers?)"),
    "banking": (
        r"banking",
        r"banks?",
        r"investment banks?",
        r"financial services",
        r"finance",
        r"challenger banks?",
        r"neo-?banks?",
        r"(?:mortgage |consumer |payday )?lenders?",
        r"building societ(?:y|ies)",
        r"credit unions?",
    ),
    # lending apps and online lenders: a sector of its own to collectors, apart from banks
    "lending": (
        r"(?:online |digital |instant |mobile )?(?:lending|loan|cash ?loan|payday loan) apps?",
        r"app loans?",
        r"online lend(?:ers?|ing)",
        r"digital lend(?:ers?|ing)",
        r"micro-?lend(?:ers?|ing)",
        r"payday loans?",
    ),
    "education": (r"education(?:al)? (?:sector|industry)",),
    # fossil fuels, coal among them
    "oil and gas": (
        r"oil (?:and|&) gas",
        r"oil companies",
        r"fossil fuels?",
        r"petrochemicals?",
        r"coal(?: mining| mines?| power| companies| industry)?",
    ),
    "mining": (
        r"(?<!data )(?<!text )(?<!crypto )(?<!bitcoin )(?<!process )mining(?: tech| industry| "
        r"companies| sector)?",
        r"iron[- ]ore",
        r"miners?",
    ),
    "alcohol": (
        r"alcohol(?:ic drinks?| industry| companies| brands?)?",
        r"brewer(?:y|ies|s)",
        r"craft beers?(?: scene)?",
        r"beer (?:companies|brands?|industry)",
        r"distiller(?:y|ies)",
        r"spirits (?:brands?|companies)",
    ),
    "tobacco": (r"tobacco", r"vaping", r"cigarettes?"),
    "fmcg": (r"fmcg", r"consumer (?:packaged )?goods", r"cpg"),
    "media": (r"media(?: companies| industry)?", r"publishing", r"news(?:papers?)?"),
    "telecoms": (r"tele(?:coms?|communications)",),
    "energy": (r"energy(?![- ]transition)(?: sector| industry| companies)?", r"utilit(?:y|ies)"),
    "automotive": (r"automotive", r"car (?:industry|companies|makers?)"),
    "logistics": (r"logistics", r"supply chain", r"shipping"),
    "pharma": (r"pharma(?:ceuticals?)?", r"biotech", r"life sciences"),
    "saas": (r"saas", r"b2b software"),
    "cybersecurity": (
        r"cyber(?:[- ]?security)?",
        r"infosec",
        r"security (?:industry|companies|sector)",
    ),
    "travel": (r"travel (?:industry|companies|sector|tech)", r"hospitality"),
    "manufacturing": (r"manufacturing", r"factories"),
    "real estate": (r"real estate", r"prop[- ]?tech", r"property"),
    "legal": (r"legal ?tech", r"law firms?"),
    "government": (r"gov ?tech",),
    "agriculture": (r"agri(?:culture|tech)", r"farming"),
}

MISSION = {
    "climate": (
        r"climate(?: tech| change| action| impact| mission)?",
        r"clean ?tech",
        r"sustainab(?:ility|le)",
        r"renewables?(?: energy)?",
        r"net zero",
        r"decarboni[sz]ation",
        r"green energy",
        r"(?:the )?energy[- ]transition",
        r"low[- ]carbon",
        r"carbon (?:removal|capture|accounting|reduction|emissions)",
        r"(?:solar|wind) (?:power|energy|farms?)",
        r"clean energy",
        r"heat pumps?",
        r"ev charging",
        r"the planet",
        r"environment(?:al)?(?: impact| mission)?",
    ),
    "health": (
        r"health(?: mission| impact| outcomes)?",
        r"health[- ]?tech",
        r"med[- ]?tech",
        r"digital health",
        r"patients?",
        r"mental health",
        r"wellbeing",
        r"saving lives",
    ),
    "education": (r"education(?: mission)?", r"ed[- ]?tech", r"students?", r"kids learn"),
    "social impact": (
        r"social (?:impact|good|mission|justice|enterprise)",
        r"(?:positive|real|meaningful|social|measurable) impact",
        r"do(?:ing)? good",
        r"make a difference",
        r"making a difference",
        r"mission[- ]driven",
        r"purpose[- ]driven",
        r"meaningful work",
        r"something (?:meaningful|that matters|with purpose)",
        r"tech for good",
    ),
    "open source": (r"open[- ]?source",),
    "accessibility": (r"accessibility", r"a11y"),
    "privacy": (r"privacy",),
}
