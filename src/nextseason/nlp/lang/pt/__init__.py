"""Portuguese language pack: cue words in lexicon.py, example sentences in examples.py."""

from nextseason.nlp.pack import Pack

from . import examples, lexicon

PACK = Pack.from_module(lexicon, examples.EXAMPLES)
