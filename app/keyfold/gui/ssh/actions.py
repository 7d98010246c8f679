"""The SSH and git actions, as ActionSpec rows."""

from keyfold.gui.base.actions import ActionSpec
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

_C = "SshActions"
SSH_SPECS = (
    ActionSpec("ssh_agent", QT_TRANSLATE_NOOP("SshActions", "SSH &agent…"), "Ctrl+Alt+S",
               "settings",
               QT_TRANSLATE_NOOP("SshActions",
                                 "Serve keys to ssh and git, and choose which keys"), _C),
    ActionSpec("use_for_ssh", QT_TRANSLATE_NOOP("SshActions", "&Use selected key for SSH"),
               "Ctrl+Alt+U", None,
               QT_TRANSLATE_NOOP("SshActions",
                                 "Let ssh, ssh-add and git use the selected key through Keyfold"),
               _C),
    ActionSpec("git_setup", QT_TRANSLATE_NOOP("SshActions", "Sign my &git commits with this key…"),
               "Ctrl+Alt+G", None,
               QT_TRANSLATE_NOOP("SshActions",
                                 "Set up git to sign commits and tags with the selected key"),
               _C),
)  # fmt: skip
