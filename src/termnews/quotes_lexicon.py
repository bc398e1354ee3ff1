"""Word lists for ``termnews.quotes``: speech verbs, titles, organisation heads, first names.

Kept apart from the logic so the rules read cleanly; every list is a frozenset of lowercase
words (titles keep their trailing period where news style writes one).
"""

from __future__ import annotations

from termnews.quotes_given_names import (
    CENSUS_FEMALE_NAMES,
    CENSUS_MALE_NAMES,
    COMMON_FEMALE_NAMES,
    COMMON_MALE_NAMES,
    MORE_FEMALE_NAMES,
    MORE_MALE_NAMES,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The verbs the cue finder looks for (a trie regex is built from them).
CUE_WORDS = """
    acknowledged acknowledges add added adds admits admitted affirmed agreed alleged announced
    answered argue argued argues ask asked asks assured boasted called cautioned claimed
    complained conceded concedes concluded confirmed contended continued continues countered
    cracked cried declared described disagreed emailed emphasized exclaimed explain explained
    explains grumbled insist insisted insists interjected joked lamented laughed maintained
    marveled mused note noted notes objected observed offered pleaded posted predicted promised
    protested quipped recall recalled recalls recounted reflected reiterated remarked repeated
    replied replies responded said say says scoffed shouted shrugged sighed snapped stated
    states stressed suggested tells testified testifies texted told tweeted tweets urged vowed
    warn warned warns whispered wondered write writes wrote written yelled
    observes muses quips confirms recounts concludes declares predicts responds stresses jokes
    urges laughs shrugs corrected corrects deadpanned deadpans retorted reasoned murmured muttered
    gushed raved fumed mumbled stammered reminisced speculated chuckled
"""
CUE_WORD_SET = _words(CUE_WORDS)  # the same verbs, for lookups
# Verbs whose speaker may follow them ("said Commissioner Ana Lopez"); "told" never inverts.
INVERTIBLE_VERBS = CUE_WORD_SET - _words("told tells called described urged")

# Words skipped between a subject and its verb ("she later told", "Rose has also said").
AUXILIARIES = _words(
    """
    has have had also later previously once then recently repeatedly again often would will
    had first last publicly privately simply bluntly flatly angrily quietly softly proudly
    earlier since long frequently gently firmly calmly sharply still just already never
    even should could can may might must
    """
)
# Nouns for people that neither the role lists nor a person-noun ending catch.
PERSON_NOUNS = _words(
    """
    poet laureate chef nurse pilot guide host envoy aide delegate candidate graduate veteran
    volunteer teen kid child wife husband son daughter sister cousin uncle aunt friend widow
    nun monk priest cop medic surgeon coach scout captain chief boss expert critic playwright
    athlete judge attorney trustee guard inmate detainee suspect victim witness fan tourist
    pilgrim chair founder
    """
)
# Animals, vessels and machines with a person noun's ending ("a terrier named Deadline", "a
# trawler named"): never a person, whatever "-er" or "-or" suggests (only words with such an
# ending belong here: the others never pass for people).
NOT_PERSON_NOUNS = _words(
    """
    terrier retriever pointer schnauzer rottweiler hamster heifer steer rooster lobster oyster
    panther tiger otter beaver alligator raptor condor warbler elephant serpent trawler
    freighter tanker schooner cruiser steamer tractor trailer container computer reactor motor
    scooter helicopter charter government department statement agreement settlement
    management parliament element movement juggernaut
    """
)
# Nouns with an adjective's ending: "the hospital “stands behind”" is no adjective before a name.
NOUNS_LIKE_ADJECTIVES = _words(
    """
    hospital official capital rival individual animal festival journal tribunal arsenal
    terminal council principal editorial material
    """
)
MONTHS = _words(
    """
    january february march april may june july august september october november december
    jan. feb. mar. apr. jun. jul. aug. sept. sep. oct. nov. dec.
    """
)
# Words between a speech verb and an inverted speaker ("said Tuesday", "said on Monday").
TIME_WORDS = _words(
    """
    on monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    this last week morning afternoon evening night earlier later recently then
    """
)
# Words that end a speaker phrase read after an inverted verb ("said Ana Lopez in a statement").
INVERTED_STOPS = _words(
    "in on during at after before while when last this that who which adding noting because told as"
)
SUBJECT_PRONOUNS = _words("he she they it we i")
PRONOUN_GENDER = {"he": "m", "she": "f"}

# Lowercase words that end a speaker phrase when scanning back from the verb.
NP_BOUNDARIES = _words(
    """
    that and but or as because when while who whom which where if than so since although though
    after before until unless whether what how why is are was were be been being has have had do
    does did not to said says told tells added wrote asked nor yet this
    """
)
DETERMINERS = _words(
    "the a an its his her their our my your these those one two three several many some both"
    " each another every"
)
# Groups that speak without a determiner ("police said", "officials told the council").
GROUP_NOUNS = _words(
    """
    police officials authorities prosecutors investigators residents neighbors neighbours
    parents teachers students witnesses organizers organisers protesters advocates critics
    supporters experts researchers economists analysts forecasters doctors nurses firefighters
    officers troopers lawmakers legislators councilors councillors regulators leaders
    administrators staff employees workers members fans players coaches executives
    """
)

# Capitalised role words that end a title before a name ("Boston Mayor Marty Walsh").
TITLE_WORDS = _words(
    """
    mayor governor gov. senator sen. rep. representative congressman congresswoman councilor
    councillor councilman councilwoman alderman alderwoman commissioner director chief
    superintendent president secretary attorney general judge justice officer sgt. sergeant lt.
    lieutenant capt. captain det. detective trooper deputy sheriff coach chair chairman
    chairwoman chairperson manager administrator dr. mr. mrs. ms. miss mx. prof. professor rev.
    reverend father rabbi bishop pastor dean principal spokesman spokeswoman spokesperson ceo
    treasurer clerk inspector marshal speaker minister ambassador commander gen. col. maj. adm.
    chancellor provost auditor comptroller trustee supt. cmdr. ofc. insp. atty. sister imam
    lawyer co-author analyst economist researcher scientist historian novelist author
    meteorologist forecaster executive leader member agent assemblyman assemblywoman
    assemblymember selectman selectwoman delegate del. democrat republican
    mr mrs ms dr prof cllr insp supt det mp msp mep mla mpp canon
    """
)
TITLE_GENDER = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "mr.": "m",
    "mrs.": "f",
    "ms.": "f",
    "miss": "f",
    "congressman": "m",
    "congresswoman": "f",
    "councilman": "m",
    "councilwoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "spokesman": "m",
    "spokeswoman": "f",
    "alderman": "m",
    "alderwoman": "f",
    "assemblyman": "m",
    "assemblywoman": "f",
    "selectman": "m",
    "selectwoman": "f",
    "father": "m",
    "sister": "f",
}
# Lowercase role words that may precede a name ("city spokeswoman Jane Doe").
ROLE_WORDS = _words(
    """
    spokeswoman spokesman spokesperson director chief superintendent president secretary
    commissioner manager coach principal officer detective lawyer attorney professor researcher
    economist analyst owner founder resident teacher student councilor councillor member chair
    chairman chairwoman administrator executive meteorologist forecaster captain lieutenant
    sergeant trooper deputy sheriff judge senator representative mayor governor clerk treasurer
    pastor reverend rabbi dean nurse doctor pitcher quarterback forward guard goalie striker
    defender midfielder catcher shortstop outfielder infielder rookie veteran senior junior
    sophomore freshman neighbor neighbour organizer activist advocate historian scientist
    engineer planner architect economist spokesperson liaison city state county district school
    police fire transit team company agency department interim acting former assistant
    associate deputy head senior vice
    """
)
# Capitalised words that cannot start or make up a name on their own (among them the
# participles that open a sentence: "Reached by phone, Tsosie said").
NAME_STOPWORDS = _words(
    """
    the a an but and or so yet still then now later meanwhile however instead also in on at for
    from by with without after before during since until when while if as although though
    because this that these those last next every each some many most other both he she they it
    we i his her their its our my your you there here what why how where who which according
    monday tuesday wednesday thursday friday saturday sunday january february march july
    august september october november december today yesterday tonight not no yes one two
    nevertheless nonetheless indeed asked told said says even only just perhaps maybe
    under over across amid among inside outside near behind beyond despite throughout toward
    towards within against around through several few others neither either
    was is did does do has have had were are would could should shall might must am
    pressed reached contacted interviewed questioned approached speaking
    """
)
# Nationalities as nouns for a person: sports and foreign news call someone just met "the Dane"
# or "the Colombian" (a name in front, "Dane Whitfield", stays a name).
DEMONYMS = _words(
    """
    dane swede norwegian finn icelander briton brit englishman englishwoman scot scotsman
    scotswoman welshman welshwoman irishman irishwoman frenchman frenchwoman dutchman
    dutchwoman german spaniard italian portuguese swiss belgian austrian luxembourger pole
    czech slovak slovenian croat croatian serb serbian bosnian hungarian romanian bulgarian
    greek turk russian ukrainian belarusian latvian lithuanian estonian georgian armenian
    american canadian mexican colombian venezuelan ecuadorian peruvian bolivian chilean
    argentine argentinian uruguayan paraguayan brazilian cuban jamaican australian aussie
    kiwi japanese chinese korean taiwanese filipino thai vietnamese indonesian malaysian
    singaporean indian pakistani bangladeshi afghan iranian iraqi israeli palestinian
    lebanese syrian jordanian saudi egyptian moroccan algerian tunisian nigerian ghanaian
    kenyan ethiopian eritrean ugandan tanzanian rwandan zimbabwean zambian cameroonian
    senegalese ivorian kazakh uzbek mongolian
    """
)
NAME_CONNECTORS = _words("of de da del della van von der den la le du bin al y st. &")
NAME_SUFFIXES = _words("jr. sr. ii iii iv")
# Head words of organisation names ("the Massachusetts Water Resources Authority").
ORG_HEADS = _words(
    """
    authority department commission council office agency association union committee board
    company inc. corp. corporation bank university college hospital church institute foundation
    center centre society coalition alliance administration bureau service trust club court
    party network project league district schools school police fund group partners
    cooperative co-op museum library team federation press times globe herald news courier
    tribune gazette chronicle sentinel bulletin inquirer dispatch journal magazine band tribe
    airlines airline airways railroad railway division ministry township embassy consulate
    """
)

