"""What "Test connection" says about a server's extensions."""

from keyfold.controller.registry import ServerCheck
from keyfold.core.registry import Capabilities
from keyfold.gui.registrations.server_check import check_text


def test_a_plain_datafold_node_offers_only_the_three_calls() -> None:
    check = ServerCheck("https://node.example", True, Capabilities(), {})
    assert check_text(check) == (
        "Connected to https://node.example. It offers only the three DataFold calls: "
        "register, status and verify; revoking must be done on the server itself."
    )


def test_extensions_are_named_in_words() -> None:
    caps = Capabilities(revoke=True, listing=True, server="keyfold-server", version="1.2")
    text = check_text(ServerCheck("http://127.0.0.1:8000", True, caps, {}))
    assert text == (
        "Connected to http://127.0.0.1:8000 (keyfold-server 1.2). Besides register, status and "
        "verify it offers revoking registrations, listing registrations (with the access token)."
    )
