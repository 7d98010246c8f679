"""Dropped files go to the first handler that claims them."""

from pathlib import Path

from keyfold.gui.base.drop_dispatch import (
    DropDispatcher,
    DropHandler,
    claim_backups,
    claim_private_keys,
    is_backup_name,
    is_private_key_name,
)


def test_names() -> None:
    assert is_backup_name(Path("k-backup.json")) and is_backup_name(Path("All.TAR.GZ"))
    assert is_backup_name(Path("datafold-backup-k-2025.dfkb"))  # the JavaScript SDK's binary
    assert is_private_key_name(Path("id_ed25519")) and not is_private_key_name(
        Path("id_ed25519.pub")
    )
    assert is_private_key_name(Path("deploy.pem")) and not is_private_key_name(Path("k.json"))


def test_handlers_claim_in_order_and_leftovers_are_returned() -> None:
    handled: dict[str, list[Path]] = {}
    dispatcher = DropDispatcher()
    dispatcher.register(DropHandler("restore", claim_backups, lambda p: handled.update(r=p)))
    dispatcher.register(DropHandler("import", claim_private_keys, lambda p: handled.update(i=p)))
    # A later plug-in (signing) can take files first.
    dispatcher.register(
        DropHandler("sign", lambda ps: [p for p in ps if p.suffix == ".pem"],
                    lambda p: handled.update(s=p)),
        first=True,
    )  # fmt: skip
    left = dispatcher.dispatch([Path("a.json"), Path("b.pem"), Path("id_ed25519"), Path("x.png")])
    assert handled == {
        "s": [Path("b.pem")],
        "r": [Path("a.json")],
        "i": [Path("id_ed25519")],
    }
    assert left == [Path("x.png")]
