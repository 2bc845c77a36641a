"""The names mt_core/known_names.py keeps from the model, with their Spanish names: wars, eras, prizes,
institutions, people Spanish calls by a name of its own, rulers and places. Tables only; the finder reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Words that may follow a name used as a name ('NASA was', 'Boston University in', 'Vienna and'): another
#: lower-case word after it makes the name a modifier ('a NASA astronaut', 'the Oxford University team'),
#: which the model places itself.
AFTER_A_NAME = (
    "was|is|were|are|has|had|have|in|and|or|at|for|from|to|with|on|until|where|which|since|by|as|but|during|"
    "after|before|when|who|while|because|of|the|a|an|he|she|they|it|his|her|their|its"
)
NOT_A_MODIFIER = rf"(?!\s+(?!(?:{AFTER_A_NAME})\b)[a-z])"


@dataclass(frozen=True)
class KnownName:
    #: The English name, a regex; a group ``year`` goes into the Spanish name as {year}.
    english: str
    #: The Spanish name, without its article.
    spanish: str
    article: str
    #: English writes it without 'the' ('World War II', 'Queen Victoria'); Spanish still takes the article.
    bare: bool = False


#: Prizes and medals named by one word, which the model translated ('el primer ganadol' for 'the first Nadal
#: Prize', 'las Campos Medal' for 'the Fields Medal'): Spanish puts the noun first ('el Premio Nadal', 'la
#: Medalla Fields', 'tres premios Grammy').
PRIZES = (
    "Fields", "Turing", "Abel", "Wolf", "Kyoto", "Lasker", "Copley", "Crafoord", "Templeton", "Kalinga", "Balzan",
    "Pritzker", "Booker", "Goncourt", "Cervantes", "Nadal", "Planeta", "Strega", "Hugo", "Nebula", "Sakharov",
    "Stirling", "Grammy", "Polar",
)  # fmt: skip
NOBEL_FIELDS = {
    "Physics": "Física",
    "Chemistry": "Química",
    "Physiology or Medicine": "Fisiología o Medicina",
    "Medicine": "Medicina",
    "Literature": "Literatura",
    "Economics": "Economía",
    "Economic Sciences": "Ciencias Económicas",
}
PULITZER_FIELDS = {
    "Fiction": "Ficción",
    "Poetry": "Poesía",
    "Drama": "Teatro",
    "History": "Historia",
    "Biography": "Biografía",
    "Music": "Música",
    "Journalism": "Periodismo",
}
OSCAR_CATEGORIES = {
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
REGNAL = {
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
RULERS = {
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
ROMAN_NUMERAL = r"(?:\s+(?P<numeral>[IVX]{1,5})\b)?"

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
    # as a modifier it is an adjective ('a Renaissance architect' → 'un arquitecto renacentista')
    KnownName(
        rf"Renaissance(?=\s+(?:[a-z]+ed|began|ended|period|era|{AFTER_A_NAME})\b|\s*[^\w\s]|$)",
        "Renacimiento",
        "el",
    ),
    KnownName(r"Romantic\s+(?:period|era)", "período romántico", "el"),
    KnownName(r"Baroque\s+(?:period|era)", "período barroco", "el"),
    KnownName(r"Romanticism", "Romanticismo", "el"),
    KnownName(r"Enlightenment", "Ilustración", "la"),
    KnownName(r"Reformation", "Reforma", "la"),
    KnownName(r"[Cc]ivil\s+[Rr]ights\s+[Mm]ovement", "movimiento por los derechos civiles", "el"),
    KnownName(r"Nobel\s+Peace\s+Prize", "Premio Nobel de la Paz", "el"),
    KnownName(r"Nobel\s+Prizes", "premios Nobel", "los"),
    KnownName(rf"Nobel\s+(?:Prize|Memorial\s+Prize)\s+(?:in|for)\s+(?P<field>{'|'.join(NOBEL_FIELDS)})", "", "el"),
    KnownName(r"Nobel\s+Prize", "Premio Nobel", "el"),
    KnownName(rf"Pulitzer\s+Prize\s+(?:for|in)\s+(?P<field>{'|'.join(PULITZER_FIELDS)})", "", "el"),
    KnownName(r"Pulitzer\s+Prize", "Premio Pulitzer", "el"),
    KnownName(r"Presidential\s+Medal\s+of\s+Freedom", "Medalla Presidencial de la Libertad", "la"),
    KnownName(r"Medal\s+of\s+Honou?r", "Medalla de Honor", "la"),
    KnownName(r"World\s+Wide\s+Web", "World Wide Web", "la"),
    # newspapers and magazines keep their English titles, 'The' and all ('El Poste de Washington' had come back)
    KnownName(
        r"The\s+(?:Washington\s+Post|New\s+York\s+Times|Wall\s+Street\s+Journal|Los\s+Angeles\s+Times|"
        r"Boston\s+Globe|Chicago\s+Tribune|Daily\s+Telegraph|Guardian|Observer|Economist|New\s+Yorker|"
        r"Atlantic\s+Monthly|Saturday\s+Evening\s+Post)",
        "",
        "",
    ),
    KnownName(r"[Mm]otor\s+[Nn]eurone?\s+[Dd]isease", "enfermedad de la neurona motora", "la"),
    *(
        KnownName(rf"{english}\s+[Cc]ancer", f"cáncer de {spanish}", "el")
        for english, spanish in (
            ("breast", "mama"),
            ("lung", "pulmón"),
            ("ovarian", "ovario"),
            ("pancreatic", "páncreas"),
            ("prostate", "próstata"),
            ("stomach", "estómago"),
            ("colon", "colon"),
            ("liver", "hígado"),
            ("skin", "piel"),
            ("throat", "garganta"),
            ("cervical", "cuello uterino"),
            ("bone", "huesos"),
            ("brain", "cerebro"),
            ("bladder", "vejiga"),
            ("kidney", "riñón"),
            ("colorectal", "colon"),
        )
    ),
    KnownName(r"Chamber\s+of\s+Deputies", "Cámara de Diputados", "la"),
    KnownName(r"Congressional\s+Gold\s+Medal", "Medalla de Oro del Congreso", "la"),
    KnownName(rf"(?:Academy\s+Award|Oscar)\s+for\s+(?P<field>{'|'.join(OSCAR_CATEGORIES)})", "", "el"),
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
    KnownName(r"Major\s+League\s+Baseball", "Grandes Ligas", "las", bare=True),
    KnownName(r"Formula\s+One\s+World\s+Championships", "Campeonatos del Mundo de Fórmula 1", "los"),
    KnownName(r"Formula\s+One\s+World\s+Championship", "Campeonato del Mundo de Fórmula 1", "el"),
    KnownName(r"Formula\s+One(?:\s+racing)?", "Fórmula 1", "la", bare=True),
    KnownName(r"Ballon\s+d'Or\s+awards", "Balones de Oro", "los"),
    KnownName(r"Ballon\s+d'Or(?:\s+award)?", "Balón de Oro", "el"),
    KnownName(r"Emmy\s+Awards", "premios Emmy", "los"),
    KnownName(r"Emmy\s+Award", "premio Emmy", "el"),
    KnownName(r"Tony\s+Awards", "premios Tony", "los"),
    KnownName(r"Tony\s+Award", "premio Tony", "el"),
    KnownName(r"BAFTA\s+Awards", "premios BAFTA", "los"),
    KnownName(r"BAFTA\s+Award", "premio BAFTA", "el"),
    *(
        KnownName(
            rf"{name}\s+{english}{plural}",
            f"{spanish}{plural} {name}" if plural else f"{spanish.title()} {name}",
            article,
        )
        for name in PRIZES
        for english, spanish, singular, plurals in (
            ("Prize", "premio", "el", "los"),
            ("Award", "premio", "el", "los"),
            ("Medal", "medalla", "la", "las"),
        )
        for plural, article in (("s", plurals), ("", singular))
    ),
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
    KnownName(r"English\s+Channel", "canal de la Mancha", "el"),  # 'el Canal inglés'
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
    KnownName(r"World\s+Health\s+Organi[sz]ation", "Organización Mundial de la Salud", "la"),
    KnownName(r"Pritzker\s+Architecture\s+Prize", "Premio Pritzker de Arquitectura", "el"),
    KnownName(r"Montgomery\s+[Bb]us\s+[Bb]oycott", "boicot de autobuses de Montgomery", "el"),
    KnownName(r"World\s+Trade\s+Organi[sz]ation", "Organización Mundial del Comercio", "la"),
    KnownName(r"American\s+Red\s+Cross(?!\s+[A-Z])", "Cruz Roja Estadounidense", "la"),
    KnownName(r"British\s+Red\s+Cross(?!\s+[A-Z])", "Cruz Roja Británica", "la"),
    KnownName(r"Red\s+Cross(?!\s+[A-Z])", "Cruz Roja", "la"),
    KnownName(r"Amnesty\s+International", "Amnistía Internacional", ""),
    KnownName(r"U\.?S\.?\s+Open", "Abierto de Estados Unidos", "el", bare=True),
    KnownName(r"Australian\s+Open", "Abierto de Australia", "el", bare=True),
    KnownName(r"Women's\s+Tennis\s+Association|WTA", "Asociación de Tenis Femenino", "la", bare=True),
    KnownName(
        r"Association\s+of\s+Tennis\s+Professionals|ATP", "Asociación de Tenistas Profesionales", "la", bare=True
    ),
    KnownName(r"Mount\s+Everest", "monte Everest", "el", bare=True),
    KnownName(r"(?<!Mount\s)Everest(?!\s+[A-Z])", "Everest", "el", bare=True),  # 'la cumbre del Everest'
    KnownName(r"Mount\s+Kilimanjaro", "monte Kilimanjaro", "el", bare=True),
    KnownName(r"(?<!Mount\s)Kilimanjaro", "Kilimanjaro", "el", bare=True),
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
    KnownName(r"Islamic\s+Golden\s+Age", "Edad de Oro del islam", "la"),
    KnownName(r"Fertile\s+Crescent", "Creciente Fértil", "el"),
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
    KnownName(r"(?:United\s+States|U\.\s?S\.)\s+Navy", "Armada de los Estados Unidos", "la"),
    KnownName(r"(?:United\s+States|U\.\s?S\.)\s+Army", "Ejército de los Estados Unidos", "el"),
    KnownName(r"(?:United\s+States|U\.\s?S\.)\s+Air\s+Force", "Fuerza Aérea de los Estados Unidos", "la"),
    KnownName(r"(?:United\s+States|U\.\s?S\.)\s+Marine\s+Corps", "Cuerpo de Marines de los Estados Unidos", "el"),
    KnownName(r"Royal\s+Air\s+Force", "Real Fuerza Aérea", "la"),
    KnownName(
        r"Massachusetts\s+Institute\s+of\s+Technology", "Instituto Tecnológico de Massachusetts", "el", bare=True
    ),
    KnownName(r"California\s+Institute\s+of\s+Technology", "Instituto de Tecnología de California", "el", bare=True),
    KnownName(r"Royal\s+Society\s+of\s+Chemistry", "Real Sociedad de Química", "la"),
    KnownName(r"Royal\s+Society(?!\s+of\s+[A-Z])", "Royal Society", "la"),
    KnownName(r"National\s+Women's\s+Hall\s+of\s+Fame", "Salón Nacional de la Fama de las Mujeres", "el"),
    KnownName(r"Rock\s+and\s+Roll\s+Hall\s+of\s+Fame", "Salón de la Fama del Rock and Roll", "el"),
    KnownName(r"Hall\s+of\s+Fame", "Salón de la Fama", "el"),
    KnownName(r"Beatles", "Beatles", "los"),
    KnownName(r"Sorbonne", "Sorbona", "la", bare=True),
    # 'Florence' is a first name too ('Florence Nightingale'): the city only after a preposition
    KnownName(r"(?<=\b(?:in|at|to|of) )Florence(?!\s+[A-Z])", "Florencia", ""),
    KnownName(r"(?<=\b(?:from|near) )Florence(?!\s+[A-Z])", "Florencia", ""),
    # not as a modifier ('a NASA astronaut', "NASA's first flights"): the model places those
    KnownName(
        rf"NASA(?!'s){NOT_A_MODIFIER}",
        "NASA",
        "la",
        bare=True,
    ),
    KnownName(r"[Ss]pace\s+[Ss]huttle", "transbordador espacial", "el"),
    KnownName(r"[Rr]ock\s+(?:and|&|'n'|n')\s+[Rr]oll", "rock and roll", "el"),
    # people Spanish calls by a name of its own
    *(
        KnownName(english, spanish, "")
        for english, spanish in (
            (r"Joan\s+of\s+Arc", "Juana de Arco"),
            (r"Mother\s+Teresa", "Madre Teresa"),
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
#: word ('Santo Petersburg', 'al Hague'), and a few it garbled. Not before another capitalised word ('Florence
#: Nightingale').
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
    "Alexandria": "Alejandría", "Alsace": "Alsacia", "Lorraine": "Lorena", "Transylvania": "Transilvania",
    "Westphalia": "Westfalia",
    "Mainz": "Maguncia", "Aachen": "Aquisgrán", "Trier": "Tréveris", "Strasbourg": "Estrasburgo",
    "Avignon": "Aviñón", "Bologna": "Bolonia", "Bruges": "Brujas", "Ghent": "Gante", "Leuven": "Lovaina",
    "Louvain": "Lovaina", "Krakow": "Cracovia", "Kraków": "Cracovia", "Cracow": "Cracovia",
    "Bucharest": "Bucarest", "Belgrade": "Belgrado", "Istanbul": "Estambul", "Constantinople": "Constantinopla",
    "Jerusalem": "Jerusalén", "Damascus": "Damasco", "Baghdad": "Bagdad", "Tehran": "Teherán",
    "New Delhi": "Nueva Delhi", "Calcutta": "Calcuta", "Seoul": "Seúl", "Singapore": "Singapur",
    "Cape Town": "Ciudad del Cabo", "Algiers": "Argel", "Havana": "La Habana", "Mexico City": "Ciudad de México",
    "London": "Londres", "Moscow": "Moscú", "Brussels": "Bruselas", "Naples": "Nápoles", "Athens": "Atenas",
    "Philadelphia": "Filadelfia", "New Orleans": "Nueva Orleans", "Hanover": "Hannover", "Padua": "Padua",
    "Ethiopia": "Etiopía", "Monaco": "Mónaco", "Bahia": "Bahía", "Kenya": "Kenia", "Norway": "Noruega",
    "Finland": "Finlandia", "Romania": "Rumanía", "Algeria": "Argelia", "Tunisia": "Túnez", "Iraq": "Irak",
    "Malaysia": "Malasia", "Peru": "Perú", "Haiti": "Haití", "Cameroon": "Camerún", "Ukraine": "Ucrania",
    "North Korea": "Corea del Norte", "South Korea": "Corea del Sur", "Tibet": "Tíbet",
    "Rio de Janeiro": "Río de Janeiro", "New Jersey": "Nueva Jersey", "Dublin": "Dublín",
    "Bengal": "Bengala", "Pennsylvania": "Pensilvania", "Britain": "Gran Bretaña", "Panama": "Panamá",
    "North Carolina": "Carolina del Norte", "South Carolina": "Carolina del Sur", "New Mexico": "Nuevo México",
    "Hawaii": "Hawái", "Louisiana": "Luisiana", "West Virginia": "Virginia Occidental",
    "North Dakota": "Dakota del Norte", "South Dakota": "Dakota del Sur", "Oregon": "Oregón",
    "Michigan": "Míchigan", "Missouri": "Misuri", "Mississippi": "Misisipi",
    # the same in Spanish, which the model garbled ('Connecticut' came back as 'Navy', 'rural Iowa' as 'Ruewa')
    "Iowa": "Iowa", "Ohio": "Ohio", "Connecticut": "Connecticut", "Tennessee": "Tennessee",
    "Kentucky": "Kentucky", "Nebraska": "Nebraska", "Wisconsin": "Wisconsin", "Illinois": "Illinois",
    "Arkansas": "Arkansas", "Oklahoma": "Oklahoma", "Minnesota": "Minnesota", "Nairobi": "Nairobi",
}  # fmt: skip
#: Institutions named after a person, which Spanish names noun first: 'the Jane Goodall Institute' → "el Instituto
#: Jane Goodall" (the model wrote 'la Jane Instituto').
NAMED_AFTER = {
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
