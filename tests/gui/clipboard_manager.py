"""The least X11 clipboard manager (freedesktop's CLIPBOARD_MANAGER, as a desktop's own keeps a
copied text once its program has quit), for tests: it owns CLIPBOARD_MANAGER; asked by a quitting
program to SAVE_TARGETS, it fetches the clipboard's text from it, prints ``saved: TEXT`` and ends.

    DISPLAY=:99 python tests/gui/clipboard_manager.py      (prints ``ready`` once it owns the selection)

Through libX11 with ctypes: nothing to install beyond the X libraries Qt's xcb plugin needs.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import sys
import time

SELECTION_REQUEST, SELECTION_NOTIFY = 30, 31
CURRENT_TIME, ANY_PROPERTY_TYPE = 0, 0


class SelectionRequest(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("owner", ctypes.c_ulong), ("requestor", ctypes.c_ulong),
                ("selection", ctypes.c_ulong), ("target", ctypes.c_ulong), ("property", ctypes.c_ulong),
                ("time", ctypes.c_ulong)]


class SelectionNotify(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("requestor", ctypes.c_ulong), ("selection", ctypes.c_ulong),
                ("target", ctypes.c_ulong), ("property", ctypes.c_ulong), ("time", ctypes.c_ulong)]


class Event(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("request", SelectionRequest), ("notify", SelectionNotify),
                ("pad", ctypes.c_long * 24)]


def main() -> int:
    x = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XInternAtom.restype = ctypes.c_ulong
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XDefaultRootWindow.restype = ctypes.c_ulong
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XCreateSimpleWindow.restype = ctypes.c_ulong
    x.XCreateSimpleWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong] + [ctypes.c_int] * 2 + [ctypes.c_uint] * 3 \
        + [ctypes.c_ulong] * 2
    x.XSetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    x.XGetSelectionOwner.restype = ctypes.c_ulong
    x.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x.XConvertSelection.argtypes = [ctypes.c_void_p] + [ctypes.c_ulong] * 5
    x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(Event)]
    x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(Event)]
    x.XFlush.argtypes = [ctypes.c_void_p]
    x.XGetWindowProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
                                     ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                                     ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
                                     ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]

    display = x.XOpenDisplay(None)
    if not display:
        print("no display", file=sys.stderr)
        return 2

    def atom(name: str) -> int:
        return x.XInternAtom(display, name.encode(), 0)

    manager, save_targets, clipboard = atom("CLIPBOARD_MANAGER"), atom("SAVE_TARGETS"), atom("CLIPBOARD")
    utf8, kept = atom("UTF8_STRING"), atom("READER_TEST_KEPT")
    window = x.XCreateSimpleWindow(display, x.XDefaultRootWindow(display), 0, 0, 1, 1, 0, 0, 0)
    x.XSetSelectionOwner(display, manager, window, CURRENT_TIME)
    if x.XGetSelectionOwner(display, manager) != window:
        print("another clipboard manager runs", file=sys.stderr)
        return 2
    print("ready", flush=True)
    event = Event()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        x.XNextEvent(display, ctypes.byref(event))
        if event.type != SELECTION_REQUEST or event.request.selection != manager:
            continue
        request = SelectionRequest.from_buffer_copy(event.request)
        if request.target != save_targets:
            continue
        # Fetch the clipboard's text from the quitting owner (it answers while it waits for us).
        x.XConvertSelection(display, clipboard, utf8, kept, window, request.time)
        x.XFlush(display)
        while True:
            x.XNextEvent(display, ctypes.byref(event))
            if event.type == SELECTION_NOTIFY and event.notify.requestor == window:
                break
        text = _read_property(x, display, window, kept) if event.notify.property else None
        print(f"saved: {text}", flush=True)
        # Tell the owner its clipboard is saved: it may quit.
        reply = Event()
        reply.notify.type, reply.notify.display = SELECTION_NOTIFY, display
        reply.notify.requestor, reply.notify.selection = request.requestor, manager
        reply.notify.target, reply.notify.property, reply.notify.time = save_targets, request.property, request.time
        x.XSendEvent(display, request.requestor, 0, 0, ctypes.byref(reply))
        x.XFlush(display)
        return 0
    print("nothing to save", file=sys.stderr)
    return 1


def _read_property(x, display, window, prop) -> str:
    kind, size, count, after = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong()
    data = ctypes.c_void_p()
    x.XGetWindowProperty(display, window, prop, 0, 1 << 20, 1, ANY_PROPERTY_TYPE, ctypes.byref(kind),
                         ctypes.byref(size), ctypes.byref(count), ctypes.byref(after), ctypes.byref(data))
    return ctypes.string_at(data, count.value).decode("utf-8") if data else ""


if __name__ == "__main__":
    sys.exit(main())
