import pytest

from mt_core.known_names import known_name_finder_for, known_name_spans


def _written(text: str) -> list[str]:
    return [written for _, _, written in known_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English writes it bare, Spanish with its article
        ("During World War II, he served in the Royal Navy.", ["la Segunda Guerra Mundial", "la Marina Real"]),
        ("In 1945 World War II ended.", ["la Segunda Guerra Mundial"]),
        # 'the' is the Spanish article, and keeps its capital
        ("The Cold War ended.", ["La Guerra Fría"]),
        ("He was born in the Middle Ages.", ["la Edad Media"]),
        # a year before a prize or a games goes after it
        ("He received the 1921 Nobel Prize in Physics.", ["el Premio Nobel de Física de 1921"]),
        ("She competed at the 1996 Summer Olympics.", ["los Juegos Olímpicos de 1996"]),
        ("He reached the summit of Everest in 1953.", ["el Everest"]),
        ("After graduating from Harvard Law School, she", ["la Facultad de Derecho de Harvard"]),
        ("She taught at the Stanford Business School.", ["la Escuela de Negocios de Stanford"]),
        ("She worked for the World Health Organization.", ["la Organización Mundial de la Salud"]),
        ("the first woman to lead the World Trade Organization", ["la Organización Mundial del Comercio"]),
        ("He joined the Red Cross and Amnesty International.", ["la Cruz Roja", "Amnistía Internacional"]),
        ("She founded the American Red Cross.", ["la Cruz Roja Estadounidense"]),
        ("She received the Pritzker Architecture Prize.", ["el Premio Pritzker de Arquitectura"]),
        (
            "She won the US Open in 1990 and the Australian Open.",
            ["el Abierto de Estados Unidos", "el Abierto de Australia"],
        ),
        ("her role in the Montgomery bus boycott", ["el boicot de autobuses de Montgomery"]),
        ("She climbed Mount Everest and Kilimanjaro.", ["el monte Everest", "el Kilimanjaro"]),
        ("He won the Nobel Prize in Physiology or Medicine.", ["el Premio Nobel de Fisiología o Medicina"]),
        ("He won the Pulitzer Prize for Fiction.", ["el Premio Pulitzer de Ficción"]),
        # a word in the article's place: no article
        ("She won an Academy Award for Best Actress.", ["Óscar a la mejor actriz"]),
        ("She won two Nobel Prizes.", ["premios Nobel"]),
        ("He received a Golden Globe Award.", ["Globo de Oro"]),
        # a prize or medal named by one word: the noun first
        ("She was the first woman to win the Fields Medal.", ["la Medalla Fields"]),
        ("She won the first Nadal Prize.", ["Premio Nadal"]),
        ("She won three Grammy Awards.", ["premios Grammy"]),
        # rulers' regnal names are Spanish; titled names are kept
        ("She was received by King Charles III.", ["el rey Carlos III"]),
        ("Queen Victoria ruled for 63 years.", ["la reina Victoria"]),
        ("Sir Isaac Newton was a mathematician.", ["Sir Isaac Newton"]),
        ("the poet Lord Byron", ["Lord Byron"]),
        # the Lord of the Bible is not a title of nobility; a word that only holds a name is not one
        ("Praise the Lord Jesus.", []),
        ("Therefore the Lord Yahweh says:", []),
        ("The Renaissances of Europe", []),
        ("He wrote about the war in Vietnam.", []),
        # places Spanish names its own way; not a place before a name or as a modifier
        ("She was born in Warsaw and moved to the Hague.", ["Varsovia", "La Haya"]),
        ("Florence Nightingale trained in Cologne.", ["Colonia"]),
        ("He was engaged at the Salzburg court.", []),
        ("the London office", []),
        # clubs are kept, with Spanish's article
        ("He signed with Manchester United in 2003.", ["el Manchester United"]),
        ("He has won five Ballon d'Or awards.", ["Balones de Oro"]),
        ("during the Crimean War", ["la guerra de Crimea"]),
        ("the occupation of the Netherlands", ["los Países Bajos"]),
        ("He was diagnosed with Parkinson's disease.", ["la enfermedad de Parkinson"]),
        ("She disappeared over the Pacific Ocean.", ["el océano Pacífico"]),
        ("She swam across the English Channel.", ["el canal de la Mancha"]),
        ("He was inducted into the Rock and Roll Hall of Fame.", ["el Salón de la Fama del Rock and Roll"]),
        ("She was a rear admiral in the United States Navy.", ["la Armada de los Estados Unidos"]),
        ("He served in the U.S. Army.", ["el Ejército de los Estados Unidos"]),
        ("one of the physicians of the Islamic Golden Age", ["la Edad de Oro del islam"]),
        ("She dug in the Fertile Crescent.", ["el Creciente Fértil"]),
        ("He flew around the Eiffel Tower.", ["la torre Eiffel"]),  # 'el Eiffel Toro'
        ("She joined the Communist Party.", ["el Partido Comunista"]),  # 'la Fiesta Comunista'
        ("He is buried in the Père Lachaise Cemetery.", ["el cementerio del Père-Lachaise"]),
        ("He led the Social Democratic Party.", ["el Partido Socialdemócrata"]),
        ("He founded the Mongol Empire.", ["el Imperio mongol"]),  # 'el Emperio de Mongol'
        ("a queen of ancient Egypt", ["el Antiguo Egipto"]),
        (
            "a member of the Royal Swedish Academy of Sciences",
            ["la Real Academia de las Ciencias de Suecia"],
        ),  # 'Egipto antiguo'
        ("the sultan of the Ottoman Empire", ["el Imperio otomano"]),
        ("She was part of the Harlem Renaissance.", ["el Renacimiento de Harlem"]),
        ("He led the Haitian Revolution.", ["la Revolución haitiana"]),  # 'la Revolución Haitian'
        ("She was born in East Berlin.", ["Berlín Este"]),  # 'Berlín Del este'
        ("a member of the Royal Spanish Academy", ["la Real Academia Española"]),  # 'la Academia española'
        ("She founded the Missionaries of Charity.", ["las Misioneras de la Caridad"]),
        ("She founded the Green Belt Movement.", ["el Movimiento Cinturón Verde"]),  # 'la Moveción de Comida Verde'
        ("She defended women's suffrage.", ["el sufragio femenino"]),  # 'el sufragio'
        ("a leader of the women's suffrage movement", ["el movimiento sufragista"]),
        ("at the 1936 Berlin Olympics", ["los Juegos Olímpicos de Berlín 1936"]),  # 'el 1936 Berlín Juegos'
        ("at the Rome Olympics", ["los Juegos Olímpicos de Roma"]),
        ("He won at the 1994 Winter Olympics.", ["los Juegos Olímpicos de Invierno de 1994"]),
        ("the Universal Declaration of Human Rights", ["la Declaración Universal de los Derechos Humanos"]),
        ("evidence for dark matter", ["la materia oscura"]),  # 'asunto oscuro'
        ("a rear admiral in the Navy", ["la Armada"]),  # 'el Navy'
        ("He served in the Royal Navy.", ["la Marina Real"]),
        ("Elizabeth I was the last Tudor.", ["Isabel I"]),  # a ruler's numeral without the title ('Isabel fue')
        ("Henry VIII had six wives.", ["Enrique VIII"]),
        ("Louis I. Kahn was an architect.", []),  # an initial, no numeral
        ("Napoleon Bonaparte crowned himself.", ["Napoleón Bonaparte"]),
        ("his theory of evolution", ["teoría de la evolución"]),  # 'su teoría de evolución'
        ("He discovered penicillin.", ["la penicilina"]),  # 'respiró descubierto'
        ("He was exiled to Saint Helena.", ["Santa Elena"]),
        ("known as the King of Rock and Roll", ["el Rey del Rock and Roll"]),
        ("He served in the US Army.", ["el Ejército de los Estados Unidos"]),  # 'el Ejército de EE.UU'
        ("the most in the Open Era", ["la era Open"]),
        ("He rose to fame in silent films.", ["el cine mudo"]),
        ("in the silent film era", ["la era del cine mudo"]),
        ("a silent film star", []),  # a modifier: the model places it
        (
            "It won the Golden Lion at the Venice Film Festival.",
            ["el León de Oro", "el Festival Internacional de Cine de Venecia"],
        ),  # 'la Lion de Golden'
        ("He founded the People's Republic of China.", ["la República Popular China"]),
        ("He is buried in the Panthéon in Paris.", ["el Panteón"]),
        ("She won four Academy Awards for Best Actress.", ["premios Óscar a la mejor actriz"]),  # 'para Leyes de Best'
        ("She married Prince Rainier III.", ["el príncipe Raniero III"]),
        ("He started the Protestant Reformation.", ["la Reforma protestante"]),  # 'el protestante Reforma'
        ("a member of the French Academy of Sciences", ["la Academia de Ciencias de Francia"]),
        ("He proposed the theory of continental drift.", ["la deriva continental"]),
    ],
)
def test_known_names_are_written_the_spanish_way(text: str, expected: list[str]) -> None:
    assert _written(text) == expected


