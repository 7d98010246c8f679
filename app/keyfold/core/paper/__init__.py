"""Paper backups: a printable PDF of a standard backup in QR codes and text, and reading it back.

`payload` slices the document into QR payloads and joins them again, `pdf`
lays out the page, `scan` finds the codes in a scan, photo or PDF, `preview`
renders a page for the GUI, `files` tells which files are paper backups. The
package imports none of them: PDF and image libraries load only when used.
"""
