from mt_core import grammar
from mt_core.tag_projection import project_tags, tag_tree


def test_projection_always_nests() -> None:
    o1, c1, o2, c2 = (
        grammar.placeholder(i, k) for i in (1, 2) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE)
    )
    source = ["▁a", o1, "▁b", o2, "▁c", c2, c1, "▁d"]
    target = ["▁x", "▁y", "▁z", "▁w"]
    attention = [[0, 0, 1, 0], [0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1]]  # crossed alignment
    projected = project_tags(source, target, attention)
    assert [p for p in projected if p.startswith(grammar.OPEN)] == [o1, o2, c2, c1]
    assert [p for p in projected if not p.startswith(grammar.OPEN)] == target


def test_tag_tree_strips_placeholders_and_records_spans() -> None:
    o1, c1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    void = grammar.placeholder(2, grammar.PlaceholderKind.VOID)
    plain, tags = tag_tree(["▁a", o1, "▁b", c1, void, "▁c"])
    assert plain == ["▁a", "▁b", "▁c"]
    assert [(t.index, t.void, t.source_start, t.source_end) for t in tags] == [(1, False, 1, 2), (2, True, 2, 2)]
