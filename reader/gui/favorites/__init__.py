"""收藏 and 我的收藏: favorite documents, bookmarks at the reading cursor, and the panel listing them.

- 收藏 (Ctrl+D) keeps the current document among the favorites, with the reader's own copy
  of it; pressed again it removes it (Ctrl+Z puts it back).
- 添加书签 (Ctrl+B) bookmarks the reading cursor's sentence, with an optional note.
- 我的收藏 (Ctrl+Shift+B): a dock beside the text, or a large window of its own in elder
  mode, listing the favorites with their bookmarks: Enter opens, F2 renames a document or
  edits a bookmark's note, Delete deletes (Ctrl+Z or the Undo button undoes); sorted by
  date or by title in pinyin order; filtered by text or pinyin initials (gwy → 国务院).
- A favorite's file that has changed (reloaded with F5, or opened again later) takes the
  favorite with it: its bookmarks are anchored again in the new text (core/favorites.py
  follow_change); one that could only be placed near where it was is marked "Changed" in the
  panel and told when opened (opening it clears the mark), and goes back to its place, unmarked,
  once its sentence is there again (the full file saved after a half-written one was read).

The feature is installed with the session (gui/session.py) and knows the window only as the
place its menu, dock and dialogs go. Its parts, each a module:
- ``store_service``: the store (core/store.py), opened shortly after the window is up, once no
  document is loading; what cannot be saved or opened, told; bookmarks following a changed file.
- ``menu``: the Bookmarks menu's actions.
- ``panel``: the list, made a page at a time; ``panel_host``: its dock or elder window, made the
  first time the panel shows.
- ``undo``: deleting, and putting back; ``opening``: opening a favorite at its bookmark;
  ``transfer``: export and import (an import runs beside the window); ``bookmark_dialog``.
- ``controller``: the parts put together, 收藏 and 书签 themselves.
Only the store service and the menu are made with the window; undo, opening, transfer and the
panel's host are made (and their modules loaded) when first used. pypinyin is loaded only when
the panel first sorts or filters by it.
"""
from __future__ import annotations

from .controller import Favorites

__all__ = ["Favorites", "install_favorites"]


def install_favorites(session) -> Favorites:
    return Favorites(session)
