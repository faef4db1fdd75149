"""Code generated from the vendored specs by ``python -m marketplace_async._codegen``: do not edit."""
