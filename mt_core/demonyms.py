"""Nationalities, as Spanish writes them: in lower case, after the noun, in its gender and number.

A biography names a nationality in its first sentence, and the model gets it wrong in two ways: it writes the
Spanish adjective with the English capital ('un novelista Colombiano', 'una revolucionaria Argentina'), or
leaves a rarer one in English ('una poeta Chilean', 'un activist Kenyan'). Spanish demonyms are adjectives in
lower case; the one after a noun agrees with it.
"""

from __future__ import annotations

import functools
import re
from difflib import SequenceMatcher

from mt_core.morphology import Analyser, Analysis, Token
from mt_core.text_repair import apply_edits

#: English demonym → the Spanish adjective's masculine singular.
DEMONYMS: dict[str, str] = {
    "African": "africano", "European": "europeo", "Asian": "asiático", "Jesuit": "jesuita", "Carmelite": "carmelita",
    "Siberian": "siberiano",
    "Albanian": "albanés",
    "Algerian": "argelino", "American": "estadounidense",
    "Argentine": "argentino", "Argentinian": "argentino", "Armenian": "armenio", "Australian": "australiano",
    "Austrian": "austriaco", "Belgian": "belga", "Bolivian": "boliviano", "Brazilian": "brasileño",
    "British": "británico", "Bulgarian": "búlgaro", "Canadian": "canadiense", "Chilean": "chileno",
    "Chinese": "chino", "Colombian": "colombiano", "Congolese": "congoleño", "Croatian": "croata",
    "Cuban": "cubano", "Czech": "checo", "Danish": "danés", "Dominican": "dominicano", "Dutch": "neerlandés",
    "Ecuadorian": "ecuatoriano", "Egyptian": "egipcio", "English": "inglés", "Estonian": "estonio",
    "Ethiopian": "etíope", "Filipino": "filipino", "Finnish": "finlandés", "French": "francés",
    "Georgian": "georgiano", "German": "alemán", "Ghanaian": "ghanés", "Greek": "griego",
    "Guatemalan": "guatemalteco", "Haitian": "haitiano", "Honduran": "hondureño", "Hungarian": "húngaro",
    "Icelandic": "islandés", "Indian": "indio", "Indonesian": "indonesio", "Iranian": "iraní", "Iraqi": "iraquí",
    "Irish": "irlandés", "Israeli": "israelí", "Italian": "italiano", "Jamaican": "jamaicano",
    "Japanese": "japonés", "Jordanian": "jordano", "Kenyan": "keniano", "Korean": "coreano", "Latvian": "letón",
    "Lebanese": "libanés", "Lithuanian": "lituano", "Mexican": "mexicano", "Moroccan": "marroquí",
    "Nicaraguan": "nicaragüense", "Nigerian": "nigeriano", "Norwegian": "noruego", "Pakistani": "pakistaní",
    "Palestinian": "palestino", "Panamanian": "panameño", "Paraguayan": "paraguayo", "Persian": "persa",
    "Peruvian": "peruano", "Polish": "polaco", "Portuguese": "portugués", "Romanian": "rumano",
    "Russian": "ruso", "Salvadoran": "salvadoreño", "Scottish": "escocés", "Senegalese": "senegalés",
    "Serbian": "serbio", "Slovak": "eslovaco", "Slovenian": "esloveno", "Somali": "somalí",
    "Spanish": "español", "Swedish": "sueco", "Swiss": "suizo", "Syrian": "sirio", "Thai": "tailandés",
    "Turkish": "turco", "Ugandan": "ugandés", "Ukrainian": "ucraniano", "Uruguayan": "uruguayo",
    "Venezuelan": "venezolano", "Vietnamese": "vietnamita", "Welsh": "galés", "Zimbabwean": "zimbabuense",
    "Afghan": "afgano", "Bangladeshi": "bangladesí", "Belarusian": "bielorruso", "Bosnian": "bosnio",
    "Cambodian": "camboyano", "Cameroonian": "camerunés", "Cypriot": "chipriota", "Libyan": "libio",
    "Macedonian": "macedonio", "Malaysian": "malasio", "Maltese": "maltés", "Mongolian": "mongol",
    "Saudi": "saudí", "Sudanese": "sudanés", "Tanzanian": "tanzano", "Tunisian": "tunecino",
    "Yemeni": "yemení", "Kazakh": "kazajo", "Uzbek": "uzbeko", "Azerbaijani": "azerbaiyano",
    "Tibetan": "tibetano", "Kurdish": "kurdo", "Puerto Rican": "puertorriqueño", "Costa Rican": "costarricense",
    "South African": "sudafricano", "Sri Lankan": "esrilanqués", "New Zealand": "neozelandés",
    "Galician": "gallego", "Catalan": "catalán", "Basque": "vasco", "Andalusian": "andaluz",
    "Bavarian": "bávaro", "Prussian": "prusiano", "Sicilian": "siciliano", "Venetian": "veneciano",
    "Florentine": "florentino", "Neapolitan": "napolitano", "Flemish": "flamenco", "Breton": "bretón",
    "Corsican": "corso", "Roman": "romano", "Soviet": "soviético", "Yugoslav": "yugoslavo",
    "Czechoslovak": "checoslovaco", "Czechoslovakian": "checoslovaco", "East German": "germanooriental",
    "Ottoman": "otomano", "Byzantine": "bizantino", "Scandinavian": "escandinavo", "Quebecois": "quebequés",
    "Liberian": "liberiano", "Nepali": "nepalí", "Nepalese": "nepalí", "Rwandan": "ruandés",
    "Sierra Leonean": "sierraleonés", "Ivorian": "marfileño", "Malian": "maliense", "Zambian": "zambiano",
    "Mozambican": "mozambiqueño", "Angolan": "angoleño", "Namibian": "namibio", "Burmese": "birmano",
    "Singaporean": "singapurense", "Qatari": "catarí", "Emirati": "emiratí", "Kuwaiti": "kuwaití",
    "Moldovan": "moldavo", "Montenegrin": "montenegrino", "Trinidadian": "trinitense", "Eritrean": "eritreo",
    "Malagasy": "malgache", "Bhutanese": "butanés", "Taiwanese": "taiwanés", "Chechen": "checheno",
    "Kosovar": "kosovar", "Maori": "maorí", "Zulu": "zulú", "Tatar": "tártaro", "Gambian": "gambiano",
    "Burkinabe": "burkinés", "Beninese": "beninés", "Togolese": "togolés", "Gabonese": "gabonés",
    "Maghrebi": "magrebí", "Yazidi": "yazidí",
    # religions, written the same way: 'un nacionalista hindú', 'una monja católica'
    "Hindu": "hindú", "Buddhist": "budista", "Jewish": "judío", "Muslim": "musulmán", "Catholic": "católico",
    "Protestant": "protestante", "Lutheran": "luterano", "Anglican": "anglicano", "Methodist": "metodista",
    "Baptist": "bautista", "Quaker": "cuáquero", "Orthodox": "ortodoxo", "Presbyterian": "presbiteriano",
    "Calvinist": "calvinista",
    "Sikh": "sij", "Mormon": "mormón", "Shia": "chií", "Sunni": "suní", "Coptic": "copto",
    # peoples and cultures, likewise: 'un escritor hispano', 'el calendario maya', 'una artista inuit'
    "Hispanic": "hispano", "Slavic": "eslavo", "Celtic": "celta", "Aztec": "azteca", "Mayan": "maya",
    "Inca": "inca", "Arab": "árabe", "Bengali": "bengalí", "Punjabi": "panyabí", "Inuit": "inuit",
    "Berber": "bereber", "Norse": "nórdico", "Mughal": "mogol", "Mongol": "mongol", "Caribbean": "caribeño",
    "Andean": "andino", "Creole": "criollo", "Cherokee": "cheroqui", "Polynesian": "polinesio",
    "Viking": "vikingo", "Gaelic": "gaélico", "Germanic": "germánico", "Phoenician": "fenicio",
    "Etruscan": "etrusco", "Babylonian": "babilonio", "Assyrian": "asirio", "Moorish": "morisco",
    # styles and eras, written the same way: 'su novela gótica', 'la era victoriana'
    "Gothic": "gótico", "Victorian": "victoriano", "Elizabethan": "isabelino", "Edwardian": "eduardiano",
    "Romantic": "romántico", "Baroque": "barroco", "Renaissance": "renacentista",
    # movements, likewise: 'un pintor postimpresionista neerlandés', 'una filósofa existencialista francesa'
    "Post-Impressionist": "postimpresionista", "Impressionist": "impresionista", "Expressionist": "expresionista",
    "Existentialist": "existencialista", "Surrealist": "surrealista", "Cubist": "cubista",
    "Modernist": "modernista", "Symbolist": "simbolista",
    # schools of thought, likewise: 'un revolucionario marxista argentino' (not those that name parties and
    # republics, which keep their capital: 'República Socialista Soviética')
    "Marxist": "marxista", "Leninist": "leninista", "Peronist": "peronista", "Anarchist": "anarquista",
    "Neoplatonist": "neoplatónico",
}  # fmt: skip
#: English demonym → the country, in English, for 'German-born' (mt_core/english_input.py).
BIRTHPLACES: dict[str, str] = {
    "German": "Germany", "Austrian": "Austria", "Hungarian": "Hungary", "Polish": "Poland", "Russian": "Russia",
    "Scottish": "Scotland", "English": "England", "Irish": "Ireland", "Welsh": "Wales", "French": "France",
    "Italian": "Italy", "Spanish": "Spain", "Dutch": "the Netherlands", "Swedish": "Sweden",
    "Norwegian": "Norway", "Danish": "Denmark", "Finnish": "Finland", "Swiss": "Switzerland", "Greek": "Greece",
    "Turkish": "Turkey", "Lebanese": "Lebanon", "Syrian": "Syria", "Iranian": "Iran", "Indian": "India",
    "Chinese": "China", "Japanese": "Japan", "Korean": "Korea", "Vietnamese": "Vietnam",
    "Australian": "Australia", "Canadian": "Canada", "American": "the United States", "Mexican": "Mexico",
    "Cuban": "Cuba", "Argentine": "Argentina", "Brazilian": "Brazil", "Chilean": "Chile",
    "Colombian": "Colombia", "Peruvian": "Peru", "Venezuelan": "Venezuela", "Jamaican": "Jamaica",
    "Nigerian": "Nigeria", "Ghanaian": "Ghana", "Kenyan": "Kenya", "Egyptian": "Egypt", "Moroccan": "Morocco",
    "Algerian": "Algeria", "Ukrainian": "Ukraine", "Romanian": "Romania", "Bulgarian": "Bulgaria",
    "Serbian": "Serbia", "Croatian": "Croatia", "Belgian": "Belgium", "Portuguese": "Portugal",
    "Israeli": "Israel", "Pakistani": "Pakistan", "South African": "South Africa", "Prussian": "Prussia",
    "Bavarian": "Bavaria", "Soviet": "the Soviet Union", "Lithuanian": "Lithuania", "Latvian": "Latvia",
    "Estonian": "Estonia", "Czech": "the Czech Republic", "Slovak": "Slovakia", "Icelandic": "Iceland",
    "Trinidadian": "Trinidad", "Haitian": "Haiti", "Filipino": "the Philippines", "British": "Britain",
    "Costa Rican": "Costa Rica", "Puerto Rican": "Puerto Rico", "Belarusian": "Belarus", "Georgian": "Georgia",
    "Armenian": "Armenia", "Ethiopian": "Ethiopia", "Ugandan": "Uganda", "Tanzanian": "Tanzania",
    "Bolivian": "Bolivia", "Uruguayan": "Uruguay", "Ecuadorian": "Ecuador", "Dominican": "the Dominican Republic",
    "Guatemalan": "Guatemala", "Nicaraguan": "Nicaragua", "Panamanian": "Panama", "Salvadoran": "El Salvador",
    "Honduran": "Honduras", "Paraguayan": "Paraguay", "Iraqi": "Iraq", "Afghan": "Afghanistan",
}  # fmt: skip
#: The source words a repair of nationalities looks for: each one's last word ('zealand', 'rican'), since the
#: keys are matched against single words.
DEMONYM_KEYS = frozenset(demonym.lower().split()[-1] for demonym in DEMONYMS)
SPANISH_DEMONYMS = frozenset(DEMONYMS.values()) | {"americano", "holandés", "latinoamericano", "sudamericano"}