# Lowercase nouns that mark the capitalised name after them as an organisation
# ("utility company Eversource", "the advocacy group TransitMatters").
ORG_DESCRIPTORS = _words(
    """
    company group agency nonprofit non-profit organization organisation firm utility association
    union coalition charity developer landlord retailer chain startup publisher newspaper
    network department office authority commission council committee board
    """
)
# Finite verbs: after "said" they show a reported clause ("said the sell-off was"), not a speaker.
FINITE_VERBS = _words(
    "is are was were has had have will would could can should may might must did does do"
)
# "the company said": nouns that stand for the organisation the article is about.
GENERIC_ORG_NOUNS = _words(
    """
    company firm business organization organisation charity nonprofit agency group utility
    retailer chain startup bank airline automaker insurer developer cooperative co-op brewery
    winery distillery bakery restaurant pharmacy operator union railroad railway
    """
)
# All-capital words that are things, not organisations ("a major AI lab", "his DNA").
NOT_ORG_ACRONYMS = _words(
    """
    ai tv gps dna rna ceo cfo coo cto phd mba gdp id iq uv hiv aids covid ev evs suv atm pdf
    url usb led lgbtq lgbt icu er ok am pm fm rv atv hvac ptsd adhd cpr emt mri ct vip faq
    ipo etf ppe ar vr ui app apps kpi roi diy ap afp upi mp msp mep mla mpp
    """
)
# A company's legal form ("Acme Corp."): never a club's or a school's name.
LEGAL_MARKS = _words("inc. inc corp. corp co. llc ltd ltd. plc")
# Words that mark a company's name ("Calder Foods Inc.").
CORPORATE_MARKS = LEGAL_MARKS | _words(
    """
    group holding holdings & sons brothers bros. excavating
    construction contractors contracting builders paving roofing plumbing electric motors
    industries enterprises logistics trucking landscaping realty associates manufacturing
    systems technologies labs laboratories pharmaceuticals therapeutics biosciences solutions
    capital ventures media energy air airlines airways foods networks robotics aerospace orbital
    dynamics software studios entertainment communications telecom financial insurance
    healthcare electronics devices analytics brands mining petroleum utilities stores
    restaurants hotels resorts properties investments securities railroad railway shipping
    freight resort hotel casino inn brewery winery distillery vineyards zoo aquarium
    orchestra symphony clinic bakery academy gallery theater theatre pharmacy pharmacies
    mutual insurers bancorp bankshares fc line lines cruises minerals metals chemicals materials
    power wireless cellular broadband telecommunications brewing markets outfitters apparel tech
    """
)
# Last words of place names: "Elm Street" is never "Elm" speaking.
PLACE_WORDS = _words(
    """
    street st. avenue ave. road rd. boulevard lane drive way park square plaza bridge river lake
    bay creek island hill hills heights valley county city town village station mall hall
    point harbor harbour port beach falls springs ridge mountain mountains canyon forest
    center centre field fields grove
    """
)
# Nouns for documents that "say" things on behalf of whoever issued them.
DOCUMENT_NOUNS = _words(
    """
    statement release post email e-mail letter report filing complaint lawsuit memo notice
    announcement message tweet sign petition ruling order motion brief review citation
    column editorial op-ed essay resolution affidavit newsletter study audit analysis survey
    bulletin advisory communique communiqué response opinion decision
    """
)
# Short words that stay lowercase in Title Case ("State of the Harbor").
TITLE_CASE_SMALL = _words(
    "of the and a an in on for to at by with or from nor but as vs. vs de la el del di du y"
)
# Words right before a quotation that make it a name, not speech.
TERM_CUES_STRONG = _words(
    "dubbed titled entitled named nicknamed code-named codenamed so-called labeled labelled branded"
    " coined billed label labels"
    " slogan motto hashtag theme banner headline"
)
TERM_CUES_CALLED = _words("called calls call calling")
# Nouns that introduce a label verbatim, whatever its length or case ("under the slogan “...”").
TERM_LABEL_NOUNS = _words(
    "slogan motto hashtag banner headline tagline catchphrase title heading subheading marquee"
    " handle username nickname moniker pseudonym motion"
)
# A gloss or a word talked about: "which means “love”", "the word “unabated”".
TERM_GLOSS_WORDS = _words(
    "means meaning translates word term phrase expression wording spelled spell spells misspelled"
)
# Prepositions before a quotation inside a clause: what follows is a thing's name or wording
# ("for “Kevin.”", "toward “low-emission energy systems”"), unless someone speaks in the
# sentence.
PREPOSITIONS_BEFORE_NAMES = _words(
    "of to toward towards for on about with from into under than like over against"
)
TERM_CUES_READING = _words("reading read reads")
TERM_DETERMINERS = _words("the a an its his her their our this that your my")
# Nouns for named works: a Title-Case quotation right after one is its title
# ("Amari’s book, “Lights of the Sound,” devotes a chapter").
# Verbs that give a thing a label ("described the drug as its “moonshot”").
LABELLING_VERBS = _words(
    "described describes regarded regards viewed views saw sees touted touts billed bills"
    " marketed markets pitched pitches flagged tagged"
)
# Nouns for a scheme whose name the words before them may be ("a “talent bridge” program").
SCHEME_NOUNS = _words(
    """
    program programs programme scheme schemes initiative initiatives policy policies pilot
    project projects campaign campaigns fund plan plans rule rules provision clause option
    package packages model pathway track protocol protocols system strategy approach
    framework procedure regime mechanism ordinance law bill tax levy fee surcharge zone zones
    night nights event events session sessions
    """
)
TERM_WORK_NOUNS = _words(
    """
    book novel memoir biography film movie documentary series show podcast song album single
    play musical opera report study paper essay article poem column exhibit exhibition painting
    campaign initiative program programme plan project slogan motto title name nickname
    track record ballad hymn anthem tune thriller comedy drama sitcom episode sequel novella
    collection anthology opener headliner dish recipe cocktail brand label operation
    """
)
# Verbs that give a thing a rating or a class: the quoted grade is a term
# ("rates the stock “hold,”", "classifies the structure as “fracture critical”").
TERM_CUES_RATING = _words(
    """
    rates rated rating ranks ranked grades graded scores scored classifies classified
    classify designates designated categorizes categorized lists listed labels labeled
    labelled judged
    """
)
# Verbs that put words on a surface or into a song: what they carry is a term
# ("painted in foot-high letters: “Measure twice, mix once.”", "fans sing “Nobody passes”").
TERM_CUES_INSCRIBED = _words(
    """
    painted printed stenciled stencilled engraved inscribed emblazoned etched carved lettered
    embroidered sing sings sang sung singing chant chants chanted chanting
    """
)
# Words that open an adverbial phrase before a sentence's subject ("Outside the courtroom,",
# "In a letter posted on its website,").
OPENING_PREPOSITIONS = _words(
    """
    outside inside after before during at in on near across behind beside since within later
    earlier afterward afterwards upon from among throughout through via under midway halfway
    """
)
# Participles that open a sentence the same way ("Writing in the Herald, critic ...").
OPENING_PARTICIPLES = _words("asked speaking writing")
# Counting words: three “fare clinics” are things, not remarks.
NUMBER_WORDS = _words("two three four five six seven eight nine ten eleven twelve dozen several")
# Before "a “...”", these make the quotation a judgement in someone's words ("was a “mistake”").
COPULAS = _words("is was are were be been being as called call calls")
# Verbs that give a thing its name: "declaring it “Szymborek Day.”"
DECLARING_VERBS = _words(
    "declaring declared declare declares proclaiming proclaimed renamed renaming christened"
)
# Object pronouns: "call him “Pops”" names him.
OBJECT_PRONOUNS = _words("him her them it me us")
# Words after a quotation that show it is not modifying the noun that follows.
TERM_FUNCTION_WORDS = _words(
    """
    a an the and or but nor for of in on at to by with from as that which who whom whose
    when where while if because than then so is are was were be been has have had will would
    could should may might can must do does did not according after before about over into
    said says told added he she they it we i his her their its
    """
)

