"""How the dashboard writes a day: ``03 Mar 2026``, or a dash when there is none."""


def when(moment) -> str:
    return f"{moment:%d %b %Y}" if moment else "—"
