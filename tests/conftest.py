"""Fixtures shared by several test files."""

from redis_server import redis_server

__all__ = ["redis_server"]
