"""TEST_CLOCK (tests/conftest.py) pins the clock the portal reads, so CI can run at any date and hour."""

import datetime
import os
import time

import pytest
from django.utils import timezone

pytestmark = [
    pytest.mark.clock,
    pytest.mark.skipif(
        not os.environ.get("TEST_CLOCK"), reason="runs when TEST_CLOCK pins the clock"
    ),
]


def test_the_clock_starts_at_test_clock_and_ticks_on():
    pinned = datetime.datetime.fromisoformat(os.environ["TEST_CLOCK"])

    now = timezone.now()
    later = timezone.now()

    # The run started at the pinned instant and has lasted minutes, not an hour.
    assert pinned <= now < pinned + datetime.timedelta(hours=1)
    assert later > now
    assert abs(time.time() - now.timestamp()) < 60
