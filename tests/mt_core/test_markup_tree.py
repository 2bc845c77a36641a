import pytest

from mt_core.markup_tree import CHARACTER, MarkupError, Node, check_xml, parse, serialize


def entity_names(root: Node) -> list[tuple[str, str]]:
    return [(child.raw, child.name) for child in root.children[0].children if child.kind == "raw"]


def test_entities_for_ascii_and_letters_are_characters_and_the_rest_stay_entities() -> None:
    root = parse("<p>&amp;&lt;&#39;&eacute;&#233;&nbsp;&shy;&mdash;&reg;</p>", xml_mode=False)
    assert entity_names(root) == [
        ("&amp;", CHARACTER),
        ("&lt;", CHARACTER),
        ("&#39;", CHARACTER),
        ("&eacute;", CHARACTER),
        ("&#233;", CHARACTER),
        ("&nbsp;", "#entity"),
        ("&shy;", "#entity"),
        ("&mdash;", "#entity"),
        ("&reg;", "#entity"),
    ]


def test_xml_reads_only_its_own_five_entities_and_character_references_as_characters() -> None:
    markup = '<!DOCTYPE d [<!ENTITY eacute "e">]><d>&amp;&#233;&eacute;</d>'
    check_xml(markup)
    root = parse(markup, xml_mode=True)
    assert root.children[0].kind == "raw" and root.children[0].raw == '<!DOCTYPE d [<!ENTITY eacute "e">]>'
    assert entity_names(Node("element", children=[root.children[1]])) == [
        ("&amp;", CHARACTER),
        ("&#233;", CHARACTER),
        ("&eacute;", "#entity"),
    ]
    assert "".join(serialize(child) for child in root.children) == markup


def test_malformed_xml_is_refused_with_its_position() -> None:
    with pytest.raises(MarkupError, match="line 1, column 9: mismatched tag"):  # the "a" of "</a>"
        check_xml("<a><b></a>")
    with pytest.raises(MarkupError, match="line 2, column 6: mismatched tag"):
        check_xml("<a>\n<b></a>")
    check_xml("<a/><b/>")  # a fragment may have several top elements
