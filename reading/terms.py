"""What each facet's values are called: canonical value -> the phrasings people use (data only).

Phrasings are written in the normalised spelling (lower case, abbreviations already expanded by
``reading.normalise``), as regular-expression fragments matched on word boundaries.

This module holds how and when they work (``WORK_MODE``, ``SCHEDULE``); the job's terms
(``CONTRACT``, ``MANAGEMENT``) are in ``reading.terms_job``, the employer's kind (``COMPANY``) in
``reading.terms_employer`` and its sector and mission (``INDUSTRY``, ``MISSION``) in
``reading.terms_sector``.
"""

from reading import rotation

WORK_MODE = {
    "remote": (
        r"(?:fully |full[- ]time |100% |permanently |totally )?remote(?:[- ]first| work(?:ing)?"
        r"| roles?| jobs?| positions?)?",
        # ... for the whole week: a share of it is hybrid (below)
        r"work(?:ing)? from home(?! (?:for )?(?:(?:a |one )?part|some|half|a few days) of the week)",
        r"home[- ]based",
        # "needs a home-working role", "only homeworking now" (not "home working is lonely")
        r"home[- ]?working(?= (?:[\w-]+ )?(?:roles?|jobs?|positions?|posts?|work)\b)",
        r"(?:(?<=only )|(?<=wants )|(?<=want )|(?<=needs )|(?<=need )|(?<=prefers )|(?<=prefer ))"
        r"home[- ]?working",
        r"distributed (?:team|company|role)s?",
        r"work(?:ing)? (?:fully |full[- ]time |100% )?remotely",
        r"remotely",
        r"(?:never|not) (?:go(?:ing)? )?(?:back )?(?:in|into|to) (?:the |an )?office",
        # the home desk itself: "not at a desk in his house", "stuck at a desk at home"
        r"(?:a|my|his|her|their|the) desk (?:at home|in (?:my|his|her|their|the) (?:house|home|spare room|"
        r"kitchen))",
    ),
    "hybrid": (
        r"hybrid",
        r"part[- ]remote",
        r"mix of (?:home|remote) and office",
        r"(?:the |an )?(?:odd|occasional) (?:day|days) (?:in|at|into) (?:the |an )?office",
        r"(?:a|one) day or two (?:a week )?(?:in|at|into) (?:the |an )?office",
        # home for a share of the week only: "work from home part of the week", "from home some
        # of the week, in the office the rest" (not "from home all week")
        r"(?:work(?:ing)? )?(?:from|at) home (?:for )?(?:(?:a |one )?part|some|half|a few days) of the week",
        r"(?:(?:a |one )?part|some|half) of the week (?:from|at) home",
    ),
    "onsite": (
        # "pulled out after onsite", "the onsite round": the interview stage, not the office
        r"(?<!after )(?<!after the )(?<!at the )(?<!at )on[- ]?site(?![- ](?:interviews?|rounds?|stage|"
        r"loops?|panels?|visit|standby|stand-by|on[- ]?call))",
        r"office[- ]based",
        r"office[- ]first",
        r"in[- ]person",
        # "... and in the office the rest": the other part of a hybrid week, not office only
        r"in (?:the|an) office(?: full[- ]time| every day| five days)?(?!,? (?:for )?the rest\b)",
        r"(?:back|go back|going back|return(?:ing)?) (?:in|into|to) (?:the |an |a )?(?:full[- ]time |5[- ]day |"
        r"five[- ]day )?office",
        # "not during office hours": a time of day, not the office
        r"office(?!,? (?:for )?the rest\b| hours\b)",
        r"return to office",
        # India's "work from office" (WFO), the twin of "work from home"
        r"work(?:ing)? from (?:the )?office",
        r"office (?:every day|full[- ]time|five days)",
        r"(?:5|five) days (?:a week )?in (?:the )?office",
        # "wants an office and a team around her": an office to go to
        r"(?<=wants )an office",
        r"(?<=want )an office",
        r"(?<=wanted )an office",
        r"(?<=misses )an office",
        # "I'd take an office job again", "happy with an office role": the office taken up again
        r"(?:(?<=take )|(?<=taking )|(?<=do )|(?<=with ))an office (?:job|role|position|gig)(?= again\b)",
        # the office's company sought: "wants the office buzz back", "misses the office", "craves
        # the buzz of an office" (a wish verb before it: "the office culture was toxic" is no wish)
        r"(?:(?<=want )|(?<=wants )|(?<=wanted )|(?<=misses )|(?<=miss )|(?<=missing )|(?<=missed )|"
        r"(?<=craves )|(?<=crave )|(?<=craving )|(?<=loves )|(?<=love )|(?<=likes )|(?<=like )|"
        # "prefers office": the office preferred to home (not "prefers office hours")
        r"(?<=prefers )|(?<=prefer )|(?<=preferred ))(?![\w ]*\bhours\b)"
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
        # a contract's full week: "looking for a full-time contract" (its kind read on its own)
        r"(?:(?<=need a )|(?<=needs a )|(?<=want a )|(?<=wants a )|(?<=looking for a )|(?<=after a )|"
        r"(?<=seeking a )|(?<=only a ))full[- ]time(?= (?:contracts?|engagements?|gigs?)\b)",
        # a whole week of days: "a full five-day contract", "full 5-day weeks" (a contract's
        # kind is read on its own)
        r"full (?:5|five)[- ]days?(?= (?:weeks?|contracts?|engagements?|roles?|gigs?)\b)",
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
        # an offshore hitch by weeks, and Norway's "turnus": "3 weeks on, 3 weeks off", "2-4 turnus"
        r"(?:[1-9]|1[0-2]) ?(?:weeks?|wks?) on\W{1,3}(?:[1-9]|1[0-2]) ?(?:weeks?|wks?) off",
        r"(?:\d ?[-/] ?\d )?turnus(?:arbeid|ordning)?",
        r"(?:[2-9]|1[0-4]) ?[:/] ?(?:[1-9]|1[0-4]) rotations?",
        r"(?:(?<=on an )|(?<=on a ))(?:[2-9]|1[0-4]) ?[:/] ?(?:[1-9]|1[0-4])(?: rosters?| swings?)?(?![\d/:.]| degree| hons| honours)",
        r"(?:[1-9]|1[0-4]) ?[:/] ?(?:[1-9]|1[0-4])(?= rosters?| swings?)",
    ),
    "on_call": (
        r"on[- ]?calls?(?: rotas?| rotations?| duty| duties| shifts?| work)?",
        r"pager(?: duty)?",
        # crews' and controllers' standby: called in to cover a duty ("airport standby", "home
        # standby", "standby duties"), not a standby generator or a standby list
        r"(?:(?:airport|home|reserve|on[- ]?site|hotel) )stand[- ]?by(?: duty| duties| shifts?| days?| blocks?)?",
        r"stand[- ]?by (?:duty|duties|shifts?|days|blocks?|rotas?|rosters?|cover|calls?)",
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
        # ("a night owl" is someone at ease with late hours, no night work asked about)
        # (nor is "home by night", "home at night": back home for the night, no night worked)
        r"(?<!home every )(?<!home each )(?<!back every )(?<!home by )(?<!home at )(?<!back by )"
        r"night(?: shift)?s?(?: work)?(?! away| owls?\b)",
        r"overnight(?: shifts?| work)?(?!s| (?:travel|trips?|stays?|away))",
        r"graveyard shifts?",
        # the US plant's and warehouse's numbering: "3rd shift" runs overnight (10pm-6am)
        r"(?:3rd|third) shifts?",
        # calls out of hours with another region: "late calls with Europe", "no calls after 7pm"
        r"(?:late|evening|late[- ]night)[- ](?:calls?|meetings?|syncs?|stand-?ups?)",
        r"(?:calls?|meetings?) (?:after|past) (?:[6-9]|1[01])(?:[:.]\d\d)? ?(?:pm|p\.m\.)",
        # late hours for another region's calls: "happy to flex late for US calls", "can work late
        # for the West Coast" (not "worked late all week")
        r"(?:flex|work|stay|working|staying|flexing) late(?= (?:for|on|with|some|a few|when)\b[^.;]{0,30}?"
        r"\b(?:calls?|meetings?|customers?|clients?|time ?zones?|coast|us|uk|apac|emea|americas?))",
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
        # ... and the cause named instead of another: "the money wasn't the issue, the splits
        # were", "it was the splits" (not a fee's "the splits were 60/40")
        r"(?:(?<=it was the )|(?<=it's the )|(?<=was the )|(?<=, the )|(?<=but the )|(?<=hated the )|"
        r"(?<=because of the )|(?<=over the ))splits(?! (?:of|on|from|deal|between)\b)"
        r"(?! (?:are|were|was|is) (?:\d|getting|split|shared|paid|fair|even))",
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
        # the week as one hyphenated word: "3-day-a-week engagements", "two-day-per-week contract"
        r"(?:2|3|two|three)-days?-(?:a|per)-week",
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
        r"(?:4|four)[- ]day[- ](?:work(?:ing)?[- ])?weeks?",
        r"compressed (?:hours|week)",
        r"(?:(?<=work )|(?<=working )|(?<=only )|(?<=just ))(?:4|four) days a week",
        r"(?:(?:go(?:ing)?|drop(?:ping)?|cut(?:ting)?|reduc(?:e|ing)) (?:down )?to) (?:4|four) days",
        r"(?:9|nine)[- ]day fortnight",
        r"(?:4|four) days a week(?= (?:only|max(?:imum)?|tops))",
        r"(?:4|four)-days?-(?:a|per)-week",
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
        # the US holidays worked: "won't work Christmas or Thanksgiving anymore", "no more working
        # the holidays" (not "work till after Christmas": a wait)
        r"(?:(?<=work )|(?<=working )|(?<=works )|(?<=worked ))(?:christmas|thanksgiving|the holidays|holidays|"
        r"new year'?s(?: eve)?|(?:july 4th|the 4th of july|the fourth of july))(?! (?:party|parties|bonus))",
    ),
    # the year's holidays off, needed every year, which refuses working them (``reader_clause``):
    # "needs Christmas and New Year off", "has to be home in Manila for Christmas - non-negotiable,
    # every year" (not "home for Christmas, call me after": a wait)
    "holidays_off": (
        # asked for ("got Thanksgiving off this year" is a report)
        r"(?:(?<=needs )|(?<=need )|(?<=wants )|(?<=want )|(?<=must have )|(?<=requires )|"
        r"(?<=asks for )|(?<=has to have ))(?:the )?"
        r"(?:christmas|xmas|the holidays|new year'?s?|thanksgiving)(?: (?:and|&) (?:new year'?s?|"
        r"christmas|boxing day|the holidays))? off\b",
        r"(?:home|off|away)(?: in [a-z]+)? (?:for|over) (?:christmas|xmas|the holidays)(?: (?:and|&) "
        r"new year'?s?)?(?=[^.]{0,40}\b(?:every year|each year|always|non[- ]negotiable|annually)\b)",
        r"(?<=has to be )(?:home|off|away)(?: in [a-z]+)? (?:for|over) (?:christmas|xmas|the holidays)",
        r"(?<=have to be )(?:home|off|away)(?: in [a-z]+)? (?:for|over) (?:christmas|xmas|the holidays)",
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
