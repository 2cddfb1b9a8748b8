"""Speech: synthesis in a worker process, playback, the Qt service and audio export.

- ``engine``: what a speech engine is (``SpeechEngine``), and the Mandarin probe.
- ``espeak_ng``, ``pyttsx3_engine``: the engines (eSpeak NG; SAPI5 and NSSS through pyttsx3).
- ``engine_loader``: chooses the engine by what it says, or says why there is none.
- ``worker``: ``python -m reader.speech.worker``, the process that owns the engine.
- ``client``: starts and talks to a worker (JSON lines over pipes).
- ``players``: plays a sentence's WAV in a process group that stop() ends at once.
- ``service``: ``SpeechService``, the QtCore object the window binds its controls to.
- ``export``: the reading of a document or section as one WAV (``reader speak``).

Only ``service`` loads Qt; the rest is plain Python.
"""
