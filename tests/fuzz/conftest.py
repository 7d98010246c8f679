"""The fuzz suite: every parser fed its corpus and mutations of it (see harness.py)."""

import pytest

from keyfold.core.keys import KeyPair

# The key the corpus was made with (make_corpus.py): it opens the .kfe files.
CORPUS_KEY = KeyPair.from_seed(bytes(range(32)))


@pytest.fixture
def corpus_key() -> KeyPair:
    return CORPUS_KEY