_ENGLISH_DEMONYM = re.compile(rf"\b(?:{'|'.join(DEMONYMS)})\b")
#: Two nationalities before a noun, a gender tag between them or not: 'an Austrian-Swedish physicist'
#: (mt_core/english_input.py gives the model the second alone).
COMPOUND_DEMONYM = re.compile(
    rf"(?:\b([Aa]n?)\s+)?\b({'|'.join(DEMONYMS)})-({'|'.join(DEMONYMS)})\b"
    r"(?=\s+(?:⟦[^⟦⟧]*⟧\s*)*(?:[a-z]|(?:Catholic|Christian|Jewish|Muslim|Protestant|Orthodox)\b))"
)
_CAPITALISED = re.compile(r"(?<=[a-záéíóúñ] )([A-ZÁÉÍÓÚ][a-záéíóúñü]+)\b")


def _kinds(token: Token) -> set[tuple[str, ...]]:
    return {analysis.tags[:1] for analysis in token.analyses}


def _determiner_reading(token: Token) -> Analysis | None:
    """A determiner's reading, a contracted one's too ('del', 'al': 'el hijo del Bulgarian embajador')."""
    return next((a for a in token.analyses if a.tags[:1] == ("det",) or a.tags[:2] == ("pr", "det")), None)


def _is_det(token: Token) -> bool:
    return _determiner_reading(token) is not None


