import ctypes.util

import pytest

from app.allocator import limit_heap_growth


def test_zero_leaves_the_allocator_alone() -> None:
    assert limit_heap_growth(0) is False


@pytest.mark.skipif(ctypes.util.find_library("c") is None, reason="no C library to tune")
def test_glibc_thresholds_are_set() -> None:
    assert limit_heap_growth(131_072) is True