# Words that make a "called" phrase a judgement in the speaker's words, not a name
# ("which he called “the number that matters most”").
JUDGEMENT_WORDS = _words(
    """
    that which who is are was were has have had will would can could should must most least
    best worst only ever never biggest greatest largest smallest highest lowest
    """
)
# Appositive nouns that say a quotation is someone's words after all ("a line Salo says ...").
SPEECH_NOUNS = _words(
    """
    remark comment line phrase statement words description assessment view claim quip joke
    refrain warning message answer reply response verdict
    """
)

# Things that carry words without saying them: what they "say" or "read" is a term.
INSCRIPTION_NOUNS = _words(
    """
    sign signs banner banners placard placards poster posters sticker stickers plaque billboard
    marquee headline t-shirt t-shirts shirt shirts mural graffiti card cards label labels
    button buttons chalkboard whiteboard blackboard flyer flyers leaflet leaflets jersey jerseys
    sweatshirt sweatshirts hoodie hoodies
    """
)

# Abbreviations whose period does not end a sentence.
ABBREVIATIONS = _words(
    """
    mr. mrs. ms. dr. st. jr. sr. gov. sen. rep. lt. sgt. capt. gen. col. maj. prof. rev. no.
    ave. blvd. rd. jan. feb. mar. apr. aug. sept. sep. oct. nov. dec. vs. det. supt. cmdr.
    ofc. insp. atty. inc. corp. co. mt. ft. adm. gens. reps. sens. mx.
    """
)

