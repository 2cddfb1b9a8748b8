"""reader: an accessibility reader for Chinese government documents."""

__version__ = "0.1.0"
APP_NAME = "reader"