def test_spans_cover_the_english_name_and_its_article() -> None:
    text = "He fought in the Spanish Civil War."
    ((start, end, written),) = known_name_spans(text)
    assert text[start:end] == "the Spanish Civil War" and written == "la guerra civil española"


def test_only_english_to_spanish_has_a_table() -> None:
    assert known_name_finder_for("en", "es") is not None
    assert known_name_finder_for("en", "de") is None


def test_an_institution_named_after_a_person_is_named_noun_first() -> None:
    def is_first_name(word: str) -> bool:
        return word in {"Jane", "Albert"}

    assert [w for _, _, w in known_name_spans("She founded the Jane Goodall Institute.", is_first_name)] == [
        "el Instituto Jane Goodall"
    ]
    assert [w for _, _, w in known_name_spans("The Albert Einstein Award", is_first_name)] == [
        "El Premio Albert Einstein"
    ]
    assert known_name_spans("She won the Royal Institute Medal.", is_first_name) == []  # not a person's name
    assert known_name_spans("She founded the Jane Goodall Institute.") == []  # no way to tell a first name


def test_a_college_keeps_its_english_name_with_spanish_article() -> None:
    assert [w for _, _, w in known_name_spans("He attended Reed College in 1972.")] == ["el Reed College"]
    assert known_name_spans("He studied at the Royal College of Music.") == []


