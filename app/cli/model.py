"""The embedding model as a command loads it: a missing package or a model this machine does
not have is a one-line message, and a first distillation shows its progress."""

from collections.abc import Callable
from contextlib import ExitStack

from app.cli.terminal import err, progress_bar, shown
from app.cli.typer_app import fail
from data.settings import get_settings


def load_embedder_or_fail():
    """The configured embedder. The static backend's first start distils its model from the
    bundled one: a line saying so, then a progress bar, instead of a silent minute."""
    # Imported here: numpy and a model backend load only for the commands that embed.
    from matching.embedder import load_embedder

    settings = get_settings()
    with ExitStack() as stack:
        bar: list[Callable[[int, int], None]] = []

        def on_distil(message: str) -> None:
            err.print(shown(message), highlight=False)
            bar.append(stack.enter_context(progress_bar("Distilling word pieces")))

        def progress(done: int, total: int) -> None:
            if bar:
                bar[0](done, total)

        try:
            return load_embedder(
                settings.model,
                backend=settings.embed_backend,
                on_distil=on_distil,
                progress=progress,
            )
        except ImportError as exc:
            fail(
                f"the '{settings.embed_backend}' backend needs a package that is not installed "
                f"({exc.name}): reinstall Encore (`make install`)"
            )
        except (OSError, ValueError) as exc:
            fail(f"cannot load the model '{settings.model}' from this machine: {exc}")


def prepare_model() -> None:
    """Distil the static backend's model now if this machine has not yet (its first start):
    ``encore serve`` calls it before the dashboard starts, so the line and the progress bar
    are in the terminal and no page waits a silent minute for it. Nothing to do otherwise,
    and nothing is loaded when the model is already there."""
    from matching.embedder import HASHING_MODEL
    from matching.static_embedder import static_model_ready

    settings = get_settings()
    if settings.embed_backend != "static" or settings.model == HASHING_MODEL:
        return
    if not static_model_ready(settings.model, cache_dir=settings.data_dir / "static"):
        load_embedder_or_fail()
