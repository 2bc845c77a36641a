import pytest

from mt_core.gender import GenderReader, gender_reader_for


@pytest.fixture(scope="session")
def reader() -> GenderReader:
    """The Spanish gender reader, for the tests that need Apertium (they skip without it)."""
    found = gender_reader_for("es")
    if found is None:
        pytest.skip("apertium-eng-spa is installed by make test")
    return found