def like_demonym(word: str, demonym: str) -> bool:
    """A garbled copy of the English demonym or a misspelling of its Spanish one, three quarters the same
    ('Chileano' for 'Chilean', 'Guatemalán' for 'Guatemalan')."""
    if len(word) < 5:
        return False
    return any(SequenceMatcher(None, word, other).ratio() >= 0.74 for other in (demonym.lower(), DEMONYMS[demonym]))


_NOMINAL = {("n",), ("adj",)}


def _is_noun(token: Token) -> bool:
    return ("n",) in _kinds(token)


def _gender_and_number(noun: Token | None, article: Token | None) -> tuple[str, bool]:
    """The gender and number a nationality takes: the noun's, or its article's where the noun has none
    ('una poeta'); masculine where neither says."""
    reading = next((a for a in noun.analyses if a.tags[:1] in (("n",), ("adj",))), None) if noun else None
    plural = reading is not None and "pl" in reading.tags
    gender = reading.gender if reading is not None else None
    if gender not in ("m", "f") and article is not None:
        determiner = _determiner_reading(article)
        gender = determiner.gender if determiner is not None else None
        plural = plural or (noun is None and determiner is not None and "pl" in determiner.tags)
    return (gender if gender in ("m", "f") else "m"), plural


_IRREGULAR_PLURALS = {"sij": "sijs", "inuit": "inuit"}


