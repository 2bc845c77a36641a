"""English gender evidence and person nouns, shared by training annotation, GFST selection and serving."""

from __future__ import annotations

import re

from mt_core.grammar import Gender

FEMININE_WORDS = frozenset(
    """she her hers herself woman women girl girls lady ladies mother mothers daughter daughters sister sisters
    wife wives aunt aunts niece nieces grandmother grandmothers granddaughter queen queens princess duchess
    mrs ms miss madam actress actresses waitress waitresses heroine bride girlfriend stepmother widow seamstress
    businesswoman chairwoman policewoman spokeswoman congresswoman mom mum mommy nun nuns abbess heiress empress
    countess baroness aviatrix""".split()
)
MASCULINE_WORDS = frozenset(
    """he him his himself man men boy boys gentleman gentlemen father fathers son sons brother brothers
    husband husbands uncle uncles nephew nephews grandfather grandfathers grandson king kings prince duke
    mr sir actor waiter groom boyfriend stepfather widower businessman chairman policeman spokesman
    congressman dad daddy monk monks abbot emperor friar friars""".split()
)

#: The gender words that name more than one person: only these fix the gender of a plural person noun ('She
#: taught many students' says nothing about the students; 'The women were nurses' does).
PLURAL_GENDER_WORDS = frozenset(
    """women girls ladies mothers daughters sisters wives aunts nieces grandmothers queens actresses waitresses
    men boys gentlemen fathers sons brothers husbands uncles nephews grandfathers kings""".split()
)

