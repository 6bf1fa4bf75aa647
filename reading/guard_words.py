"""Dictionary words one or two edits from a key word, so the typo corrector leaves them alone.

Generated from a system word list (wamerican) against ``reading.lexicon.TYPO_TARGETS``; data only.
``PLACE_GUARD_WORDS`` are the words one or two edits from a place name ("regarding", "hungry",
"german"), so a misspelt city is corrected and an ordinary word is not.
"""

GUARD_WORDS = frozenset(
    """
    absolute absolutes absolutest architects auguster autumnal autumns avoids backing backings
    baking balking banding bandying banging banning barking basking blacking blanking blinking
    bogus boinking bonds bones bongs branding bunking cabling cackling cajoling calking calkings
    callings callusing calming calving candling caroling carolling castling caulking caviling
    cavilling celibate chalking charily chariots chastity chilling christens citizenry citizens
    clarity climates climatic climaxed climaxes clones close closed closer closest closet
    closets closures cloves combating commendation commenting committing commune communed
    communes communing commuted commuter commuters commutes compacting compensating
    compensations competing compute computed computer computes computing concocting condensation
    conducting confuting connecting constancy constant constrict constricting constrictor
    construct constructing constructor consultant consultants contacted contacts containing
    contenting contesting contorting contracted contractile contraction contractions contractors
    contracts contradict contradicting contrail contralto contraltos contrary contrast
    contrasting contrasts contribute contributed contributes contribution contributors
    contributory convicting cooperate corporal corporals counteract counteracting cradling
    crawling crypt crypts culling deceiver defector defended defender defensed defenses
    defensive deference defiance definite definitively detector developed developers develops
    directed directer direction directly directors directory educating educational educations
    educator elective emails emulation enabling engender engendering engineered engineers
    entailing enterprises equality equation essentially essentials evocation executing execution
    executives famished famishes fetishes finessed finesses finises finisher finishers flexibly
    freelanced freelancer freelancers freelances furnished furnishes gabbling gaging gamboling
    gambolling gamin gamine gamins gangling gaping garbling gargling gating gazing gleaming
    gloaming gobbling grumbling hakes hales hares harpy hastes hated hater haters haves hazes
    hippy holiday holidayed hybrids impacted impacts impart individually individuals inherent
    instance insurances insurgence intensest interact interacted intercept intercepted interests
    interject interjected interment internes internet internist intersect intersected intrusted
    issuance juniors lading leaching leafing leaguing leaking leaning leanings leaping leapt
    learning lease leash leashing leasing leaved leaven leaves leaving leavings lending loading
    locking looming looping loosing looting manacling managed managements managers manages
    mandating mange manger mangling mantling manuring manège marsh massaging match maturity
    maximums meager menacing menage merge merged mergers merges minimums missions modernity
    month moths mouths needy negotiate nerds newer night nighties nighty nonmember nonnegotiable
    nonprofits noticed notices novice officer officers offices overbite overcame overcome
    override overripe oversize overtake overtimes overtone overture parentage parented passports
    password pastures pease periodic periods permanence permanently permanents permits pertinent
    phoned phones phoney phony placental pleas pleased pleases pleasure postured postures
    prefects preferable premiers prenatal principally principals principle proffers prone pubic
    publican publicly pythons quainter quartered quarterly quarters quartet quartets rally reach
    reacts reallocate reallocated reallocating reallocation realty rebuses recluses recurred
    refocuses refuge refugees refuges refusals refused refute refutes regally relating relation
    relaxation relegate relegated relegating relegation reloaded reloading relocates remodels
    remoter remotes remotest removed remover removers removes renovate renovated renovating
    renovation repaired replicate replicated replicating replication repulses requiems require
    requirements requited requites resonate resonated resonating respired respires retailed
    retailer retails retain retirement reuse reuses revocation revocations sabbaticals salivary
    salutary scientists scummier scuttled sectors selector seniors sensor settle settler
    settlers settles shafts shift shifty shirts shits shuttled sifts simmer siring slummer
    snowflakes sparing sparking sparring spearing sponsors spooring sporing sporting sprang
    spraying spreeing sprig springs springy sprint sprucing sprung spurning spurring spurting
    spying starters startles states stats statue statues statures statuses statutes stirrups
    stratums string summed summered summers summery summoner swifts tared technically technician
    teething tempting tenting testing texturing tided tiled timed tires trailing trammeling
    trammelling trampling travailing traveled traveler travelings travelog travels traversing
    trawling treating tried troweling trowelling tweeting typescripts unsubscribed unsubscribes
    venting vetting visas visiting vista weakened weeds weekended weeps winger winner wintered
    winters wintery wintrier world woulds wound
    """.split()
)

PLACE_GUARD_WORDS = frozenset(
    """
    american americana americans americas andalusian argentine argentinian atalanta atlantes
    atlantic atlantis australasia australian australians australoid austrian austrians
    barceloneta bavarian berkshires betiding brattain brighten brightens brighter brightly
    brittney bruisers bulganin bulgari bulgarian bulgarians calvary cambrian cartridge catalina
    catatonic chaster cheater cheaters cheesier chicagoan chicano cogently colognes colombian
    colombians columbia cornball cornballs cornwallis covertly crawled croatian croatians
    crowley estonian estonians flannels flappers flashers flatters flounders fluoresce founders
    frankfort frankfurter german germane germanic germans hamburger hamburgs hapsburg highland
    highlander highlanders hollands homburg homburgs homeland housetop hungry huston icelander
    icelandic indonesian indonesians limericks lithuanian lithuanians luxembourger mainlands
    malaysian malaysians marseilles marysville midland munched munches munchies munching
    munchkin netherlander netherlanders nigerian nigerians nordic oceanic philippians philippics
    philippine philistines phoenixes presence presto prestos pretence provenance provender
    providence province provinces prudence rayleigh romanian romanians romanies romantic
    roumania rumania sanford scandinavian scandinavians shanghaied shanghais shetland slovakia
    slovenian slovenians slovenly soberest stafford stamford stanford steerage stockroom
    sutherland tallying tuscan valences valentin waterford worcesters
    """.split()
)
