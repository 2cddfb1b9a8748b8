"""The frozen app's entry point (PyInstaller builds the `reader` executable from this file).

A frozen app has no Python interpreter to hand its child processes, so this executable plays
the interpreter's part for the two it starts:
- the speech worker, started as ``sys.executable -m reader.speech.worker``
  (reader/speech/client.py): here that is ``reader -m reader.speech.worker``;
- multiprocessing's spawned children (the pinyin search index, reader/core/pinyin.py),
  which ``multiprocessing.freeze_support()`` runs and ends.
Everything else goes to ``reader.__main__.main``, as `reader` does when installed by pip.

On Linux PyInstaller's bootloader points LD_LIBRARY_PATH at the app's own libraries; the
programs the reader starts (aplay, paplay) get the user's value back, as PyInstaller
advises. The reader's own child processes are this executable, which sets it again.
"""
import multiprocessing
import os
import sys

WORKER_ARGUMENTS = ["-m", "reader.speech.worker"]


def _restore_library_path() -> None:
    if not (sys.platform.startswith("linux") and getattr(sys, "frozen", False)):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original


def main() -> int:
    _restore_library_path()
    multiprocessing.freeze_support()
    if sys.argv[1:3] == WORKER_ARGUMENTS:
        from reader.speech.worker import main as worker_main

        sys.argv = [sys.argv[0], *sys.argv[3:]]
        return worker_main()
    from reader.__main__ import main as reader_main

    return reader_main()


if __name__ == "__main__":
    sys.exit(main())
