"""The Qt-free core: keys, formats, vault, signatures, registry client."""
