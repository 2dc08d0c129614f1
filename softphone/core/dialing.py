"""Turning what the agent typed (or a sip:/tel: link) into a SIP URI, and refusing anything else."""

from __future__ import annotations

import re

_NUMBER_RE = re.compile(r"^\+?[0-9*#]{1,32}$")
_USER_RE = re.compile(r"^[A-Za-z0-9_.!~*'()&=+$,;?/%#-]{1,64}$")
_HOST_RE = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]{1,253})(:[0-9]{1,5})?$")
_PARAMS_RE = re.compile(r"^(;[A-Za-z0-9_.=-]{1,64}){0,4}$")
_VISUAL_SEPARATORS = re.compile(r"[\s().\-/]")


class DialError(ValueError):
    """The input is not a dialable address; the message says why."""


def normalize_number(text: str) -> str:
    """'+49 (30) 123-45' -> '+493012345'. Raises DialError when it is not a phone number."""
    number = _VISUAL_SEPARATORS.sub("", text)
    if not _NUMBER_RE.match(number):
        raise DialError(f"{text!r} is not a phone number or extension")
    return number


def to_sip_uri(target: str, domain: str) -> str:
    """Resolve an extension, a phone number, a sip:/sips:/tel:/callto: URI or user@host into a SIP URI.

    Only dialable addresses get through: no headers (?...), no spaces, no control characters.
    """
    text = target.strip()
    if not text:
        raise DialError("nothing to dial")
    if len(text) > 256 or any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise DialError("the address is too long or contains control characters")
    lower = text.lower()
    for scheme in ("tel:", "callto:"):
        if lower.startswith(scheme):
            rest = text[len(scheme):].lstrip("/")
            rest = rest.split(";", 1)[0]  # tel: parameters (phone-context...) are not dialled
            return _user_at(normalize_number(rest), domain)
    if lower.startswith(("sip:", "sips:")):
        scheme, rest = text.split(":", 1)
        return _checked_uri(scheme.lower(), rest)
    if "@" in text:
        return _checked_uri("sip", text)
    return _user_at(normalize_number(text), domain)


def _user_at(user: str, domain: str) -> str:
    if not domain:
        raise DialError("no SIP domain configured: set up an account first")
    return f"sip:{user}@{domain}"


def _checked_uri(scheme: str, rest: str) -> str:
    if "?" in rest or ">" in rest or "<" in rest or '"' in rest or " " in rest:
        raise DialError("SIP addresses with headers or spaces are not accepted")
    host_part = rest
    user = ""
    if "@" in rest:
        user, host_part = rest.rsplit("@", 1)
        if not _USER_RE.match(user):
            raise DialError(f"{user!r} is not a valid SIP user")
    host, _, params = host_part.partition(";")
    params = ";" + params if params else ""
    if not _HOST_RE.match(host) or not _PARAMS_RE.match(params):
        raise DialError(f"{host_part!r} is not a valid SIP host")
    return f"{scheme}:{user + '@' if user else ''}{host}{params}"


def user_part(uri: str) -> str:
    """'"Bob" <sip:1002@pbx;x=y>' -> '1002'."""
    inner = uri
    if "<" in inner and ">" in inner:
        inner = inner[inner.index("<") + 1 : inner.index(">")]
    for scheme in ("sips:", "sip:", "tel:"):
        if inner.lower().startswith(scheme):
            inner = inner[len(scheme):]
            break
    inner = inner.split(";", 1)[0]
    return inner.split("@", 1)[0] if "@" in inner else inner
