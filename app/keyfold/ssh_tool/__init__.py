"""keyfold-ssh: the `ssh-keygen -Y` subset git calls through gpg.ssh.program, over vault keys."""
