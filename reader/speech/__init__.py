"""Speech: synthesis in a worker process, playback, the Qt service and audio export.

- ``engine_loader``: finds espeak-ng (the system's or espeakng-loader's) and pyttsx3.
- ``worker``: ``python -m reader.speech.worker``, the process that owns the engine.
- ``client``: starts and talks to a worker (JSON lines over pipes).
- ``players``: plays a sentence's WAV in a process group that stop() ends at once.
- ``service``: ``SpeechService``, the QtCore object the window binds its controls to.
- ``export``: the reading of a document or section as one WAV (``reader speak``).

Only ``service`` loads Qt; the rest is plain Python.
"""