#: Person nouns whose English form does not fix a gender but whose Spanish translation does. Not 'principal',
#: which is an adjective far more often ('one of the principal actors ... he' made the actors a headmaster).
AMBIGUOUS_PERSON_NOUNS = frozenset(
    """doctor doctors nurse nurses teacher teachers professor professors engineer engineers lawyer lawyers
    surgeon surgeons scientist scientists student students friend friends neighbor neighbors neighbour
    neighbours cousin cousins child children colleague colleagues author authors writer writers director
    directors manager managers secretary secretaries assistant assistants president presidents minister
    ministers judge judges officer officers farmer farmers worker workers employee employees baker bakers
    cook cooks chef chefs driver drivers pilot pilots soldier soldiers architect architects designer designers
    programmer programmers developer developers editor editors journalist journalists reporter reporters
    painter painters artist artists musician musicians singer singers dancer dancers player players coach
    coaches athlete athletes lecturer lecturers researcher researchers physician physicians dentist dentists
    pharmacist pharmacists psychologist psychologists therapist therapists accountant accountants banker
    bankers clerk clerks cashier cashiers librarian librarians mechanic mechanics electrician electricians
    plumber plumbers carpenter carpenters tailor tailors hairdresser hairdressers cleaner cleaners guard
    guards detective detectives attendant attendants receptionist receptionists counselor counselors
    supervisor supervisors administrator administrators analyst analysts economist economists chemist
    chemists physicist physicists biologist biologists mathematician mathematicians historian historians
    philosopher philosophers politician politicians senator senators mayor mayors governor governors
    candidate candidates citizen citizens resident residents patient patients client clients customer
    customers owner owners boss bosses partner partners expert experts specialist specialists consultant
    consultants founder founders inventor inventors translator translators interpreter interpreters
    photographer photographers sculptor sculptors composer composers poet poets novelist novelists
    teenager teenagers adult adults person persons servant servants slave slaves stranger strangers
    visitor visitors guest guests host hosts leader leaders member members winner winners captain captains
    firefighter firefighters janitor janitors housekeeper housekeepers sheriff sheriffs auditor auditors
    salesperson salespeople laborer laborers labourer labourers mover movers paralegal paralegals veterinarian
    veterinarians vet vets paramedic paramedics dietitian dietitians nutritionist nutritionists technician
    technicians instructor instructors investigator investigators inspector inspectors ceo ceos executive
    executives tutor tutors trainer trainers coworker coworkers
    volunteer volunteers caretaker caretakers caregiver caregivers babysitter babysitters nanny nannies
    tenant tenants landlord landlords lifeguard lifeguards astronaut astronauts diplomat diplomats
    ambassador ambassadors sailor sailors fisher fishers miner miners butcher butchers grocer grocers
    florist florists jeweler jewelers optician opticians surveyor surveyors counsellor counsellors
    dean deans rector rectors psychiatrist psychiatrists radiologist
    radiologists cardiologist cardiologists pediatrician pediatricians midwife midwives veteran veterans
    pianist pianists activist activists reformer reformers statistician statisticians revolutionary
    revolutionaries footballer footballers naturalist naturalists geologist geologists astronomer astronomers
    organist organists microbiologist microbiologists entrepreneur entrepreneurs philanthropist philanthropists
    aviator aviators explorer explorers feminist feminists screenwriter screenwriters producer producers
    filmmaker filmmakers comedian comedians linguist linguists anthropologist anthropologists sociologist
    sociologists archaeologist archaeologists botanist botanists zoologist zoologists educator educators scholar
    scholars theologian theologians missionary missionaries playwright playwrights essayist essayists lyricist
    lyricists songwriter songwriters guitarist guitarists violinist violinists cellist cellists drummer drummers
    rapper rappers illustrator illustrators cartoonist cartoonists critic critics biographer biographers
    physiologist physiologists neuroscientist neuroscientists geneticist geneticists sprinter sprinters runner
    runners swimmer swimmers cyclist cyclists boxer boxers wrestler wrestlers skier skiers golfer golfers
    goalkeeper goalkeepers midfielder midfielders mountaineer mountaineers navigator navigators commander
    commanders spy spies jurist jurists attorney attorneys legislator legislators campaigner campaigners
    suffragist suffragists abolitionist abolitionists investor investors columnist columnists presenter
    presenters choreographer choreographers vocalist vocalists performer performers entertainer entertainers
    magician magicians humorist humorists satirist satirists ceramicist ceramicists
    astrophysicist astrophysicists biochemist biochemists pharmacologist pharmacologists epidemiologist
    epidemiologists heir heirs successor successors predecessor predecessors pioneer pioneers chancellor
    chancellors deputy deputies councillor councillors councilor councilors delegate delegates mentor mentors
    apprentice apprentices rival rivals monarch monarchs researcher cofounder cofounders
    priest priests muralist muralists crystallographer crystallographers dramatist dramatists skater skaters
    fencer fencers jockey jockeys statesman stateswoman
    primatologist primatologists ethologist ethologists ornithologist ornithologists entomologist entomologists
    paleontologist paleontologists palaeontologist palaeontologists paleoanthropologist paleoanthropologists
    oceanographer oceanographers cosmologist
    cosmologists virologist virologists immunologist immunologists neurologist neurologists oncologist
    oncologists seismologist seismologists meteorologist meteorologists volcanologist volcanologists
    egyptologist egyptologists musicologist musicologists ethnologist ethnologists criminologist criminologists
    lexicographer lexicographers cartographer cartographers geographer geographers demographer demographers
    bacteriologist bacteriologists pathologist pathologists mineralogist mineralogists climatologist
    climatologists trumpeter trumpeters saxophonist saxophonists bassist bassists
    broadcaster broadcasters memoirist memoirists shoemaker shoemakers logician logicians draftsman
    draughtsman traveler travelers traveller travellers folklorist folklorists neurobiologist neurobiologists
    diarist diarists orator orators publisher publishers admiral admirals pharaoh pharaohs mariner mariners
    soprano sopranos mezzo-soprano mezzo-sopranos contralto contraltos
    humanitarian humanitarians conservationist conservationists environmentalist environmentalists astrologer
    astrologers potter potters warrior warriors biophysicist biophysicists polymath polymaths microscopist
    microscopists printmaker printmakers lover lovers photojournalist photojournalists gymnast gymnasts
    harpsichordist harpsichordists oboist oboists flautist flautists flutist flutists bassoonist bassoonists
    clarinetist clarinetists clarinettist clarinettists rower rowers canoeist canoeists triathlete triathletes
    hurdler hurdlers weightlifter weightlifters cosmonaut cosmonauts surfer surfers biathlete biathletes
    decathlete decathletes heptathlete heptathletes marathoner marathoners motorcyclist motorcyclists kayaker
    kayakers climber climbers archer archers judoka judokas karateka karatekas collector collectors futurist
    futurists hero heroes ruler rulers champion champions medalist medalists medallist medallists""".split()
)
#: Gender words that are no person nouns: pronouns and titles.
PRONOUNS_AND_TITLES = frozenset(
    {"she", "her", "hers", "herself", "he", "him", "his", "himself", "mr", "mrs", "ms", "sir"}
)
#: The English words that name a person: ambiguous person nouns and the gendered ones ('businesswoman', 'nun').
PERSON_WORDS = (AMBIGUOUS_PERSON_NOUNS | FEMININE_WORDS | MASCULINE_WORDS) - PRONOUNS_AND_TITLES
WORD = re.compile(r"[A-Za-z']+")
#: Auxiliaries and adverbs that may stand between a subject and its linking verb ('she has always been').
AUXILIARIES = r"will|would|must|might|may|can|could|should|has|had|have|not|never|always|still|also"


