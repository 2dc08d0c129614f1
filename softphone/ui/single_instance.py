"""One phone per profile: a second launch hands its request (come forward, or dial a link) to the first one
over a local socket (QLocalServer: a Unix socket or a Windows named pipe) and exits."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("softphone.ui")

MAX_MESSAGE = 4096


def hand_over(server_name: str, message: dict[str, str], timeout_ms: int = 1000) -> bool:
    """Send ``message`` to a running instance. False when none is listening (then we are the first)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write((json.dumps(message) + "\n").encode("utf-8"))
    socket.flush()
    ok = socket.bytesToWrite() == 0 or bool(socket.waitForBytesWritten(timeout_ms))
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return ok


class InstanceServer(QObject):
    """Listens for hand-overs; emits ``raise_requested`` and ``dial_requested(uri)`` (unvalidated text)."""

    raise_requested = Signal()
    dial_requested = Signal(str)

    def __init__(self, server_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server_name = server_name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # only this user may connect
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        if self.server.listen(self.server_name):
            return True
        # a crashed instance leaves its socket file behind: nobody answers on it, so take it over
        QLocalServer.removeServer(self.server_name)
        return self.server.listen(self.server_name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._finish(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            log.warning("hand-over message too long: dropped")
            socket.abort()
            self._buffers.pop(socket, None)
            return
        while b"\n" in data:
            line, data = data.split(b"\n", 1)
            self._handle(line)
        self._buffers[socket] = data

    def _finish(self, socket: QLocalSocket) -> None:
        rest = self._buffers.pop(socket, b"")
        if rest.strip():
            self._handle(rest)
        socket.deleteLater()

    def _handle(self, line: bytes) -> None:
        try:
            message = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            log.warning("hand-over message is not JSON: dropped")
            return
        if not isinstance(message, dict):
            return
        self.raise_requested.emit()
        uri = message.get("dial")
        if isinstance(uri, str) and uri:
            self.dial_requested.emit(uri[:300])
