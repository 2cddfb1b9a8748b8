"""The reading of a document, or of one section, as one WAV file (plain Python, no Qt).

Each sentence is synthesized on its own in a worker process (no crash on long
text, and a crash costs one retry, not the caller), then the WAVs are joined with
GAP_MS of silence between sentences. ``export_audio`` serves both ``reader speak``
and the window's File > Export audio (run it in a thread; it blocks).
"""
from __future__ import annotations

import os
import struct
import tempfile
import wave
from dataclasses import dataclass
from typing import Callable, Iterable

from ..core.messages import QT_TRANSLATE_NOOP
from ..core.model import BlockKind, Document, Heading, Sentence
from ..core.outline import heading_line
from ..core.output_file import mode_for_output
from .client import SyncWorker, WorkerDied
from .voices import rate_to_wpm

GAP_MS = 250


try:
    from ..core.speech_text import prepare_for_speech as _prepare
except ImportError:  # pragma: no cover - before speech_text existed
    _prepare = None


def ear_text(document: Document, sentence: Sentence) -> str:
    """A sentence as it is spoken: numbers, dates and heading labels said the Chinese way."""
    text = document.sentence_text(sentence)
    return _prepare(text) if _prepare is not None else text


def speech_items(document: Document, sentences: Iterable[int | Sentence] | None = None) -> list[tuple[int, str]]:
    """(sentence index, text for the ear) for SpeechService.speak; silent sentences left out."""
    indexes = range(len(document.sentences)) if sentences is None else [_index(document, s) for s in sentences]
    items = []
    for index in indexes:
        text = ear_text(document, document.sentences[index]).strip()
        if text:
            items.append((index, text))
    return items


def _index(document: Document, sentence: int | Sentence) -> int:
    return sentence if isinstance(sentence, int) else document.sentences.index(sentence)


def find_sections(document: Document, name: str) -> list[Heading]:
    """The headings whose label, title or label with title is ``name`` (spaces ignored)."""
    wanted = "".join(name.split())
    if not wanted:
        return []
    matches = []
    for heading in document.headings():
        forms = {heading.label, heading.title, heading_line(heading), heading.label + heading.title}
        if wanted in {"".join(form.split()) for form in forms if form}:
            matches.append(heading)
    return matches


def section_sentences(document: Document, heading: Heading) -> list[int]:
    """The sentences of a heading and its body, up to the next heading of the same or higher level."""
    end_block = len(document.blocks)
    for block_index in range(heading.block + 1, len(document.blocks)):
        block = document.blocks[block_index]
        if block.kind in (BlockKind.HEADING, BlockKind.ATTACHMENT) and 0 < block.level <= heading.level:
            end_block = block_index
            break
    return [i for i, s in enumerate(document.sentences) if heading.block <= s.block < end_block]


class ExportCancelled(Exception):
    pass


class ExportError(RuntimeError):
    pass


@dataclass(frozen=True)
class ExportResult:
    path: str
    sentences: int
    duration_ms: int


def _cancelled(flag) -> bool:
    if flag is None:
        return False
    if hasattr(flag, "is_set"):
        return flag.is_set()
    return bool(flag() if callable(flag) else flag)