def spanish_demonym_form(lemma: str, gender: str, plural: bool) -> str:
    """'chileno' → 'chilena', 'chilenos'; 'inglés' → 'inglesa'; 'estadounidense', 'belga' take no gender."""
    accented_end = lemma[-2:] in ("án", "és", "ín", "ón")
    unaccented = lemma.translate(str.maketrans("áéíóú", "aeiou")) if accented_end else lemma
    if gender == "f" and lemma.endswith("o"):
        form = lemma[:-1] + "a"
    elif gender == "f" and (accented_end or lemma.endswith(("ol", "z"))):
        form = unaccented + "a"
    else:
        form = lemma
    if not plural:
        return form
    if form in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[form]
    if form.endswith(("a", "e", "i", "o")):
        return form + "s"
    if form.endswith("z"):
        return form[:-1] + "ces"
    return (unaccented if form == lemma else form) + "es"


class Demonyms:
    """Writes the nationality after a noun in lower case, and in Spanish where the model left it in English."""

    def __init__(self, analyser: Analyser) -> None:
        self.analyser = analyser

    name = "nationalities"

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        """``skip`` marks what is not text (tags in markup), never touched."""
        text = self._nationalities(source, text, skip)
        return _compounds(source, text) if "-" in source else text

    def _nationalities(self, source: str, text: str, skip: re.Pattern[str] | None) -> str:
        english = set(_ENGLISH_DEMONYM.findall(source))
        # a capitalised Spanish demonym translates an English one; or the model copied it in lower case
        if not english or not (_CAPITALISED.search(text) or any(demonym.lower() in text for demonym in english)):
            return text
        english_lemmas = {DEMONYMS[demonym] for demonym in english}
        hidden = [m.span() for m in skip.finditer(text)] if skip else []
        tokens = self.analyser.analyse(text)
        edits: list[tuple[int, int, str]] = []
        for index, token in enumerate(tokens[1:], start=1):
            ahead = tokens[index + 1] if index + 1 < len(tokens) else None
            copied = _copied_demonym(token, english)
            lemma = next((a.lemma.lower() for a in token.analyses if a.tags[:1] == ("adj",)), None)
            capitalised_spanish = lemma in SPANISH_DEMONYMS and token.surface[:1].isupper()
            # a noun, or an adjective the dictionary lacks as a noun ('un Ghanaian diplomático') ending the phrase
            after = tokens[index + 2] if index + 2 < len(tokens) else None
            ends_phrase = after is None or not _kinds(after) & _NOMINAL
            # or a word the analyser lacks ('un Romanian gimnasta')
            unknown = ahead is not None and not ahead.analyses and ahead.surface.isalpha() and ahead.surface.islower()
            # ('un Jamaican velocista anterior': a word the analyser lacks is the noun, whatever follows it)
            head = ahead is not None and (_is_noun(ahead) or unknown or (("adj",) in _kinds(ahead) and ends_phrase))
            before_noun = ahead is not None and _is_det(tokens[index - 1]) and head
            if before_noun and (copied or capitalised_spanish):
                assert ahead is not None
                hides = any(a < ahead.end and token.start < b for a, b in hidden)
                if not hides:
                    # 'un Argentine futbolista', 'un Portugués futbolista': after the noun, in lower case and,
                    # from English, in its article's gender and number
                    if copied:  # the noun's gender where it shows one ('del Bulgarian embajadora')
                        gender, plural = _gender_and_number(ahead, tokens[index - 1])
                        form = spanish_demonym_form(DEMONYMS[copied], gender, plural)
                    else:
                        form = token.surface.lower()
                    edits.append((token.start, ahead.end, f"{ahead.surface} {form}"))
                if not hides or copied:
                    continue
            # 'una escritora de Chilean': the nationality of the noun before 'de'
            # ('un corredor de Checo' too, where the source has 'Czech')
            # (not a place: 'primera ministra de India')
            place = any(analysis.tags[:1] == ("np",) for analysis in token.analyses)
            translated = capitalised_spanish and lemma in english_lemmas and not place
            after_de = bool(copied or translated) and tokens[index - 1].surface == "de" and index > 1
            noun_index = index - 2 if after_de else index - 1
            start = tokens[noun_index + 1].start
            before = tokens[noun_index]
            # a noun, an adjective, or a word the analyser lacks ('un esprinter Jamaicano')
            # ('un Corredor de Czechoslovak': a noun after its article, which the model gave a capital)
            capital_noun = after_de and noun_index > 0 and _is_det(tokens[noun_index - 1]) and _is_noun(before)
            after_noun = bool(_kinds(before) & {("n",), ("adj",)} or not before.analyses) and (
                before.surface[:1].islower() or capital_noun
            )
            if (
                not after_noun
                or not (token.surface[:1].isupper() or copied)
                or text[token.start - 1 : token.start] != " "
            ):
                continue  # a capital after a quote or a bracket is a label's ('el idioma «Inglés»')
            if (
                copied.lower() != token.surface.lower()
                and not after_de
                and (noun_index == 0 or not _is_det(tokens[noun_index - 1]))
            ):
                # a garbled copy after a noun with its determiner ('el dictador Chileano'); after more words
                # ('una activista de derechos humanos Guatemán') mt_core/nationality_order.py finds the head
                copied = ""
                if not capitalised_spanish:
                    continue
            if any(a < token.end and start < b for a, b in hidden):
                continue
            if lemma in SPANISH_DEMONYMS and not after_de:
                edits.append((token.start, token.end, token.surface.lower()))
            elif after_de or copied:  # the noun before says gender and number
                owner = noun_index
                kind = owner > 1 and tokens[owner - 1].surface == "de" and _is_noun(tokens[owner - 2])
                if kind and not _gender_and_number(before, None)[1]:
                    # a bare singular noun after 'de' is the head's kind: 'un activista de paz liberiano' (but
                    # 'los derechos de mujeres afganas')
                    owner -= 2
                article = tokens[owner - 1] if owner > 0 else None
                gender, plural = _gender_and_number(tokens[owner], article)
                if capital_noun and before.surface[1:].islower():
                    edits.append((before.start, before.end, before.surface.lower()))
                spanish = DEMONYMS.get(copied) or lemma or ""
                edits.append((start, token.end, spanish_demonym_form(spanish, gender, plural)))
        return apply_edits(text, edits)