@pytest.mark.parametrize(
    ("text", "spanish"),
    [
        ("Joan of Arc was a French heroine.", "Juana de Arco"),
        ("Plato was a student.", "Platón"),
        ("He read Martin Luther in 1520.", "Martín Lutero"),
        ("the grace of our Lord Jesus Christ", "Jesucristo"),
    ],
)
def test_people_spanish_calls_by_a_name_of_its_own(text: str, spanish: str) -> None:
    assert [found for _, _, found in known_name_spans(text)] == [spanish]


def test_martin_luther_king_is_no_martin_luther() -> None:
    assert known_name_spans("Martin Luther King Jr. was a minister.") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He taught at Boston University.", ["la Universidad de Boston"]),
        ("She studied at Munich University.", ["la Universidad de Múnich"]),
        ("She studied at Ohio State University.", []),  # after another capitalised word
        ("He joined Harvard University Press.", []),
        ("The Oxford University team won.", []),  # a modifier
    ],
)
def test_a_university_named_after_its_place_is_named_with_its_article(text: str, found: list[str]) -> None:
    assert [spanish for _, _, spanish in known_name_spans(text)] == found


def test_a_place_as_a_modifier_after_and_is_left_to_the_model() -> None:
    assert known_name_spans("a frontiersman and Tennessee politician") == []
    assert [text for _, _, text in known_name_spans("Warsaw and Belgrade are old")] == ["Varsovia", "Belgrado"]
    assert [text for _, _, text in known_name_spans("She grew up in rural Iowa.")] == ["Iowa"]


def test_a_period_of_music_and_art_is_named_the_spanish_way() -> None:
    assert [text for _, _, text in known_name_spans("music of the Romantic period")] == ["el período romántico"]


def test_florence_is_the_city_only_after_a_preposition() -> None:
    assert [text for _, _, text in known_name_spans("She was born in Florence, Italy.")] == ["Florencia"]
    assert known_name_spans("Florence was a nurse.") == []


def test_the_renaissance_as_a_modifier_is_left_to_the_model() -> None:
    assert known_name_spans("an Italian Renaissance architect") == []
    assert [text for _, _, text in known_name_spans("The Renaissance began in Italy.")] == ["El Renacimiento"]


def test_leagues_and_championships_are_named_the_spanish_way() -> None:
    assert _written("He played in Major League Baseball.") == ["las Grandes Ligas"]
    assert _written("He won three Formula One World Championships.") == ["Campeonatos del Mundo de Fórmula 1"]
    assert _written("the first decade of Formula One racing") == ["la Fórmula 1"]


def test_diseases_and_the_web_are_named_the_spanish_way() -> None:
    assert _written("She died of ovarian cancer.") == ["cáncer de ovario"]
    assert _written("He had motor neurone disease.") == ["enfermedad de la neurona motora"]
    assert _written("He invented the World Wide Web.") == ["la World Wide Web"]
    assert _written("She ran The Washington Post.") == ["The Washington Post"]  # a newspaper keeps its title
