#!/usr/bin/env python3
"""on_terminal.py COMMAND: run COMMAND (through sh) with its stdout and stderr on a new
pseudo-terminal, print all it wrote there, and exit with its status.

script(1) would do, but it ends the command when its own stdin reaches end of file, and under
CI stdin is /dev/null: the command lost its last lines. Here the command's stdin is /dev/null
by design and the terminal is read until everything the command started has closed it."""
import os
import pty
import subprocess
import sys

primary, secondary = pty.openpty()
child = subprocess.Popen(["sh", "-c", sys.argv[1]], stdin=subprocess.DEVNULL,
                         stdout=secondary, stderr=secondary, close_fds=True,
                         start_new_session=True)
os.close(secondary)
written = bytearray()
while True:
    try:
        chunk = os.read(primary, 65536)
    except OSError:  # EIO: every writer has closed the terminal
        break
    if not chunk:
        break
    written += chunk
status = child.wait()
sys.stdout.buffer.write(bytes(written).replace(b"\r\n", b"\n"))
sys.exit(status if status >= 0 else 128 - status)
