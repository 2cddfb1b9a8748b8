"""File > Export Audio: the reading of the document written to a WAV file by
``speech/export.py``'s ``export_audio`` (its own engine worker), as a BackgroundJob behind a
progress dialog that counts the sentences and can cancel."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction

from ..background import BackgroundJob, JobCancelled
from .action_tips import name_action


FILE_MENU_RANK = 30  # after Print (10) and Export (20)


class AudioExport(QObject):
    def __init__(self, read_aloud):
        super().__init__(read_aloud)
        self.read_aloud = read_aloud
        self.session = read_aloud.session
        self.feedback = self.session.feedback
        self.job = BackgroundJob(self, "export-audio")
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._finished)
        self.dialog = None  # the progress dialog, while exporting
        self.finished_with = None  # (result, error) of the last export
        self._count: tuple[int, int] | None = None  # (done, total) shown in the dialog
        self._total = 0  # sentences of the export running, told by its thread
        self.action = None  # made when the File menu first opens: it has no key
        self.session.add_file_actions([], rank=FILE_MENU_RANK, later=self._make_action)

    def _make_action(self) -> list[QAction]:
        self.action = QAction(self.session.window)
        self.action.setObjectName("exportAudioAction")
        self.action.triggered.connect(self.choose_file)
        self._name_action()
        self.read_aloud.show_availability([self.action])
        return [self.action]

    def retranslate(self) -> None:
        if self.action is not None:
            self._name_action()
        self._name_dialog()

    def _name_action(self) -> None:
        tip = self.tr("Save the reading of the document as a WAV sound file")
        name_action(self.action, self.tr("Export &Audio…"), tip, tooltip=tip)

    def is_exporting(self) -> bool:
        return self.job.running

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ..dialogs.file_dialogs import dialog_options, start_folder

        document, path, window = self.session.document, self.session.path, self.session.window
        if document is None:
            self.feedback.say(self.tr("Open a document first."))
            return
        name = f"{path.stem}.wav" if path else f"{document.title or 'document'}.wav"
        chosen, _ = QFileDialog.getSaveFileName(window, self.tr("Export Audio"), str(start_folder(self.session) / name),
                                                self.tr("WAV sound (*.wav)"), **dialog_options(self.session))
        if chosen:
            if not chosen.lower().endswith(".wav"):
                chosen += ".wav"
            self.export(chosen)

    def export(self, path: str, sentences=None) -> bool:
        """Write the reading to ``path`` off the window's thread, with a dialog that can cancel it."""
        from PySide6.QtWidgets import QProgressDialog

        from ..output.output_target import refuse_output

        document = self.session.document
        if document is None or self.is_exporting():
            return False
        reason = self.read_aloud.unavailable_reason()
        if reason:
            self.feedback.say(reason)
            return False
        if refuse_output(self.session, path):  # the document itself, a link, a FIFO, a device
            return False
        dialog = QProgressDialog(self.session.window)
        dialog.setRange(0, 0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.job.cancel)
        self.dialog, self._count = dialog, None
        self._name_dialog()
        self.job.start(self._work, document, sentences, path, self._voice_settings())
        dialog.show()
        return True

    def _voice_settings(self) -> dict:
        """The reading's rate, voice and volume (a voice the engine no longer has: its default)."""
        settings = self.session.settings
        voice = settings.get("speech_voice") or None
        service = self.read_aloud.service
        voices = service.voices() if service is not None else []
        if voice and voices and voice not in {v["id"] for v in voices}:
            voice = None
        return dict(rate=settings.get("speech_rate") / 10, voice=voice, volume=settings.get("speech_volume") / 100)

    def _work(self, progress, document, sentences, path, voice_settings):
        """In the job's thread."""
        from ...speech.export import ExportCancelled, export_audio

        def told(done: int, total: int) -> None:
            self._total = total
            progress(done / total)

        try:
            return export_audio(document, sentences, path, told, lambda: self.job.cancelled, **voice_settings)
        except JobCancelled:  # Cancel between two sentences: no file, as export_audio's own check
            raise ExportCancelled() from None

    def _progressed(self, share: float) -> None:
        if self.dialog is not None and self._total:
            total = self._total
            done = round(share * total)
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)
            self._count = (done, total)
            self._name_dialog()

    def _name_dialog(self) -> None:
        """The progress dialog's texts (while it is open, in the language of the moment)."""
        dialog = self.dialog
        if dialog is None:
            return
        dialog.setWindowTitle(self.tr("Export Audio"))
        dialog.setAccessibleName(self.tr("Export Audio"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        if self._count is None:
            dialog.setLabelText(self.tr("Exporting audio…"))
        else:
            done, total = self._count
            dialog.setLabelText(self.tr("Exporting audio: sentence {done} of {total}").format(done=done, total=total))

    def _finished(self, result, error) -> None:
        from ...speech.export import ExportCancelled

        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        if error is None:
            seconds = round(result.duration_ms / 1000)
            self.feedback.say(self.tr("Audio saved: {path} ({minutes}:{seconds:02d})").format(
                path=result.path, minutes=seconds // 60, seconds=seconds % 60))
        elif isinstance(error, ExportCancelled):
            self.feedback.say(self.tr("Audio export cancelled"))
        else:
            self.feedback.error(lambda: self._failure(error))
        self.finished_with = (result, error)

    def _failure(self, error: Exception) -> str:
        """Why the export failed, in the language of the moment."""
        reason = getattr(error, "reason", None)
        if reason:  # EngineUnavailable, AudioTooLong: a message of their own, with its detail
            text = QCoreApplication.translate("Speech", reason)
            message = text.format(detail=getattr(error, "detail", "")) if "{detail}" in text else text
        else:
            message = str(error)
        return self.tr("The audio could not be exported: {reason}").format(reason=message)