# Given names by gender (quotes_given_names); a name on both lists counts as a man's.
MALE_NAMES = _words(COMMON_MALE_NAMES) | _words(MORE_MALE_NAMES) | _words(CENSUS_MALE_NAMES)
FEMALE_NAMES = (
    _words(COMMON_FEMALE_NAMES) | _words(MORE_FEMALE_NAMES) | _words(CENSUS_FEMALE_NAMES)
) - MALE_NAMES

# Nouns for people, with the gender they tell (None: either). An unnamed "a teenager in a
# school hoodie" or "her son, Anders" is a person later pronouns may point back to.
PERSON_NOUN_GENDER: dict[str, str | None] = {
    **dict.fromkeys(
        _words(
            """man boy father son husband brother grandfather grandson uncle nephew widower dad
            boyfriend gentleman spokesman"""
        ),
        "m",
    ),
    **dict.fromkeys(
        _words(
            """woman girl mother daughter wife sister grandmother granddaughter aunt niece widow
            mom mum girlfriend lady spokeswoman"""
        ),
        "f",
    ),
    **dict.fromkeys(
        _words(
            """teenager teen child kid parent resident neighbour neighbor nurse doctor teacher
            student farmer miner driver worker commuter passenger shopper customer owner clerk
            volunteer veteran retiree pensioner witness official employee engineer player fan
            visitor tourist homeowner tenant landlord bystander survivor protester voter
            motorist cyclist pedestrian patient caller reader listener viewer user
            spokesperson relative friend colleague cousin grandparent sibling spouse partner
            analyst designer developer programmer accountant technician contractor manager
            lawyer attorney paramedic firefighter mechanic cashier waiter waitress"""
        ),
        None,
    ),
}
# Family words before a name ("her son, Anders Lindqvist"): they tell a person and a gender.
KIN_NOUNS = _words(
    """son daughter husband wife brother sister father mother grandson granddaughter
    grandfather grandmother uncle aunt nephew niece widow widower"""
)
