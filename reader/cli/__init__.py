"""The command line: `reader outline`, `bookmarks`, `export`, `speak`, and the window's options.

Each subcommand is a module with one ``*_command(argv) -> exit status``; they use the core (and,
for speak, the speech package), never the GUI. ``reader/__main__.py`` picks one by name.
"""
