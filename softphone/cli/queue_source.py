"""Queue membership and load from the chat server: core.ports.QueueLoadSource on provisioning/ + secrets/,
and the small start-up helper the headless runner and the desktop app share.

Only chat-server accounts have a source: a manual account knows its queues from ``queue.names`` and has no
load to show. The sign-in token is read from the keyring at the first fetch (on an executor thread) and kept
in memory only. The client never waits for a rate limit itself (``max_rate_wait=0``): it reports the wait,
and the refresher's planner decides when to ask again.

The chat server's realtime stream (DDP, provisioning.realtime) runs beside it with the same sign-in token:
its queue events update the caller count at once and ask for a read; while it is up, polling slows down.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from softphone.config import Settings
from softphone.core.models import AccountSpec, QueueInfo
from softphone.core.ports import QueueLoadError, SecretStore
from softphone.core.queue_refresh import QueueRefresher
from softphone.core.session import Session
from softphone.provisioning import ChatServerClient, ChatSession, ProvisioningError
from softphone.provisioning import errors as perr
from softphone.provisioning.client import MEMBERSHIP_ROUTE
from softphone.provisioning.realtime import ChatServerRealtime
from softphone.secrets import SecretStoreError, chat_key

log = logging.getLogger("softphone.queue_source")
FETCH_TIMEOUT = 10.0


class ChatServerQueueSource:
    """``voip/queues.getMembershipSubscription`` for the signed-in agent's extension."""

    def __init__(self, *, server: str, user_id: str, username: str, token_kind: str, extension: str,
                 allow_http: bool, ca_file: str, store: SecretStore | None = None) -> None:
        self.server = server
        self.user_id = user_id
        self.username = username
        self.token_kind = token_kind
        self.extension = extension
        self.allow_http = allow_http
        self.ca_file = ca_file
        self._store = store
        self._session: ChatSession | None = None
        self._client: ChatServerClient | None = None

    async def _chat_session(self) -> ChatSession:
        if self._session is None:
            loop = asyncio.get_running_loop()
            try:
                store = self._store
                if store is None:
                    from softphone.secrets import KeyringSecretStore

                    store = await loop.run_in_executor(None, KeyringSecretStore)
                token = await loop.run_in_executor(None, store.get, chat_key(self.server, self.user_id))
            except (SecretStoreError, OSError) as exc:
                raise QueueLoadError(f"Queue load is not available: the keyring cannot be read ({exc}).") from None
            if not token:
                raise QueueLoadError("Queue load is not available: no chat-server sign-in is stored. "
                                     "Run `softphone login`.", permanent=True, code="queue-load-signed-out")
            self._session = ChatSession(self.server, self.user_id, token, self.username, self.token_kind)
        return self._session

    async def token(self) -> str:
        """The sign-in token (from the keyring at first use) for the realtime stream; raises QueueLoadError."""
        return (await self._chat_session()).token

    def _http(self) -> ChatServerClient:
        if self._client is None:
            try:
                self._client = ChatServerClient(self.server, allow_http=self.allow_http, ca_file=self.ca_file,
                                                timeout=FETCH_TIMEOUT, max_rate_wait=0.0)
            except ProvisioningError as exc:
                raise QueueLoadError(f"Queue load is not available: {exc}", permanent=True) from None
        return self._client

    async def fetch(self) -> list[QueueInfo]:
        session = await self._chat_session()
        client = self._http()
        try:
            return await client.queue_membership(session, self.extension)
        except perr.RateLimitedError as exc:
            raise QueueLoadError(str(exc), retry_after=exc.wait_seconds, code="queue-load-rate-limited") from None
        except (perr.SignInRequired, perr.PermissionDeniedError) as exc:
            raise QueueLoadError(f"Queue load is not available: {exc}", permanent=True,
                                 code="queue-load-denied") from None
        except ProvisioningError as exc:
            raise QueueLoadError(f"Queue load could not be fetched: {exc}") from None

    def rate_limit(self) -> tuple[int | None, float | None]:
        if self._client is None:
            return None, None
        return self._client.rate_status(MEMBERSHIP_ROUTE)

    async def aclose(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            await client.aclose()


def queue_source_for(settings: Settings, account: AccountSpec | None,
                     store: SecretStore | None = None) -> ChatServerQueueSource | None:
    """The source for a chat-server account; None for a manual account (or none). ``store``: where the sign-in
    token is (default: the keyring; a session-only sign-in's memory store)."""
    chat: dict[str, Any] = settings.get("chat_account") or {}
    if account is None or account.source != "chat-server" or not chat.get("server") or not chat.get("user_id"):
        return None
    return ChatServerQueueSource(
        server=str(chat["server"]), user_id=str(chat["user_id"]), username=str(chat.get("username", "")),
        token_kind=str(chat.get("token_kind", "login")), extension=account.user,
        allow_http=bool(settings.get("allow_http")), ca_file=str(settings.get("ca_file") or ""), store=store)


def live_feed_for(source: ChatServerQueueSource) -> ChatServerRealtime | None:
    """The realtime stream of the source's server and user; None when its address cannot be used (the
    REST source reports that problem itself)."""
    try:
        return ChatServerRealtime(source.server, source.user_id, source.token, ca_file=source.ca_file,
                                  allow_http=source.allow_http)
    except ProvisioningError as exc:
        log.warning("live queue events are off: %s", exc)
        return None


def start_queue_refresh(session: Session, settings: Settings, account: AccountSpec | None,
                        store: SecretStore | None = None) -> QueueRefresher | None:
    """Start refreshing queue load for this account (call on the running loop); None when there is no source."""
    source = queue_source_for(settings, account, store)
    if source is None:
        return None
    live = bool(settings.get("queue.live_events"))  # IT may turn the websocket off (proxies that block it)
    refresher = QueueRefresher(source, session.queues, session.emit, clock=session.clock,
                               feed=live_feed_for(source) if live else None)
    session.subscribe(refresher.on_event)
    refresher.start()
    return refresher
