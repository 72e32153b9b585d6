"""What the local neural voices (Piper, Kokoro) share: loading an ONNX model from disk with
onnxruntime, espeak-ng phonemes, and narrating sentence by sentence with words placed by length.

Nothing here downloads anything: the operator points a setting at model files already on disk."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import onnxruntime
from onnxruntime.capi import onnxruntime_pybind11_state as onnx_state

from storyloom.errors import ConfigurationError, ProviderOutputError
from storyloom.providers.base import CallRecord, Stopwatch
from storyloom.providers.speech.audio import FinishedAudio, Samples, finish_with_spans, join_sentences
from storyloom.providers.speech.base import Narration, SpeechRequest
from storyloom.providers.speech.builtin import phonemize
from storyloom.providers.speech.timing import split_sentences

PAUSE_BETWEEN_SENTENCES_MS = 300
# onnxruntime raises its own classes, unrelated to Python's, for bad files and failed runs.
ONNX_ERRORS: tuple[type[Exception], ...] = (
    onnx_state.Fail,
    onnx_state.InvalidArgument,
    onnx_state.NoSuchFile,
    onnx_state.InvalidProtobuf,
    onnx_state.RuntimeException,
    onnx_state.InvalidGraph,
    onnx_state.NotImplemented,
    RuntimeError,
    ValueError,
)


def open_session(path: Path, variable: str) -> onnxruntime.InferenceSession:
    """An onnxruntime session on the CPU for the model at `path`; a bad file stops start-up."""
    if not path.is_file():
        raise ConfigurationError(f"{variable}={path} does not name a model file on disk")
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = min(4, os.cpu_count() or 1)
    options.log_severity_level = 3
    try:
        return onnxruntime.InferenceSession(
            str(path), sess_options=options, providers=["CPUExecutionProvider"]
        )
    except ONNX_ERRORS as exc:
        raise ConfigurationError(
            f"{variable}={path} is not a loadable ONNX model ({type(exc).__name__})"
        ) from None


def sentence_phonemes(sentence: str, espeak_voice: str) -> str:
    """IPA phonemes of one sentence with its clauses separated by commas and its own end mark."""
    clauses = [clause for clause in phonemize(sentence, espeak_voice) if clause.strip()]
    ending = sentence.rstrip("\"'”’»)] ")[-1:]
    return ", ".join(clauses) + (ending if ending in ".!?" else ".")


def narrate_by_sentence(
    text: str, sample_rate: int, speak: Callable[[str], Samples], pause_ms: int = PAUSE_BETWEEN_SENTENCES_MS
) -> FinishedAudio:
    """Speak each sentence of `text` with `speak` (sentence text -> samples at `sample_rate`), join
    them, and share each sentence's speech among its words by length."""
    sentences = split_sentences(text)
    clips = [speak(text[start:end]) for start, end in sentences]
    samples, spans = join_sentences(sentences, clips, sample_rate, pause_ms)
    return finish_with_spans(text, samples, sample_rate, spans)


def narrate_locally(
    provider: str,
    request: SpeechRequest,
    sample_rate: int,
    speak: Callable[[str], Samples],
    *,
    model: Path,
    failure: str,
    details: dict[str, object],
) -> Narration:
    """`request.text` spoken sentence by sentence with `speak` by the local model at `model`, and the
    record of the call (free; `details` plus the language, characters and length). A failure of the
    model is raised as ProviderOutputError, `failure` naming the model ("the Piper voice")."""
    stopwatch = Stopwatch()
    try:
        finished = narrate_by_sentence(request.text, sample_rate, speak)
    except ONNX_ERRORS as exc:
        raise ProviderOutputError(f"{failure} failed: {exc}", provider=provider) from exc
    call = CallRecord(
        provider=provider,
        prompt=request.text,
        model=model.name,
        cost_usd=0.0,
        duration_ms=stopwatch.elapsed_ms,
        details={
            **details,
            "language": request.language,
            "characters": len(request.text),
            "audio_ms": finished.duration_ms,
        },
    )
    return Narration(finished.mp3, finished.duration_ms, finished.words, call)
