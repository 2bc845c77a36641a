"""The pipeline as the service runs it, built in one place.

The service, `fairmt translate` and `make eval` must translate alike: before, the
offline command built a bare pipeline, without the gender reader (no source
hints, re-inflection or lost-noun fallback), the copy check or the tail cut's
attention, so it answered the same text differently from the API.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mt_core.agreement import determiner_agreement_for
from mt_core.analysed_repairs import repairs_for
from mt_core.engine import DecodingOptions, Engine, EngineOptions
from mt_core.english_input import english_input_for
from mt_core.gender import gender_reader_for
from mt_core.known_names import known_name_finder_for
from mt_core.person_names import name_finder_for
from mt_core.pipeline import TranslationPipeline
from mt_core.term_inflection import term_inflector_for
from mt_core.untranslated import copy_check_for, with_beam_alternative


@dataclass(frozen=True)
class PipelineOptions:
    """The service's translation settings (FAIRMT_BEAM_SIZE, FAIRMT_CUT_INVENTED_TAILS,
    FAIRMT_RETRANSLATE_COPIES), with the service's defaults."""

    beam_size: int = 2
    cut_invented_tails: bool = True
    retranslate_copies: bool = True


def decoding_options(options: PipelineOptions) -> DecodingOptions:
    """How the service decodes; bench/throughput.py gives its direct baseline the same options."""
    decoding = DecodingOptions(beam_size=options.beam_size, return_attention=options.cut_invented_tails)
    return with_beam_alternative(decoding) if options.retranslate_copies else decoding


def service_pipeline(
    model_dir: Path, engine_options: EngineOptions | None = None, options: PipelineOptions | None = None
) -> TranslationPipeline:
    options = options or PipelineOptions()
    engine = Engine(model_dir, engine_options)
    source_lang, target_lang = engine.manifest.pair
    copies = copy_check_for(source_lang, target_lang) if options.retranslate_copies else None
    reader = gender_reader_for(target_lang)
    analyser = reader.analyser if reader else None
    return TranslationPipeline(
        engine,
        decoding_options(options),
        reader,
        copies,
        term_inflector=term_inflector_for(target_lang, analyser),
        agreement=determiner_agreement_for(target_lang, reader),
        phrase_repairs=repairs_for(
            source_lang, target_lang, analyser, reader.person_lemmas() if reader else frozenset()
        ),
        names=name_finder_for(source_lang),
        known_names=known_name_finder_for(source_lang, target_lang),
        input_rewrite=english_input_for(source_lang),
    )
