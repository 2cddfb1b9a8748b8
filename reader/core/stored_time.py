"""Times as the favorites store them: seconds since 1970, shown as dates (no sqlite3 here, so the
window can format them without loading the store)."""
from __future__ import annotations

import math

LATEST_TIME = 253402128000.0  # 9999-12-30 UTC: a date in every time zone (one day later is 10000 east of UTC)


def displayable_time(seconds) -> float:
    """A stored time a date can be made of: 0 (1970) to LATEST_TIME. A value out of range or not a
    number (stored by an older reader's import) must not stop a list, an export or the panel."""
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        return 0.0
    seconds = float(seconds) if abs(seconds) < 1e18 else math.inf
    if math.isnan(seconds):
        return 0.0
    return min(max(seconds, 0.0), LATEST_TIME)
