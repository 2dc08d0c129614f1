"""Test doubles that are real servers (not mocks): the Rocket.Chat chat-server double."""
