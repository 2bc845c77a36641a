"""Names of wars, eras, prizes, games and institutions, written as Spanish writes them and kept from the model.

The model translated such names word by word: 'World War II' came back as "II de Guerra mundial", 'the Middle
Ages' as "las Edades Medias", 'the House of Lords' as "la Casa de Señores", 'the Nobel Prize in Physiology or
Medicine' as "el premio Nobel en Physiology o Medicine", 'an Academy Award for Best Actress' as "un premio de
Academia para Leyes de huésped". Each has one Spanish name, so it goes around the model as a void placeholder
(mt_core/protection.py), like a date, whose text is that name. English 'the' goes into the placeholder as the
Spanish article; a name English writes bare and Spanish with its article ('during World War II', "durante la
Segunda Guerra Mundial") takes the article too. Regnal names are translated as Spanish does ('Queen Elizabeth
II', "la reina Isabel II"), and a titled name is kept ('Sir Isaac Newton', 'Lord Byron').
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mt_core.person_names import NameFinder, english_first_names


@dataclass(frozen=True)
class KnownName:
    #: The English name, a regex; a group ``year`` goes into the Spanish name as {year}.
    english: str
    #: The Spanish name, without its article.
    spanish: str
    article: str
    #: English writes it without 'the' ('World War II', 'Queen Victoria'); Spanish still takes the article.
    bare: bool = False


_NOBEL_FIELDS = {
    "Physics": "Física",
    "Chemistry": "Química",
    "Physiology or Medicine": "Fisiología o Medicina",
    "Medicine": "Medicina",
    "Literature": "Literatura",
    "Economics": "Economía",
    "Economic Sciences": "Ciencias Económicas",
}
_PULITZER_FIELDS = {
    "Fiction": "Ficción",
    "Poetry": "Poesía",
    "Drama": "Teatro",
    "History": "Historia",
    "Biography": "Biografía",
    "Music": "Música",
    "Journalism": "Periodismo",
}
_OSCAR_CATEGORIES = {
    "Best Actress": "a la mejor actriz",
    "Best Actor": "al mejor actor",
    "Best Supporting Actress": "a la mejor actriz de reparto",
    "Best Supporting Actor": "al mejor actor de reparto",
    "Best Director": "al mejor director",
    "Best Picture": "a la mejor película",
    "Best Original Screenplay": "al mejor guion original",
    "Best Adapted Screenplay": "al mejor guion adaptado",
    "Best Original Song": "a la mejor canción original",
    "Best Foreign Language Film": "a la mejor película extranjera",
    "Best International Feature Film": "a la mejor película internacional",
}
_REGNAL = {
    "Elizabeth": "Isabel",
    "Charles": "Carlos",
    "Henry": "Enrique",
    "Louis": "Luis",
    "George": "Jorge",
    "William": "Guillermo",
    "James": "Jacobo",
    "Edward": "Eduardo",
    "Mary": "María",
    "Philip": "Felipe",
    "Peter": "Pedro",
    "Catherine": "Catalina",
    "Frederick": "Federico",
    "John Paul": "Juan Pablo",
    "John": "Juan",
    "Benedict": "Benedicto",
    "Francis": "Francisco",
    "Pius": "Pío",
    "Leo": "León",
    "Gregory": "Gregorio",
    "Nicholas": "Nicolás",
    "Alexander": "Alejandro",
    "Richard": "Ricardo",
    "Victoria": "Victoria",
    "Anne": "Ana",
    "Ferdinand": "Fernando",
    "Isabella": "Isabel",
    "Napoleon": "Napoleón",
    "Wilhelm": "Guillermo",
    "Franz Joseph": "Francisco José",
    "Juan Carlos": "Juan Carlos",
    "Felipe": "Felipe",
    "Alfonso": "Alfonso",
}
_RULERS = {
    "King": ("rey", "el"),
    "Queen": ("reina", "la"),
    "Pope": ("papa", "el"),
    "Emperor": ("emperador", "el"),
    "Empress": ("emperatriz", "la"),
    "Tsar": ("zar", "el"),
    "Czar": ("zar", "el"),
    "Prince": ("príncipe", "el"),
    "Princess": ("princesa", "la"),
}
_ROMAN = r"(?:\s+(?P<numeral>[IVX]{1,5})\b)?"

KNOWN_NAMES: tuple[KnownName, ...] = (
    KnownName(r"World\s+War\s+(?:II|2|Two)|WWII|WW2", "Segunda Guerra Mundial", "la", bare=True),
    KnownName(r"World\s+War\s+(?:I|1|One)|WWI|WW1", "Primera Guerra Mundial", "la", bare=True),
    KnownName(r"Second\s+World\s+War", "Segunda Guerra Mundial", "la"),
    KnownName(r"First\s+World\s+War", "Primera Guerra Mundial", "la"),
    KnownName(r"Great\s+War", "Gran Guerra", "la"),
    KnownName(r"Cold\s+War", "Guerra Fría", "la"),
    KnownName(r"Vietnam\s+War", "guerra de Vietnam", "la"),
    KnownName(r"Korean\s+War", "guerra de Corea", "la"),
    KnownName(r"Gulf\s+War", "guerra del Golfo", "la"),
    KnownName(r"Spanish\s+Civil\s+War", "guerra civil española", "la"),
    KnownName(r"American\s+Civil\s+War", "guerra de Secesión", "la"),
    KnownName(r"American\s+Revolutionary\s+War", "guerra de Independencia de los Estados Unidos", "la"),
    KnownName(r"Napoleonic\s+Wars", "guerras napoleónicas", "las"),
    KnownName(r"Crimean\s+War", "guerra de Crimea", "la"),
    KnownName(r"Boer\s+Wars?", "guerra de los Bóeres", "la"),
    KnownName(r"Franco-Prussian\s+War", "guerra franco-prusiana", "la"),
    KnownName(r"Russo-Japanese\s+War", "guerra ruso-japonesa", "la"),
    KnownName(r"Iraq\s+War", "guerra de Irak", "la"),
    KnownName(r"Six-Day\s+War", "guerra de los Seis Días", "la"),
    KnownName(r"Thirty\s+Years'?\s+War", "guerra de los Treinta Años", "la"),
    KnownName(r"Hundred\s+Years'?\s+War", "guerra de los Cien Años", "la"),
    KnownName(r"Seven\s+Years'?\s+War", "guerra de los Siete Años", "la"),
    KnownName(r"Peninsular\s+War", "guerra de la Independencia española", "la"),
    KnownName(r"Mexican[–-]American\s+War", "guerra de Estados Unidos-México", "la"),
    KnownName(r"War\s+of\s+1812", "guerra anglo-estadounidense de 1812", "la"),
    KnownName(r"Great\s+Depression", "Gran Depresión", "la"),
    KnownName(r"Holocaust", "Holocausto", "el"),
    KnownName(r"French\s+Revolution", "Revolución francesa", "la"),
    KnownName(r"Russian\s+Revolution", "Revolución rusa", "la"),
    KnownName(r"Mexican\s+Revolution", "Revolución mexicana", "la"),
    KnownName(r"Industrial\s+Revolution", "Revolución Industrial", "la"),
    KnownName(r"Middle\s+Ages", "Edad Media", "la"),
    KnownName(r"Renaissance", "Renacimiento", "el"),
    KnownName(r"Enlightenment", "Ilustración", "la"),
    KnownName(r"Reformation", "Reforma", "la"),
    KnownName(r"[Cc]ivil\s+[Rr]ights\s+[Mm]ovement", "movimiento por los derechos civiles", "el"),
    KnownName(r"Nobel\s+Peace\s+Prize", "Premio Nobel de la Paz", "el"),
    KnownName(r"Nobel\s+Prizes", "premios Nobel", "los"),
    KnownName(rf"Nobel\s+(?:Prize|Memorial\s+Prize)\s+(?:in|for)\s+(?P<field>{'|'.join(_NOBEL_FIELDS)})", "", "el"),
    KnownName(r"Nobel\s+Prize", "Premio Nobel", "el"),
    KnownName(rf"Pulitzer\s+Prize\s+(?:for|in)\s+(?P<field>{'|'.join(_PULITZER_FIELDS)})", "", "el"),
    KnownName(r"Pulitzer\s+Prize", "Premio Pulitzer", "el"),
    KnownName(r"Presidential\s+Medal\s+of\s+Freedom", "Medalla Presidencial de la Libertad", "la"),
    KnownName(r"Congressional\s+Gold\s+Medal", "Medalla de Oro del Congreso", "la"),
    KnownName(rf"(?:Academy\s+Award|Oscar)\s+for\s+(?P<field>{'|'.join(_OSCAR_CATEGORIES)})", "", "el"),
    KnownName(r"Academy\s+Awards", "premios Óscar", "los"),
    KnownName(r"Academy\s+Award", "premio Óscar", "el"),
    KnownName(r"Oscars", "premios Óscar", "los"),
    KnownName(r"Oscar(?!\s+[A-Z])", "Óscar", "el"),
    KnownName(r"Golden\s+Globe\s+Awards|Golden\s+Globes", "Globos de Oro", "los"),
    KnownName(r"Golden\s+Globe(?:\s+Award)?", "Globo de Oro", "el"),
    KnownName(r"(?:Summer\s+)?Olympics|Summer\s+Olympic\s+Games", "Juegos Olímpicos", "los"),
    KnownName(r"Winter\s+Olympics|Winter\s+Olympic\s+Games", "Juegos Olímpicos de Invierno", "los"),
    KnownName(r"Olympic\s+Games", "Juegos Olímpicos", "los"),
    KnownName(r"FIFA\s+World\s+Cups", "Copas Mundiales de la FIFA", "las"),
    KnownName(r"World\s+Cups", "Copas del Mundo", "las"),
    KnownName(r"FIFA\s+World\s+Cup", "Copa Mundial de la FIFA", "la"),
    KnownName(r"World\s+Cup", "Copa del Mundo", "la"),
    KnownName(r"Grand\s+Slam", "Grand Slam", "el"),
    KnownName(r"Ballon\s+d'Or\s+awards", "Balones de Oro", "los"),
    KnownName(r"Ballon\s+d'Or(?:\s+award)?", "Balón de Oro", "el"),
    KnownName(r"Emmy\s+Awards", "premios Emmy", "los"),
    KnownName(r"Emmy\s+Award", "premio Emmy", "el"),
    KnownName(r"Tony\s+Awards", "premios Tony", "los"),
    KnownName(r"Tony\s+Award", "premio Tony", "el"),
    KnownName(r"BAFTA\s+Awards", "premios BAFTA", "los"),
    KnownName(r"BAFTA\s+Award", "premio BAFTA", "el"),
    KnownName(
        r"(?:Manchester|Leeds|Newcastle|West\s+Ham|Sheffield|Dundee|Carlisle|Oxford|Cambridge|Southend|Rotherham|"
        r"Scunthorpe|Colchester|Peterborough|Hartlepool|Torquay|Ayr)\s+United",
        "",
        "el",
        bare=True,
    ),
    KnownName(
        r"(?:Manchester|Leicester|Birmingham|Bristol|Cardiff|Stoke|Hull|Swansea|Norwich|Coventry)\s+City",
        "",
        "el",
        bare=True,
    ),
    KnownName(r"Pacific\s+Ocean", "océano Pacífico", "el"),
    KnownName(r"Atlantic\s+Ocean", "océano Atlántico", "el"),
    KnownName(r"Indian\s+Ocean", "océano Índico", "el"),
    KnownName(r"Arctic\s+Ocean", "océano Ártico", "el"),
    KnownName(r"Southern\s+Ocean", "océano Antártico", "el"),
    KnownName(r"Mediterranean\s+Sea", "mar Mediterráneo", "el"),
    KnownName(r"Caribbean\s+Sea", "mar Caribe", "el"),
    KnownName(r"Black\s+Sea", "mar Negro", "el"),
    KnownName(r"Red\s+Sea", "mar Rojo", "el"),
    KnownName(r"Dead\s+Sea", "mar Muerto", "el"),
    KnownName(r"Baltic\s+Sea", "mar Báltico", "el"),
    KnownName(r"North\s+Sea", "mar del Norte", "el"),
    KnownName(r"South\s+Pole", "Polo Sur", "el"),
    KnownName(r"North\s+Pole", "Polo Norte", "el"),
    KnownName(r"Mount\s+Everest", "monte Everest", "el", bare=True),
    KnownName(r"Alps", "Alpes", "los"),
    KnownName(r"Andes", "Andes", "los"),
    KnownName(r"Himalayas", "Himalaya", "el"),
    KnownName(r"Amazon\s+River", "río Amazonas", "el"),
    KnownName(r"Mississippi\s+River", "río Misisipi", "el"),
    KnownName(r"Nile", "Nilo", "el"),
    KnownName(r"Rhine", "Rin", "el"),
    KnownName(r"Danube", "Danubio", "el"),
    KnownName(r"Thames", "Támesis", "el"),
    KnownName(r"Sahara(?:\s+Desert)?", "Sahara", "el"),
    KnownName(r"Netherlands", "Países Bajos", "los"),
    KnownName(r"Philippines", "Filipinas", "las"),
    KnownName(r"Czech\s+Republic", "República Checa", "la"),
    KnownName(r"Vatican", "Vaticano", "el"),
    KnownName(r"Dutch\s+Golden\s+Age", "Siglo de Oro neerlandés", "el"),
    KnownName(r"Spanish\s+Golden\s+Age", "Siglo de Oro español", "el"),
    KnownName(r"Parkinson's\s+disease", "enfermedad de Parkinson", "la", bare=True),
    KnownName(r"Alzheimer's\s+disease", "enfermedad de Alzheimer", "la", bare=True),
    KnownName(r"South\s+America", "América del Sur", ""),
    KnownName(r"North\s+America", "América del Norte", ""),
    KnownName(r"Latin\s+America", "América Latina", ""),
    KnownName(r"Central\s+America", "Centroamérica", ""),
    KnownName(r"Eastern\s+Europe", "Europa del Este", ""),
    KnownName(r"Western\s+Europe", "Europa Occidental", ""),
    KnownName(r"Middle\s+East", "Oriente Medio", "el"),
    KnownName(r"Southeast\s+Asia", "Sudeste Asiático", "el"),
    KnownName(r"Soviet\s+Union", "Unión Soviética", "la"),
    KnownName(r"European\s+Union", "Unión Europea", "la"),
    KnownName(r"European\s+Parliament", "Parlamento Europeo", "el"),
    KnownName(r"United\s+Nations", "Naciones Unidas", "las"),
    KnownName(r"House\s+of\s+Representatives", "Cámara de Representantes", "la"),
    KnownName(r"House\s+of\s+Commons", "Cámara de los Comunes", "la"),
    KnownName(r"House\s+of\s+Lords", "Cámara de los Lores", "la"),
    KnownName(r"Royal\s+Navy", "Marina Real", "la"),
    KnownName(r"Royal\s+Air\s+Force", "Real Fuerza Aérea", "la"),
    KnownName(
        r"Massachusetts\s+Institute\s+of\s+Technology", "Instituto Tecnológico de Massachusetts", "el", bare=True
    ),
    KnownName(r"California\s+Institute\s+of\s+Technology", "Instituto de Tecnología de California", "el", bare=True),
    KnownName(r"Royal\s+Society\s+of\s+Chemistry", "Real Sociedad de Química", "la"),
    KnownName(r"Royal\s+Society(?!\s+of\s+[A-Z])", "Royal Society", "la"),
    KnownName(r"National\s+Women's\s+Hall\s+of\s+Fame", "Salón Nacional de la Fama de las Mujeres", "el"),
    KnownName(r"Hall\s+of\s+Fame", "Salón de la Fama", "el"),
    KnownName(r"Beatles", "Beatles", "los"),
    KnownName(r"[Rr]ock\s+(?:and|&|'n'|n')\s+[Rr]oll", "rock and roll", "el"),
    # people Spanish calls by a name of its own
    *(
        KnownName(english, spanish, "")
        for english, spanish in (
            (r"Joan\s+of\s+Arc", "Juana de Arco"),
            (r"Christopher\s+Columbus", "Cristóbal Colón"),
            (r"Martin\s+Luther(?!\s+King)", "Martín Lutero"),
            (r"Julius\s+Caesar", "Julio César"),
            (r"Charlemagne", "Carlomagno"),
            (r"Alexander\s+the\s+Great", "Alejandro Magno"),
            (r"Confucius", "Confucio"),
            (r"Thomas\s+Aquinas", "Tomás de Aquino"),
            (r"Francis\s+of\s+Assisi", "Francisco de Asís"),
            (r"Nicolaus\s+Copernicus", "Nicolás Copérnico"),
            (r"Ferdinand\s+Magellan", "Fernando de Magallanes"),
            (r"Genghis\s+Khan", "Gengis Kan"),
            (r"Catherine\s+the\s+Great", "Catalina la Grande"),
            (r"Jesus\s+Christ", "Jesucristo"),
            (r"Peter\s+the\s+Great", "Pedro el Grande"),
            (r"Plato", "Platón"),
            (r"Aristotle", "Aristóteles"),
            (r"Socrates", "Sócrates"),
            (r"Pythagoras", "Pitágoras"),
            (r"Archimedes", "Arquímedes"),
            (r"Euclid", "Euclides"),
            (r"Hippocrates", "Hipócrates"),
        )
    ),
)
#: Places Spanish calls by a name of its own, which the model copied ('Nació en Warsaw') or translated word by
#: word ('Santo Petersburg', 'al Hague'). Not before another capitalised word ('Florence Nightingale').
EXONYMS = {
    "Warsaw": "Varsovia", "Salzburg": "Salzburgo", "Munich": "Múnich", "Cologne": "Colonia", "Geneva": "Ginebra",
    "Antwerp": "Amberes", "The Hague": "La Haya", "the Hague": "La Haya", "Copenhagen": "Copenhague",
    "Stockholm": "Estocolmo", "Saint Petersburg": "San Petersburgo", "St. Petersburg": "San Petersburgo",
    "Prague": "Praga", "Venice": "Venecia", "Milan": "Milán", "Turin": "Turín", "Genoa": "Génova",
    "Lisbon": "Lisboa", "Edinburgh": "Edimburgo", "Beijing": "Pekín", "Peking": "Pekín", "Tokyo": "Tokio",
    "Cairo": "El Cairo", "Bavaria": "Baviera", "Prussia": "Prusia", "Saxony": "Sajonia", "Tuscany": "Toscana",
    "Sicily": "Sicilia", "Normandy": "Normandía", "Burgundy": "Borgoña", "Catalonia": "Cataluña",
    "Andalusia": "Andalucía", "Nuremberg": "Núremberg", "Zurich": "Zúrich", "Marseille": "Marsella",
    "Marseilles": "Marsella", "Hamburg": "Hamburgo", "Frankfurt": "Fráncfort", "Basel": "Basilea",
    "Bordeaux": "Burdeos", "Seville": "Sevilla", "Majorca": "Mallorca", "Corsica": "Córcega",
    "Sardinia": "Cerdeña", "Crete": "Creta", "Cyprus": "Chipre", "Flanders": "Flandes", "Brittany": "Bretaña",
    "Alsace": "Alsacia", "Lorraine": "Lorena", "Transylvania": "Transilvania", "Westphalia": "Westfalia",
    "Mainz": "Maguncia", "Aachen": "Aquisgrán", "Trier": "Tréveris", "Strasbourg": "Estrasburgo",
    "Avignon": "Aviñón", "Bologna": "Bolonia", "Bruges": "Brujas", "Ghent": "Gante", "Leuven": "Lovaina",
    "Louvain": "Lovaina", "Krakow": "Cracovia", "Kraków": "Cracovia", "Cracow": "Cracovia",
    "Bucharest": "Bucarest", "Belgrade": "Belgrado", "Istanbul": "Estambul", "Constantinople": "Constantinopla",
    "Jerusalem": "Jerusalén", "Damascus": "Damasco", "Baghdad": "Bagdad", "Tehran": "Teherán",
    "New Delhi": "Nueva Delhi", "Calcutta": "Calcuta", "Seoul": "Seúl", "Singapore": "Singapur",
    "Cape Town": "Ciudad del Cabo", "Algiers": "Argel", "Havana": "La Habana", "Mexico City": "Ciudad de México",
    "London": "Londres", "Moscow": "Moscú", "Brussels": "Bruselas", "Naples": "Nápoles", "Athens": "Atenas",
    "Philadelphia": "Filadelfia", "New Orleans": "Nueva Orleans", "Hanover": "Hannover", "Padua": "Padua",
}  # fmt: skip
#: Not as a modifier after a determiner: 'the Salzburg court' left the model no place for the name.
_PLACES = tuple(
    KnownName(rf"(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\bA ){re.escape(english)}(?!\s+[A-Z])", spanish, "")
    for english, spanish in EXONYMS.items()
)
#: Institutions named after a person, which Spanish names noun first: 'the Jane Goodall Institute' → "el Instituto
#: Jane Goodall" (the model wrote 'la Jane Instituto').
_NAMED_AFTER = {
    "Institute": ("Instituto", "el"),
    "Foundation": ("Fundación", "la"),
    "Museum": ("Museo", "el"),
    "Prize": ("Premio", "el"),
    "Award": ("Premio", "el"),
    "Medal": ("Medalla", "la"),
    "Center": ("Centro", "el"),
    "Centre": ("Centro", "el"),
    "School": ("Escuela", "la"),
    "Society": ("Sociedad", "la"),
    "Library": ("Biblioteca", "la"),
    "Hospital": ("Hospital", "el"),
    "Theatre": ("Teatro", "el"),
    "Theater": ("Teatro", "el"),
    "Stadium": ("Estadio", "el"),
    "Airport": ("Aeropuerto", "el"),
    "University": ("Universidad", "la"),
}
_PERSON_INSTITUTION = re.compile(
    rf"(?:\b(?P<the>[Tt]he)\s+)?\b(?P<person>[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?(?:\s+(?:[A-Z]\.|[A-Z][a-z]+)){{1,2}})\s+"
    rf"(?P<kind>{'|'.join(_NAMED_AFTER)})\b(?!\s+(?:of|for)\b)"
)
#: A university named after its place, which English writes bare: 'at Boston University' came back as 'en
#: Universidad de Boston', 'at Yale University' as 'en Yale Universidad'. Not after another capitalised word
#: ('Ohio State University', 'New York University' are left to the model), nor as a modifier ('the Oxford
#: University team').
_PLACE_UNIVERSITY = re.compile(
    r"(?:\b(?P<the>[Tt]he)\s+)?\b(?P<place>[A-Z][a-z]+)\s+University\b(?!\s+(?:of\b|[A-Z]))"
    r"(?!\s+(?!(?:was|is|were|are|has|had|have|in|and|or|at|for|from|to|with|on|until|where|which|since)\b)[a-z])"
)
#: A college keeps its English name ('Reed College'), with Spanish's article: "asistió al Reed College".
_COLLEGE = KnownName(r"(?:[A-Z][a-z]+\s+){1,2}College(?!\s+(?:of|for)\b)", "", "el", bare=True)
#: Names a year may open ('the 1921 Nobel Prize in Physics', 'the 1996 Summer Olympics').
_DATED = re.compile(r"Prize|Award|Olympic|Cup|Oscar|Globe")
_THE = r"(?:\b(?P<the>[Tt]he)\s+)?"
_THE_YEAR = r"(?:\b(?P<the>[Tt]he)\s+(?:(?P<year>1[89]\d\d|20\d\d)\s+)?)?"
#: A place takes no article: 'the London office' keeps its 'the' for the model.
_NO_THE = r"(?P<the>(?!))?"


def _pattern(name: KnownName) -> re.Pattern[str]:
    the = _NO_THE if not name.article else _THE_YEAR if _DATED.search(name.english) else _THE
    return re.compile(rf"{the}(?<![\w-])(?:{name.english})(?![\w-])")


_PATTERNS = tuple((name, _pattern(name)) for name in (*KNOWN_NAMES, _COLLEGE, *_PLACES))
_RULER = re.compile(
    rf"{_THE}\b(?P<title>{'|'.join(_RULERS)})\s+"
    rf"(?P<name>{'|'.join(sorted(_REGNAL, key=len, reverse=True))})\b{_ROMAN}(?!\s+[A-Z])"
)
#: A name with an English title of nobility, kept as written: the model wrote 'Señor de poeta Byron'. Not the
#: Bible's Lord ('the Lord Yahweh' is "el Señor Jehová").
_TITLED = re.compile(
    r"\b(?:Sir|Dame|Lord|Lady)(?!\s+(?:God|GOD|Jesus|Christ|Almighty|Yahweh|Jehovah|Jah|Most|Himself)\b)"
    r"(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,3}\b"
)
#: Words before a name that stand where its article would: 'a Nobel Prize', 'his Oscar', 'two Academy Awards'.
_DETERMINED = re.compile(
    r"\b(?:an?|his|her|their|its|our|my|your|this|that|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|no|every|each|another|\d{1,3})\s+$",
    re.IGNORECASE,
)


def _spanish(name: KnownName, match: re.Match[str]) -> str:
    field = match.groupdict().get("field")
    if field in _NOBEL_FIELDS:
        spanish = f"Premio Nobel de {_NOBEL_FIELDS[field]}"
    elif field in _PULITZER_FIELDS:
        spanish = f"Premio Pulitzer de {_PULITZER_FIELDS[field]}"
    elif field in _OSCAR_CATEGORIES:
        spanish = f"Óscar {_OSCAR_CATEGORIES[field]}"
    elif not name.spanish:  # a club's name, kept as written
        spanish = match.group().removeprefix(match.group("the") or "").strip()
    else:
        spanish = name.spanish
    year = match.groupdict().get("year")
    return f"{spanish} de {year}" if year else spanish


def _with_article(spanish: str, article: str, bare: bool, match: re.Match[str], text: str) -> str:
    """'the' is the Spanish article; a name English writes bare takes it too, unless a word stands in its
    place ('a Nobel Prize', 'his Oscar')."""
    the = match.group("the")
    if the is None and (not bare or _DETERMINED.search(text[max(0, match.start() - 20) : match.start()])):
        return spanish
    written = f"{article} {spanish}"
    return written[:1].upper() + written[1:] if the == "The" else written


def _index_by_word() -> dict[str, list[int]]:
    """Each capitalised word of the table ('WWII' and 'WW2' too) → the positions of the names that hold it; a
    case-blind word ('[Cc]ivil') is indexed in lower case too, as a sentence may write it so."""
    index: dict[str, list[int]] = {}
    for position, (name, _) in enumerate(_PATTERNS):
        english = re.sub(r"\[([A-Z])[a-z]\]", r"\1", name.english)
        words = set(re.findall(r"(?<![\\\w])[A-Z][A-Za-z0-9]+", english))
        words |= {upper.lower() + rest for upper, rest in re.findall(r"\[([A-Z])[a-z]\](\w+)", name.english)}
        for word in words:
            index.setdefault(word, []).append(position)
    return index


#: A sentence's own capitalised words pick the few patterns worth running (all of them cost a third of a
#: millisecond a sentence).
_BY_WORD = _index_by_word()
#: Words that open a ruler, a titled name or an institution named after a person.
_TITLES = frozenset(_RULERS) | {"Sir", "Dame", "Lord", "Lady"} | frozenset(_NAMED_AFTER)
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z0-9]+")
_LOWER_CASE_WORDS = frozenset(word for word in _BY_WORD if word.islower())


def known_name_spans(text: str, is_first_name: Callable[[str], bool] | None = None) -> list[tuple[int, int, str]]:
    """Each known name of ``text`` with its Spanish name; where two overlap, the first found wins (rulers,
    titled names, institutions named after a person whose first name ``is_first_name`` accepts, then the table
    in its order, longer names before the shorter ones they hold)."""
    words = set(_CAPITALISED.findall(text)) | {word for word in _LOWER_CASE_WORDS if word in text}
    positions = sorted({position for word in words for position in _BY_WORD.get(word, ())})
    if not positions and _TITLES.isdisjoint(words) and "ollege" not in text:
        return []
    found: list[tuple[int, int, str]] = []

    def add(start: int, end: int, written: str) -> None:
        if not any(start < e and s < end for s, e, _ in found):
            found.append((start, end, written))

    for match in _RULER.finditer(text):
        title, article = _RULERS[match.group("title")]
        numeral = f" {match.group('numeral')}" if match.group("numeral") else ""
        add(
            *match.span(), _with_article(f"{title} {_REGNAL[match.group('name')]}{numeral}", article, True, match, text)
        )
    for match in _TITLED.finditer(text):
        add(*match.span(), match.group())
    if is_first_name is not None and any(kind in text for kind in _NAMED_AFTER):
        for match in _PERSON_INSTITUTION.finditer(text):
            if is_first_name(match.group("person").split()[0]):
                noun, article = _NAMED_AFTER[match.group("kind")]
                add(*match.span(), _with_article(f"{noun} {match.group('person')}", article, True, match, text))
    for match in _PLACE_UNIVERSITY.finditer(text) if "University" in text else ():
        before = text[: match.start("place")].rstrip().rsplit(None, 1)
        if before and before[-1][:1].isupper() and not re.search(r"[.!?]$", before[-1]) and match.start() > 0:
            continue
        place = EXONYMS.get(match.group("place"), match.group("place"))
        add(*match.span(), _with_article(f"Universidad de {place}", "la", True, match, text))
    for name, pattern in [_PATTERNS[position] for position in positions]:
        for match in pattern.finditer(text):
            add(*match.span(), _with_article(_spanish(name, match), name.article, name.bare, match, text))
    return sorted(found)


def known_name_finder_for(source_lang: str, target_lang: str) -> NameFinder | None:
    """The known names of a language pair, or None where there is no table (en→es only). A person's first name
    is one Apertium's English analyser reads as a name only ('Jane', not 'Royal'); without the analyser,
    institutions are left to the model."""
    if (source_lang, target_lang) != ("en", "es"):
        return None
    try:
        is_first_name: Callable[[str], bool] | None = english_first_names()
    except FileNotFoundError:
        is_first_name = None
    return lambda text: known_name_spans(text, is_first_name)