def export_audio(document: Document, sentences: Iterable[int | Sentence] | None, out_path: str | os.PathLike,
                 progress_callback: Callable[[int, int], None] | None = None, cancel_flag=None, *,
                 rate: float = 1.0, voice: str | None = None, volume: float = 1.0, gap_ms: int = GAP_MS,
                 worker_env: dict[str, str] | None = None) -> ExportResult:
    """Write the reading of ``sentences`` (all when None) to ``out_path`` as one WAV.

    ``progress_callback(done, total)`` follows each sentence; ``cancel_flag`` (a
    threading.Event, or a callable returning True) stops the export, which then
    raises ExportCancelled and leaves no file. Raises EngineUnavailable without an
    engine, ValueError for an unknown voice, ExportError when synthesis fails.
    """
    items = speech_items(document, sentences)
    _check_length(items, rate)
    out_path = os.fspath(out_path)
    total_frames = 0
    with tempfile.TemporaryDirectory(prefix="reader-export-") as folder, SyncWorker(env=worker_env) as worker:
        if voice is not None and voice not in {v["id"] for v in worker.voices}:
            raise ValueError(f"unknown voice: {voice}")
        settings = {"rate": rate_to_wpm(rate), "voice": voice or worker.default_voice, "volume": volume}
        # A new file of our own beside the target (never a FIFO or link someone left there under
        # a fixed name); renamed over the target at the end, removed on any failure.
        descriptor, partial = tempfile.mkstemp(prefix=f".{os.path.basename(out_path)}.", suffix=".part",
                                               dir=os.path.dirname(out_path) or ".")
        handle = os.fdopen(descriptor, "wb")
        out: wave.Wave_write | None = None
        silence = b""
        try:
            for done, (index, text) in enumerate(items):
                if _cancelled(cancel_flag):
                    raise ExportCancelled()
                path = os.path.join(folder, f"{index}.wav")
                _synthesize(worker, text, path, settings)
                with wave.open(path, "rb") as wav:
                    params = wav.getparams()
                    frames = wav.readframes(wav.getnframes())
                os.remove(path)
                if out is None:
                    out = wave.open(handle, "wb")
                    out.setparams(params)
                    silence = b"\0" * (params.sampwidth * params.nchannels * (params.framerate * gap_ms // 1000))
                    first_params = params
                    frame_bytes = params.sampwidth * params.nchannels
                elif (params.nchannels, params.sampwidth, params.framerate) != (
                        first_params.nchannels, first_params.sampwidth, first_params.framerate):
                    raise ExportError(f"sentence {index}: the engine changed its audio format")
                else:
                    frames = silence + frames
                if (total_frames * frame_bytes + len(frames)) > MAX_WAV_DATA_BYTES:  # the estimate fell short
                    raise AudioTooLong(_estimated_seconds(items, rate))
                out.writeframes(frames)
                total_frames += len(frames) // frame_bytes
                if progress_callback is not None:
                    progress_callback(done + 1, len(items))
            if out is None:
                raise ExportError("nothing to read")
            out.close()
            out = None
            handle.close()
            os.chmod(partial, mode_for_output(out_path))
            os.replace(partial, out_path)
        finally:
            try:
                if out is not None:
                    out.close()
            except (OSError, struct.error):
                pass
            handle.close()
            if os.path.exists(partial):
                os.remove(partial)
        return ExportResult(out_path, len(items), round(1000 * total_frames / first_params.framerate))


# The WAV format counts its bytes in 32 bits: 4 GiB, less the header (27 hours of espeak-ng's
# 22,050 Hz 16-bit mono). Python's wave module fails with struct.error past it.
MAX_WAV_DATA_BYTES = 0xFFFFFFFF - 36
# What the length is judged by before synthesis starts: espeak-ng reads ~3.8 characters a second
# at rate 1.0 (measured on the sample); counted faster here, so only what is surely too long is
# refused at once (writing stops at the limit in any case).
ESTIMATE_CHARACTERS_PER_SECOND = 5.0
ESTIMATE_BYTES_PER_SECOND = 22050 * 2
MAX_RATE_SPEED_UP = 3.0
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "Speech", "The reading would last about {detail} hours, more than a WAV file holds: export a section.")


class AudioTooLong(ExportError):
    """The reading would not fit in one WAV file. ``reason`` and ``detail`` (its hours) as
    EngineUnavailable has them: the window and ``reader speak`` translate the reason."""

    reason = MSG_TOO_LONG

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.detail = f"{seconds / 3600:.0f}"
        super().__init__(MSG_TOO_LONG.format(detail=self.detail))


def _estimated_seconds(items: list[tuple[int, str]], rate: float) -> float:
    characters = sum(len(text) for _, text in items)
    return characters / (ESTIMATE_CHARACTERS_PER_SECOND * min(max(rate, 0.5), MAX_RATE_SPEED_UP)) \
        + len(items) * GAP_MS / 1000


def _check_length(items: list[tuple[int, str]], rate: float) -> None:
    """Refuse, before any synthesis, a reading that surely exceeds one WAV file."""
    seconds = _estimated_seconds(items, rate)
    if seconds > MAX_WAV_DATA_BYTES / ESTIMATE_BYTES_PER_SECOND:
        raise AudioTooLong(seconds)


def _synthesize(worker: SyncWorker, text: str, path: str, settings: dict) -> None:
    """One sentence; if the worker dies on it, a fresh worker tries once more."""
    try:
        worker.synthesize(text, path, **settings)
        return
    except WorkerDied:
        worker.close()
        worker.start()
    except RuntimeError as error:
        raise ExportError(str(error)) from error
    try:
        worker.synthesize(text, path, **settings)
    except (WorkerDied, RuntimeError) as error:
        raise ExportError(f"the engine failed on: {text[:40]}… ({error})") from error