def _copied_demonym(token: Token, english: set[str]) -> str:
    """The source's English demonym the token copies, as it is or garbled: a capitalised word read as no noun
    or name ('el dictador Chileano', 'el embajador Guatemalán', 'el escritor Estoniano', which
    the analyser reads as an adjective); '' for any other word."""
    if token.surface in english:
        return token.surface
    if not token.surface.isalpha() or not (token.surface[:1].isupper() or not token.analyses):
        return ""  # a word in lower case only where no dictionary knows it ('el escritor australana')
    if any(analysis.tags[:1] in (("n",), ("np",)) for analysis in token.analyses):
        return ""  # a place ('Argentina', 'Bulgaria') or a noun
    if token.surface.lower() in ANY_NATIONALITY:
        return ""  # a nationality of its own ('afroamericana' for 'African American')
    return next((demonym for demonym in english if like_demonym(token.surface.lower(), demonym)), "")


#: Every form of every Spanish nationality, with its masculine singular.
def demonym_forms(lemma: str) -> frozenset[str]:
    """Every gender and number of a Spanish nationality: 'chileno', 'chilena', 'chilenos', 'chilenas'."""
    return frozenset(spanish_demonym_form(lemma, gender, plural) for gender in "mf" for plural in (False, True))


_SPANISH_FORMS = {form: lemma for lemma in set(DEMONYMS.values()) for form in demonym_forms(lemma)}
_FORMS = "|".join(sorted(_SPANISH_FORMS, key=len, reverse=True))
_ARTICLE_NOUN_NATIONALITY = re.compile(
    rf"\b(un|una|el|la|del|al)\s+([a-záéíóúñ]+(?:(?:,\s+|\s+[ye]\s+)[a-záéíóúñ]+){{0,3}})\s+((?:[a-záéíóúñ]+-)?)({_FORMS})"
    r"(?![\w-])",
    re.IGNORECASE,
)


