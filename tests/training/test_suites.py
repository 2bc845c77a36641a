from pathlib import Path

from training.suites import read_suite_lines, read_suite_rows


def test_comments_and_blank_lines_are_skipped_and_fields_split_by_tabs(tmp_path: Path) -> None:
    suite = tmp_path / "suite.txt"
    suite.write_text("# a comment\n\nfeminine\tnurse\tShe is a nurse.\n  He left.  \n", encoding="utf-8")
    assert read_suite_lines(suite) == ["feminine\tnurse\tShe is a nurse.", "He left."]
    assert read_suite_rows(suite)[0] == ["feminine", "nurse", "She is a nurse."]
