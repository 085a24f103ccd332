"""Property tests over dates: render any date in each form, parse it back at its precision."""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given
from hypothesis import strategies as st

from vcextract import parse_date

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2035, 12, 31))


@given(dates, st.integers(min_value=0, max_value=3000))
def test_date_full_forms_round_trip(date: dt.date, lag: int) -> None:
    published = date + dt.timedelta(days=lag)
    forms = [
        f"{date.year}年{date.month}月{date.day}日",
        f"于{date.year}年{date.month}月{date.day}日",
        f"{MONTHS[date.month - 1]} {date.day}, {date.year}",
        f"{date.day} {MONTHS[date.month - 1]} {date.year}",
        f"{MONTHS[date.month - 1][:3]} {date.day:02d} {date.year}",
        date.isoformat(),
        f"{date.year}/{date.month}/{date.day}",
    ]
    for form in forms:
        value = parse_date(form, published=published)
        assert value is not None, form
        assert (value.value, value.precision) == (date.isoformat(), "day"), form


@given(dates, st.integers(min_value=0, max_value=364))
def test_date_month_day_resolves_within_a_year(date: dt.date, lag: int) -> None:
    published = date + dt.timedelta(days=lag)
    assume(not (date.month == 2 and date.day == 29))
    for form in [
        f"{date.month}月{date.day}日",
        f"於{date.month}月{date.day}日",
        f"On {MONTHS[date.month - 1]} {date.day}",
        f"{date.month} 月 {date.day} 日",
    ]:
        value = parse_date(form, published=published)
        assert value is not None, form
        assert value.value == date.isoformat(), (form, published)


@given(dates)
def test_date_month_and_year_keep_their_precision(date: dt.date) -> None:
    month = f"{date.year:04d}-{date.month:02d}"
    for form in [f"{date.year}年{date.month}月", f"in {MONTHS[date.month - 1]} {date.year}"]:
        value = parse_date(form, published=date)
        assert value is not None, form
        assert (value.value, value.precision) == (month, "month"), form
    for form in [f"{date.year}年", f"in {date.year}"]:
        value = parse_date(form, published=date)
        assert value is not None
        assert (value.value, value.precision) == (str(date.year), "year")
