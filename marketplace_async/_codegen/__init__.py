"""The generator of the typed surface (dev-time only: it needs pyyaml and ruff, from the ``dev`` extra).

Run ``python -m marketplace_async._codegen`` after a spec update; see README.md beside this file.
Nothing at run time imports this package.
"""
