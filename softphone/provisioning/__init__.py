"""The only package that imports httpx: the chat-server (Rocket.Chat) client for sign-in and SIP provisioning."""

from softphone.provisioning.client import (
    ChatServerClient,
    ChatSession,
    account_from_identity,
    decode_jwt_payload,
    normalize_server_url,
)
from softphone.provisioning.errors import *  # noqa: F403
from softphone.provisioning.errors import ProvisioningError

__all__ = ["ChatServerClient", "ChatSession", "ProvisioningError", "account_from_identity", "decode_jwt_payload",
           "normalize_server_url"]
