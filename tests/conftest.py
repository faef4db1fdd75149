"""Fixtures shared by several test files."""

from redis_server import redis_server, shared_redis

__all__ = ["redis_server", "shared_redis"]
