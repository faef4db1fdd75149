"""Yandex.Market Partner API: limits table, wire models, dialect and client."""