def in_gender(adjective: str, gender: str) -> str:
    """A nationality, or another adjective that shows its gender in -o/-a, in ``gender`` ('m' or 'f') and the
    singular: 'británica' → 'británico', 'irlandés' → 'irlandesa', 'colonial' stays."""
    lemma = _SPANISH_FORMS.get(adjective)
    if lemma is not None:
        return spanish_demonym_form(lemma, gender, False)
    ending, other = ("a", "o") if gender == "m" else ("o", "a")
    return adjective[:-1] + other if adjective.endswith(ending) else adjective


class NationalityAgreement:
    """A nationality after a singular noun takes the gender its article and noun share: 'un farmacéutico
    japonesa' (no hint said who Akira Yoshino is) → 'japonés'; of two, the second ('una monja albanés-india');
    after a list of nouns, the last one's ('una empresaria y filántropa nigeriana').
    After the gender rewrite, which may change both."""

    name = "nationality agreement"
    after_gender = True
    keys = DEMONYM_KEYS

    def apply(self, source: str, text: str, skip: re.Pattern[str] | None = None) -> str:
        def agreeing(match: re.Match[str]) -> str:
            article, noun, nationality = match.group(1).lower(), match.group(2), match.group(4)
            gender = "f" if article in ("una", "la") else "m"
            # of a list ('una empresaria y filántropa nigeriano'), the noun before the nationality
            # a noun that does not show its gender ('un guía', 'la estudiante'); '-or' is masculine ('el
            # escritor neozelandesa')
            if not re.split(r"[\s,]+", noun)[-1].endswith(("a",) if gender == "f" else ("o", "or")):
                return match.group()
            if skip is not None and skip.search(match.group()):
                return match.group()
            form = in_gender(nationality.lower(), gender)
            # of two ('albanés-indio') the second agrees: 'una monja albanés-india'
            return match.group() if form == nationality.lower() else f"{match.group(1)} {noun} {match.group(3)}{form}"

        return _ARTICLE_NOUN_NATIONALITY.sub(agreeing, text)


