"""Settings declared once (schema), layered with IT policy (policy) and the user's file (settings)."""

from softphone.config.policy import Policy, load_policy
from softphone.config.schema import BY_NAME, SETTINGS, Setting, SettingValueError
from softphone.config.settings import (
    InvalidSettingError,
    SettingError,
    SettingLockedError,
    Settings,
    UnknownSettingError,
)

__all__ = [
    "BY_NAME", "SETTINGS", "InvalidSettingError", "Policy", "Setting", "SettingError", "SettingLockedError",
    "SettingValueError", "Settings", "UnknownSettingError", "load_policy",
]
