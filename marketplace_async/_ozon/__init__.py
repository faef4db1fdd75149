"""The Ozon Seller API: limits table (``endpoints``), models, dialect and ``OzonClient``."""