def _compounds(source: str, text: str) -> str:
    """The first of two nationalities written back before the second, which it leaves as it is: Spanish
    writes 'una física austriaco-sueca', the first in the masculine singular."""
    for _, first, second in COMPOUND_DEMONYM.findall(source):
        lemma = DEMONYMS[second]
        forms = demonym_forms(lemma)
        pattern = re.compile(rf"(?<![\w-])({'|'.join(sorted(forms, key=len, reverse=True))})\b(?!-)", re.IGNORECASE)
        if first == "African" and second in AFRO:
            text = pattern.sub(functools.partial(_afro, AFRO[second]), text, count=1)
        else:
            text = pattern.sub(f"{DEMONYMS[first]}-\\1", text, count=1)
    return text


#: 'African-American' is one word in Spanish: 'una activista afroamericana', not 'africano-estadounidense'.
AFRO = {
    "American": "afroamericano",
    "Cuban": "afrocubano",
    "Brazilian": "afrobrasileño",
    "Colombian": "afrocolombiano",
}
_FEMININE_ARTICLE = re.compile(r"\b(?:una|la|unas|las)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)


def _afro(lemma: str, match: re.Match[str]) -> str:
    """The compound in the gender of the article before it (3 words back at most) and the number written."""
    feminine = _FEMININE_ARTICLE.search(match.string[: match.start()]) is not None
    return spanish_demonym_form(lemma, "f" if feminine else "m", match.group(1).lower().endswith("s"))


#: Any word that names a nationality: a translation with none has left the source's out.
ANY_NATIONALITY = frozenset(_SPANISH_FORMS).union(
    *(demonym_forms(lemma) for lemma in SPANISH_DEMONYMS | set(AFRO.values()))
)
