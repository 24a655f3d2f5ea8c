"""Types shared by every stage: file paths and dates as users give them, and the one place
where a date given by a user becomes a :class:`datetime.date`.

>>> as_date("2020-01-01"), as_date(dt.datetime(2020, 1, 1, 12, 30)), as_date(None)
(datetime.date(2020, 1, 1), datetime.date(2020, 1, 1), None)
>>> as_date("2020-13-01", "since")
Traceback (most recent call last):
...
techpolgraph.errors.DateValueError: since: '2020-13-01' is not a date; expected an ISO date, YYYY-MM-DD
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Optional, Union

from .errors import DateValueError

#: A file or folder: a string or any path object.
PathLike = Union[str, "os.PathLike[str]"]

#: A date as queries and options take it: an ISO string, a ``date`` or ``datetime``, or None.
DateLike = Union[str, dt.date, None]


def as_date(value: DateLike, what: str = "date") -> Optional[dt.date]:
    """``value`` as a date (a ``datetime`` gives its day); None stays None.

    Strings are ISO 8601: ``2020-01-31``, or a date and time (``2020-01-31T08:00``). Anything
    else raises :class:`~techpolgraph.errors.DateValueError`, naming ``what`` (the option or
    argument, when not empty), the value and the expected form.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for parse in (dt.date.fromisoformat, lambda s: dt.datetime.fromisoformat(s).date()):
            try:
                return parse(text)
            except ValueError:
                continue
    prefix = f"{what}: " if what else ""
    raise DateValueError(f"{prefix}{value!r} is not a date; expected an ISO date, YYYY-MM-DD")