def gender_evidence(text: str) -> set[Gender]:
    """Which genders explicit words in the text point to (empty, one, or both)."""
    words = {w.lower() for w in WORD.findall(text)}
    found: set[Gender] = set()
    if words & FEMININE_WORDS:
        found.add(Gender.FEMININE)
    if words & MASCULINE_WORDS:
        found.add(Gender.MASCULINE)
    return found


def plural_gender_evidence(text: str) -> set[Gender]:
    """The genders that words naming several people point to."""
    words = {w.lower() for w in WORD.findall(text)} & PLURAL_GENDER_WORDS
    return {Gender.FEMININE if w in FEMININE_WORDS else Gender.MASCULINE for w in words}


def person_noun_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of gender-ambiguous person nouns."""
    return [(m.start(), m.end()) for m in WORD.finditer(text) if m.group().lower() in AMBIGUOUS_PERSON_NOUNS]


#: Spanish lemmas a translation may use for an English person noun, beyond the bilingual dictionary's one
#: choice ('doctor' is often 'médico'); used to find the noun when reading its gender.
SPANISH_PERSON_LEMMAS: dict[str, tuple[str, ...]] = {
    "doctor": ("doctor", "médico"),
    "physician": ("médico",),
    "teacher": ("profesor", "maestro", "docente"),
    "driver": ("conductor", "chófer", "chofer"),
    "clerk": ("empleado", "dependiente", "oficinista", "secretario"),
    "farmer": ("agricultor", "granjero", "campesino", "labrador"),
    "chemist": ("químico", "farmacéutico"),
    "pharmacist": ("farmacéutico",),
    "attendant": ("asistente", "auxiliar", "encargado"),
    "assistant": ("asistente", "ayudante", "auxiliar"),
    "cleaner": ("limpiador", "empleado"),
    "chef": ("chef", "cocinero", "jefe"),
    "cook": ("cocinero",),
    "counselor": ("consejero", "orientador", "asesor"),
    "housekeeper": ("empleado", "limpiador", "ama"),  # 'ama (de llaves)' has no masculine
    "manager": ("gerente", "director", "jefe", "encargado"),
    "accountant": ("contable", "contador"),
    "lecturer": ("profesor", "conferenciante"),
    "friend": ("amigo",),
    "neighbor": ("vecino",),
    "neighbour": ("vecino",),
    "cousin": ("primo",),
    "boss": ("jefe",),
    "guard": ("guardia", "guarda", "vigilante"),
    "nurse": ("enfermero",),
    "student": ("estudiante", "alumno"),
    "firefighter": ("bombero",),
    "electrician": ("electricista",),
    "judge": ("juez",),
    "janitor": ("conserje", "portero"),
    "salesperson": ("vendedor", "dependiente"),
    "veterinarian": ("veterinario",),
    "vet": ("veterinario",),
    "technician": ("técnico",),
    "officer": ("agente", "oficial", "policía"),
    "lifeguard": ("socorrista",),
    # nouns Apertium's bilingual dictionary lacks (found by checking every ambiguous noun above)
    "babysitter": ("niñero", "canguro"),
    "butcher": ("carnicero",),
    "caregiver": ("cuidador",),
    "caretaker": ("cuidador", "conserje"),
    "ceo": ("director", "ceo"),
    "child": ("niño",),
    "coach": ("entrenador",),
    "coworker": ("compañero", "colega"),
    "dietitian": ("dietista",),
    "diplomat": ("diplomático",),
    "fisher": ("pescador",),
    "grocer": ("tendero",),
    "jeweler": ("joyero",),
    "laborer": ("obrero", "trabajador", "jornalero"),
    "midwife": ("partero", "comadrón", "matrón"),
    "mover": ("transportista",),
    "nanny": ("niñero",),
    "nutritionist": ("nutricionista",),
    "optician": ("óptico",),
    "paralegal": ("asistente", "auxiliar"),
    "paramedic": ("paramédico",),
    "radiologist": ("radiólogo",),
    "secretary": ("secretario",),
    "surveyor": ("topógrafo", "agrimensor"),
    "pianist": ("pianista",),
    "naturalist": ("naturalista",),
    "microbiologist": ("microbiólogo",),
    "entrepreneur": ("empresario", "emprendedor"),
    "filmmaker": ("cineasta",),
    "comedian": ("comediante", "humorista", "cómico"),
    "missionary": ("misionero",),
    "playwright": ("dramaturgo",),
    "lyricist": ("letrista",),
    "cellist": ("violonchelista",),
    "drummer": ("baterista",),
    "rapper": ("rapero",),
    "neuroscientist": ("neurocientífico",),
    "geneticist": ("genetista",),
    "sprinter": ("velocista",),
    "wrestler": ("luchador",),
    "golfer": ("golfista",),
    "attorney": ("abogado", "fiscal"),
    "suffragist": ("sufragista",),
    "satirist": ("satírico",),
    "ceramicist": ("ceramista",),
    "pharmacologist": ("farmacólogo",),
    "epidemiologist": ("epidemiólogo",),
    "councilor": ("concejal",),
    "priest": ("sacerdote", "cura"),
    "scholar": ("erudito", "académico", "estudioso"),
    "muralist": ("muralista",),
    "crystallographer": ("cristalógrafo",),
    "dramatist": ("dramaturgo",),
    "skater": ("patinador",),
    "fencer": ("esgrimista",),
    "jockey": ("jinete", "yóquey"),
    "statesman": ("estadista",),
    "stateswoman": ("estadista",),
    "primatologist": ("primatólogo",),
    "ornithologist": ("ornitólogo",),
    "entomologist": ("entomólogo",),
    "paleontologist": ("paleontólogo",),
    "paleoanthropologist": ("paleoantropólogo",),
    "oceanographer": ("oceanógrafo",),
    "virologist": ("virólogo",),
    "immunologist": ("inmunólogo",),
    "oncologist": ("oncólogo",),
    "seismologist": ("sismólogo",),
    "volcanologist": ("vulcanólogo",),
    "egyptologist": ("egiptólogo",),
    "ethnologist": ("etnólogo",),
    "lexicographer": ("lexicógrafo",),
    "cartographer": ("cartógrafo",),
    "geographer": ("geógrafo",),
    "bacteriologist": ("bacteriólogo",),
    "mineralogist": ("mineralogista",),
    "climatologist": ("climatólogo",),
    "trumpeter": ("trompetista",),
    "broadcaster": ("locutor",),
    "memoirist": ("memorialista",),
    "admiral": ("almirante",),
    "soprano": ("soprano",),
    "mezzo-soprano": ("mezzosoprano",),
    "contralto": ("contralto",),
    "pharaoh": ("faraón",),
    "mariner": ("marino",),
    # 'hero' names women too ('an Ecuadorian revolutionary hero'): 'heroína'
    "hero": ("héroe",),
    "friar": ("fraile",),
    "champion": ("campeón",),
    "ruler": ("soberano", "gobernante"),
    # the analyser reads 'primer ministro' as one noun
    "minister": ("ministro", "primer ministro"),
    "medalist": ("medallista",),
    "medallist": ("medallista",),
    "businesswoman": ("empresario",),
    "businessman": ("empresario",),
    "nun": ("monje",),
    "shoemaker": ("zapatero",),
    "logician": ("lógico",),
    # a computer scientist is 'informático' (mt_core/life_repairs.py writes it); read as the scientist
    "scientist": ("científico", "informático"),
    "draftsman": ("dibujante",),
    "draughtsman": ("dibujante",),
    "seamstress": ("costurero",),
    "traveler": ("viajero",),
    "folklorist": ("folclorista", "folklorista"),
    "neurobiologist": ("neurobiólogo",),
    "diarist": ("diarista",),
    "humanitarian": ("humanitario",),
    "conservationist": ("conservacionista",),
    "astrologer": ("astrólogo",),
    "potter": ("alfarero",),
    "biophysicist": ("biofísico",),
    "polymath": ("polímata",),
    "microscopist": ("microscopista",),
    "printmaker": ("grabador", "grabadora"),
    "lover": ("amante",),
    "photojournalist": ("fotoperiodista", "reportero gráfico"),
    # sports and instruments the model leaves in English ('Era un gymnast rumano')
    "gymnast": ("gimnasta",),
    "harpsichordist": ("clavecinista",),
    "oboist": ("oboísta",),
    "flutist": ("flautista",),
    "bassoonist": ("fagotista",),
    "clarinetist": ("clarinetista",),
    "clarinettist": ("clarinetista",),
    "triathlete": ("triatleta",),
    "biathlete": ("biatleta",),
    "decathlete": ("decatleta",),
    "heptathlete": ("heptatleta",),
    "hurdler": ("vallista",),
    "weightlifter": ("halterófilo",),
    "cosmonaut": ("cosmonauta",),
    "marathoner": ("maratoniano", "maratonista"),
    "motorcyclist": ("motociclista",),
    "kayaker": ("piragüista",),
    "judoka": ("judoca", "judoka"),
    "karateka": ("karateca",),
    "collector": ("coleccionista", "recaudador"),
    "futurist": ("futurista",),
}

#: Spanish person nouns with these endings are epicene (el/la periodista, el/la cantante): the article,
#: not the noun, shows the gender, whatever single gender the dictionary happens to list.
EPICENE_ENDINGS = ("ista", "ante", "ente")
#: Epicene person nouns without those endings (la juez, la chef, la soldado; RAE accepts each).
EPICENE_LEMMAS = frozenset(
    {
        "juez",
        "chef",
        "soldado",
        "piloto",
        "testigo",
        "modelo",
        "miembro",
        "líder",
        "cónyuge",
        "ceo",
        "colega",
        "polímata",
        "atleta",
        "gimnasta",
        "triatleta",
        "biatleta",
        "decatleta",
        "heptatleta",
        "astronauta",
        "cosmonauta",
        "judoca",
        "karateca",
        "oboísta",
        "soprano",
        "mezzosoprano",
        "contralto",
    }
)


def is_epicene(spanish_noun: str) -> bool:
    """Whether only the article and agreeing words show this Spanish person noun's gender."""
    singular = spanish_noun.lower()
    if singular.endswith("ces"):  # 'jueces'
        singular = singular[:-3] + "z"
    singular = singular[:-2] if singular.endswith("es") and singular[:-2] in EPICENE_LEMMAS else singular.rstrip("s")
    return singular.endswith(EPICENE_ENDINGS) or singular in EPICENE_LEMMAS
