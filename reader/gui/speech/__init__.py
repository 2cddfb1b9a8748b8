"""Read aloud in the window (the speech UI), by job:

- ``controller.py``: ``ReadAloud``, the parts together and the SpeechService they share (made
  off the way to the first window), whether speech is there, its faults told through feedback;
- ``transport.py``: the reading in progress, in chunks, and what follows it (the reading
  cursor, the caption); ``passages.py``: what each command reads;
- ``tuning.py``: sound, speed, volume, 连读/指读 and the highlight, set and confirmed;
- ``menu.py``: the Read Aloud menu and the accessibility toolbar's speech tools bound to it;
  ``voices_menu.py``: its Voice submenu; ``action_tips.py``: tips that say how to enable speech;
- ``point_reading.py``: 指读, the pointer resting on the text, the reading cursor's moves;
- ``audio_export.py``: File > Export Audio, a BackgroundJob;
- ``status.py``: "正在朗读 (二) 第 3 句" in the status bar and over the caption.

Everything is found through the session: the toolbar ("toolbar"), the caption bar
("caption_bar") and the document loader ("loader") as they are offered.
"""
from __future__ import annotations


def install_read_aloud(session):
    """The Read Aloud menu, the toolbar's speech tools and File > Export Audio for a window."""
    from .controller import ReadAloud

    return ReadAloud(session)
