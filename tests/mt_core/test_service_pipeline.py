from pathlib import Path

from mt_core.service_pipeline import PipelineOptions, decoding_options, service_pipeline


def test_the_service_pipeline_has_every_check_on_by_default(tiny_model_dir: Path) -> None:
    pipeline = service_pipeline(tiny_model_dir)
    assert pipeline.gender_reader is not None and pipeline.copy_check is not None and pipeline.number_check
    assert pipeline.decoding == decoding_options(PipelineOptions())
    assert pipeline.decoding.num_hypotheses == 2 and pipeline.decoding.return_attention


def test_settings_turn_the_checks_off(tiny_model_dir: Path) -> None:
    pipeline = service_pipeline(tiny_model_dir, options=PipelineOptions(beam_size=1, cut_invented_tails=False))
    assert pipeline.decoding.beam_size == 1 and pipeline.decoding.num_hypotheses == 1
    assert not pipeline.decoding.return_attention
    assert service_pipeline(tiny_model_dir, options=PipelineOptions(retranslate_copies=False)).copy_check is None
